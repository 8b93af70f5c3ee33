package dev.tandem.examples.enterprise;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.generator.GeneratorSettings;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.Eligibility;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo ({@code ./tandem demo}): an Allianz-style programme. Executives of a generated company
 * of 3,000 people pick the topics they want input on; trainees and entry-level staff volunteer as mentors; the
 * whole programme is matched globally with {@code exact} and {@code optaplanner} (whichever are on
 * the class path), and the output shows topic demand, every pair's "why", the unmatched with
 * their reasons and a comparison of the strategies on the metrics of OBJECTIVE.md.
 *
 * <p>Guarantee: the organisation is generated from a fixed seed, so two runs print the same
 * programme; full size is about 3,000 employees and finishes in about a minute on two cores.
 */
public final class EnterpriseExample implements Example {
  static final long SEED = 2010;
  static final int FULL_EMPLOYEES = 3000;
  static final int SMALL_EMPLOYEES = 300;
  private static final int PAIRS_SHOWN = 15;
  /** The strategies compared: two fast baselines, the optimal assignment and the global optimiser. */
  static final List<String> STRATEGIES = List.of("greedy", "stable", "exact", "optaplanner");
  private static final int UNMATCHED_SHOWN = 10;

  /**
   * The bundled organisation: {@code ProblemGenerator} with a fixed seed; the mentees are derived
   * (half of the senior staff) and the mentors fewer than the seats asked for, so a few executives
   * wait for the next round.
   */
  static GeneratorSettings settings(boolean small) {
    int employees = small ? SMALL_EMPLOYEES : FULL_EMPLOYEES;
    return GeneratorSettings.builder()
        .name("enterprise-demo")
        .employees(employees)
        .mentors(employees / 33)
        .seed(SEED)
        .build();
  }

  @Override
  public String name() {
    return "enterprise";
  }

  @Override
  public String description() {
    return "the demo: executives of a 3,000-person company pick topics, juniors mentor them; exact vs optaplanner";
  }

  @Override
  public void run(ExampleContext ctx) {
    PrintStream out = ctx.out();
    MatchingProblem problem = ProblemGenerator.generate(settings(ctx.small()));
    Headings.title(out, "Tandem demo: reverse mentoring across a large company");
    out.println("As at Allianz, executives choose on an internal platform the topics on which they want");
    out.println("input from young colleagues; trainees and entry-level staff mentor them. Pairs cross");
    out.println("department boundaries and skip the reporting line, so people meet who otherwise rarely");
    out.println("would. Top management goes first: the more senior, the higher the priority.");
    out.println();
    printOrganisation(out, problem);
    printTopicDemand(out, problem);

    Eligibility eligibility = Eligibility.of(problem);
    printEligibility(out, eligibility);

    StrategyRegistry registry = StrategyRegistry.standard();
    ImmutableList<MatchingStrategy> strategies = StrategyRun.available(registry, STRATEGIES);
    Headings.section(out, "Matching the whole programme at once");
    List<StrategyRun> runs = new ArrayList<>();
    if (strategies.isEmpty()) {
      out.println("  No matching strategy is on the class path; showing the programme before matching.");
    }
    Duration limit = ctx.timeLimitOr(Duration.ofSeconds(25), Duration.ofSeconds(2));
    for (MatchingStrategy s : strategies) {
      MatchOptions options = MatchOptions.builder().seed(SEED).timeLimit(limit).build();
      try {
        StrategyRun run = StrategyRun.of(s, eligibility, options, ctx.progress());
        out.printf(Locale.ROOT, "  %-12s %s in %.1fs%n", s.name(), run.evaluation().score(),
            run.elapsed().toMillis() / 1000.0);
        runs.add(run);
      } catch (RuntimeException e) {
        // A strategy from the class path failed: say so and compare the others.
        out.printf(Locale.ROOT, "  %-12s failed: %s%n", s.name(), e);
      }
    }
    out.println();

    Evaluation shown = runs.isEmpty()
        ? Evaluator.evaluate(eligibility, Matching.empty(problem))
        : runs.stream().max(Comparator.comparing((StrategyRun r) -> r.evaluation().score())).orElseThrow().evaluation();
    String shownBy = runs.isEmpty() ? "before matching"
        : runs.stream().max(Comparator.comparing((StrategyRun r) -> r.evaluation().score())).orElseThrow().strategy();
    printPairs(out, problem, shown, shownBy);
    printTopManagement(out, problem, shown);
    printUnmatched(out, problem, shown);
    if (!runs.isEmpty()) {
      Headings.section(out, "How the strategies compare (one objective, one evaluator)");
      StrategyRun.printComparison(out, runs);
      out.println("  coverage: pairs whose mentor holds the mentee's top topic; fairness: min and p10 pair score;");
      out.println("  score: hard (rules) / medium (priority of the unmatched) / soft (pair scores minus spread and load).");
      for (StrategyRun r : runs) {
        out.printf(Locale.ROOT, "  %-12s %s%n", r.strategy(), registry.get(r.strategy()).description());
      }
      out.println();
    }
  }

  private static void printOrganisation(PrintStream out, MatchingProblem problem) {
    Set<String> departments = new HashSet<>();
    for (Employee e : problem.employees()) {
      departments.add(e.department());
    }
    int capacity = 0;
    for (Mentor m : problem.mentors()) {
      capacity += m.capacity();
    }
    Headings.section(out, "The organisation (generated, seed " + SEED + ")");
    out.printf(Locale.ROOT, "  %,d employees in %d departments%n", problem.employees().size(), departments.size());
    IntSummaryStatistics menteeLevels = problem.mentees().stream()
        .mapToInt(m -> problem.employee(m.employee()).level()).summaryStatistics();
    IntSummaryStatistics mentorLevels = problem.mentors().stream()
        .mapToInt(m -> problem.employee(m.employee()).level()).summaryStatistics();
    out.printf(Locale.ROOT, "  %d executives enrolled as mentees (levels %d to %d)%n", problem.mentees().size(),
        menteeLevels.getMin(), menteeLevels.getMax());
    out.printf(Locale.ROOT, "  %d juniors mentor (levels %d to %d), %d seats in total%n",
        problem.mentors().size(), mentorLevels.getMin(), mentorLevels.getMax(), capacity);
    out.println();
  }

  private static void printTopicDemand(PrintStream out, MatchingProblem problem) {
    Headings.section(out, "Topic demand: what the executives asked for");
    Table t = Table.of("topic", "diversity", "first choice>", "asked in total>", "mentors offering>", "seats>");
    List<Competence> topics = new ArrayList<>(problem.competences());
    int[] first = new int[topics.size()];
    int[] asked = new int[topics.size()];
    int[] mentors = new int[topics.size()];
    int[] places = new int[topics.size()];
    for (Mentee m : problem.mentees()) {
      int best = m.topics().stream().mapToInt(TopicRequest::weight).max().orElse(0);
      boolean firstSeen = false;
      for (TopicRequest r : m.topics()) {
        int c = problem.competenceIndex(r.competence());
        asked[c]++;
        if (!firstSeen && r.weight() == best) {
          first[c]++;
          firstSeen = true;
        }
      }
    }
    for (Mentor m : problem.mentors()) {
      for (Proficiency p : m.competences()) {
        int c = problem.competenceIndex(p.competence());
        mentors[c]++;
        places[c] += m.capacity();
      }
    }
    Integer[] order = new Integer[topics.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> -asked[i]).thenComparing(i -> i));
    for (int i : order) {
      Competence c = topics.get(i);
      t.row(c.name(), c.diversity() ? "yes" : "", first[i], asked[i], mentors[i], places[i]);
    }
    t.print(out, 2);
    out.println();
  }

  private static void printEligibility(PrintStream out, Eligibility eligibility) {
    int none = 0;
    for (int m = 0; m < eligibility.menteeCount(); m++) {
      if (eligibility.eligibleCount(m) == 0) {
        none++;
      }
    }
    Headings.section(out, "Who may mentor whom");
    out.printf(Locale.ROOT, "  %,d eligible pairs out of %,d (more junior, outside the reporting line, a shared topic)%n",
        eligibility.pairCount(), (long) eligibility.menteeCount() * eligibility.mentorCount());
    out.printf(Locale.ROOT, "  %d executive%s without any eligible mentor%n", none, none == 1 ? "" : "s");
    out.println();
  }

  private static void printPairs(PrintStream out, MatchingProblem problem, Evaluation ev, String by) {
    Headings.section(out, "The pairs (" + by + "), top management first, with why");
    List<PairEvaluation> pairs = new ArrayList<>(ev.pairs());
    pairs.sort(Comparator.comparingInt((PairEvaluation p) -> -problem.employee(p.pair().mentee()).level())
        .thenComparing(p -> p.pair().mentee()));
    for (int i = 0; i < Math.min(PAIRS_SHOWN, pairs.size()); i++) {
      out.println("  " + Explain.pair(problem, pairs.get(i)));
    }
    if (pairs.size() > PAIRS_SHOWN) {
      out.printf(Locale.ROOT, "  ... and %d more pairs%n", pairs.size() - PAIRS_SHOWN);
    }
    if (pairs.isEmpty()) {
      out.println("  (none)");
    }
    out.println();
  }

  private static void printTopManagement(PrintStream out, MatchingProblem problem, Evaluation ev) {
    int top = problem.mentees().stream().mapToInt(m -> problem.employee(m.employee()).level()).max().orElse(0);
    int seniors = 0;
    int matched = 0;
    Set<String> unmatched = new HashSet<>();
    for (UnmatchedMentee u : ev.unmatched()) {
      unmatched.add(u.mentee());
    }
    for (Mentee m : problem.mentees()) {
      if (problem.employee(m.employee()).level() >= top - 1) {
        seniors++;
        if (!unmatched.contains(m.employee())) {
          matched++;
        }
      }
    }
    out.printf(Locale.ROOT, "  Top management first: %d of %d executives at levels %d and %d have a mentor.%n",
        matched, seniors, top - 1, top);
    out.printf(Locale.ROOT, "  Network: %d pairs link %d department pairs; %s of the pairs cross a department boundary.%n",
        ev.metrics().matched(), ev.metrics().departmentLinks(), Explain.percent(ev.metrics().crossDepartmentShare()));
    out.println();
  }

  private static void printUnmatched(PrintStream out, MatchingProblem problem, Evaluation ev) {
    Headings.section(out, "Unmatched executives, with reasons");
    List<UnmatchedMentee> unmatched = new ArrayList<>(ev.unmatched());
    unmatched.sort(Comparator.comparingInt((UnmatchedMentee u) -> -u.priority()).thenComparing(UnmatchedMentee::mentee));
    for (int i = 0; i < Math.min(UNMATCHED_SHOWN, unmatched.size()); i++) {
      out.println("  " + Explain.unmatched(problem, unmatched.get(i)));
    }
    if (unmatched.size() > UNMATCHED_SHOWN) {
      out.printf(Locale.ROOT, "  ... and %d more%n", unmatched.size() - UNMATCHED_SHOWN);
    }
    if (unmatched.isEmpty()) {
      out.println("  (none: every executive has a mentor)");
    }
    out.println();
  }
}
