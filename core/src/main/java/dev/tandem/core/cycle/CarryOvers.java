package dev.tandem.core.cycle;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.TopicRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the {@link CarryOver} of a closed cycle (each rule is documented there). Cost: linear
 * in the recorded facts plus one direct-approach search per short topic.
 */
final class CarryOvers {
  private CarryOvers() {}

  static CarryOver of(Cycle cycle) {
    CycleState s = cycle.state();
    Set<String> matched = new HashSet<>();
    s.matching().ifPresent(m -> m.pairs().forEach(p -> matched.add(p.mentee())));
    List<WaitlistEntry> waitlist = new ArrayList<>();
    List<Mentee> unserved = new ArrayList<>();
    for (Mentee m : s.mentees()) {
      if (!matched.contains(m.employee())) {
        int rounds = s.carriedOver().flatMap(co -> co.waiting(m.employee())).map(w -> w.roundsWaited() + 1).orElse(1);
        waitlist.add(new WaitlistEntry(m.employee(), m.topics(), m.priority() + 1, rounds));
        unserved.add(m);
      }
    }

    Map<String, Mentee> mentees = new HashMap<>();
    Map<String, Mentor> mentors = new HashMap<>();
    s.mentees().forEach(m -> mentees.put(m.employee(), m));
    s.mentors().forEach(m -> mentors.put(m.employee(), m));
    Map<String, Integer> pairsOn = new HashMap<>();
    Map<String, List<CycleReport.Learning>> learnings = new LinkedHashMap<>();
    for (Competence c : s.catalogue()) {
      learnings.put(c.id(), new ArrayList<>());
    }
    for (Pair p : s.formed()) {
      for (String t : Reports.topicsOf(p, mentees, mentors, s)) {
        pairsOn.merge(t, 1, Integer::sum);
        for (Side side : Side.values()) {
          cycle.feedbackOf(p, side).ifPresent(f -> f.learnings().forEach(l -> learnings.get(t).add(new CycleReport.Learning(p, side, l))));
        }
      }
    }

    Set<String> enrolled = new HashSet<>();
    s.mentees().forEach(m -> enrolled.add(m.employee()));
    s.mentors().forEach(m -> enrolled.add(m.employee()));
    List<String> returning = returning(s);
    List<TopicShortage> shortages = new ArrayList<>();
    for (AnnouncedTopic topic : s.topics()) {
      String t = topic.competence();
      List<Mentee> asking = unserved.stream().filter(m -> m.topics().stream().map(TopicRequest::competence).anyMatch(t::equals)).toList();
      int formed = pairsOn.getOrDefault(t, 0);
      int target = topic.targetPairs().orElse(0);
      if (asking.isEmpty() && formed >= target) {
        continue;
      }
      int next = Math.max(1, Math.max(target, formed + asking.size()));
      // whom to approach: for the unserved mentees, else (a target missed) for every mentee who asked
      List<Mentee> serve = asking.isEmpty()
          ? s.mentees().stream().filter(m -> m.topics().stream().map(TopicRequest::competence).anyMatch(t::equals)).toList() : asking;
      List<Mentee> plain = serve.stream().map(m -> m.withRanking(List.of())).toList();
      shortages.add(new TopicShortage(t, formed, asking.size(), next,
          DirectApproach.candidates(strip(s), t, plain, enrolled, returning)));
    }

    List<TopicLearnings> byTopic = new ArrayList<>();
    learnings.forEach((t, ls) -> {
      if (!ls.isEmpty()) {
        byTopic.add(new TopicLearnings(t, ImmutableList.copyOf(ls)));
      }
    });
    return new CarryOver(s.id(), ImmutableList.copyOf(waitlist), ImmutableList.copyOf(shortages),
        ImmutableList.copyOf(returning), ImmutableList.copyOf(byTopic));
  }

  /** Mentors who would take part again, in the order their pairs were formed, still employees. */
  private static List<String> returning(CycleState s) {
    Set<String> present = new HashSet<>();
    s.employees().forEach(e -> present.add(e.id()));
    Set<String> out = new LinkedHashSet<>();
    for (Pair p : s.formed()) {
      Optional<Feedback> f = s.feedback().stream().filter(x -> x.pair().equals(p) && x.side() == Side.MENTOR).findFirst();
      if (f.isPresent() && f.get().wouldTakePartAgain() && present.contains(p.mentor())) {
        out.add(p.mentor());
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** The state without rankings, so that a problem over a subset of the mentees stays valid. */
  private static CycleState strip(CycleState s) {
    return s.toBuilder().mentors(s.mentors().stream().map(m -> m.withRanking(List.of())).toList()).build();
  }
}
