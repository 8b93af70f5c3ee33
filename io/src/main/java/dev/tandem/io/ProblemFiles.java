package dev.tandem.io;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes problem files in the format {@code tandem-problem/1} (docs/formats.md; JSON
 * Schema {@code dev/tandem/io/schema/tandem-problem-1.schema.json} in this jar), through Jackson
 * databind and the document record {@code ProblemDocument}.
 *
 * <p>Guarantee: {@link #write} then {@link #read} gives a problem with the same content (the
 * round trip is lossless, display names and skills included); every written file is valid against
 * the schema. Files are UTF-8 (a byte-order mark is skipped; another encoding is refused with a
 * {@link NotUtf8Exception}). A file of another format gets one problem, on {@code $.format},
 * before anything else is checked. Reading is strict: an unknown key,
 * a wrong type, a missing required key or a bad value is reported with its JSON path, every one
 * of them at once, in one {@link ValidationException}; only a document without such problems is
 * then validated by {@link MatchingProblem.Builder#build()}, whose problems come back with their
 * paths prefixed by {@code $.} (e.g. {@code $.mentees[3].topics[0].weight: 7 is outside 1..3}).
 * Absent optional keys take their defaults: competence {@code name} = id, {@code diversity}
 * false; employee {@code manager} none (null allowed), {@code name} none, {@code skills} none;
 * mentee {@code priority} 1, {@code topics} and {@code ranking} empty; mentor {@code capacity} 1,
 * {@code nominated} false, {@code competences} and {@code ranking} empty; history {@code rating}
 * none (null allowed); {@code policy} and each of its keys and weights as {@link Policy#DEFAULT}.
 * Time and memory are linear in the file size.
 */
public final class ProblemFiles {
  /** The format string this class reads and writes. */
  public static final String FORMAT = "tandem-problem/1";

  private ProblemFiles() {}

  /**
   * Reads a problem file.
   *
   * @throws ValidationException every problem found, each with its JSON path
   * @throws NotUtf8Exception naming the file and its likely encoding when it is not UTF-8 (a
   *     byte-order mark is skipped)
   * @throws IOException when the file cannot be read
   */
  public static MatchingProblem read(Path file) throws IOException {
    return TextFiles.read(file, ProblemFiles::read);
  }

  /** Reads a problem from JSON text; see {@link #read(Path)}. */
  public static MatchingProblem read(Reader in) throws IOException {
    return JsonDocuments.read(in, ProblemDocument.class, FORMAT).toProblem();
  }

  /** Reads a problem from a JSON string; see {@link #read(Path)}. */
  public static MatchingProblem parse(String json) {
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code problem} to {@code file} (UTF-8), replacing it. */
  public static void write(MatchingProblem problem, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(problem, out);
    }
  }

  /** Writes {@code problem} as pretty-printed JSON; the writer is flushed, not closed. */
  public static void write(MatchingProblem problem, Writer out) throws IOException {
    JsonDocuments.write(ProblemDocument.of(problem), out);
  }

  /** The problem as a JSON string. */
  public static String toJson(MatchingProblem problem) {
    StringWriter out = new StringWriter();
    try {
      write(problem, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

}
