package dev.tandem.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * What the running command is doing, for the message when the JVM runs out of memory (or another
 * {@link Error} ends the command): "reading x.json (350 MB)", then "strategy exact on problem
 * "XL-spread" from x.json: 100,000 employees, ...".
 *
 * <p>Guarantee: per thread (the command runs on the caller's thread); {@link #clear()} at the start
 * of every command line; ids, counts and file names only, never personal data.
 */
final class Workload {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private Workload() {}

  static void clear() {
    CURRENT.remove();
  }

  /** Replaces the description of the current work. */
  static void set(String description) {
    CURRENT.set(description);
  }

  /** Replaces the description with a formatted one ({@link Locale#ROOT}). */
  static void set(String format, Object... args) {
    CURRENT.set(String.format(Locale.ROOT, format, args));
  }

  static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }
}
