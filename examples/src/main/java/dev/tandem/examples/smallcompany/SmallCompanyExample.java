package dev.tandem.examples.smallcompany;

import static dev.tandem.examples.smallcompany.Workshop.who;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.CycleReport;
import dev.tandem.core.cycle.Feedback;
import dev.tandem.core.cycle.FeedbackKey;
import dev.tandem.core.cycle.Framework;
import dev.tandem.core.cycle.Goal;
import dev.tandem.core.cycle.Fit;
import dev.tandem.core.cycle.FitAnswer;
import dev.tandem.core.cycle.Health;
import dev.tandem.core.cycle.KickOff;
import dev.tandem.core.cycle.KickOffEvent;
import dev.tandem.core.cycle.MentorCandidate;
import dev.tandem.core.cycle.Programme;
import dev.tandem.core.cycle.ReviewEntry;
import dev.tandem.core.cycle.SessionStatus;
import dev.tandem.core.cycle.Side;
import dev.tandem.core.cycle.StepRefusedException;
import dev.tandem.core.cycle.TopicSuggestion;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.examples.Example;
import dev.tandem.examples.ExampleContext;
import dev.tandem.examples.console.Explain;
import dev.tandem.examples.console.Headings;
import dev.tandem.examples.console.StrategyRun;
import dev.tandem.examples.console.Table;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The small-company way: in a furniture workshop of 18 people, management announces the
 * topics on which it wants new input, the library suggests whom to approach directly as mentor
 * for each topic (which also reaches the reserved people who would not volunteer), and one cycle
 * runs through framework, matching, kick-off, sessions and the closing feedback round to the
 * cycle report.
 *
 * <p>Guarantee: deterministic (a fixed organisation, the {@code exact} strategy when present);
 * this example deliberately shows display names, which the employees opted into in the
 * company's own tool; the library's own messages name ids only.
 */
public final class SmallCompanyExample implements Example {
  static final LocalDate KICK_OFF = LocalDate.of(2026, 3, 2);
  static final int SESSIONS = 6;
  static final int EVERY_WEEKS = 2;

  @Override
  public String name() {
    return "small-company";
  }

  @Override
  public String description() {
    return "an 18-person workshop: management announces topics, the library suggests whom to approach, one full cycle";
  }

  @Override
  public void run(ExampleContext ctx) {
    PrintStream out = ctx.out();
    Headings.title(out, "A small company: reverse mentoring in a furniture workshop of 18 people");
    out.println("No platform, no large volunteer pool: the managing director announces the topics, and the");
    out.println("people who know them are approached directly. (Display names are shown because the staff");
    out.println("opted in to them in the company's own tool; Tandem itself reports employee ids only.)");
    out.println();

    StrategyRegistry registry = StrategyRegistry.standard();
    Optional<MatchingStrategy> strategy = StrategyRun.first(registry, "exact").or(() -> Cycle.rematchStrategy(registry));
    if (strategy.isEmpty()) {
      out.println("No matching strategy is on the class path; nothing to match.");
      return;
    }
    Programme programme = Programme.of("furniture-workshop")
        .startCycle("2026-spring", Workshop.EMPLOYEES, Workshop.CATALOGUE, Workshop.POLICY);
    Cycle cycle = programme.latest().orElseThrow();

    // 1. Topic call
    Headings.section(out, "1. Topic call: management goes first");
    cycle = cycle.announceTopic("genai", 2).announceTopic("social-media", 1).announceTopic("online-shop", 1);
    for (var t : cycle.topics()) {
      out.printf(Locale.ROOT, "  %-14s %s%n", t.competence(),
          t.targetPairs().isPresent() ? "target: " + t.targetPairs().getAsInt() + " pair(s)" : "");
    }
    cycle = cycle.openEnrolment();
    out.println();

    // 2. Enrolment
    Headings.section(out, "2. Enrolment: the executives pick topics; one trainee volunteers");
    cycle = cycle
        .enrolMentee(Mentee.of("e01", 3, List.of(new TopicRequest("genai", 3), new TopicRequest("online-shop", 2))))
        .enrolMentee(Mentee.of("e02", 2, List.of(new TopicRequest("social-media", 3), new TopicRequest("genai", 1))))
        .enrolMentee(Mentee.of("e03", 2, List.of(new TopicRequest("online-shop", 3), new TopicRequest("social-media", 2))))
        .enrolMentee(Mentee.of("e04", 2, List.of(new TopicRequest("genai", 3))))
        .enrolMentor(Mentor.of("e14", 1, List.of(new Proficiency("social-media", 4), new Proficiency("online-shop", 3))));
    for (Mentee m : cycle.mentees()) {
      out.printf(Locale.ROOT, "  mentee     %-24s asks for %s%n", who(m.employee()),
          m.topics().stream().map(t -> t.competence() + " (weight " + t.weight() + ")").collect(Collectors.joining(", ")));
    }
    for (Mentor m : cycle.mentors()) {
      out.printf(Locale.ROOT, "  volunteer  %-24s offers %s%n", who(m.employee()), offers(m));
    }
    out.println();

    Headings.section(out, "2b. Whom to approach directly (suggested from the skills inventory)");
    ImmutableList<TopicSuggestion> suggestions = cycle.suggestMentors();
    for (TopicSuggestion s : suggestions) {
      out.printf(Locale.ROOT, "  %s:%n", s.competence());
      if (s.candidates().isEmpty()) {
        out.println("    nobody in the skills inventory fits");
      }
      for (MentorCandidate c : s.candidates()) {
        out.printf(Locale.ROOT, "    %-24s could mentor %s%n", who(c.employee()),
            c.mentees().stream().map(Workshop::who).collect(Collectors.joining(", ")));
      }
    }
    Set<String> approached = new HashSet<>();
    for (TopicSuggestion s : suggestions) {
      for (MentorCandidate c : s.candidates()) {
        if (approached.add(c.employee())) {
          Mentor m = Mentor.of(c.employee(), 1, proficiencies(c.employee(), s.competence(), cycle));
          cycle = cycle.nominateMentor(m);
          out.printf(Locale.ROOT, "  -> management approaches %s for %s; the answer is yes (offers %s)%n",
              who(c.employee()), s.competence(), offers(m));
          break;
        }
      }
    }
    cycle = cycle.closeEnrolment();
    out.println();

    // 3. Framework
    Headings.section(out, "3. Framework: agreed before anyone is matched");
    cycle = cycle.defineFramework(new Framework(12, EVERY_WEEKS, SESSIONS, false));
    try {
      cycle.startMatching();
    } catch (StepRefusedException e) {
      out.println("  refused: " + e.getMessage());
    }
    cycle = cycle.defineFramework(new Framework(12, EVERY_WEEKS, SESSIONS, true));
    cycle = cycle.startMatching();
    out.printf(Locale.ROOT, "  agreed: 12 weeks, a meeting every %d weeks, %d sessions, confidentiality charter accepted%n",
        EVERY_WEEKS, SESSIONS);
    out.println();

    // 4. Matching
    Headings.section(out, "4. Matching: a draft, reviewed, then published");
    MatchOptions options = MatchOptions.builder().seed(1)
        .timeLimit(ctx.timeLimitOr(Duration.ofSeconds(5), Duration.ofSeconds(1))).build();
    cycle = cycle.draft(strategy.get(), options);
    for (ReviewEntry r : cycle.review()) {
      out.println("  review: " + r.edit());
      for (String line : r.explanation()) {
        out.println("    " + line);
      }
    }
    cycle = cycle.publish();
    MatchingProblem problem = cycle.problem();
    out.println("  published:");
    for (PairEvaluation pe : cycle.evaluation().orElseThrow().pairs()) {
      out.printf(Locale.ROOT, "    %-24s <- %s%n", who(pe.pair().mentee()), who(pe.pair().mentor()));
      out.printf(Locale.ROOT, "        why: %s; %s%n", Explain.sharedTopics(problem, pe.pair().mentee(), pe.pair().mentor()),
          Explain.why(pe.parts()));
    }
    for (var u : cycle.evaluation().orElseThrow().unmatched()) {
      out.println("    unmatched: " + Explain.unmatched(problem, u));
    }
    out.println();

    // 5. Kick-off
    Headings.section(out, "5. Kick-off: one joint event, then expectations and goals per pair");
    List<Pair> pairs = cycle.matching().orElseThrow().pairs();
    // everybody comes to the joint kick-off except the last pair's mentor, who is ill that day
    Pair late = pairs.get(pairs.size() - 1);
    List<String> attended = new ArrayList<>();
    for (Pair p : pairs) {
      attended.add(p.mentee());
      if (!p.equals(late)) {
        attended.add(p.mentor());
      }
    }
    KickOffEvent event = new KickOffEvent(KICK_OFF, ImmutableList.of("why reverse mentoring: the director goes first",
        "the framework and the confidentiality charter", "expectations of both sides", "one goal per pair"),
        ImmutableList.copyOf(attended));
    cycle = cycle.jointKickOff().hold(event);
    out.printf(Locale.ROOT, "  %s, %d people; agenda: %s%n", event.date(), event.attended().size(), String.join("; ", event.agenda()));
    for (Pair p : pairs) {
      if (p.equals(late)) {
        cycle = cycle.jointKickOff().excuse(p, "mentor ill on the day; the pair sets its goal at its first session");
        out.printf(Locale.ROOT, "  %-24s missed it: starts anyway, goal to follow%n", who(p.mentee()));
        continue;
      }
      KickOff k = kickOff(problem, p);
      cycle = cycle.recordKickOff(k);
      out.printf(Locale.ROOT, "  %-24s goal: %s (measure: %s, by %s)%n", who(p.mentee()), k.goals().get(0).description(),
          k.goals().get(0).measureOfSuccess(), k.goals().get(0).targetDate());
    }
    cycle = cycle.startRunning();
    out.println();

    // 6. Running
    Headings.section(out, "6. Running: the framework paces the sessions");
    cycle = cycle.recordKickOff(kickOff(problem, late));
    out.printf(Locale.ROOT, "  %-24s set its goal at the first session%n", who(late.mentee()));
    for (int i = 0; i < pairs.size(); i++) {
      Pair p = pairs.get(i);
      int held = 0;
      for (int s = 0; s < SESSIONS; s++) {
        // The workshop's busy season: the second pair cancels its third session.
        SessionStatus status = i == 1 && s == 2 ? SessionStatus.CANCELLED : SessionStatus.HELD;
        cycle = cycle.recordSession(p, KICK_OFF.plusWeeks((long) EVERY_WEEKS * (s + 1)), status);
        held += status == SessionStatus.HELD ? 1 : 0;
      }
      // after the first session each side says whether the pair fits
      LocalDate first = KICK_OFF.plusWeeks(EVERY_WEEKS);
      cycle = cycle.pacing().recordFit(new FitAnswer(p, Side.MENTEE, i == 1 ? Fit.UNSURE : Fit.GOOD_FIT, first))
          .pacing().recordFit(new FitAnswer(p, Side.MENTOR, Fit.GOOD_FIT, first));
      out.printf(Locale.ROOT, "  %-24s and %-24s %d of %d sessions held%n", who(p.mentee()), who(p.mentor()), held,
          SESSIONS);
    }
    out.printf(Locale.ROOT, "  fit after the first session: %d answers, %d re-match proposals%n",
        cycle.pacing().fitAnswers().size(), cycle.pacing().rematchProposals().size());
    LocalDate check = KICK_OFF.plusWeeks(7);
    Health health = cycle.pacing().health(check);
    out.printf(Locale.ROOT, "  health on %s: %s%n", check, health.healthy() ? "every pair on track" : "needs attention");
    for (Health.Behind b : health.behind()) {
      out.printf(Locale.ROOT, "    behind the cadence: %s and %s, %d of %d sessions due held%n", who(b.pair().mentee()),
          who(b.pair().mentor()), b.held(), b.due());
    }
    for (Health.Stalled st : health.stalled()) {
      out.printf(Locale.ROOT, "    no session for %d days: %s and %s%n", st.daysWithout(), who(st.pair().mentee()), who(st.pair().mentor()));
    }
    for (Health.OverdueGoal g : health.overdueGoals()) {
      out.printf(Locale.ROOT, "    goal past its date (%s): %s%n", g.target(), g.description());
    }
    for (Pair p : health.withoutKickOff()) {
      out.printf(Locale.ROOT, "    still without kick-off: %s and %s%n", who(p.mentee()), who(p.mentor()));
    }
    cycle = cycle.startFeedback();
    out.println();

    // 7. Feedback
    Headings.section(out, "7. Feedback round: what did both sides learn?");
    for (int i = 0; i < pairs.size(); i++) {
      Pair p = pairs.get(i);
      String topic = mainTopic(problem, p);
      int menteeRating = i == 1 ? 4 : 5;
      cycle = cycle.recordFeedback(new Feedback(p, Side.MENTEE, menteeRating, ImmutableList.of(menteeRating),
          ImmutableList.of("tried " + topic + " myself instead of delegating it"), true));
      if (i != pairs.size() - 1) {
        cycle = cycle.recordFeedback(new Feedback(p, Side.MENTOR, 4, ImmutableList.of(4),
            ImmutableList.of("learned how the " + department(problem, p.mentee()) + " side decides"), true));
      }
    }
    for (FeedbackKey k : cycle.missingFeedback()) {
      out.printf(Locale.ROOT, "  still missing: the %s side of %s <- %s (nothing is invented for it)%n",
          k.side().name().toLowerCase(Locale.ROOT), who(k.pair().mentee()), who(k.pair().mentor()));
    }
    cycle = cycle.close();
    programme = programme.with(cycle);
    out.println();

    printReport(out, cycle.report());
    out.printf(Locale.ROOT, "The programme now holds %d closed cycle(s); its history (%d pairs with ratings) shapes the next round.%n",
        programme.cycles().size(), programme.history().size());
  }

  private static KickOff kickOff(MatchingProblem problem, Pair p) {
    String topic = mainTopic(problem, p);
    return new KickOff(p, "practical ideas on " + topic + " for my area", "insight into how decisions are made here",
        ImmutableList.of(new Goal(goalFor(topic), measureFor(topic), KICK_OFF.plusWeeks(10))));
  }

  private static void printReport(PrintStream out, CycleReport r) {
    Headings.section(out, "8. Closed: the cycle report");
    CycleReport.Participation p = r.participation();
    out.printf(Locale.ROOT, "  participation: %d mentees, %d mentors (%d approached directly), %d pairs, %d ended early%n",
        p.mentees(), p.mentors(), p.nominatedMentors(), p.pairsFormed(), p.pairsEndedEarly());
    out.printf(Locale.ROOT, "  sessions: %d planned, %d held, %d cancelled; feedback: %d of %d received%n", r.sessionsPlanned(),
        p.sessionsHeld(), p.sessionsCancelled(), p.feedbackReceived(), p.feedbackExpected());
    out.printf(Locale.ROOT, "  would take part again: %d mentees, %d mentors%n", p.menteesWouldTakePartAgain(),
        p.mentorsWouldTakePartAgain());
    out.printf(Locale.ROOT, "  goals: %d set, %d rated, %d attained%s%n", r.goals().goals(), r.goals().goalsRated(),
        r.goals().goalsAttained(), r.goals().meanRating().isPresent()
            ? String.format(Locale.ROOT, " (mean rating %.1f)", r.goals().meanRating().getAsDouble()) : "");
    out.printf(Locale.ROOT, "  network: %d department links, %d pairs of people with no prior contact%n",
        r.network().departmentLinks(), r.network().newContacts().size());
    out.println("  learnings:");
    for (CycleReport.Learning l : r.learnings()) {
      out.printf(Locale.ROOT, "    %-7s %-24s \"%s\"%n", l.side().name().toLowerCase(Locale.ROOT),
          who(l.side() == Side.MENTEE ? l.pair().mentee() : l.pair().mentor()), l.text());
    }
    out.println("  for the next topic call (demand versus supply):");
    Table t = Table.of("topic", "announced", "mentees asking>", "mentors offering>", "seats>", "pairs>", "mean rating>");
    Map<String, CycleReport.TopicRating> ratings = r.ratingsByTopic().stream()
        .collect(Collectors.toMap(CycleReport.TopicRating::competence, x -> x));
    for (CycleReport.TopicBalance b : r.topicBalance()) {
      CycleReport.TopicRating tr = ratings.get(b.competence());
      String mean = tr != null && tr.meanRating().isPresent()
          ? String.format(Locale.ROOT, "%.1f", tr.meanRating().getAsDouble()) : "-";
      t.row(b.competence(), b.announced() ? "yes" : "", b.menteesAsking(), b.mentorsOffering(), b.mentorCapacity(),
          b.pairsFormed(), mean);
    }
    t.print(out, 4);
    if (!r.missingFeedback().isEmpty()) {
      out.printf(Locale.ROOT, "  missing feedback: %s%n", r.missingFeedback());
    }
    out.println();
  }

  /**
   * The person's skills among the announced topics: proficiency 4 for the topic the person was
   * approached for, 3 for the others.
   */
  private static List<Proficiency> proficiencies(String employee, String approachedFor, Cycle cycle) {
    Employee e = Workshop.EMPLOYEES.stream().filter(x -> x.id().equals(employee)).findFirst().orElseThrow();
    Set<String> announced = cycle.topics().stream().map(t -> t.competence()).collect(Collectors.toSet());
    List<Proficiency> out = new ArrayList<>();
    out.add(new Proficiency(approachedFor, 4));
    for (String skill : e.skills()) {
      if (announced.contains(skill) && !skill.equals(approachedFor)) {
        out.add(new Proficiency(skill, 3));
      }
    }
    return out;
  }

  private static String offers(Mentor m) {
    return m.competences().stream().map(p -> p.competence() + " " + p.proficiency() + "/5").collect(Collectors.joining(", "));
  }

  /** The mentee's highest-weighted topic that the mentor holds. */
  private static String mainTopic(MatchingProblem problem, Pair p) {
    Mentor mentor = problem.mentor(p.mentor()).orElseThrow();
    return problem.mentee(p.mentee()).orElseThrow().topics().stream()
        .filter(t -> mentor.competences().stream().anyMatch(c -> c.competence().equals(t.competence())))
        .max((a, b) -> Integer.compare(a.weight(), b.weight()))
        .map(TopicRequest::competence)
        .orElse("the programme");
  }

  private static String department(MatchingProblem problem, String employee) {
    return problem.employee(employee).department();
  }

  private static String goalFor(String topic) {
    return switch (topic) {
      case "genai" -> "draft customer quotes with an AI assistant";
      case "social-media" -> "post our workshop projects every week";
      case "online-shop" -> "list the ten best-selling pieces online";
      default -> "try one new idea on " + topic;
    };
  }

  private static String measureFor(String topic) {
    return switch (topic) {
      case "genai" -> "three quotes sent";
      case "social-media" -> "eight posts, follower count tracked";
      case "online-shop" -> "ten products live";
      default -> "one idea tried";
    };
  }
}
