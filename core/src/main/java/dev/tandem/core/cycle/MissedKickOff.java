package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Pair;

/**
 * A pair that starts without its kick-off, and why (free text for the administrator; personal
 * data, never logged). {@link Pacing#health} keeps listing the pair until it records a kick-off.
 *
 * <p>Guarantee: non-null fields; a non-blank reason is checked by {@link JointKickOff#excuse}.
 */
public record MissedKickOff(Pair pair, String reason) {
  public MissedKickOff {
    requireNonNull(pair, "pair");
    requireNonNull(reason, "reason");
  }
}
