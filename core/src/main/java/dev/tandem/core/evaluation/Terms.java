package dev.tandem.core.evaluation;

/**
 * Each term of the objective on its own (docs/objective.md), as counts and weighted totals.
 *
 * <p>Guarantee: {@link #score()} is {@code (-(forbiddenPairs) - capacityExcess - brokenPins,
 * -unmatchedPriority, pairScoreSum + topicTargetBonus - spreadPenalty - loadPenalty)}; penalties
 * and the bonus are {@code >= 0} and already multiplied by their weight. {@code brokenPins}
 * counts the problem's pinned pairs the matching does not keep.
 */
public record Terms(
    long forbiddenPairs,
    long capacityExcess,
    long brokenPins,
    long unmatchedPriority,
    long pairScoreSum,
    long spreadPenalty,
    long loadPenalty,
    long topicTargetBonus) {

  /** The terms without a topic-target bonus (0), as before it existed. */
  public Terms(long forbiddenPairs, long capacityExcess, long brokenPins, long unmatchedPriority, long pairScoreSum,
      long spreadPenalty, long loadPenalty) {
    this(forbiddenPairs, capacityExcess, brokenPins, unmatchedPriority, pairScoreSum, spreadPenalty, loadPenalty, 0);
  }

  public Score score() {
    return new Score(-Math.addExact(Math.addExact(forbiddenPairs, capacityExcess), brokenPins), Math.negateExact(unmatchedPriority),
        Math.subtractExact(Math.subtractExact(Math.addExact(pairScoreSum, topicTargetBonus), spreadPenalty), loadPenalty));
  }
}
