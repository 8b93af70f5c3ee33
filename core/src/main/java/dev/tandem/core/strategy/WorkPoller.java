package dev.tandem.core.strategy;

import java.util.function.BooleanSupplier;

/**
 * Polls a stop condition ({@link MatchOptions#stopCondition}) by the amount of work done rather
 * than by loop turns: set-up loops over eligibility rows call {@link #after} with the length of
 * each row, so a poll comes every {@value #WORK} units of work whether the rows hold 5 pairs or
 * 10,000. The first call always polls.
 *
 * <p>Guarantee: once a poll answered true, {@link #after} and {@link #stopped} answer true without
 * polling again. Not thread-safe: one poller per loop nest.
 */
final class WorkPoller {
  /** Units of work (eligible pairs read, plus a few per row) between two polls. */
  static final long WORK = 1 << 16;
  /** What one row costs besides its pairs, so that loops over short rows poll too
   * (at least every 256 rows). */
  static final int PER_ROW = 256;

  private final BooleanSupplier stop;
  private long budget;
  private boolean stopped;

  WorkPoller(BooleanSupplier stop) {
    this.stop = stop;
  }

  /** Counts {@code units} of work done next; true once the stop condition has held at a poll. */
  boolean after(long units) {
    if (stopped) {
      return true;
    }
    budget -= units;
    if (budget > 0) {
      return false;
    }
    budget = WORK;
    stopped = stop.getAsBoolean();
    return stopped;
  }

  /** Counts one row of {@code pairs} pairs (see {@link #PER_ROW}). */
  boolean afterRow(long pairs) {
    return after(pairs + PER_ROW);
  }

  /** Polls now, whatever the work since the last poll (for loops whose every turn is costly). */
  boolean now() {
    budget = 0;
    return after(0);
  }

  /** Whether a poll has answered true. */
  boolean stopped() {
    return stopped;
  }
}
