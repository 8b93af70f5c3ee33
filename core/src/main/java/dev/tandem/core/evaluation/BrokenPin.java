package dev.tandem.core.evaluation;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Pair;
import java.util.Optional;

/**
 * A pinned pair of the problem that a matching does not keep: the pinned mentee is unmatched
 * ({@code mentor} empty) or has another mentor. Each costs one hard point (docs/objective.md), so
 * a matching that breaks a pin is never feasible.
 *
 * <p>Guarantee: {@code mentor}, when present, differs from {@code pin.mentor()}.
 */
public record BrokenPin(Pair pin, Optional<String> mentor) {
  public BrokenPin {
    requireNonNull(pin, "pin");
    requireNonNull(mentor, "mentor");
    if (mentor.isPresent() && mentor.get().equals(pin.mentor())) {
      throw new IllegalArgumentException("pin " + pin + " is kept, not broken");
    }
  }

  /** For example {@code pinned pair x1->j1 is broken: x1 is unmatched}. */
  @Override
  public String toString() {
    return "pinned pair " + pin + " is broken: " + pin.mentee()
        + mentor.map(r -> " has mentor " + r).orElse(" is unmatched");
  }
}
