package dev.tandem.benchmarks.jmh;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.generator.Suite;
import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.ExactStrategy;
import dev.tandem.core.strategy.MatchOptions;
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

/** Time to evaluate (score, terms, every pair, unmatched reasons, metrics) the exact matching of a suite problem. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class EvaluatorBenchmark {
  @Param({"M", "L"})
  public String size;

  private Eligibility eligibility;
  private Matching matching;

  @Setup(Level.Trial)
  public void prepare() {
    eligibility = Eligibility.of(Suite.valueOf(size).problem(true));
    matching = new ExactStrategy().match(eligibility, MatchOptions.DEFAULTS);
  }

  @Benchmark
  public Evaluation evaluate() {
    return Evaluator.evaluate(eligibility, matching);
  }
}
