package dev.tandem.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the text files of the formats: UTF-8 only, a byte-order mark skipped, and a file in any
 * other encoding refused with a {@link NotUtf8Exception} that names the file, where the first
 * undecodable byte stands and the encoding the file most likely has.
 *
 * <p>Guarantee: the readers never guess an encoding; reading stays streaming (the whole file is
 * scanned only to describe a file that is not UTF-8).
 */
final class TextFiles {
  private TextFiles() {}

  /**
   * A strict UTF-8 reader of {@code file}, positioned after a UTF-8 byte-order mark if there is one.
   *
   * @throws NotUtf8Exception when the file starts with a UTF-16 or UTF-32 byte-order mark
   */
  static Reader open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    try {
      in.mark(4);
      byte[] head = in.readNBytes(4);
      int skip = 0;
      if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
        skip = 3;
      } else {
        String other = otherBom(head);
        if (other != null) {
          throw new NotUtf8Exception(file, "the file is " + other + " (it starts with that byte-order mark), expected UTF-8");
        }
      }
      in.reset();
      in.skipNBytes(skip);
      CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      return new InputStreamReader(in, utf8);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Reads text with a function that may fail on it. */
  @FunctionalInterface
  interface TextReader<T> {
    T read(Reader in) throws IOException;
  }

  /**
   * Reads {@code file} with {@code reader} through {@link #open}.
   *
   * @throws NotUtf8Exception naming the file when it is not UTF-8
   */
  static <T> T read(Path file, TextReader<T> reader) throws IOException {
    try (Reader in = open(file)) {
      return reader.read(in);
    } catch (CharacterCodingException e) {
      throw notUtf8(file, e);
    }
  }

  /** A reader that skips a leading byte-order mark ({@code U+FEFF}) of already decoded text. */
  static Reader skipBom(Reader in) throws IOException {
    PushbackReader r = new PushbackReader(in, 1);
    int first = r.read();
    if (first >= 0 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }

  private static String otherBom(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return "UTF-32BE";
    }
    if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE";
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return "UTF-16BE";
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return "UTF-16LE";
    }
    return null;
  }

  /**
   * The exception for a file whose bytes are not UTF-8, found by scanning it again: the line and
   * byte of the first malformed sequence, and the likely encoding.
   */
  static NotUtf8Exception notUtf8(Path file, CharacterCodingException cause) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      out.clear();
      result = utf8.decode(in, out, true);
    } while (result.isOverflow());
    if (!result.isError()) {
      NotUtf8Exception e = new NotUtf8Exception(file, "not valid UTF-8 text");
      e.initCause(cause);
      return e;
    }
    int at = in.position();
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    NotUtf8Exception e = new NotUtf8Exception(file, String.format(Locale.ROOT,
        "not UTF-8 text: byte 0x%02X on line %d is not valid UTF-8; the file looks like %s. Save it as UTF-8",
        bytes[at] & 0xFF, line, likelyEncoding(bytes)));
    e.initCause(cause);
    return e;
  }

  /** A guess for a file that is not UTF-8: UTF-16 when every other byte is zero, else a one-byte code page. */
  private static String likelyEncoding(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          evenZeros++;
        } else {
          oddZeros++;
        }
      }
    }
    if (oddZeros > n / 4) {
      return "UTF-16LE";
    }
    if (evenZeros > n / 4) {
      return "UTF-16BE";
    }
    return "Windows-1252 or ISO-8859-1 (Latin-1), as some spreadsheet programs save CSV";
  }
}
