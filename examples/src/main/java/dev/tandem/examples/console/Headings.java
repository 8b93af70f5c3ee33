package dev.tandem.examples.console;

import java.io.PrintStream;

/**
 * Section headings of the example programmes: a title underlined with {@code =}, a section
 * underlined with {@code -}.
 *
 * <p>Guarantee: the underline is exactly as long as the text.
 */
public final class Headings {
  private Headings() {}

  /** The programme's title, underlined with {@code =}. */
  public static void title(PrintStream out, String text) {
    out.println(text);
    out.println("=".repeat(text.length()));
  }

  /** A section, underlined with {@code -}. */
  public static void section(PrintStream out, String text) {
    out.println(text);
    out.println("-".repeat(text.length()));
  }
}
