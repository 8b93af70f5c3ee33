package dev.tandem.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reading and writing the JSON documents of the file formats through Jackson databind: one record
 * per format ({@link ProblemDocument}, {@link ResultDocument}, {@link ProgrammeDocument}), each key a
 * record component with {@link JsonProperty} (its name, {@code required}) and, where needed,
 * {@link Check} (null accepted, not blank, least integer).
 *
 * <p>Reading is strict (duplicate keys and trailing content are errors) and happens in three steps:
 * the {@code format} key is checked before anything else (a file of another format gets that one
 * problem); then the tree is checked against the record's shape, collecting every unknown key,
 * wrong type, missing required key and out-of-range integer with its JSON path
 * ({@code $.mentees[3].topics[0].weight}); only a document without problems is bound to the
 * record by Jackson ({@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} stays on as a
 * second guard).
 *
 * <p>Guarantee: {@link #read} either returns a bound record or throws one
 * {@link ValidationException} listing every problem of the shape; it never throws a Jackson
 * exception for bad content. Writing prints the record's components in declaration order, two-space
 * indented, a newline at the end; absent ({@code null}) keys are left out. Linear in the file size.
 */
final class JsonDocuments {
  static final ObjectMapper MAPPER = JsonMapper.builder(
          JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .addModule(new SimpleModule("iso-dates")
          .addSerializer(LocalDate.class, ToStringSerializer.instance)
          .addDeserializer(LocalDate.class, new FromStringDeserializer<LocalDate>(LocalDate.class) {
            @Override
            protected LocalDate _deserialize(String value, DeserializationContext ctxt) {
              return LocalDate.parse(value);
            }
          }))
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  /** The checks of a key without {@link Check}: the defaults of its elements. */
  @Check
  private static final boolean DEFAULT_CHECK = true;

  private static final Check NO_CHECK;

  static {
    try {
      NO_CHECK = JsonDocuments.class.getDeclaredField("DEFAULT_CHECK").getAnnotation(Check.class);
    } catch (NoSuchFieldException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private JsonDocuments() {}

  /** Writes {@code document} pretty-printed, ending with a newline; the writer is flushed, not closed. */
  static void write(Object document, Writer out) throws IOException {
    WRITER.writeValue(new NonClosingWriter(out), document);
    out.write('\n');
    out.flush();
  }

  /**
   * Reads a document of {@code type} claiming {@code format}.
   *
   * @throws ValidationException every problem found, each with its JSON path
   */
  static <T> T read(Reader in, Class<T> type, String format) throws IOException {
    JsonNode root = parse(in);
    Problems problems = new Problems();
    checkFormat(root, format, problems);
    problems.throwIfAny();
    check(root, type, Where.ROOT, NO_CHECK, problems);
    problems.throwIfAny();
    try {
      return MAPPER.treeToValue(root, type);
    } catch (JsonProcessingException e) {
      // The shape check accepts only what binds; this is a guard, naming where Jackson stopped.
      throw new ValidationException(List.of(new ValidationProblem(pathOf(e), e.getOriginalMessage())));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(List.of(new ValidationProblem("$", String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Parses JSON text into a tree.
   *
   * @throws ValidationException with one problem naming the line and column of a syntax error
   */
  static JsonNode parse(Reader in) throws IOException {
    try (JsonParser parser = MAPPER.createParser(TextFiles.skipBom(in))) {
      JsonNode node = MAPPER.readTree(parser);
      if (node == null || node.isMissingNode()) {
        throw new ValidationException(List.of(new ValidationProblem("$", "the file is empty, expected a JSON object")));
      }
      return node;
    } catch (JsonProcessingException e) {
      throw syntax(e);
    }
  }

  /**
   * When the top-level {@code format} is a string other than {@code expected}, records that one
   * problem: reading stops there, since the rest of a file of another kind only adds noise.
   */
  private static void checkFormat(JsonNode root, String expected, Problems problems) {
    JsonNode format = root.isObject() ? root.get("format") : null;
    if (format == null || !format.isTextual() || format.textValue().equals(expected)) {
      return;
    }
    String found = format.textValue();
    String family = expected.substring(0, expected.indexOf('/') + 1);
    if (found.startsWith(family)) {
      problems.add("$.format", "unsupported version \"" + found + "\" (this version reads " + expected + ")");
      return;
    }
    String kind = kindOf(found);
    problems.add("$.format", kind.isEmpty() ? "\"" + found + "\" is not " + expected
        : "this is " + kind + " (" + found + "), not " + kindOf(expected) + " (" + expected + ")");
  }

  private static String kindOf(String format) {
    if (format.startsWith(ProblemFiles.FORMAT.substring(0, ProblemFiles.FORMAT.indexOf('/') + 1))) {
      return "a problem file";
    }
    if (format.startsWith(ResultFiles.FORMAT.substring(0, ResultFiles.FORMAT.indexOf('/') + 1))) {
      return "a result file";
    }
    if (format.startsWith(ProgrammeFiles.FORMAT.substring(0, ProgrammeFiles.FORMAT.indexOf('/') + 1))) {
      return "a programme file";
    }
    return "";
  }

  // ------------------------------------------------------------------ the shape check

  /** One key of a record: its JSON name, whether required, its type and its checks. */
  private record Key(String name, boolean required, Type type, Check check) {}

  private static final Map<Class<?>, List<Key>> KEYS = new ConcurrentHashMap<>();

  /** The keys of a document record, in declaration order (also the order they are written in). */
  static List<Key> keysOf(Class<?> record) {
    return KEYS.computeIfAbsent(record, r -> {
      List<Key> keys = new ArrayList<>();
      for (RecordComponent c : r.getRecordComponents()) {
        // Annotations on a record component reach its accessor (JsonProperty does not target components).
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        String name = p == null || p.value().isEmpty() ? c.getName() : p.value();
        Check check = c.getAccessor().getAnnotation(Check.class);
        keys.add(new Key(name, p != null && p.required(), c.getGenericType(), check == null ? NO_CHECK : check));
      }
      return List.copyOf(keys);
    });
  }

  /** A record's keys, their names as a set and as the list shown in messages. */
  private record Shape(List<Key> keys, Set<String> names, String known) {}

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private static Shape shapeOf(Class<?> record) {
    return SHAPES.computeIfAbsent(record, r -> {
      List<String> names = keyNames(r);
      return new Shape(keysOf(r), Set.copyOf(names), String.join(", ", names));
    });
  }

  /**
   * Where a value stands, built as the check descends and spelt out ({@code $.mentees[3].topics})
   * only for a problem: the check visits every value, most of them fine.
   */
  private record Where(Where parent, String key, int index) {
    static final Where ROOT = new Where(null, null, -1);

    Where child(String k) {
      return new Where(this, k, -1);
    }

    Where child(int i) {
      return new Where(this, null, i);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "$";
      }
      return key != null ? JsonDocuments.child(parent.toString(), key) : JsonDocuments.child(parent.toString(), index);
    }
  }

  /** The JSON names of a document record's keys, in declaration order. */
  static List<String> keyNames(Class<?> record) {
    return keysOf(record).stream().map(Key::name).toList();
  }

  /** Checks {@code node} against {@code type}, adding every problem to {@code problems}. */
  private static void check(JsonNode node, Type type, Where path, Check check, Problems problems) {
    if (type instanceof ParameterizedType pt) {
      Class<?> raw = (Class<?>) pt.getRawType();
      Type[] args = pt.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        if (!node.isArray()) {
          problems.add(path.toString(), "expected an array, got " + describe(node));
          return;
        }
        for (int i = 0; i < node.size(); i++) {
          check(node.get(i), args[0], path.child(i), check, problems);
        }
        return;
      }
      if (Map.class.isAssignableFrom(raw)) {
        checkMap(node, (Class<?>) args[0], args[1], path, check, problems);
        return;
      }
      throw new IllegalStateException("unsupported document type " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      if (!node.isTextual()) {
        problems.add(path.toString(), "expected a string, got " + describe(node));
      } else if (check.notBlank() && node.textValue().isBlank()) {
        problems.add(path.toString(), "must not be blank");
      }
    } else if (c == Integer.class || c == int.class) {
      integer(node, path, Math.max(check.min(), Integer.MIN_VALUE), Integer.MAX_VALUE, problems);
    } else if (c == Long.class || c == long.class) {
      integer(node, path, check.min(), Long.MAX_VALUE, problems);
    } else if (c == Double.class || c == double.class) {
      if (!node.isNumber()) {
        problems.add(path.toString(), "expected a number, got " + describe(node));
      }
    } else if (c == LocalDate.class) {
      if (!node.isTextual()) {
        problems.add(path.toString(), "expected a date (YYYY-MM-DD), got " + describe(node));
      } else if (!isDate(node.textValue())) {
        problems.add(path.toString(), "\"" + node.textValue() + "\" is not a date (YYYY-MM-DD)");
      }
    } else if (c == Boolean.class || c == boolean.class) {
      if (!node.isBoolean()) {
        problems.add(path.toString(), "expected true or false, got " + describe(node));
      }
    } else if (c.isEnum()) {
      if (!node.isTextual()) {
        problems.add(path.toString(), "expected a string, got " + describe(node));
      } else if (Arrays.stream(c.getEnumConstants()).noneMatch(e -> ((Enum<?>) e).name().equals(node.textValue()))) {
        problems.add(path.toString(), "\"" + node.textValue() + "\" is not one of " + String.join(", ", enumNames(c)));
      }
    } else if (c.isRecord()) {
      checkRecord(node, c, path, problems);
    } else {
      throw new IllegalStateException("unsupported document type " + type);
    }
  }

  private static void checkRecord(JsonNode node, Class<?> record, Where path, Problems problems) {
    if (!node.isObject()) {
      problems.add(path.toString(), "expected an object, got " + describe(node));
      return;
    }
    Shape shape = shapeOf(record);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!shape.names().contains(name)) {
        problems.add(path.child(name).toString(), "unknown key \"" + name + "\" (known keys here: " + shape.known() + ")");
      }
    }
    List<Key> keys = shape.keys();
    for (Key k : keys) {
      JsonNode v = node.get(k.name());
      if (v == null) {
        if (k.required()) {
          problems.add(path.child(k.name()).toString(), "missing required key");
        }
      } else if (!(v.isNull() && k.check().nullable())) {
        check(v, k.type(), path.child(k.name()), k.check(), problems);
      }
    }
  }

  private static void checkMap(JsonNode node, Class<?> keyType, Type valueType, Where path, Check check,
      Problems problems) {
    if (!node.isObject()) {
      problems.add(path.toString(), "expected an object, got " + describe(node));
      return;
    }
    List<String> known = keyType.isEnum() ? enumNames(keyType) : List.of();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      Where at = path.child(e.getKey());
      if (keyType.isEnum() && !known.contains(e.getKey())) {
        problems.add(at.toString(), "unknown key \"" + e.getKey() + "\" (known keys here: " + String.join(", ", known) + ")");
      } else {
        check(e.getValue(), valueType, at, check, problems);
      }
    }
  }

  private static void integer(JsonNode node, Where path, long min, long max, Problems problems) {
    if (!node.isIntegralNumber()) {
      problems.add(path.toString(), "expected an integer, got " + describe(node));
      return;
    }
    if (node.canConvertToLong() && node.longValue() >= min && node.longValue() <= max) {
      return;
    }
    BigInteger big = node.bigIntegerValue();
    if (big.compareTo(BigInteger.valueOf(min)) < 0 || big.compareTo(BigInteger.valueOf(max)) > 0) {
      problems.add(path.toString(), big + " is outside " + min + ".." + max);
    }
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static List<String> enumNames(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
  }

  // ------------------------------------------------------------------ paths and messages

  static String child(String path, String key) {
    return isSimple(key) ? path + "." + key : path + "[\"" + key.replace("\"", "\\\"") + "\"]";
  }

  static String child(String path, int index) {
    return path + "[" + index + "]";
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

  private static String pathOf(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
      StringBuilder path = new StringBuilder("$");
      for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
        path = new StringBuilder(r.getFieldName() != null ? child(path.toString(), r.getFieldName())
            : child(path.toString(), r.getIndex()));
      }
      return path.toString();
    }
    return "$";
  }

  /** Collects problems, each with its path. */
  static final class Problems {
    private final List<ValidationProblem> list = new ArrayList<>();

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
