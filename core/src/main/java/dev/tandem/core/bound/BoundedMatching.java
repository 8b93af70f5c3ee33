package dev.tandem.core.bound;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;

/**
 * A matching with its score and a proven bound: the outcome of {@link Bounds#search}.
 *
 * <p>Guarantee: {@code score} is the {@link dev.tandem.core.evaluation.Evaluator}'s score of
 * {@code matching}, and {@code bound.score() >= score}.
 */
public record BoundedMatching(Matching matching, Score score, Bound bound) {
  public BoundedMatching {
    requireNonNull(matching, "matching");
    requireNonNull(score, "score");
    requireNonNull(bound, "bound");
  }
}
