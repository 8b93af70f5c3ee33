package dev.tandem.core.cycle;

/**
 * Where a mentee's request for a mentor stands. Only an {@link #OPEN} or {@link #ACCEPTED}
 * request holds a place of the mentor's capacity.
 *
 * <p>Guarantee: every request starts {@code OPEN} and changes at most once.
 */
public enum RequestStatus {
  /** Waiting for the mentor's answer; holds a place until it expires. */
  OPEN,
  /** The mentor said yes: a pair (locked in {@link PlatformMode#HYBRID}). */
  ACCEPTED,
  /** The mentor said no: never proposed again in this cycle. */
  DECLINED,
  /** Not answered in time (or still open when matching started); the place is free again. */
  EXPIRED,
  /** The mentee took the request back before an answer; the place is free again. */
  WITHDRAWN
}
