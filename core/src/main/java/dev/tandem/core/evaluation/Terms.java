package dev.tandem.core.evaluation;

/**
 * Each term of the objective on its own (docs/objective.md), as counts and weighted totals.
 *
 * <p>Guarantee: {@link #score()} is {@code (-(forbiddenPairs) - capacityExcess - brokenPins,
 * -unmatchedPriority, pairScoreSum - spreadPenalty - loadPenalty)}; penalties are {@code >= 0}
 * and already multiplied by their weight. {@code brokenPins} counts the problem's pinned pairs
 * the matching does not keep.
 */
public record Terms(
    long forbiddenPairs,
    long capacityExcess,
    long brokenPins,
    long unmatchedPriority,
    long pairScoreSum,
    long spreadPenalty,
    long loadPenalty) {

  public Score score() {
    return new Score(-Math.addExact(Math.addExact(forbiddenPairs, capacityExcess), brokenPins), Math.negateExact(unmatchedPriority),
        Math.subtractExact(Math.subtractExact(pairScoreSum, spreadPenalty), loadPenalty));
  }
}
