package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Pair;
import java.time.LocalDate;

/**
 * The day a pair started: the start of the running phase for published pairs, the day of the
 * change for pairs added later. The session plan of the pair counts from here.
 *
 * <p>Guarantee: non-null fields.
 */
public record PairStart(Pair pair, LocalDate date) {
  public PairStart {
    requireNonNull(pair, "pair");
    requireNonNull(date, "date");
  }
}
