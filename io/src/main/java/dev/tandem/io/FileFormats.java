package dev.tandem.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells which of the file formats a JSON file claims to be, from its top-level {@code format}
 * key, so a tool can choose the reader ({@link ProblemFiles}, {@link ResultFiles}).
 *
 * <p>Guarantee: never throws on bad content: empty when the file is not UTF-8 text (a byte-order
 * mark is skipped), not a JSON object or has no string {@code format} key at the top level. Reads
 * only up to that key when it comes first.
 */
public final class FileFormats {
  private FileFormats() {}

  /** The top-level {@code format} string of a JSON file, if any. */
  public static Optional<String> formatOf(Path file) throws IOException {
    try (Reader in = TextFiles.open(file);
        JsonParser p = JsonDocuments.MAPPER.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("format") && v == JsonToken.VALUE_STRING) {
          return Optional.of(p.getText());
        }
        p.skipChildren();
      }
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JsonProcessingException | java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
