package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * A pair from an earlier cycle, with the mentee's optional rating of the mentor (1 to 5). Earlier
 * pairs are not repeated (unless the policy allows it) and ratings give the mentor a bonus or a
 * malus in later cycles.
 *
 * <p>Guarantee: non-null fields; the rating range is checked by {@link MatchingProblem}
 * validation.
 */
public record PastPair(String cycle, String mentee, String mentor, OptionalInt rating) {
  public PastPair {
    requireNonNull(cycle, "cycle");
    requireNonNull(mentee, "mentee");
    requireNonNull(mentor, "mentor");
    requireNonNull(rating, "rating");
  }

  public static PastPair of(String cycle, String mentee, String mentor) {
    return new PastPair(cycle, mentee, mentor, OptionalInt.empty());
  }

  public static PastPair rated(String cycle, String mentee, String mentor, int rating) {
    return new PastPair(cycle, mentee, mentor, OptionalInt.of(rating));
  }

  public Pair pair() {
    return new Pair(mentee, mentor);
  }
}
