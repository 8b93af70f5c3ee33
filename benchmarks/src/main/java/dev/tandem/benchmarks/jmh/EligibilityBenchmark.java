package dev.tandem.benchmarks.jmh;

import dev.tandem.core.generator.Suite;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
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
 * Time to build the eligibility structure of a suite problem; at {@code L} (3,000 mentees × 6,000
 * mentors, about half the 18 million pairs eligible) the target is under 2 s in under 1 GB: the
 * fork runs with {@code -Xmx1g}, so it fails rather than reports when the structure does not fit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class EligibilityBenchmark {
  @Param({"M", "L"})
  public String size;

  private MatchingProblem problem;

  @Setup(Level.Trial)
  public void generate() {
    problem = Suite.valueOf(size).problem(true);
  }

  @Benchmark
  public Eligibility eligibility() {
    return Eligibility.of(problem);
  }
}
