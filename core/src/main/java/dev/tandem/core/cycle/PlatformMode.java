package dev.tandem.core.cycle;

/**
 * How the pairs of a cycle come about, a setting of the cycle chosen before matching starts
 * ({@link PlatformChoice#setMode}).
 *
 * <p>Guarantee: exactly three values; {@link #OPTIMISED} is the default and behaves as cycles did
 * before the platform existed.
 */
public enum PlatformMode {
  /** The administrator drafts the pairs with a strategy and reviews them; mentees may rank mentors. */
  OPTIMISED,
  /**
   * The executives choose on the platform: each sees suggestions with their "why", ranks or
   * requests a mentor, and the mentor accepts or declines. The pairs are exactly the accepted
   * requests; no strategy is run.
   */
  PLATFORM,
  /**
   * Requests as in {@link #PLATFORM}; when matching starts, accepted requests become locked pairs
   * of the draft, declined ones forbidden pairs, and the chosen strategy matches everyone else.
   */
  HYBRID
}
