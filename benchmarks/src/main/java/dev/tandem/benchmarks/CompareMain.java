package dev.tandem.benchmarks;

import com.google.common.base.Splitter;
import dev.tandem.benchmarks.harness.ComparisonConfig;
import dev.tandem.benchmarks.harness.ComparisonHarness;
import dev.tandem.benchmarks.harness.ComparisonResults;
import dev.tandem.benchmarks.report.ReportWriter;
import dev.tandem.core.generator.Suite;
import dev.tandem.core.strategy.StrategyRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs the comparison on suite problems from the command line, for benchmark runs without the
 * {@code ./tandem} launcher (see BENCHMARKS.md):
 * {@code CompareMain --problems S-spread,M-nospread --strategies greedy,exact,scipy --seeds 1,2
 * --time-limit 30 --report target/report}.
 *
 * <p>Guarantee: exit code 0 after writing the report, 2 on wrong usage (with a message).
 */
public final class CompareMain {
  private CompareMain() {}

  public static void main(String[] args) throws IOException {
    String problems = "S-spread,S-nospread";
    String strategies = null;
    String seeds = "1";
    String timeLimit = "30";
    String report = "target/comparison";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--problems" -> problems = args[i + 1];
        case "--strategies" -> strategies = args[i + 1];
        case "--seeds" -> seeds = args[i + 1];
        case "--time-limit" -> timeLimit = args[i + 1];
        case "--report" -> report = args[i + 1];
        default -> usage("unknown option " + args[i]);
      }
    }
    if (args.length % 2 != 0) {
      usage("every option needs a value");
    }
    ComparisonHarness harness = new ComparisonHarness(StrategyRegistry.standard(), System.err::println);
    ComparisonConfig.Builder config = ComparisonConfig.builder()
        .timeLimit(Duration.ofMillis((long) (Double.parseDouble(timeLimit) * 1000)));
    for (String name : Splitter.on(',').trimResults().omitEmptyStrings().split(problems)) {
      Map.Entry<Suite, Boolean> entry = Suite.parse(name).orElse(null);
      if (entry == null) {
        usage("unknown suite problem \"" + name + "\" (e.g. S-spread, M-nospread, L-spread, XL-nospread)");
        return;
      }
      config.problem(entry.getKey().problem(entry.getValue()));
    }
    List<String> names = strategies == null ? harness.strategyNames()
        : Splitter.on(',').trimResults().omitEmptyStrings().splitToList(strategies);
    config.strategies(names);
    for (String s : Splitter.on(',').trimResults().omitEmptyStrings().split(seeds)) {
      config.seed(Long.parseLong(s));
    }
    ComparisonResults results = harness.run(config.build());
    ReportWriter.Report written = ReportWriter.write(results, Path.of(report));
    System.out.println(written.html().toAbsolutePath());
  }

  private static void usage(String message) {
    System.err.println(message);
    System.err.println("usage: CompareMain [--problems S-spread,M-nospread] [--strategies a,b] [--seeds 1,2] "
        + "[--time-limit SECONDS] [--report DIR]");
    System.exit(2);
  }
}
