package dev.tandem.benchmarks.optaplanner;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import dev.tandem.core.generator.Suite;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.ExactStrategy;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.solver.MentoringSolverConfigs;
import dev.tandem.solver.domain.MentoringPlan;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The OptaPlanner Benchmarker configuration comparing local search types (late acceptance, tabu
 * search, great deluge) on suite problems with department spread, each from a cold start
 * (construction heuristic only) and from a warm start (the {@code exact} matching), producing
 * OptaPlanner's standard HTML report.
 *
 * <p>Run: {@code LocalSearchBenchmark [--problems S-spread,M-spread] [--seconds 30] [--dir DIR]}.
 * Every problem appears twice in the report, as {@code Problem_2k} (cold, every mentee
 * unassigned) and {@code Problem_2k+1} (warm, the exact matching); the mapping is printed.
 *
 * <p>Guarantee: one solver benchmark per local search type, each with the same spent-time limit,
 * seed 1 and the solver module's domain and Bavet constraint streams
 * ({@link MentoringSolverConfigs#base()}); benchmarks run one after another.
 */
public final class LocalSearchBenchmark {
  /** The local search types compared. */
  public static final ImmutableList<LocalSearchType> TYPES =
      ImmutableList.of(LocalSearchType.LATE_ACCEPTANCE, LocalSearchType.TABU_SEARCH, LocalSearchType.GREAT_DELUGE);

  private LocalSearchBenchmark() {}

  /** The benchmark configuration: one solver benchmark per local search type. */
  public static PlannerBenchmarkConfig config(File directory, Duration perRun) {
    List<SolverBenchmarkConfig> solvers = new ArrayList<>();
    for (LocalSearchType type : TYPES) {
      SolverConfig solver = MentoringSolverConfigs.base()
          .withRandomSeed(1L)
          .withTerminationConfig(new TerminationConfig().withSpentLimit(perRun))
          .withPhases(
              new ConstructionHeuristicPhaseConfig().withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
              new LocalSearchPhaseConfig().withLocalSearchType(type));
      solvers.add(new SolverBenchmarkConfig().withName(type.name()).withSolverConfig(solver));
    }
    return new PlannerBenchmarkConfig()
        .withName("Tandem local search types")
        .withBenchmarkDirectory(directory)
        .withParallelBenchmarkCount("1")
        .withWarmUpSecondsSpentLimit(0L)
        .withSolverBenchmarkConfigs(solvers.toArray(new SolverBenchmarkConfig[0]));
  }

  /** Cold and warm plans of each problem, in that order. */
  public static List<MentoringPlan> plans(List<MatchingProblem> problems) {
    List<MentoringPlan> plans = new ArrayList<>();
    for (MatchingProblem p : problems) {
      Eligibility el = Eligibility.of(p);
      plans.add(MentoringPlan.unassigned(el));
      plans.add(MentoringPlan.of(el, new ExactStrategy().match(el, MatchOptions.DEFAULTS)));
    }
    return plans;
  }

  public static void main(String[] args) {
    String problems = "S-spread,M-spread";
    long seconds = 30;
    String dir = "target/optaplanner-benchmark";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--problems" -> problems = args[i + 1];
        case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
        case "--dir" -> dir = args[i + 1];
        default -> {
          System.err.println("usage: LocalSearchBenchmark [--problems S-spread,M-spread] [--seconds 30] [--dir DIR]");
          System.exit(2);
        }
      }
    }
    List<MatchingProblem> list = new ArrayList<>();
    int index = 0;
    for (String name : Splitter.on(',').trimResults().omitEmptyStrings().split(problems)) {
      Map.Entry<Suite, Boolean> entry = Suite.parse(name)
          .orElseThrow(() -> new IllegalArgumentException("unknown suite problem \"" + name + "\""));
      list.add(entry.getKey().problem(entry.getValue()));
      System.err.println("Problem_" + index++ + " = " + name + " cold start; Problem_" + index++ + " = " + name + " warm start (exact)");
    }
    File report = PlannerBenchmarkFactory.create(config(new File(dir), Duration.ofSeconds(seconds)))
        .buildPlannerBenchmark(plans(list))
        .benchmark();
    System.out.println(report.getAbsolutePath());
  }
}
