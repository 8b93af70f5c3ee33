package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

/**
 * An explicit score for a pair: when present it replaces the pair-score formula (docs/objective.md).
 * Negative scores are costs, which is how classic assignment problems are written.
 *
 * <p>Guarantee: non-null ids.
 */
public record PairScore(String mentee, String mentor, long score) {
  public PairScore {
    requireNonNull(mentee, "mentee");
    requireNonNull(mentor, "mentor");
  }

  public Pair pair() {
    return new Pair(mentee, mentor);
  }
}
