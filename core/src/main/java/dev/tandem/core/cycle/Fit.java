package dev.tandem.core.cycle;

/**
 * One side's answer after the pair's first session: does this pair fit?
 *
 * <p>Guarantee: exactly three values; {@link #NOT_A_FIT} proposes a re-match
 * ({@link Pacing#rematchProposals()}).
 */
public enum Fit {
  GOOD_FIT,
  UNSURE,
  NOT_A_FIT
}
