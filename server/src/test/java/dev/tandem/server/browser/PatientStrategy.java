package dev.tandem.server.browser;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.GreedyStrategy;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.Progress;
import dev.tandem.core.strategy.StrategyOutcome;
import java.time.Duration;
import java.util.Optional;

/**
 * Greedy's matching, reported as progress at once, then held until the time limit ends or the
 * draft is cancelled: a draft that stays running long enough to watch and to cancel, as
 * {@code optaplanner} does on a large organisation (on the demo's few people every standard
 * strategy finishes at once).
 */
final class PatientStrategy implements MatchingStrategy {
  static final String NAME = "patient";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "greedy, then waits out its time limit or a cancellation (browser tests)";
  }

  @Override
  public Matching match(Eligibility eligibility, MatchOptions options) {
    return solve(eligibility, options).matching();
  }

  @Override
  public StrategyOutcome solve(Eligibility eligibility, MatchOptions options) {
    long start = System.nanoTime();
    Matching greedy = new GreedyStrategy().match(eligibility, options);
    options.progress().onProgress(new Progress(NAME, 0, Evaluator.evaluate(eligibility, greedy).score()));
    long deadline = start + options.timeLimit().orElse(Duration.ofSeconds(30)).toNanos();
    while (!options.cancellation().isCancelled() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return new StrategyOutcome(greedy, options.cancellation().isCancelled(), Optional.empty());
  }
}
