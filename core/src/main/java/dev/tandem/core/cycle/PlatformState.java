package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The platform side of a cycle: the {@link PlatformMode}, how many days a request stays open
 * before it expires and frees the mentor's place, and every request made so far (in order).
 *
 * <p>Guarantee: immutable, non-null; {@link #DEFAULT} is {@link PlatformMode#OPTIMISED} with a
 * 14-day expiry and no request. The expiry (at least 1) is checked by {@link PlatformChoice#setMode}.
 */
public record PlatformState(PlatformMode mode, int requestExpiryDays, ImmutableList<MentorRequest> requests) {
  /** Optimised, 14 days, no request. */
  public static final PlatformState DEFAULT = new PlatformState(PlatformMode.OPTIMISED, 14, ImmutableList.of());

  public PlatformState {
    requireNonNull(mode, "mode");
    requests = ImmutableList.copyOf(requests);
  }
}
