package dev.tandem.core.model;

/**
 * Which pairs may be considered at all.
 *
 * <p>Guarantee: {@link #ELIGIBLE} considers every pair the rules allow; {@link #LISTED_ONLY}
 * only pairs that have an explicit {@link PairScore} (rule {@code NOT_LISTED}).
 */
public enum CandidatePairs {
  ELIGIBLE,
  LISTED_ONLY
}
