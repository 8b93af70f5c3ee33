package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * The joint kick-off: one event for every pair of the cycle, on a date, with an agenda and the
 * employee ids of those who attended. Each pair then records its own expectations and goals
 * ({@link KickOff}); a pair that missed the event can still start with a recorded reason
 * ({@link MissedKickOff}).
 *
 * <p>Guarantee: non-null, immutable; a non-empty agenda without blank items and attendees who
 * are enrolled in the cycle are checked by {@link JointKickOff#hold}.
 */
public record KickOffEvent(LocalDate date, ImmutableList<String> agenda, ImmutableList<String> attended) {
  public KickOffEvent {
    requireNonNull(date, "date");
    agenda = ImmutableList.copyOf(agenda);
    attended = ImmutableList.copyOf(attended);
  }
}
