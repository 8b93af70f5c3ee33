package dev.tandem.cli;

import dev.tandem.core.bound.Bound;
import dev.tandem.core.bound.Bounds;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The proven bound of a solve or an evaluation and its summary line: the least of the bounds the
 * strategy reported (with its outcome or while running) and one proven by {@link Bounds#bound}
 * within a time limit.
 */
final class Proof {
  /** The default time for proving a bound when the strategy did not. */
  static final String DEFAULT_TIME = "10s";

  private Optional<Score> reported = Optional.empty();

  /** A listener that forwards to {@code next} and keeps the last bound reported. */
  ProgressListener listening(ProgressListener next) {
    return p -> {
      p.bound().ifPresent(this::reported);
      next.onProgress(p);
    };
  }

  /** Keeps a bound the strategy returned with its outcome. */
  synchronized void reported(Score bound) {
    if (reported.isEmpty() || bound.compareTo(reported.get()) < 0) {
      reported = Optional.of(bound);
    }
  }

  /**
   * The least of the reported bound and one proven now within {@code limit} (not proven again
   * when the reported bound is already met by {@code achieved}, or when {@code limit} is 0 and a
   * bound was reported).
   */
  synchronized Score bound(Eligibility el, Score achieved, Duration limit, long seed) {
    if (reported.isPresent() && (reported.get().compareTo(achieved) <= 0 || limit.isZero())) {
      return reported.get();
    }
    Bound b = Bounds.bound(el, MatchOptions.builder().seed(seed).timeLimit(limit).build());
    reported(b.score());
    return reported.get();
  }

  /** {@code bound      0hard/0medium/221,528soft: within 0.49% of optimal (proven)}. */
  static void print(PrintStream out, Score bound, Score achieved) {
    out.printf(Locale.ROOT, "bound      %s: %s%n", bound, Bound.describe(bound, achieved));
  }
}
