package dev.tandem.core.evaluation;

/**
 * Each term of the objective on its own (docs/objective.md), as counts and weighted totals.
 *
 * <p>Guarantee: {@link #score()} is {@code (-(forbiddenPairs) - capacityExcess,
 * -unmatchedPriority, pairScoreSum + topicTargetBonus - spreadPenalty - loadPenalty)}; penalties
 * and the bonus are {@code >= 0} and already multiplied by their weight.
 */
public record Terms(
    long forbiddenPairs,
    long capacityExcess,
    long unmatchedPriority,
    long pairScoreSum,
    long spreadPenalty,
    long loadPenalty,
    long topicTargetBonus) {

  /** The terms without a topic-target bonus (0), as before it existed. */
  public Terms(long forbiddenPairs, long capacityExcess, long unmatchedPriority, long pairScoreSum, long spreadPenalty,
      long loadPenalty) {
    this(forbiddenPairs, capacityExcess, unmatchedPriority, pairScoreSum, spreadPenalty, loadPenalty, 0);
  }

  public Score score() {
    return new Score(-forbiddenPairs - capacityExcess, -unmatchedPriority,
        pairScoreSum + topicTargetBonus - spreadPenalty - loadPenalty);
  }
}
