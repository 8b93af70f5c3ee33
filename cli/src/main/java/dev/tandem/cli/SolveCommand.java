package dev.tandem.cli;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyOutcome;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.io.PairingsCsv;
import dev.tandem.io.ResultFile;
import dev.tandem.io.ResultFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tandem solve FILE --strategy NAME}: matches a problem file with one strategy, writes a
 * {@code tandem-result/1} file and prints a readable summary.
 *
 * <p>With {@code --out}, the result goes to that file and the summary to standard output; without
 * it, the result JSON goes to standard output and the summary to standard error. Timings follow
 * docs/formats.md: {@code eligibilityMillis} builds the eligibility structure, {@code wallMillis} is the
 * strategy's own work.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
    description = {"Match a problem file with one strategy: a tandem-result/1 file and a readable summary.",
        "With --out the summary goes to standard output; without it the result goes to standard output",
        "and the summary to standard error."})
final class SolveCommand implements Callable<Integer> {
  @ParentCommand
  Tandem tandem;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The problem (tandem-problem/1).")
  Path file;

  @Option(names = {"-s", "--strategy"}, paramLabel = "NAME", defaultValue = "exact",
      description = "Strategy name (default ${DEFAULT-VALUE}); 'tandem strategies' lists them.")
  String strategyName;

  @Option(names = {"-t", "--time-limit"}, paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Time limit for the strategy's whole run (set-up, warm start, search, final scoring; not finding the eligible pairs), e.g. 30s, 500ms, 2m. A run it stops returns its best matching so far, marked as stopped early.")
  Duration timeLimit;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the result file.")
  Path out;

  @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A strategy setting (repeatable), e.g. --option localSearch=TABU_SEARCH.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--csv", paramLabel = "FILE", description = "Also export the pairings as CSV (spreadsheet-safe).")
  Path csv;

  @Option(names = "--names", description = "Include display names in the --csv export (personal data; off by default).")
  boolean names;

  @Option(names = "--no-progress", description = "Never draw the progress bar on standard error.")
  boolean noProgress;

  @Option(names = "--bound-time-limit", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = Proof.DEFAULT_TIME,
      description = "Time for proving the bound on the optimum when the strategy does not prove one itself (default ${DEFAULT-VALUE}).")
  Duration boundTimeLimit;

  @Override
  public Integer call() throws IOException {
    StrategyRegistry registry = StrategyRegistry.standard();
    MatchingStrategy strategy = registry.find(strategyName).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "unknown strategy '" + strategyName + "'; known: " + String.join(", ", registry.names())));
    OptionKeys.check(spec.commandLine(), settings, java.util.List.of(strategy));
    MatchingProblem problem = Inputs.problem(file);
    String work = Inputs.describe(problem, file);
    Workload.set("finding the eligible pairs of %s", work);
    long t0 = System.nanoTime();
    Eligibility eligibility = Eligibility.of(problem);
    long eligibilityMillis = (System.nanoTime() - t0) / 1_000_000;
    Workload.set("running strategy %s on %s, %,d eligible pairs", strategy.name(), work, eligibility.pairCount());
    Matching matching;
    long wallMillis;
    boolean stoppedEarly;
    Proof proof = new Proof();
    try (ProgressBar bar = new ProgressBar(tandem.err, java.util.Optional.ofNullable(timeLimit), tandem.interactive && !noProgress)) {
      MatchOptions.Builder options = MatchOptions.builder().seed(seed).progress(proof.listening(bar)).settings(settings);
      if (timeLimit != null) {
        options.timeLimit(timeLimit);
      }
      long t1 = System.nanoTime();
      StrategyOutcome outcome = strategy.solve(eligibility, options.build());
      matching = outcome.matching();
      stoppedEarly = outcome.stoppedEarly();
      outcome.bound().ifPresent(proof::reported);
      wallMillis = (System.nanoTime() - t1) / 1_000_000;
    }
    Evaluation evaluation = Evaluator.evaluate(eligibility, matching);
    Score bound = proof.bound(eligibility, evaluation.score(), boundTimeLimit, seed);
    ResultFile result = ResultFile.of(problem, strategy.name(), seed, evaluation, eligibilityMillis, wallMillis,
        java.util.Optional.of(bound), stoppedEarly);
    PrintStream summary;
    if (out != null) {
      ResultFiles.write(result, out);
      summary = tandem.out;
    } else {
      Writer w = new OutputStreamWriter(tandem.out, StandardCharsets.UTF_8);
      ResultFiles.write(result, w);
      w.flush();
      summary = tandem.err;
    }
    if (csv != null) {
      PairingsCsv.write(csv, problem, evaluation, names);
    }
    Summary.problem(summary, problem, eligibility);
    summary.printf(Locale.ROOT, "strategy   %s, seed %d: %,d ms (eligibility %,d ms)%n", strategy.name(), seed, wallMillis,
        eligibilityMillis);
    if (stoppedEarly) {
      summary.println("stopped    " + (timeLimit != null ? String.format(Locale.ROOT, "by the time limit of %,d ms", timeLimit.toMillis()) : "by a cancellation")
          + " before the strategy finished: the best matching found so far, without its guarantee (not proven optimal)");
    }
    Summary.evaluation(summary, problem, evaluation);
    Proof.print(summary, bound, evaluation.score());
    if (out != null) {
      summary.println("result     " + out);
    }
    if (csv != null) {
      summary.println("pairings   " + csv + (names ? " (with display names)" : ""));
    }
    return 0;
  }
}
