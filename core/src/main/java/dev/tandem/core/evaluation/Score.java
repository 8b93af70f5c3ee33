package dev.tandem.core.evaluation;

/**
 * A HardMediumSoft score, compared lexicographically (hard first). Higher is better; a matching
 * is feasible when {@code hard == 0}.
 *
 * <p>Guarantee: a value type; {@link #toString()} uses OptaPlanner's form
 * {@code 0hard/-5medium/-2soft} and {@link #parse} reads it back; {@link #plus} and {@link #minus}
 * throw {@link ArithmeticException} rather than wrap.
 */
public record Score(long hard, long medium, long soft) implements Comparable<Score> {
  public static final Score ZERO = new Score(0, 0, 0);

  public static Score of(long hard, long medium, long soft) {
    return new Score(hard, medium, soft);
  }

  public boolean isFeasible() {
    return hard == 0;
  }

  public Score plus(Score o) {
    return new Score(Math.addExact(hard, o.hard), Math.addExact(medium, o.medium), Math.addExact(soft, o.soft));
  }

  public Score minus(Score o) {
    return new Score(Math.subtractExact(hard, o.hard), Math.subtractExact(medium, o.medium), Math.subtractExact(soft, o.soft));
  }

  @Override
  public int compareTo(Score o) {
    int c = Long.compare(hard, o.hard);
    if (c != 0) {
      return c;
    }
    c = Long.compare(medium, o.medium);
    return c != 0 ? c : Long.compare(soft, o.soft);
  }

  @Override
  public String toString() {
    return hard + "hard/" + medium + "medium/" + soft + "soft";
  }

  /** Parses {@code 0hard/-5medium/-2soft}. */
  public static Score parse(String text) {
    String[] parts = text.trim().split("/");
    if (parts.length != 3 || !parts[0].endsWith("hard") || !parts[1].endsWith("medium") || !parts[2].endsWith("soft")) {
      throw new IllegalArgumentException("not a score (expected like 0hard/-5medium/-2soft): \"" + text + "\"");
    }
    try {
      return new Score(
          Long.parseLong(parts[0].substring(0, parts[0].length() - 4)),
          Long.parseLong(parts[1].substring(0, parts[1].length() - 6)),
          Long.parseLong(parts[2].substring(0, parts[2].length() - 4)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a score (expected like 0hard/-5medium/-2soft): \"" + text + "\"", e);
    }
  }
}
