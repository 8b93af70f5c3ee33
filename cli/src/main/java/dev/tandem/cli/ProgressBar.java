package dev.tandem.cli;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.strategy.Progress;
import dev.tandem.core.strategy.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A one-line progress bar on standard error for long solves: elapsed time against the time
 * limit, and the best score reported so far ({@code MatchOptions.progress}).
 *
 * <p>Guarantee: redraws at most four times a second from a daemon thread; {@link #close()} stops
 * it and clears the line. Draws nothing when disabled (standard error not a terminal).
 */
final class ProgressBar implements ProgressListener, AutoCloseable {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final Optional<Duration> limit;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private final AtomicReference<Score> best = new AtomicReference<>();
  private final Thread ticker;
  private volatile boolean running = true;

  ProgressBar(PrintStream err, Optional<Duration> limit, boolean enabled) {
    this.err = err;
    this.limit = limit;
    this.enabled = enabled;
    this.ticker = new Thread(this::tick, "tandem-progress");
    ticker.setDaemon(true);
    if (enabled) {
      ticker.start();
    }
  }

  @Override
  public void onProgress(Progress progress) {
    best.set(progress.bestScore());
  }

  private void tick() {
    while (running) {
      draw();
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void draw() {
    if (!running) {
      return;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    StringBuilder line = new StringBuilder("\rsolving ");
    if (limit.isPresent()) {
      double total = limit.get().toMillis() / 1000.0;
      int filled = (int) Math.min(WIDTH, Math.round(WIDTH * elapsed / total));
      line.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%.0fs/%.0fs", elapsed, total));
    } else {
      line.append(String.format(Locale.ROOT, "%.1fs", elapsed));
    }
    Score s = best.get();
    if (s != null) {
      line.append("  best ").append(s);
    }
    err.print(line);
    err.flush();
  }

  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    ticker.interrupt();
    if (enabled) {
      err.print("\r" + " ".repeat(100) + "\r");
      err.flush();
    }
  }
}
