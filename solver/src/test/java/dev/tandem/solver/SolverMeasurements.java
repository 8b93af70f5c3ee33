package dev.tandem.solver;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.generator.GeneratorSettings;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.solver.domain.MentoringPlan;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Measurements for the issue note, not a test (run by hand, see the report): the score
 * calculation speed of the local search at about 1,000 mentees, and the score of
 * {@code optaplanner} against {@code exact}, {@code greedy} and {@code stable} on generated
 * problems with department spread.
 *
 * <pre>
 * mvn -B -o -q test-compile -pl solver -am
 * mvn -B -o -q dependency:build-classpath -pl solver -Dmdep.outputFile=/tmp/solver-cp.txt -Dmdep.includeScope=test
 * CP="solver/target/test-classes:solver/target/classes:core/target/classes:$(tr ':' '\n' &lt; /tmp/solver-cp.txt | grep -v tandem-core | paste -sd:)"
 * java -cp "$CP" dev.tandem.solver.SolverMeasurements speed 1000 40 LATE_ACCEPTANCE
 * java -cp "$CP" dev.tandem.solver.SolverMeasurements compare 200,1000,3000 30
 * </pre>
 *
 * <p>Arguments: mode ({@code speed} or {@code compare}), sizes, seconds, local search type and
 * an optional {@code acceptedCountLimit}; {@code -Dstrategies=exact,optaplanner} limits the
 * compared strategies. Problems come from core's seeded {@code ProblemGenerator} (10 employees per
 * mentee, 2 mentors per mentee, seed 1, department spread on).
 */
public final class SolverMeasurements {
  private SolverMeasurements() {}

  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "compare";
    String sizes = args.length > 1 ? args[1] : "200,1000,3000";
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    String ls = args.length > 3 ? args[3] : "LATE_ACCEPTANCE";
    String accepted = args.length > 4 ? args[4] : "";
    for (String s : sizes.split(",")) {
      int n = Integer.parseInt(s.trim());
      MatchingProblem p = problem(n);
      Eligibility el = Eligibility.of(p);
      System.out.printf(Locale.ROOT, "%s: %d mentees, %d mentors, %d eligible pairs, %d departments%n",
          p.name(), el.menteeCount(), el.mentorCount(), el.pairCount(), el.departments().size());
      if (mode.equals("speed")) {
        speed(el, seconds, ls, accepted);
      } else {
        compare(el, seconds, ls, accepted);
      }
    }
  }

  static MatchingProblem problem(int mentees) {
    return ProblemGenerator.generate(GeneratorSettings.builder().employees(mentees * 10).mentees(mentees)
        .mentors(mentees * 2).seed(1).departmentSpread(true).build());
  }

  /** The local search alone (warm start from exact), with OptaPlanner's own score calculation count. */
  static void speed(Eligibility el, int seconds, String ls, String accepted) {
    MatchOptions options = withAccepted(MatchOptions.builder().timeLimit(Duration.ofSeconds(seconds)).setting("localSearch", ls)
        .setting("unimprovedTime", "PT" + seconds + "S"), accepted).build();
    SolverSettings settings = SolverSettings.of(options);
    Matching warm = StrategyRegistry.standard().get("exact").match(el, MatchOptions.DEFAULTS);
    Solver<MentoringPlan> solver = SolverFactory.<MentoringPlan>create(OptaPlannerStrategy.config(settings, java.util.Optional.of(Duration.ofSeconds(seconds)), 1)).buildSolver();
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    MentoringPlan best = solver.solve(MentoringPlan.of(el, warm));
    long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
    var scope = ((DefaultSolver<MentoringPlan>) solver).getSolverScope();
    // the machine is shared: the per-CPU-second figure is what one otherwise idle core gives
    System.out.printf(Locale.ROOT, "  %s: %d score calculations in %d ms wall = %d/s; solver thread CPU %d ms = %d per CPU-second;"
        + " warm %s -> best %s%n", ls, scope.getScoreCalculationCount(), scope.getTimeMillisSpent(), scope.getScoreCalculationSpeed(),
        cpuMillis, cpuMillis == 0 ? 0 : scope.getScoreCalculationCount() * 1000 / cpuMillis, Evaluator.evaluate(el, warm).score(), best.getScore());
  }

  static void compare(Eligibility el, int seconds, String ls, String accepted) {
    StrategyRegistry registry = StrategyRegistry.standard();
    Score exactScore = null;
    String[] names = System.getProperty("strategies", "greedy,stable,exact,optaplanner").split(",");
    for (String name : names) {
      var strategy = registry.find(name);
      if (strategy.isEmpty()) {
        System.out.println("  " + name + ": not on the class path");
        continue;
      }
      MatchOptions options = withAccepted(MatchOptions.builder().timeLimit(Duration.ofSeconds(seconds)).setting("localSearch", ls)
          .setting("unimprovedTime", "PT" + seconds + "S"), accepted).build();
      long t0 = System.nanoTime();
      Matching m = strategy.get().match(el, options);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      var ev = Evaluator.evaluate(el, m);
      if (name.equals("exact")) {
        exactScore = ev.score();
      }
      System.out.printf(Locale.ROOT, "  %-12s %-32s %7d ms  pairs %5d  spread -%d  load -%d%s%n", name, ev.score(), ms,
          ev.metrics().matched(), ev.terms().spreadPenalty(), ev.terms().loadPenalty(),
          name.equals("optaplanner") && exactScore != null ? "  soft gain over exact " + (ev.score().soft() - exactScore.soft())
              + " (" + String.format(Locale.ROOT, "%.2f%%", 100.0 * (ev.score().soft() - exactScore.soft()) / Math.abs(exactScore.soft())) + ")" : "");
    }
  }

  private static MatchOptions.Builder withAccepted(MatchOptions.Builder b, String accepted) {
    return accepted.isEmpty() ? b : b.setting("acceptedCountLimit", accepted);
  }
}
