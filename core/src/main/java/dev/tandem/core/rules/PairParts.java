package dev.tandem.core.rules;

import java.util.OptionalLong;

/**
 * The parts of one pair's score ("why this pair"): topic fit, level gap, cross-department link,
 * the mentor's rating bonus, the mutual ranking bonus and the shared perspective of a diversity
 * topic, each already multiplied by its weight.
 *
 * <p>Guarantee: {@link #total()} is the pair score of docs/objective.md. When the problem lists an
 * explicit score for the pair, {@link #explicit()} holds it, it is the total, and the formula
 * parts are still shown for information.
 */
public record PairParts(
    long topic, long levelGap, long crossDepartment, long rating, long preference, long perspective, OptionalLong explicit) {

  /** The parts without a perspective part (0), as before it existed. */
  public PairParts(long topic, long levelGap, long crossDepartment, long rating, long preference, OptionalLong explicit) {
    this(topic, levelGap, crossDepartment, rating, preference, 0, explicit);
  }

  /** The sum of the formula parts, ignoring an explicit score. */
  public long formula() {
    return Math.addExact(Math.addExact(Math.addExact(Math.addExact(Math.addExact(topic, levelGap), crossDepartment), rating),
        preference), perspective);
  }

  /** The pair score: the explicit score when listed, else the formula. */
  public long total() {
    return explicit.orElse(formula());
  }
}
