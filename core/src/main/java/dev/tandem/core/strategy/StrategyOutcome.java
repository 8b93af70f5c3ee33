package dev.tandem.core.strategy;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;
import java.util.Optional;

/**
 * What a strategy run returns beyond its matching: whether a time limit or a cancellation
 * stopped it before it finished its own work, and a proven upper bound on the score of every
 * matching of the problem, when the strategy knows one.
 *
 * <p>Guarantee: a value. {@code stoppedEarly} is true exactly when the strategy cut its run short
 * (the matching is then feasible but carries none of the strategy's optimality promise, for
 * {@code exact}: not proven optimal). A present {@code bound} is never below the score of any
 * matching of the problem (hard, medium and soft compared lexicographically).
 *
 * @param matching the matching found
 * @param stoppedEarly whether a time limit or a cancellation stopped the run
 * @param bound a proven upper bound on every matching's score, if the strategy has one
 */
public record StrategyOutcome(Matching matching, boolean stoppedEarly, Optional<Score> bound) {
  public StrategyOutcome {
    requireNonNull(matching, "matching");
    requireNonNull(bound, "bound");
  }

  /** A run that finished its work, without a bound. */
  public static StrategyOutcome of(Matching matching) {
    return new StrategyOutcome(matching, false, Optional.empty());
  }
}
