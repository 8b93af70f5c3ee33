package dev.tandem.examples.twocycles;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.CarryOver;
import dev.tandem.core.cycle.CycleReport;
import dev.tandem.core.cycle.Feedback;
import dev.tandem.core.cycle.Framework;
import dev.tandem.core.cycle.Goal;
import dev.tandem.core.cycle.KickOff;
import dev.tandem.core.cycle.MentorCandidate;
import dev.tandem.core.cycle.Programme;
import dev.tandem.core.cycle.SessionStatus;
import dev.tandem.core.cycle.Side;
import dev.tandem.core.cycle.TopicLearnings;
import dev.tandem.core.cycle.TopicShortage;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.generator.GeneratorSettings;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.Rule;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Two rounds of one programme: the closing feedback of the first cycle shapes the second.
 * The 2025 pairs become history, so none of them is formed again; the mentees' ratings give
 * well-rated mentors a bonus (and poorly rated ones a malus) in every 2026 pair score; and the
 * closed cycle's carry-over ({@link Cycle#carryOver()}) brings the waitlist (priority raised), the
 * topics short of mentors (announced with a target, whom to approach directly), the returning
 * mentors (invited first) and the learnings by topic. The effect is measured against the same
 * 2026 enrolment matched as if there were no history.
 *
 * <p>Guarantee: deterministic (a generated organisation, seeded ratings, the {@code exact}
 * strategy when present); employees are shown by id only.
 */
public final class TwoCyclesExample implements Example {
  static final long SEED = 2025;
  static final int FULL_EMPLOYEES = 1000;
  static final int SMALL_EMPLOYEES = 300;
  private static final LocalDate START = LocalDate.of(2025, 3, 3);
  private static final Framework FRAMEWORK = new Framework(16, 2, 8, true);
  private static final int WHY_SHOWN = 6;

  @Override
  public String name() {
    return "two-cycles";
  }

  @Override
  public String description() {
    return "feedback of the first cycle shapes the second: no repeat pairs, rating bonus, scarce topics sought";
  }

  /** The organisation: mentees and mentors fixed so that all seats are only a little more than demand. */
  static GeneratorSettings settings(boolean small) {
    int employees = small ? SMALL_EMPLOYEES : FULL_EMPLOYEES;
    return GeneratorSettings.builder()
        .name("two-cycles")
        .employees(employees)
        .mentees(employees / 20)
        .mentors(employees / 30)
        .skills(true)
        .seed(SEED)
        .build();
  }

  @Override
  public void run(ExampleContext ctx) {
    PrintStream out = ctx.out();
    Headings.title(out, "Two cycles: the feedback of the first round shapes the second");
    out.println("A programme runs its 2025 round to the closing feedback. What was learned flows into 2026:");
    out.println("no pair is formed twice, mentees' ratings move their mentors' pair scores, and topics that");
    out.println("were short of mentors are announced with a target and recruited for directly.");
    out.println();

    StrategyRegistry registry = StrategyRegistry.standard();
    Optional<MatchingStrategy> found = StrategyRun.first(registry, "exact").or(() -> Cycle.rematchStrategy(registry));
    if (found.isEmpty()) {
      out.println("No matching strategy is on the class path; nothing to match.");
      return;
    }
    MatchingStrategy strategy = found.get();
    MatchOptions options = MatchOptions.builder().seed(SEED)
        .timeLimit(ctx.timeLimitOr(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(1))).build();
    MatchingProblem org = ProblemGenerator.generate(settings(ctx.small()));

    // ---- 2025
    Programme programme = Programme.of("two-cycles").startCycle("2025", org.employees(), org.competences(), org.policy());
    Cycle c1 = programme.latest().orElseThrow();
    // management hopes for one pair per executive asking for a topic (first choices)
    Map<String, Integer> firstChoices = new HashMap<>();
    org.mentees().forEach(m -> firstChoices.merge(m.topics().get(0).competence(), 1, Integer::sum));
    for (String topic : askedTopics(org.mentees())) {
      c1 = firstChoices.containsKey(topic) ? c1.announceTopic(topic, firstChoices.get(topic)) : c1.announceTopic(topic);
    }
    c1 = c1.openEnrolment();
    for (Mentee m : org.mentees()) {
      c1 = c1.enrolMentee(m);
    }
    // in the first round only every other junior volunteers
    for (int i = 0; i < org.mentors().size(); i++) {
      if (i % 2 == 0) {
        c1 = c1.enrolMentor(org.mentors().get(i));
      }
    }
    c1 = c1.closeEnrolment().defineFramework(FRAMEWORK).startMatching().draft(strategy, options).publish();
    Evaluation e1 = c1.evaluation().orElseThrow();
    c1 = runToClose(c1, START, new SplittableRandom(SEED));
    programme = programme.with(c1);
    CycleReport r1 = c1.report();

    Headings.section(out, "Cycle 2025");
    out.printf(Locale.ROOT, "  %d mentees and %d mentors enrolled (%d seats); %d pairs matched by %s, score %s%n",
        c1.mentees().size(), c1.mentors().size(), seats(c1.mentors()), e1.metrics().matched(), strategy.name(), e1.score());
    out.printf(Locale.ROOT, "  feedback: %d of %d answers; mentees rated their pairs:%n", r1.participation().feedbackReceived(),
        r1.participation().feedbackExpected());
    Map<Integer, Integer> byRating = new TreeMap<>();
    for (PastPair p : c1.pastPairs()) {
      p.rating().ifPresent(r -> byRating.merge(r, 1, Integer::sum));
    }
    Table ratings = Table.of("rating>", "pairs>", "2026 bonus of a mentor with this mean rating>");
    for (int r = 5; r >= 1; r--) {
      ratings.row(r, byRating.getOrDefault(r, 0), bonusText(org, r));
    }
    ratings.print(out, 4);
    out.println();

    // ---- what flows into 2026: the carry-over of the closed cycle
    CarryOver carry = c1.carryOver();
    Headings.section(out, "What flows into 2026 (the carry-over of the closed 2025 cycle)");
    out.printf(Locale.ROOT, "  history: %d pairs of 2025, %d of them with the mentee's rating%n", programme.history().size(),
        programme.history().stream().filter(p -> p.rating().isPresent()).count());
    out.printf(Locale.ROOT, "  waitlist: %d executives left unmatched, each enrolled in 2026 with priority + 1%n", carry.waitlist().size());
    out.printf(Locale.ROOT, "  returning mentors: %d said they would take part again; they are invited first%n",
        carry.returningMentors().size());
    for (TopicLearnings l : carry.learnings()) {
      out.printf(Locale.ROOT, "  learnings on %-20s %d, e.g. \"%s\"%n", l.competence() + ":", l.learnings().size(),
          l.learnings().get(0).text());
    }
    if (carry.shortTopics().isEmpty()) {
      out.println("  no topic was short of mentors in 2025");
    }
    for (TopicShortage t : carry.shortTopics()) {
      out.printf(Locale.ROOT, "  %-20s was short: %d pairs formed, %d mentees unserved -> announced with a target of %d pairs,"
          + " %d people to approach%n", t.competence(), t.pairsFormed(), t.menteesUnserved(), t.nextTarget(), t.approach().size());
    }
    out.println();

    // ---- 2026: Programme.startCycle hands the carry-over on
    programme = programme.startCycle("2026", org.employees(), org.competences(), org.policy());
    Cycle c2 = programme.latest().orElseThrow();
    Map<String, TopicShortage> shortTopics = new HashMap<>();
    carry.shortTopics().forEach(t -> shortTopics.put(t.competence(), t));
    for (String topic : askedTopics(org.mentees())) {
      TopicShortage t = shortTopics.get(topic);
      c2 = t != null ? c2.announceTopic(topic, t.nextTarget()) : c2.announceTopic(topic);
    }
    c2 = c2.openEnrolment();
    for (Mentee m : org.mentees()) {
      c2 = c2.enrolMentee(m);
    }
    // invite the returning mentors first, then the other volunteers (now every junior of the organisation)
    Set<String> invited = new LinkedHashSet<>(carry.returningMentors());
    for (Mentor m : org.mentors()) {
      if (invited.contains(m.employee())) {
        c2 = c2.enrolMentor(m);
      }
    }
    for (Mentor m : org.mentors()) {
      if (!invited.contains(m.employee())) {
        c2 = c2.enrolMentor(m);
      }
    }
    long raised = c2.mentees().stream().filter(m -> m.priority() > org.mentee(m.employee()).orElseThrow().priority()).count();
    Headings.section(out, "Cycle 2026: the topic call recruits for the short topics directly");
    out.printf(Locale.ROOT, "  %d of the waitlisted executives enrolled with a raised priority%n", raised);
    int nominated = 0;
    Set<String> approached = new HashSet<>();
    c2.mentors().forEach(m -> approached.add(m.employee()));
    c2.mentees().forEach(m -> approached.add(m.employee()));
    for (TopicShortage t : carry.shortTopics()) {
      Optional<MentorCandidate> best = t.approach().stream().filter(c -> !approached.contains(c.employee())).findFirst();
      if (best.isEmpty()) {
        out.printf(Locale.ROOT, "  %-20s nobody suitable in the skills inventory%n", t.competence());
        continue;
      }
      approached.add(best.get().employee());
      c2 = c2.nominateMentor(Mentor.of(best.get().employee(), 2, List.of(new Proficiency(t.competence(), 4))));
      nominated++;
      out.printf(Locale.ROOT, "  %-20s approached %s, who could mentor %d of the mentees asking%n", t.competence(),
          Explain.person(org, best.get().employee()), best.get().servable());
    }
    if (shortTopics.isEmpty()) {
      out.println("  nobody needs to be approached");
    }
    c2 = c2.closeEnrolment().defineFramework(FRAMEWORK).startMatching().draft(strategy, options);
    MatchingProblem p2 = c2.problem();
    Evaluation e2 = c2.evaluation().orElseThrow();
    out.printf(Locale.ROOT, "  %d mentees, %d mentors (%d approached directly); %d pairs matched by %s, score %s%n",
        c2.mentees().size(), c2.mentors().size(), nominated, e2.metrics().matched(), strategy.name(), e2.score());
    Eligibility el2 = Eligibility.of(p2);
    long repeatsExcluded = 0;
    for (int m = 0; m < el2.menteeCount(); m++) {
      repeatsExcluded += el2.excludedCount(m, Rule.REPEAT);
    }
    out.printf(Locale.ROOT, "  the rules exclude %d pairs as repeats of 2025%n", repeatsExcluded);
    out.println("  pairs whose score the 2025 ratings moved:");
    int shown = 0;
    for (PairEvaluation pe : e2.pairs()) {
      if (pe.parts().rating() != 0 && shown < WHY_SHOWN) {
        out.println("    " + Explain.pair(p2, pe).replace("\n      ", "\n        "));
        shown++;
      }
    }
    out.println();

    // ---- the effect, measured
    MatchingProblem noHistory = withoutHistory(p2);
    Matching m2NoHistory = strategy.match(noHistory, options);
    Evaluation eNoHistory = Evaluator.evaluate(noHistory, m2NoHistory);
    Map<String, Integer> mentorRating = mentorRatings(programme.history());
    Headings.section(out, "The effect, measured against the same 2026 enrolment without history");
    Table t = Table.of("2026 matching", "pairs>", "repeats of 2025>", "with mentors rated 4-5>", "rated 1-2>", "mean pair>");
    t.row("with the 2025 feedback", e2.metrics().matched(), repeats(e2, c1.pastPairs()),
        byMentorRating(e2, mentorRating, 4, 5), byMentorRating(e2, mentorRating, 1, 2),
        String.format(Locale.ROOT, "%.1f", e2.metrics().pairScoreMean()));
    t.row("ignoring it", eNoHistory.metrics().matched(), repeats(eNoHistory, c1.pastPairs()),
        byMentorRating(eNoHistory, mentorRating, 4, 5), byMentorRating(eNoHistory, mentorRating, 1, 2),
        String.format(Locale.ROOT, "%.1f", eNoHistory.metrics().pairScoreMean()));
    t.print(out, 2);
    out.println("  (pairs counted by their mentor's 2025 rating: the mean of the mentees' ratings, rounded down)");
    out.println();
  }

  /** Kick-off, one session per pair, feedback from both sides with seeded ratings, close. */
  private static Cycle runToClose(Cycle c, LocalDate start, SplittableRandom random) {
    MatchingProblem p = c.problem();
    List<Pair> pairs = c.matching().orElseThrow().pairs();
    for (Pair pair : pairs) {
      String topic = p.mentee(pair.mentee()).orElseThrow().topics().get(0).competence();
      c = c.recordKickOff(new KickOff(pair, "hands-on input on " + topic, "a view of how leadership decides",
          ImmutableList.of(new Goal("apply " + topic + " in one decision", "one decision taken with it", start.plusWeeks(12)))));
    }
    c = c.startRunning();
    for (Pair pair : pairs) {
      c = c.recordSession(pair, start.plusWeeks(2), SessionStatus.HELD);
    }
    c = c.startFeedback();
    // Each mentor has a quality; the mentee's rating is that quality, give or take one.
    Map<String, Integer> quality = new HashMap<>();
    for (Pair pair : pairs) {
      int q = quality.computeIfAbsent(pair.mentor(), k -> 1 + pick(random, new int[] {1, 2, 4, 5, 4}));
      int rating = Math.max(1, Math.min(5, q + random.nextInt(3) - 1));
      c = c.recordFeedback(new Feedback(pair, Side.MENTEE, rating, ImmutableList.of(rating),
          ImmutableList.of("learned something about " + pair.mentor() + "'s generation"), rating >= 3));
      c = c.recordFeedback(new Feedback(pair, Side.MENTOR, 4, ImmutableList.of(4),
          ImmutableList.of("saw how decisions are prepared"), random.nextInt(5) != 0));
    }
    return c.close();
  }

  /** An index drawn with the given relative weights. */
  private static int pick(SplittableRandom random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static Set<String> askedTopics(List<Mentee> mentees) {
    Set<String> topics = new LinkedHashSet<>();
    for (Mentee m : mentees) {
      for (TopicRequest t : m.topics()) {
        topics.add(t.competence());
      }
    }
    return topics;
  }

  private static int seats(List<Mentor> mentors) {
    return mentors.stream().mapToInt(Mentor::capacity).sum();
  }

  private static String bonusText(MatchingProblem org, int rating) {
    long bonus = org.policy().weights().ratingWeight() * (rating - 3);
    return bonus == 0 ? "none" : (bonus > 0 ? "+" : "") + bonus + " per pair";
  }

  /** The same problem without history: what 2026 would look like if the feedback were ignored. */
  static MatchingProblem withoutHistory(MatchingProblem p) {
    MatchingProblem.Builder b = MatchingProblem.builder().name(p.name() + "-without-history").policy(p.policy())
        .competences(p.competences()).employees(p.employees()).mentees(p.mentees()).mentors(p.mentors())
        .pinnedPairs(p.pinnedPairs());
    p.forbiddenPairs().forEach(b::forbid);
    p.pairScores().forEach(b::pairScore);
    return b.build();
  }

  /** The mean rating of each mentor's rated pairs, rounded down (as the rating bonus uses it). */
  static Map<String, Integer> mentorRatings(List<PastPair> history) {
    Map<String, int[]> sums = new HashMap<>();
    for (PastPair p : history) {
      if (p.rating().isPresent()) {
        int[] s = sums.computeIfAbsent(p.mentor(), k -> new int[2]);
        s[0] += p.rating().getAsInt();
        s[1]++;
      }
    }
    Map<String, Integer> out = new HashMap<>();
    sums.forEach((k, s) -> out.put(k, Math.floorDiv(s[0], s[1])));
    return out;
  }

  private static long repeats(Evaluation e, List<PastPair> earlier) {
    Set<Pair> before = new HashSet<>();
    earlier.forEach(p -> before.add(p.pair()));
    return e.pairs().stream().filter(pe -> before.contains(pe.pair())).count();
  }

  private static long byMentorRating(Evaluation e, Map<String, Integer> rating, int low, int high) {
    return e.pairs().stream().map(pe -> rating.get(pe.pair().mentor()))
        .filter(r -> r != null && r >= low && r <= high).count();
  }
}
