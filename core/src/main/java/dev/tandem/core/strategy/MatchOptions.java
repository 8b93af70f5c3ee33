package dev.tandem.core.strategy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * How to run a strategy: the random seed, an optional time limit, a progress listener, a
 * cancellation flag, and strategy-specific settings (e.g. {@code localSearch=TABU_SEARCH}).
 *
 * <p>Guarantee: immutable; {@link #DEFAULTS} is seed 1, no time limit, no listener, never
 * cancelled, no settings. A strategy returns the same matching for the same problem, seed and
 * settings (time limits aside for anytime strategies, documented by each).
 */
public record MatchOptions(
    long seed,
    Optional<Duration> timeLimit,
    ProgressListener progress,
    Cancellation cancellation,
    ImmutableMap<String, String> settings) {

  public static final MatchOptions DEFAULTS =
      new MatchOptions(1L, Optional.empty(), ProgressListener.NONE, Cancellation.create(), ImmutableMap.of());

  public MatchOptions {
    requireNonNull(timeLimit, "timeLimit");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    settings = ImmutableMap.copyOf(settings);
  }

  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The stop condition of a run that started at {@code startNanos} (a {@link System#nanoTime()}
   * reading): true once {@link #cancellation()} is cancelled or, with a {@link #timeLimit()}, once
   * that much time has passed since the start. Strategies poll it in their loops; each poll is a
   * volatile read and a clock reading.
   */
  public BooleanSupplier stopCondition(long startNanos) {
    if (timeLimit.isEmpty()) {
      return cancellation::isCancelled;
    }
    long deadline = startNanos + timeLimit.get().toNanos();
    return () -> cancellation.isCancelled() || System.nanoTime() - deadline > 0;
  }

  /** A setting by key. */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /** Builds {@link MatchOptions}. */
  public static final class Builder {
    private long seed;
    private Optional<Duration> timeLimit;
    private ProgressListener progress;
    private Cancellation cancellation;
    private final ImmutableMap.Builder<String, String> settings = ImmutableMap.builder();

    private Builder(MatchOptions o) {
      seed = o.seed;
      timeLimit = o.timeLimit;
      progress = o.progress;
      cancellation = o.cancellation;
      settings.putAll(o.settings);
    }

    public Builder seed(long value) {
      seed = value;
      return this;
    }

    public Builder timeLimit(Duration value) {
      timeLimit = Optional.of(value);
      return this;
    }

    /** Removes the time limit (a strategy running another inside its own deadline uses a cancellation instead). */
    public Builder noTimeLimit() {
      timeLimit = Optional.empty();
      return this;
    }

    public Builder progress(ProgressListener value) {
      progress = requireNonNull(value);
      return this;
    }

    public Builder cancellation(Cancellation value) {
      cancellation = requireNonNull(value);
      return this;
    }

    public Builder setting(String key, String value) {
      settings.put(key, value);
      return this;
    }

    public Builder settings(Map<String, String> values) {
      settings.putAll(values);
      return this;
    }

    public MatchOptions build() {
      return new MatchOptions(seed, timeLimit, progress, cancellation, settings.buildKeepingLast());
    }
  }
}
