package dev.tandem.core.cycle;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.cycle.CycleReport.DepartmentLink;
import dev.tandem.core.cycle.CycleReport.GoalAttainment;
import dev.tandem.core.cycle.CycleReport.Learning;
import dev.tandem.core.cycle.CycleReport.NetworkEffect;
import dev.tandem.core.cycle.CycleReport.Participation;
import dev.tandem.core.cycle.CycleReport.TopicBalance;
import dev.tandem.core.cycle.CycleReport.TopicRating;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.OrgChart;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Computes a {@link CycleReport} from a closed cycle's state; linear in the recorded facts. */
final class Reports {
  private Reports() {}

  static CycleReport of(Cycle cycle) {
    CycleState s = cycle.state();
    Map<String, Mentee> menteeById = new HashMap<>();
    Map<String, Mentor> mentorById = new HashMap<>();
    // People who left during the cycle are no longer enrolled; their records come from the pairs.
    s.mentees().forEach(m -> menteeById.put(m.employee(), m));
    s.mentors().forEach(m -> mentorById.put(m.employee(), m));
    Map<String, Employee> employees = new HashMap<>();
    s.employees().forEach(e -> employees.put(e.id(), e));

    int held = 0;
    int cancelled = 0;
    for (SessionRecord r : s.sessions()) {
      if (r.status() == SessionStatus.HELD) {
        held++;
      } else {
        cancelled++;
      }
    }
    int againMentees = 0;
    int againMentors = 0;
    for (Feedback f : s.feedback()) {
      if (f.wouldTakePartAgain()) {
        if (f.side() == Side.MENTEE) {
          againMentees++;
        } else {
          againMentors++;
        }
      }
    }
    Participation participation = new Participation(
        s.mentees().size(), s.mentors().size(), (int) s.mentors().stream().filter(Mentor::nominated).count(),
        s.formed().size(), s.endings().size(), held, cancelled, 2 * s.formed().size(), s.feedback().size(),
        againMentees, againMentors);

    // goals
    int goals = 0;
    int rated = 0;
    int attained = 0;
    long ratingSum = 0;
    int ratingCount = 0;
    for (Pair p : s.formed()) {
      Optional<KickOff> k = cycle.kickOff(p);
      if (k.isEmpty()) {
        continue;
      }
      for (int g = 0; g < k.get().goals().size(); g++) {
        goals++;
        long sum = 0;
        int n = 0;
        for (Side side : Side.values()) {
          Optional<Feedback> f = cycle.feedbackOf(p, side);
          if (f.isPresent() && f.get().goalRatings().size() > g) {
            sum += f.get().goalRatings().get(g);
            n++;
          }
        }
        if (n > 0) {
          rated++;
          ratingSum += sum;
          ratingCount += n;
          if (sum >= 4L * n) {
            attained++;
          }
        }
      }
    }
    GoalAttainment goalAttainment = new GoalAttainment(goals, rated, attained,
        ratingCount == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / ratingCount));

    // ratings by topic: pairs work on the mentee's topics that the mentor holds
    Map<String, int[]> topicPairs = new LinkedHashMap<>();
    Map<String, long[]> topicRatings = new HashMap<>();
    for (Competence c : s.catalogue()) {
      topicPairs.put(c.id(), new int[1]);
      topicRatings.put(c.id(), new long[2]);
    }
    Map<Pair, Set<String>> pairTopics = new HashMap<>();
    for (Pair p : s.formed()) {
      Set<String> topics = topicsOf(p, menteeById, mentorById, s);
      pairTopics.put(p, topics);
      for (String t : topics) {
        topicPairs.get(t)[0]++;
        for (Side side : Side.values()) {
          cycle.feedbackOf(p, side).ifPresent(f -> {
            topicRatings.get(t)[0] += f.overallRating();
            topicRatings.get(t)[1]++;
          });
        }
      }
    }
    List<TopicRating> ratings = new ArrayList<>();
    topicPairs.forEach((t, n) -> {
      if (n[0] > 0) {
        long[] r = topicRatings.get(t);
        ratings.add(new TopicRating(t, n[0], (int) r[1], r[1] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) r[0] / r[1])));
      }
    });

    List<Learning> learnings = new ArrayList<>();
    for (Pair p : s.formed()) {
      for (Side side : Side.values()) {
        cycle.feedbackOf(p, side).ifPresent(f -> f.learnings().forEach(l -> learnings.add(new Learning(p, side, l))));
      }
    }

    // network effect
    OrgChart chart = OrgChart.of(s.employees());
    Set<Pair> earlier = new HashSet<>();
    for (PastPair h : s.history()) {
      earlier.add(h.pair());
    }
    Map<List<String>, Integer> links = new LinkedHashMap<>();
    List<Pair> newContacts = new ArrayList<>();
    for (Pair p : s.formed()) {
      String da = employees.get(p.mentee()).department();
      String db = employees.get(p.mentor()).department();
      if (!da.equals(db)) {
        links.merge(List.of(da, db), 1, Integer::sum);
      }
      boolean line = chart.distanceUp(p.mentee(), p.mentor()).isPresent() || chart.distanceUp(p.mentor(), p.mentee()).isPresent();
      if (da.equals(db) || line || earlier.contains(p)) {
        continue;
      }
      newContacts.add(p);
    }
    List<DepartmentLink> linkList = new ArrayList<>();
    links.forEach((k, n) -> linkList.add(new DepartmentLink(k.get(0), k.get(1), n)));
    NetworkEffect network = new NetworkEffect(linkList.size(), ImmutableList.copyOf(linkList), ImmutableList.copyOf(newContacts));

    // topic demand versus supply
    Map<String, AnnouncedTopic> announced = new HashMap<>();
    s.topics().forEach(t -> announced.put(t.competence(), t));
    List<TopicBalance> balance = new ArrayList<>();
    for (Competence c : s.catalogue()) {
      int asking = 0;
      int weight = 0;
      for (Mentee m : s.mentees()) {
        for (TopicRequest t : m.topics()) {
          if (t.competence().equals(c.id())) {
            asking++;
            weight += t.weight();
          }
        }
      }
      int offering = 0;
      int capacity = 0;
      for (Mentor r : s.mentors()) {
        for (Proficiency p : r.competences()) {
          if (p.competence().equals(c.id())) {
            offering++;
            capacity += r.capacity();
          }
        }
      }
      boolean isAnnounced = announced.containsKey(c.id());
      if (!isAnnounced && asking == 0 && offering == 0) {
        continue;
      }
      OptionalInt target = isAnnounced ? announced.get(c.id()).targetPairs() : OptionalInt.empty();
      balance.add(new TopicBalance(c.id(), isAnnounced, target, asking, weight, offering, capacity, topicPairs.get(c.id())[0]));
    }

    // sessions planned against held
    Pacing pacing = cycle.pacing();
    List<CycleReport.PairSessions> sessions = new ArrayList<>();
    for (Pair p : s.formed()) {
      int h = 0;
      int x = 0;
      for (SessionRecord r : s.sessions()) {
        if (r.pair().equals(p)) {
          if (r.status() == SessionStatus.HELD) {
            h++;
          } else {
            x++;
          }
        }
      }
      Optional<PairEnding> end = s.endings().stream().filter(e -> e.pair().equals(p)).findFirst();
      Optional<SessionPlan> plan = pacing.plan(p);
      int planned = plan.isEmpty() ? s.framework().map(Framework::sessions).orElse(0)
          : end.isPresent() ? plan.get().dueBy(end.get().date()) : plan.get().due().size();
      sessions.add(new CycleReport.PairSessions(p, planned, h, x));
    }

    return new CycleReport(s.id(), participation, goalAttainment, ImmutableList.copyOf(ratings), ImmutableList.copyOf(learnings), network,
        ImmutableList.copyOf(balance), FeedbackRound.missingOf(s), ImmutableList.copyOf(sessions));
  }

  /**
   * The topics a pair works on. The mentee's topics come from its enrolment and the mentor's
   * competences from its enrolment; a person who left during the cycle is no longer enrolled, and
   * then the pair's topics are unknown (empty).
   */
  static Set<String> topicsOf(Pair p, Map<String, Mentee> mentees, Map<String, Mentor> mentors, CycleState s) {
    Mentee m = mentees.get(p.mentee());
    Mentor r = mentors.get(p.mentor());
    Set<String> out = new java.util.LinkedHashSet<>();
    if (m == null || r == null) {
      return out;
    }
    for (TopicRequest t : m.topics()) {
      for (Proficiency q : r.competences()) {
        if (q.competence().equals(t.competence())) {
          out.add(t.competence());
        }
      }
    }
    return out;
  }
}
