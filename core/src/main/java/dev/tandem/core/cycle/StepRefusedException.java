package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A step of a {@link Cycle} was refused: it is not allowed in the current phase, or something it
 * needs is missing. The cycle it was asked of is unchanged (cycles are immutable).
 *
 * <p>Guarantee: {@link #missing()} is non-empty and says what is missing, one item per line;
 * the message reads {@code cannot <step> in phase <PHASE>: <missing items>}.
 */
public final class StepRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  private final Phase phase;
  private final String step;
  private final ImmutableList<String> missing;

  public StepRefusedException(Phase phase, String step, List<String> missing) {
    super("cannot " + step + " in phase " + phase + ": " + String.join("; ", missing));
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one missing item");
    }
    this.phase = requireNonNull(phase);
    this.step = requireNonNull(step);
    this.missing = ImmutableList.copyOf(missing);
  }

  /** The phase the cycle was (and still is) in. */
  public Phase phase() {
    return phase;
  }

  /** The step that was refused, e.g. {@code publish}. */
  public String step() {
    return step;
  }

  public ImmutableList<String> missing() {
    return missing;
  }
}
