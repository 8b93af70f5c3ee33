package dev.tandem.benchmarks.jmh;

import dev.tandem.core.generator.Suite;
import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.ExactStrategy;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.solver.MentoringSolverConfigs;
import dev.tandem.solver.domain.MentoringPlan;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * OptaPlanner's full (non-incremental) score calculation of a whole plan through the Bavet
 * constraint streams, on the exact matching of a suite problem with spread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ScoreCalculationBenchmark {
  @Param({"M", "L"})
  public String size;

  private MentoringPlan plan;

  @Setup(Level.Trial)
  public void prepare() {
    Eligibility eligibility = Eligibility.of(Suite.valueOf(size).problem(true));
    Matching matching = new ExactStrategy().match(eligibility, MatchOptions.DEFAULTS);
    plan = MentoringPlan.of(eligibility, matching);
  }

  @Benchmark
  public HardMediumSoftLongScore scoreCalculation() {
    return MentoringSolverConfigs.solutionManager().update(plan);
  }
}
