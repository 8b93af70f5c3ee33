package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Pair;
import java.time.LocalDate;

/**
 * A pair that ended before the cycle did, when and why (the reason is free text for the
 * administrator; it is personal data and never logged by the library).
 *
 * <p>Guarantee: non-null fields.
 */
public record PairEnding(Pair pair, LocalDate date, String reason) {
  public PairEnding {
    requireNonNull(pair, "pair");
    requireNonNull(date, "date");
    requireNonNull(reason, "reason");
  }
}
