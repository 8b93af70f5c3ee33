package dev.tandem.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reading and writing JSON trees for the file formats: a strict parser (duplicate keys are an
 * error, trailing content too), a stable pretty printer, and a walker that checks keys and types
 * while collecting every problem with its JSON path ({@code $.mentees[3].topics[0].weight}).
 *
 * <p>Guarantee: the walker never throws on bad content; it records a {@link ValidationProblem}
 * and returns a placeholder, so a whole document is checked in one pass.
 */
final class JsonTree {
  static final ObjectMapper MAPPER = JsonMapper.builder(
          JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final ObjectWriter WRITER;

  static {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    WRITER = MAPPER.writer(printer.withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));
  }

  private JsonTree() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Writes {@code node} pretty-printed, ending with a newline. */
  static void write(JsonNode node, Writer out) throws IOException {
    WRITER.writeValue(new NonClosingWriter(out), node);
    out.write('\n');
    out.flush();
  }

  /**
   * Parses JSON text into a tree.
   *
   * @throws ValidationException with one problem naming the line and column of a syntax error
   */
  static JsonNode parse(Reader in) throws IOException {
    try (JsonParser parser = MAPPER.createParser(in)) {
      JsonNode node = MAPPER.readTree(parser);
      if (node == null || node.isMissingNode()) {
        throw new ValidationException(List.of(new ValidationProblem("$", "the file is empty, expected a JSON object")));
      }
      return node;
    } catch (JsonProcessingException e) {
      throw syntax(e);
    }
  }

  private static ValidationException syntax(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String message = e.getOriginalMessage();
    int nl = message.indexOf('\n');
    if (nl >= 0) {
      message = message.substring(0, nl);
    }
    message = message.replaceAll("\\s*\\(for [^\\[]*\\[Source:.*$", "").replaceAll("\\s*\\[Source:.*$", "");
    return new ValidationException(List.of(new ValidationProblem("$", "not valid JSON" + where + ": " + message)));
  }

  static String child(String path, String key) {
    return isSimple(key) ? path + "." + key : path + "[\"" + key.replace("\"", "\\\"") + "\"]";
  }

  /** Whether {@code key} matches {@code [A-Za-z_][A-Za-z0-9_]*} (written without a regex: paths are built often). */
  private static boolean isSimple(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!(letter || (i > 0 && c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  static String child(String path, int index) {
    return path + "[" + index + "]";
  }

  static String describe(JsonNode n) {
    switch (n.getNodeType()) {
      case STRING:
        String s = n.asText();
        return "a string (\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\")";
      case NUMBER:
        return "a number (" + n.asText() + ")";
      case BOOLEAN:
        return "a boolean (" + n.asText() + ")";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case NULL:
        return "null";
      default:
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }

  /** Collects problems while walking a tree. */
  static final class Problems {
    final List<ValidationProblem> list = new ArrayList<>();

    void add(String path, String message) {
      list.add(new ValidationProblem(path, message));
    }

    boolean isEmpty() {
      return list.isEmpty();
    }

    void throwIfAny() {
      if (!list.isEmpty()) {
        throw new ValidationException(list);
      }
    }

    /** An object view, or empty (with a problem recorded) when {@code node} is not an object. */
    Optional<Obj> object(JsonNode node, String path, String... keys) {
      if (!node.isObject()) {
        add(path, "expected an object, got " + describe(node));
        return Optional.empty();
      }
      return Optional.of(new Obj(this, node, path, keys));
    }
  }

  /**
   * A JSON object being read: every key must be one of the known keys. Each accessor records a
   * problem and returns a placeholder when the value is missing or of the wrong type.
   */
  static final class Obj {
    final Problems problems;
    final JsonNode node;
    final String path;

    Obj(Problems problems, JsonNode node, String path, String... keys) {
      this.problems = problems;
      this.node = node;
      this.path = path;
      Set<String> known = new LinkedHashSet<>(List.of(keys));
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!known.contains(name)) {
          problems.add(child(path, name), "unknown key \"" + name + "\" (known keys here: " + String.join(", ", known) + ")");
        }
      }
    }

    String at(String key) {
      return child(path, key);
    }

    /** The value of a key, empty when absent (or null, when {@code nullable}). */
    private Optional<JsonNode> value(String key, boolean required, boolean nullable) {
      JsonNode v = node.get(key);
      if (v == null) {
        if (required) {
          problems.add(at(key), "missing required key");
        }
        return Optional.empty();
      }
      if (v.isNull() && nullable) {
        return Optional.empty();
      }
      return Optional.of(v);
    }

    boolean has(String key) {
      return node.has(key);
    }

    Optional<String> string(String key, boolean required, boolean nullable) {
      Optional<JsonNode> v = value(key, required, nullable);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      if (!v.get().isTextual()) {
        problems.add(at(key), "expected a string, got " + describe(v.get()));
        return Optional.empty();
      }
      return Optional.of(v.get().textValue());
    }

    /** A required string that must not be blank; "" placeholder when missing or wrong. */
    String id(String key) {
      Optional<String> s = string(key, true, false);
      if (s.isPresent() && s.get().isBlank()) {
        problems.add(at(key), "must not be blank");
      }
      return s.orElse("");
    }

    Optional<Long> integer(String key, boolean required, boolean nullable, long min, long max) {
      Optional<JsonNode> v = value(key, required, nullable);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      JsonNode n = v.get();
      if (n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= min && n.longValue() <= max) {
        return Optional.of(n.longValue());
      }
      return integerValue(problems, n, at(key), min, max);
    }

    int intOr(String key, int fallback) {
      return integer(key, false, false, Integer.MIN_VALUE, Integer.MAX_VALUE).map(Long::intValue).orElse(fallback);
    }

    int requiredInt(String key) {
      return integer(key, true, false, Integer.MIN_VALUE, Integer.MAX_VALUE).map(Long::intValue).orElse(0);
    }

    long longOr(String key, long fallback) {
      return integer(key, false, false, Long.MIN_VALUE, Long.MAX_VALUE).orElse(fallback);
    }

    long requiredLong(String key) {
      return integer(key, true, false, Long.MIN_VALUE, Long.MAX_VALUE).orElse(0L);
    }

    Optional<Double> decimal(String key, boolean required) {
      Optional<JsonNode> v = value(key, required, false);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      if (!v.get().isNumber()) {
        problems.add(at(key), "expected a number, got " + describe(v.get()));
        return Optional.empty();
      }
      return Optional.of(v.get().doubleValue());
    }

    boolean boolOr(String key, boolean fallback) {
      Optional<JsonNode> v = value(key, false, false);
      if (v.isEmpty()) {
        return fallback;
      }
      if (!v.get().isBoolean()) {
        problems.add(at(key), "expected true or false, got " + describe(v.get()));
        return fallback;
      }
      return v.get().booleanValue();
    }

    <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type, boolean required) {
      Optional<String> s = string(key, required, false);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      return enumOf(problems, type, s.get(), at(key));
    }

    /** The elements of an array (empty when absent and optional), each mapped with its path. */
    <T> List<T> array(String key, boolean required, BiFunction<JsonNode, String, Optional<T>> element) {
      Optional<JsonNode> v = value(key, required, false);
      List<T> out = new ArrayList<>();
      if (v.isEmpty()) {
        return out;
      }
      if (!v.get().isArray()) {
        problems.add(at(key), "expected an array, got " + describe(v.get()));
        return out;
      }
      String base = at(key);
      for (int i = 0; i < v.get().size(); i++) {
        element.apply(v.get().get(i), child(base, i)).ifPresent(out::add);
      }
      return out;
    }

    /** A nested object, empty when absent (and optional) or of the wrong type. */
    Optional<Obj> object(String key, boolean required, String... keys) {
      Optional<JsonNode> v = value(key, required, false);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      return problems.object(v.get(), at(key), keys);
    }
  }

  static Optional<Long> integerValue(Problems problems, JsonNode v, String path, long min, long max) {
    if (!v.isIntegralNumber()) {
      problems.add(path, "expected an integer, got " + describe(v));
      return Optional.empty();
    }
    java.math.BigInteger big = v.bigIntegerValue();
    if (big.compareTo(java.math.BigInteger.valueOf(min)) < 0 || big.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
      problems.add(path, big + " is outside " + min + ".." + max);
      return Optional.empty();
    }
    return Optional.of(big.longValue());
  }

  static Optional<String> stringValue(Problems problems, JsonNode v, String path) {
    if (!v.isTextual()) {
      problems.add(path, "expected a string, got " + describe(v));
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  static <E extends Enum<E>> Optional<E> enumOf(Problems problems, Class<E> type, String text, String path) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return Optional.of(e);
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    problems.add(path, "\"" + text + "\" is not one of " + String.join(", ", names));
    return Optional.empty();
  }

  /** Keeps Jackson from closing the caller's writer. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
