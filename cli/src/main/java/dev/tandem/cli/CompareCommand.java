package dev.tandem.cli;

import dev.tandem.benchmarks.harness.ComparisonConfig;
import dev.tandem.benchmarks.harness.ComparisonHarness;
import dev.tandem.benchmarks.harness.ComparisonResults;
import dev.tandem.benchmarks.harness.RunResult;
import dev.tandem.benchmarks.report.ReportWriter;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.generator.Suite;
import dev.tandem.core.strategy.StrategyRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tandem compare}: every strategy on every problem (files and named suite problems), judged
 * by the one evaluator; a table on standard output, a CSV and an HTML report with charts in
 * {@code --report}. Runs go through the benchmarks module's comparison harness.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Run every strategy on every problem, judged by the one evaluator:",
        "a table on standard output, CSV and an HTML report with charts in --report."})
final class CompareCommand implements Callable<Integer> {
  @ParentCommand
  Tandem tandem;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Problem files (tandem-problem/1).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--suite", split = ",", paramLabel = "NAME",
      description = "Named suite problems, e.g. S-spread,M-nospread (S, M, L, XL with -spread or -nospread).")
  List<String> suite = new ArrayList<>();

  @Option(names = "--strategies", split = ",", paramLabel = "NAME",
      description = "Strategies and peers to run, comma-separated (default: every strategy of 'tandem strategies').")
  List<String> strategies = new ArrayList<>();

  @Option(names = "--seeds", split = ",", paramLabel = "S", description = "Seeds, comma-separated (default 1).")
  List<Long> seeds = new ArrayList<>();

  @Option(names = {"-t", "--time-limit"}, paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Time limit per run (default 30s).")
  Duration timeLimit;

  @Option(names = "--bound-time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Time for proving each problem's bound on the optimum before the runs (default: the time limit).")
  Duration boundTimeLimit;

  @Option(names = "--no-bound", description = "Prove no bound before the runs; gaps then use the bounds the runs prove themselves.")
  boolean noBound;

  @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A strategy setting for every run (repeatable).")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--report", paramLabel = "DIR", defaultValue = "tandem-report",
      description = "Directory for the CSV and HTML report (default ${DEFAULT-VALUE}).")
  Path report;

  @Override
  public Integer call() throws IOException {
    if (files.isEmpty() && suite.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give problem files or --suite names");
    }
    ComparisonHarness harness = new ComparisonHarness(StrategyRegistry.standard(), line -> tandem.err.println(line));
    List<String> names = strategies.isEmpty() ? StrategyRegistry.standard().names().asList() : strategies;
    for (String name : names) {
      if (!harness.strategyNames().contains(name)) {
        throw new ParameterException(spec.commandLine(), "unknown strategy '" + name + "'; known: "
            + String.join(", ", harness.strategyNames()));
      }
    }
    StrategyRegistry registry = StrategyRegistry.standard();
    OptionKeys.check(spec.commandLine(), settings, names.stream().flatMap(n -> registry.find(n).stream()).toList());
    ComparisonConfig.Builder config = ComparisonConfig.builder().strategies(names);
    settings.forEach(config::setting);
    for (String s : suite) {
      Optional<Map.Entry<Suite, Boolean>> entry = Suite.parse(s);
      if (entry.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "unknown suite problem '" + s
            + "'; known: S, M, L, XL with -spread or -nospread, e.g. M-spread");
      }
      config.problem(entry.get().getKey().problem(entry.get().getValue()));
    }
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      try {
        config.problem(Inputs.problem(f));
      } catch (InputException e) {
        failures.addAll(e.lines());
      }
    }
    if (!failures.isEmpty()) {
      throw new InputException(failures);
    }
    config.seeds(seeds.isEmpty() ? List.of(1L) : seeds);
    if (timeLimit != null) {
      config.timeLimit(timeLimit);
    }
    if (noBound) {
      config.boundTimeLimit(Duration.ZERO);
    } else if (boundTimeLimit != null) {
      config.boundTimeLimit(boundTimeLimit);
    }
    ComparisonConfig built;
    try {
      built = config.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ComparisonResults results = harness.run(built);
    table(results);
    ReportWriter.Report written = ReportWriter.write(results, report);
    tandem.out.println("report  " + written.html());
    tandem.out.println("csv     " + written.csv());
    return 0;
  }

  private void table(ComparisonResults results) {
    tandem.out.printf(Locale.ROOT, "%-20s %-14s %6s  %-32s %9s %8s %10s %9s%n", "problem", "strategy", "seed", "score",
        "matched", "cross", "wall ms", "gap");
    for (RunResult r : results.runs()) {
      if (r.evaluation().isEmpty()) {
        tandem.out.printf(Locale.ROOT, "%-20s %-14s %6d  %s%n", r.problem(), r.strategy(), r.seed(), r.status());
        continue;
      }
      Evaluation e = r.evaluation().get();
      var gap = results.gap(r);
      tandem.out.printf(Locale.ROOT, "%-20s %-14s %6d  %-32s %4d/%-4d %7.0f%% %10d %9s%n", r.problem(), r.strategy(), r.seed(),
          e.score(), e.metrics().matched(), e.metrics().mentees(), 100 * e.metrics().crossDepartmentShare(), r.wallMillis(),
          gap.isPresent() ? String.format(Locale.ROOT, "%.3f%%", 100 * gap.getAsDouble()) : "-");
    }
    for (String problem : results.problems()) {
      results.bound(problem).ifPresent(b -> tandem.out.printf(Locale.ROOT, "bound of %s: %s (proven)%n", problem, b));
    }
  }
}
