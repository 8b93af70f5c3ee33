package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Pair;
import java.time.LocalDate;

/**
 * One side's fit answer for a pair after its first session.
 *
 * <p>Guarantee: non-null fields; at most one answer per side and pair is kept (a new one
 * replaces the old).
 */
public record FitAnswer(Pair pair, Side side, Fit fit, LocalDate date) {
  public FitAnswer {
    requireNonNull(pair, "pair");
    requireNonNull(side, "side");
    requireNonNull(fit, "fit");
    requireNonNull(date, "date");
  }

  public FeedbackKey key() {
    return new FeedbackKey(pair, side);
  }
}
