package dev.tandem.examples;

/**
 * A runnable example programme: a short story of a reverse-mentoring programme told on the
 * console, using only the public APIs of the library.
 *
 * <p>Guarantee of implementations: {@link #run} writes its story to {@link ExampleContext#out()}
 * and progress to {@link ExampleContext#progress()}, is deterministic for the same context
 * (time-limited solver runs aside), prints employee ids and never display names unless the
 * example is about opt-in display names, and honours {@link ExampleContext#small()} (a small
 * organisation and short time limits, for tests).
 */
public interface Example {
  /** The name used on the command line, e.g. {@code enterprise}. */
  String name();

  /** One line saying what the example shows. */
  String description();

  /** Runs the example. */
  void run(ExampleContext context);
}
