package dev.tandem.core.bound;

import com.google.common.collect.ImmutableSortedSet;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.strategy.MatchOptions;
import java.util.List;
import java.util.Optional;

/** The settings of the Lagrangian search, read from {@link MatchOptions#settings()}. */
final class Settings {
  static final String SCALE = "lagrangian.scale";
  static final String ITERATIONS = "lagrangian.maxIterations";
  static final String PATIENCE = "lagrangian.patience";
  static final String REPAIR = "lagrangian.repairPasses";
  static final ImmutableSortedSet<String> KEYS = ImmutableSortedSet.of(SCALE, ITERATIONS, PATIENCE, REPAIR);

  /**
   * Prices are multiples of {@code 1/64} by default: whole-point prices left about a quarter of
   * M-spread's gap (measured: 0.52% at scale 1, 0.22% at 64, no gain at 256).
   */
  static final long DEFAULT_SCALE = 64;
  static final int DEFAULT_ITERATIONS = 2_000;
  static final int DEFAULT_PATIENCE = 3;
  static final int DEFAULT_REPAIR = 1;

  private Settings() {}

  /** Whether the options name a scale (else {@link #DEFAULT_SCALE}, lowered when it would overflow). */
  static boolean scaleGiven(MatchOptions o) {
    return o.setting(SCALE).isPresent();
  }

  static long scale(MatchOptions o) {
    return positive(o, SCALE, DEFAULT_SCALE, 1 << 20);
  }

  static int iterations(MatchOptions o) {
    return (int) positive(o, ITERATIONS, DEFAULT_ITERATIONS, Integer.MAX_VALUE);
  }

  static int patience(MatchOptions o) {
    return (int) positive(o, PATIENCE, DEFAULT_PATIENCE, 1_000_000);
  }

  static int repairPasses(MatchOptions o) {
    return (int) between(o, REPAIR, DEFAULT_REPAIR, 0, 1_000);
  }

  private static long positive(MatchOptions o, String key, long fallback, long max) {
    return between(o, key, fallback, 1, max);
  }

  private static long between(MatchOptions o, String key, long fallback, long min, long max) {
    Optional<String> text = o.setting(key);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      long v = Long.parseLong(text.get().trim());
      if (v < min || v > max) {
        throw new ValidationException(List.of(new ValidationProblem("settings." + key, v + " is not between " + min + " and " + max)));
      }
      return v;
    } catch (NumberFormatException e) {
      throw new ValidationException(List.of(new ValidationProblem("settings." + key, "\"" + text.get() + "\" is not an integer")));
    }
  }
}
