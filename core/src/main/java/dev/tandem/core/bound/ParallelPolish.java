package dev.tandem.core.bound;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Eligibility;
import java.util.function.BooleanSupplier;

/**
 * A second thread that improves the search's best matchings while the search goes on proving the
 * bound: each matching handed over is improved by {@link LocalRepair#improveDeep} to a local
 * optimum (skipping its slow whole-row swaps when a newer matching waits), then the newest matching
 * handed over since is taken up (older ones are skipped), and the best result is kept.
 *
 * <p>Used only with a time limit and at least two processors, where the search ends by the clock
 * anyway; without a time limit the search runs the same improvement after it ends, on its own
 * thread, and stays deterministic.
 *
 * <p>Thread-safety: {@link #offer}, {@link #best} and {@link #finish} are called by the search's
 * thread; the worker reads only the immutable {@link Eligibility} and {@link Links} and owns its
 * {@link RowTops} and repairs.
 */
final class ParallelPolish implements AutoCloseable {
  /** A matching and its score. */
  record Result(int[] mentorOf, Score score) {}

  private final Eligibility el;
  private final Links links;
  private final int[] order;
  private final BooleanSupplier stop;
  private final Thread thread;
  private Result pending;
  private Result best;
  private boolean finishing;
  private volatile boolean closed;

  /** Starts the worker; it waits for a first matching, and ends when {@code stop} answers true. */
  ParallelPolish(Eligibility el, Links links, int[] order, BooleanSupplier stop) {
    this.el = el;
    this.links = links;
    this.order = order;
    this.stop = () -> closed || stop.getAsBoolean();
    this.thread = new Thread(this::work, "tandem-polish");
    thread.setDaemon(true);
    thread.start();
  }

  /** Hands over a better matching of the search (copied). */
  synchronized void offer(int[] mentorOf, Score score) {
    pending = new Result(mentorOf.clone(), score);
    notifyAll();
  }

  /** The best improved matching so far, or null before the first improvement ends. */
  synchronized Result best() {
    return best;
  }

  /**
   * Lets the worker improve the matching handed over last (if it has not taken it up yet), waits
   * for it to end (by a local optimum or by the stop condition), and returns the best result, or
   * null when none was handed over.
   */
  Result finish() {
    synchronized (this) {
      finishing = true;
      notifyAll();
    }
    join();
    return best();
  }

  /** Whether a matching waits that the worker has not taken up. */
  private synchronized boolean hasPending() {
    return pending != null;
  }

  /**
   * The worker's loop; a failure of a repair (none is known) ends the worker quietly with what it
   * has, so the search's own matchings stay the result and nothing is printed.
   */
  private void work() {
    try {
      loop();
    } catch (RuntimeException e) {
      closed = true;
    }
  }

  private void loop() {
    RowTops tops = RowTops.of(el);
    while (true) {
      Result job;
      synchronized (this) {
        while (pending == null && !finishing && !stop.getAsBoolean()) {
          try {
            wait(50);
          } catch (InterruptedException e) {
            return;
          }
        }
        if (pending == null || stop.getAsBoolean()) {
          return;
        }
        job = pending;
        pending = null;
      }
      LocalRepair repair = new LocalRepair(el, links, tops, job.mentorOf(), order);
      repair.improveDeep(stop, this::hasPending);
      Result done = new Result(repair.mentorOf().clone(), repair.score());
      synchronized (this) {
        if (best == null || done.score().compareTo(best.score()) > 0) {
          best = done;
        }
      }
    }
  }

  private void join() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      closed = true;
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the worker where it is and waits for it. */
  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      notifyAll();
    }
    join();
  }
}
