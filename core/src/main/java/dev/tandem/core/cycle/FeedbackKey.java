package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Pair;

/**
 * One side of one pair, e.g. the feedback still missing from the mentor of {@code a->b}.
 *
 * <p>Guarantee: non-null fields; {@link #toString()} reads {@code a->b (MENTOR)}.
 */
public record FeedbackKey(Pair pair, Side side) {
  public FeedbackKey {
    requireNonNull(pair, "pair");
    requireNonNull(side, "side");
  }

  @Override
  public String toString() {
    return pair + " (" + side + ")";
  }
}
