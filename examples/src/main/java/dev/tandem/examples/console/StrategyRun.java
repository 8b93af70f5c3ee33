package dev.tandem.examples.console;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Metrics;
import dev.tandem.core.evaluation.Terms;
import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One strategy run on a problem, judged by the one {@link Evaluator}: the matching, its
 * evaluation and the wall-clock time.
 *
 * <p>Guarantee: {@code evaluation} is {@code Evaluator.evaluate(eligibility, matching)}; progress
 * of the run is written as one updating line to the progress stream and ended with a newline.
 */
public record StrategyRun(String strategy, Matching matching, Evaluation evaluation, Duration elapsed) {

  public StrategyRun {
    requireNonNull(strategy, "strategy");
    requireNonNull(matching, "matching");
    requireNonNull(evaluation, "evaluation");
    requireNonNull(elapsed, "elapsed");
  }

  /** Runs {@code strategy} on {@code eligibility} with {@code options}, showing progress. */
  public static StrategyRun of(MatchingStrategy strategy, Eligibility eligibility, MatchOptions options,
      PrintStream progress) {
    long start = System.nanoTime();
    String limit = options.timeLimit().map(d -> " (time limit " + seconds(d) + ")").orElse("");
    progress.printf(Locale.ROOT, "  running %s%s ...%n", strategy.name(), limit);
    MatchOptions withProgress = options.toBuilder()
        .progress(p -> {
          LiveLine.show(progress, String.format(Locale.ROOT, "  %-12s %6.1fs  best %s   ", p.strategy(),
              p.elapsedMillis() / 1000.0, p.bestScore()));
          options.progress().onProgress(p);
        })
        .build();
    Matching matching = strategy.match(eligibility, withProgress);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    Evaluation evaluation = Evaluator.evaluate(eligibility, matching);
    LiveLine.end(progress, String.format(Locale.ROOT, "  %-12s %6.1fs  done: %s", strategy.name(),
        elapsed.toMillis() / 1000.0, evaluation.score()));
    return new StrategyRun(strategy.name(), matching, evaluation, elapsed);
  }

  /**
   * The strategies of {@code wanted} that the registry holds, in that order; when none of them is
   * present, every registered strategy (so an example still runs on a smaller class path).
   */
  public static ImmutableList<MatchingStrategy> available(StrategyRegistry registry, List<String> wanted) {
    List<MatchingStrategy> found = new ArrayList<>();
    for (String name : wanted) {
      registry.find(name).ifPresent(found::add);
    }
    if (found.isEmpty()) {
      for (String name : registry.names()) {
        found.add(registry.get(name));
      }
    }
    return ImmutableList.copyOf(found);
  }

  /** The first available of {@code names}, in order of preference. */
  public static Optional<MatchingStrategy> first(StrategyRegistry registry, String... names) {
    for (String name : names) {
      Optional<MatchingStrategy> s = registry.find(name);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  /**
   * Prints the comparison table of {@code runs}: score, coverage (top topic held), cross-department
   * share, department links, fairness (minimum and 10th percentile pair score), time.
   */
  public static void printComparison(PrintStream out, List<StrategyRun> runs) {
    Table t = Table.of("strategy", "matched>", "coverage>", "cross-dept>", "dept links>", "min pair>",
        "p10 pair>", "mean pair>", "score", "time>");
    for (StrategyRun r : runs) {
      Metrics m = r.evaluation().metrics();
      t.row(r.strategy(), m.matched() + "/" + m.mentees(), Explain.percent(m.topTopicCoverage()),
          Explain.percent(m.crossDepartmentShare()), m.departmentLinks(), m.pairScoreMin(), m.pairScoreP10(),
          String.format(Locale.ROOT, "%.1f", m.pairScoreMean()), r.evaluation().score(), seconds(r.elapsed()));
    }
    t.print(out, 2);
  }

  /**
   * Prints how each run's soft score is made up: the sum of its pair scores minus the department
   * spread and mentor load penalties (docs/objective.md), which explains why a run with higher pair
   * scores can still score lower.
   */
  public static void printSoftTerms(PrintStream out, List<StrategyRun> runs) {
    Table t = Table.of("strategy", "pair scores>", "- spread>", "- load>", "= soft>");
    for (StrategyRun r : runs) {
      Terms terms = r.evaluation().terms();
      t.row(r.strategy(), terms.pairScoreSum(), terms.spreadPenalty(), terms.loadPenalty(), r.evaluation().score().soft());
    }
    t.print(out, 2);
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }
}
