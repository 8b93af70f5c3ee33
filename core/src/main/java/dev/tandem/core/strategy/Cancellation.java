package dev.tandem.core.strategy;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flag another thread sets to stop a running strategy early; the strategy then returns the
 * best matching found so far.
 *
 * <p>Guarantee: thread-safe; once cancelled it stays cancelled.
 */
public final class Cancellation {
  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** A fresh, not yet cancelled flag. */
  public static Cancellation create() {
    return new Cancellation();
  }

  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get();
  }
}
