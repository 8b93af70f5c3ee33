package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Pair;
import java.time.LocalDate;

/** One session of a pair on a date, held or cancelled. Guarantee: non-null fields. */
public record SessionRecord(Pair pair, LocalDate date, SessionStatus status) {
  public SessionRecord {
    requireNonNull(pair, "pair");
    requireNonNull(date, "date");
    requireNonNull(status, "status");
  }
}
