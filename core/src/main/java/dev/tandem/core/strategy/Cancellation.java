package dev.tandem.core.strategy;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A flag another thread sets to stop a running strategy early; the strategy then returns the
 * best matching found so far. Strategies poll it in their loops (see
 * {@link MatchOptions#stopCondition} and each strategy's Javadoc for how often).
 *
 * <p>Guarantee: thread-safe; once cancelled it stays cancelled. A cancellation made with
 * {@link #when} also counts as cancelled as soon as its condition holds.
 */
public final class Cancellation {
  private static final BooleanSupplier NEVER = () -> false;

  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final BooleanSupplier condition;

  private Cancellation(BooleanSupplier condition) {
    this.condition = condition;
  }

  /** A fresh, not yet cancelled flag. */
  public static Cancellation create() {
    return new Cancellation(NEVER);
  }

  /**
   * A flag that is cancelled by {@link #cancel()} or as soon as {@code condition} returns true
   * (asked on every poll; it must be thread-safe and cheap), e.g. a caller's own deadline.
   */
  public static Cancellation when(BooleanSupplier condition) {
    return new Cancellation(requireNonNull(condition, "condition"));
  }

  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    if (cancelled.get()) {
      return true;
    }
    if (condition.getAsBoolean()) {
      cancelled.set(true);
      return true;
    }
    return false;
  }
}
