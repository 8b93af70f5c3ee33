package dev.tandem.core.evaluation;

/**
 * Each term of the objective on its own (docs/objective.md), as counts and weighted totals.
 *
 * <p>Guarantee: {@link #score()} is {@code (-(forbiddenPairs) - capacityExcess,
 * -unmatchedPriority, pairScoreSum - spreadPenalty - loadPenalty)}; penalties are {@code >= 0}
 * and already multiplied by their weight.
 */
public record Terms(
    long forbiddenPairs,
    long capacityExcess,
    long unmatchedPriority,
    long pairScoreSum,
    long spreadPenalty,
    long loadPenalty) {

  public Score score() {
    return new Score(-forbiddenPairs - capacityExcess, -unmatchedPriority, pairScoreSum - spreadPenalty - loadPenalty);
  }
}
