package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A goal a pair sets at kick-off: what, how success is measured, and by when.
 *
 * <p>Guarantee: non-null fields; blank texts are refused by {@link Cycle#recordKickOff}.
 */
public record Goal(String description, String measureOfSuccess, LocalDate targetDate) {
  public Goal {
    requireNonNull(description, "description");
    requireNonNull(measureOfSuccess, "measureOfSuccess");
    requireNonNull(targetDate, "targetDate");
  }
}
