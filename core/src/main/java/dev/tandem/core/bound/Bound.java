package dev.tandem.core.bound;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.evaluation.Score;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A proven upper bound on the score of every matching of a problem: no matching that keeps the
 * pins scores higher than {@link #score()} (compared lexicographically, hard first).
 *
 * <p>{@code score.hard()} and {@code score.medium()} are the best hard and medium levels any
 * matching reaches (found by {@code exact}, which optimises them exactly); {@code score.soft()}
 * bounds the soft score of the matchings at those levels. See docs/bound.md for how each
 * {@link Method} proves it.
 *
 * <p>Guarantee: a value; {@link #gap} is defined exactly when the achieved hard and medium levels
 * equal the bound's.
 *
 * @param score the bound
 * @param method how the soft part was proven
 * @param iterations oracle solves spent (0 for {@link Method#TRIVIAL})
 * @param elapsedMillis time spent proving it
 */
public record Bound(Score score, Method method, int iterations, long elapsedMillis) {
  /** How the soft part of a bound was proven. */
  public enum Method {
    /** {@code exact}'s own score: it is optimal because the spread weight is 0. */
    EXACT,
    /** The Lagrangian bound: priced department links, one {@code exact} solve per price vector. */
    LAGRANGIAN,
    /** Pair scores summed row by row with every penalty at its least: no solve finished in time. */
    TRIVIAL
  }

  public Bound {
    requireNonNull(score, "score");
    requireNonNull(method, "method");
  }

  /**
   * The soft gap of {@code achieved}: {@code (bound soft - achieved soft) / max(1, |bound soft|)},
   * 0 when the achieved score meets the bound; empty when the hard or medium levels differ (then
   * the soft scores do not compare).
   */
  public OptionalDouble gap(Score achieved) {
    return gap(score, achieved);
  }

  /** {@link #gap(Score)} of {@code achieved} against a bound given as a score. */
  public static OptionalDouble gap(Score bound, Score achieved) {
    if (achieved.hard() != bound.hard() || achieved.medium() != bound.medium()) {
      return OptionalDouble.empty();
    }
    long diff = bound.soft() - achieved.soft();
    return OptionalDouble.of(diff <= 0 ? 0 : diff / (double) Math.max(1, Math.abs(bound.soft())));
  }

  /** Whether {@code achieved} reaches the bound, i.e. is proven optimal. */
  public boolean isMetBy(Score achieved) {
    return achieved.compareTo(score) >= 0;
  }

  /**
   * One line for people: {@code within 0.42% of optimal (proven)}, {@code optimal (proven)}, or
   * why no gap exists.
   */
  public String describe(Score achieved) {
    return describe(score, achieved);
  }

  /** {@link #describe(Score)} of {@code achieved} against a bound given as a score. */
  public static String describe(Score bound, Score achieved) {
    OptionalDouble gap = gap(bound, achieved);
    if (gap.isEmpty()) {
      if (achieved.hard() < bound.hard()) {
        return "breaks hard rules that a matching can keep (best hard level " + bound.hard() + ")";
      }
      return "leaves out more priority than needed (best medium level " + bound.medium() + ")";
    }
    if (gap.getAsDouble() == 0) {
      return "optimal (proven)";
    }
    return String.format(Locale.ROOT, "within %s%% of optimal (proven)", percent(gap.getAsDouble()));
  }

  /** A gap as a percentage with two significant decimals, e.g. {@code 0.42} or {@code 0.0031}. */
  static String percent(double gap) {
    double p = 100 * gap;
    if (p >= 0.01) {
      return String.format(Locale.ROOT, "%.2f", p);
    }
    return String.format(Locale.ROOT, "%.2g", p);
  }
}
