package dev.tandem.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not UTF-8 text: its message names the file, where the first undecodable byte
 * stands and the encoding the file most likely has ({@code mentees.csv: not UTF-8 text: byte 0xE9
 * on line 3 is not valid UTF-8; the file looks like Windows-1252 ...}).
 *
 * <p>Guarantee: {@link #getMessage()} starts with the file name; {@link #reason()} is the same
 * without it.
 */
public final class NotUtf8Exception extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String reason;

  NotUtf8Exception(Path file, String reason) {
    super(requireNonNull(file) + ": " + requireNonNull(reason));
    this.file = file;
    this.reason = reason;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }

  /** What is wrong with it, without the file name. */
  public String reason() {
    return reason;
  }
}
