package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import java.time.LocalDate;

/**
 * The sessions the framework plans for one pair: session {@code k} (1 to {@code sessions}) is
 * due by {@code start + min(k × meetingEveryWeeks, durationWeeks)} weeks, so the plan follows
 * the cadence and never runs past the cycle's duration (a plan with more sessions than fit puts
 * the rest at the end).
 *
 * <p>Guarantee: non-null, immutable; {@code due} is non-decreasing and has exactly
 * {@code framework.sessions()} dates.
 */
public record SessionPlan(Pair pair, LocalDate start, ImmutableList<LocalDate> due) {
  public SessionPlan {
    requireNonNull(pair, "pair");
    requireNonNull(start, "start");
    due = ImmutableList.copyOf(due);
  }

  /** The plan of {@code pair} starting on {@code start} under {@code framework}. Cost: O(sessions). */
  public static SessionPlan of(Pair pair, LocalDate start, Framework framework) {
    ImmutableList.Builder<LocalDate> due = ImmutableList.builder();
    for (int k = 1; k <= framework.sessions(); k++) {
      due.add(start.plusWeeks(Math.min((long) k * framework.meetingEveryWeeks(), framework.durationWeeks())));
    }
    return new SessionPlan(pair, start, due.build());
  }

  /** How many sessions are due on or before {@code date}. */
  public int dueBy(LocalDate date) {
    return (int) due.stream().filter(d -> !d.isAfter(date)).count();
  }
}
