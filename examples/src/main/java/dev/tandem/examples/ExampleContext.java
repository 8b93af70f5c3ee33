package dev.tandem.examples;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Where an example writes and how big it runs: the story goes to {@code out}, progress of long
 * solves to {@code progress}; {@code small} shrinks the organisation and the time limits (for
 * tests); {@code timeLimit}, when present, replaces the example's own limit per solver run.
 *
 * <p>Guarantee: an immutable value; {@link #console()} is the full-size run on standard output
 * with progress on standard error.
 */
public record ExampleContext(PrintStream out, PrintStream progress, boolean small, Optional<Duration> timeLimit) {

  public ExampleContext {
    requireNonNull(out, "out");
    requireNonNull(progress, "progress");
    requireNonNull(timeLimit, "timeLimit");
  }

  /** The full-size run: story on standard output, progress on standard error. */
  public static ExampleContext console() {
    return new ExampleContext(System.out, System.err, false, Optional.empty());
  }

  /** A small, quick run writing its story to {@code out} and discarding progress (for tests). */
  public static ExampleContext small(PrintStream out) {
    return new ExampleContext(out, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
        true, Optional.empty());
  }

  public ExampleContext withProgress(PrintStream value) {
    return new ExampleContext(out, value, small, timeLimit);
  }

  public ExampleContext withSmall(boolean value) {
    return new ExampleContext(out, progress, value, timeLimit);
  }

  public ExampleContext withTimeLimit(Duration value) {
    return new ExampleContext(out, progress, small, Optional.of(value));
  }

  /** The time limit of one solver run: the context's override, else {@code full} or {@code small}. */
  public Duration timeLimitOr(Duration full, Duration smallLimit) {
    return timeLimit.orElse(small ? smallLimit : full);
  }
}
