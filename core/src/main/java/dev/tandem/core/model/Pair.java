package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A mentee and a mentor, by employee id. Used for matched, forbidden and pinned pairs.
 *
 * <p>Guarantee: both ids non-null; equality is by value.
 */
public record Pair(String mentee, String mentor) {
  public Pair {
    requireNonNull(mentee, "mentee");
    requireNonNull(mentor, "mentor");
  }

  public static Pair of(String mentee, String mentor) {
    return new Pair(mentee, mentor);
  }

  @Override
  public String toString() {
    return mentee + "->" + mentor;
  }
}
