package dev.tandem.core.bound;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;

/**
 * A matching with its score and a proven bound: the outcome of {@link Bounds#search}.
 *
 * <p>Guarantee: {@code score} is the {@link dev.tandem.core.evaluation.Evaluator}'s score of
 * {@code matching}, and {@code bound.score() >= score}. {@code stoppedEarly} says that the time
 * limit or a cancellation ended the search before it converged (the bound is still proven).
 */
public record BoundedMatching(Matching matching, Score score, Bound bound, boolean stoppedEarly) {
  public BoundedMatching {
    requireNonNull(matching, "matching");
    requireNonNull(score, "score");
    requireNonNull(bound, "bound");
  }
}
