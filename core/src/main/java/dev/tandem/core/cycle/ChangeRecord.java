package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One change of the cycle's people or capacities (see {@link Changes}): the phase it happened
 * in, its date when one was given, a short description, and what it changed, one line per
 * effect (pairs kept, ended and formed with their scores, requests freed). Employee ids only.
 *
 * <p>Guarantee: non-null, immutable.
 */
public record ChangeRecord(Phase phase, Optional<LocalDate> date, String change, ImmutableList<String> explanation) {
  public ChangeRecord {
    requireNonNull(phase, "phase");
    requireNonNull(date, "date");
    requireNonNull(change, "change");
    explanation = ImmutableList.copyOf(explanation);
  }
}
