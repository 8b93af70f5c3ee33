package dev.tandem.io;

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
 * Reads and writes result files in the format {@code tandem-result/1} (docs/formats.md; JSON
 * Schema {@code dev/tandem/io/schema/tandem-result-1.schema.json} in this jar), through the
 * document record {@code ResultDocument}.
 *
 * <p>Guarantee: {@link #write} then {@link #read} gives an equal {@link ResultFile} (lossless);
 * every written file is valid against the schema. A file of another format (a problem given as a
 * result) gets that one problem, on {@code $.format}, first. Reading is strict like {@link ProblemFiles}: every unknown key, wrong type, missing required key
 * or bad value is reported at once with its JSON path. Required: {@code format}, {@code pairs}
 * and each pair's {@code mentee} and {@code mentor}; each unmatched entry's {@code mentee}; when
 * present, {@code score} needs {@code hard}, {@code medium}, {@code soft} and {@code parts} needs
 * its five parts ({@code explicit} is an additive optional part). Everything else is optional, so
 * results of other tools can be rescored. Linear time in the file size.
 */
public final class ResultFiles {
  /** The format string this class reads and writes. */
  public static final String FORMAT = "tandem-result/1";

  private ResultFiles() {}

  /**
   * Reads a result file.
   *
   * @throws ValidationException every problem found, each with its JSON path
   * @throws NotUtf8Exception naming the file and its likely encoding when it is not UTF-8 (a
   *     byte-order mark is skipped)
   * @throws IOException when the file cannot be read
   */
  public static ResultFile read(Path file) throws IOException {
    return TextFiles.read(file, ResultFiles::read);
  }

  /** Reads a result from JSON text; see {@link #read(Path)}. */
  public static ResultFile read(Reader in) throws IOException {
    return JsonDocuments.read(in, ResultDocument.class, FORMAT).toResult();
  }

  /** Reads a result from a JSON string; see {@link #read(Path)}. */
  public static ResultFile parse(String json) {
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code result} to {@code file} (UTF-8), replacing it. */
  public static void write(ResultFile result, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(result, out);
    }
  }

  /** Writes {@code result} as pretty-printed JSON; the writer is flushed, not closed. */
  public static void write(ResultFile result, Writer out) throws IOException {
    JsonDocuments.write(ResultDocument.of(result), out);
  }

  /** The result as a JSON string. */
  public static String toJson(ResultFile result) {
    StringWriter out = new StringWriter();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

}
