package dev.tandem.benchmarks.jmh;

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

/**
 * Time of the {@code exact} strategy on a prepared eligibility structure (without building it), in
 * both arithmetics (the combined {@code long} and the lexicographic pairs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ExactBenchmark {
  @Param({"M", "L"})
  public String size;

  /** {@code auto} (combined arithmetic on the suite) or {@code lexicographic} (pairs of longs). */
  @Param({"auto", "lexicographic"})
  public String arithmetic;

  private Eligibility eligibility;
  private MatchOptions options;
  private final ExactStrategy exact = new ExactStrategy();

  @Setup(Level.Trial)
  public void prepare() {
    eligibility = Eligibility.of(Suite.valueOf(size).problem(false));
    options = MatchOptions.builder().setting(ExactStrategy.ARITHMETIC, arithmetic).build();
  }

  @Benchmark
  public Matching exact() {
    return exact.match(eligibility, options);
  }
}
