package dev.tandem.examples.console;

import java.io.PrintStream;

/**
 * A status line for progress: on a terminal it is rewritten in place ({@code \r}); when the
 * stream is redirected to a file or a pipe, intermediate updates are left out so the captured
 * output holds only finished lines.
 *
 * <p>Guarantee: {@link #end} always prints one complete line; {@link #show} prints nothing
 * unless standard input/output belong to a terminal.
 */
public final class LiveLine {
  private static final boolean INTERACTIVE = System.console() != null;

  private LiveLine() {}

  /** Rewrites the current status line (terminals only). */
  public static void show(PrintStream out, String text) {
    if (INTERACTIVE) {
      out.print("\r" + text);
      out.flush();
    }
  }

  /** Ends the status line with {@code text} and a line break. */
  public static void end(PrintStream out, String text) {
    out.println((INTERACTIVE ? "\r" : "") + text);
  }
}
