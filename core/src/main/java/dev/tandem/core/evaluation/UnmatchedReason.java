package dev.tandem.core.evaluation;

/**
 * Why a mentee is unmatched (docs/objective.md).
 *
 * <p>Guarantee: exactly one applies to each unmatched mentee: {@link #NO_ELIGIBLE_MENTOR} when
 * every mentor is excluded by a rule; {@link #CAPACITY_EXHAUSTED} when eligible mentors exist and
 * all are full; {@link #LEFT_OUT} when an eligible mentor had room, yet the strategy left the
 * mentee out.
 */
public enum UnmatchedReason {
  NO_ELIGIBLE_MENTOR,
  CAPACITY_EXHAUSTED,
  LEFT_OUT
}
