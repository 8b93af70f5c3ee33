package dev.tandem.core.strategy;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.evaluation.Score;
import java.util.Optional;

/**
 * A progress report of a running strategy: a new best score after {@code elapsedMillis}, and the
 * best proven bound known at that time when the strategy proves one (see
 * {@code dev.tandem.core.bound}).
 *
 * <p>Guarantee: a value; reports of one run have non-decreasing {@code elapsedMillis}; when
 * present, {@code bound} is never below {@code bestScore} and never rises within a run.
 */
public record Progress(String strategy, long elapsedMillis, Score bestScore, Optional<Score> bound) {
  public Progress {
    requireNonNull(strategy, "strategy");
    requireNonNull(bestScore, "bestScore");
    requireNonNull(bound, "bound");
  }

  /** A report without a bound. */
  public Progress(String strategy, long elapsedMillis, Score bestScore) {
    this(strategy, elapsedMillis, bestScore, Optional.empty());
  }
}
