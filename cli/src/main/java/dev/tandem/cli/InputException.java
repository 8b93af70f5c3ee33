package dev.tandem.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Invalid input: the lines to print, one per problem, each naming the file and where the problem
 * stands. Exit code 1.
 *
 * <p>Guarantee: at least one line; no stack trace is ever printed for it.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ImmutableList<String> lines;

  InputException(List<String> lines) {
    super(String.join("\n", lines), null, false, false);
    this.lines = ImmutableList.copyOf(lines);
  }

  InputException(String line) {
    this(List.of(line));
  }

  ImmutableList<String> lines() {
    return lines;
  }
}
