package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How the running pairs keep the pace the framework set, on one date ({@link Pacing#health}).
 *
 * <ul>
 *   <li>{@code behind}: pairs that held fewer sessions (on or before the date) than their
 *       {@link SessionPlan} has due by then;
 *   <li>{@code stalled}: pairs whose last held session (or, with none, their start) is at least
 *       twice the cadence ago;
 *   <li>{@code overdueGoals}: kick-off goals of current pairs whose target date is before the date;
 *   <li>{@code withoutKickOff}: current pairs still without a recorded kick-off;
 *   <li>{@code withoutStart}: current pairs whose start is unknown (the cycle started running
 *       without a date and without a joint kick-off), so they cannot be paced.
 * </ul>
 *
 * <p>Guarantee: computed only from recorded facts; lists in matching order; {@link #healthy()}
 * exactly when every list is empty.
 */
public record Health(
    LocalDate date,
    ImmutableList<Behind> behind,
    ImmutableList<Stalled> stalled,
    ImmutableList<OverdueGoal> overdueGoals,
    ImmutableList<Pair> withoutKickOff,
    ImmutableList<Pair> withoutStart) {
  public Health {
    requireNonNull(date, "date");
    behind = ImmutableList.copyOf(behind);
    stalled = ImmutableList.copyOf(stalled);
    overdueGoals = ImmutableList.copyOf(overdueGoals);
    withoutKickOff = ImmutableList.copyOf(withoutKickOff);
    withoutStart = ImmutableList.copyOf(withoutStart);
  }

  /** Whether nothing needs attention. */
  public boolean healthy() {
    return behind.isEmpty() && stalled.isEmpty() && overdueGoals.isEmpty() && withoutKickOff.isEmpty() && withoutStart.isEmpty();
  }

  /** A pair behind its plan: sessions due by the date against sessions held. */
  public record Behind(Pair pair, int due, int held) {}

  /** A pair without a held session since {@code since} (its last session, or its start when empty). */
  public record Stalled(Pair pair, LocalDate since, Optional<LocalDate> lastSession, long daysWithout) {}

  /** Goal {@code index} of the pair's kick-off, due on {@code target}. */
  public record OverdueGoal(Pair pair, int index, String description, LocalDate target) {}
}
