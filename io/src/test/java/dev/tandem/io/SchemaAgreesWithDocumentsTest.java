package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The schemas and the document records describe the same keys: at every object of the three
 * formats, the same key names, the same required keys and the same enum values. So a key added to
 * a record and forgotten in the schema (or the other way round) fails here.
 */
class SchemaAgreesWithDocumentsTest {
  private final Map<String, JsonNode> files = new HashMap<>();
  private final List<String> differences = new ArrayList<>();

  private JsonNode file(String name) {
    return files.computeIfAbsent(name, n -> {
      try (InputStream in = getClass().getResourceAsStream("/dev/tandem/io/schema/" + n + ".schema.json")) {
        return JsonDocuments.MAPPER.readTree(in);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** A schema node with its file, for resolving references. */
  private record At(String file, JsonNode node) {}

  private At resolve(At at) {
    JsonNode ref = at.node().get("$ref");
    if (ref == null) {
      return at;
    }
    String target = ref.asText();
    String file = at.file();
    int hash = target.indexOf('#');
    if (hash > 0) {
      file = target.substring(0, hash).substring(Schemas.ID_PREFIX.length());
    }
    JsonNode node = file(file).at(target.substring(hash + 1));
    assertThat(node.isMissingNode()).as(target).isFalse();
    return resolve(new At(file, node));
  }

  private void compare(Class<?> record, At schema, String path) {
    At s = resolve(schema);
    if (s.node().has("oneOf")) {
      Set<String> union = new TreeSet<>();
      s.node().get("oneOf").forEach(v -> v.get("properties").fieldNames().forEachRemaining(union::add));
      expectEqual(path + " keys", new TreeSet<>(JsonDocuments.keyNames(record)), union);
      return;
    }
    expectEqual(path + " additionalProperties", "false", String.valueOf(s.node().path("additionalProperties").asText()));
    Set<String> keys = new LinkedHashSet<>();
    s.node().path("properties").fieldNames().forEachRemaining(keys::add);
    expectEqual(path + " keys", JsonDocuments.keyNames(record), List.copyOf(keys));
    Set<String> required = new TreeSet<>();
    s.node().path("required").forEach(r -> required.add(r.asText()));
    Set<String> requiredInRecord = new TreeSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      com.fasterxml.jackson.annotation.JsonProperty p =
          c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      if (p.required()) {
        requiredInRecord.add(p.value());
      }
      JsonNode property = s.node().path("properties").get(p.value());
      if (property != null) {
        compareType(c.getGenericType(), new At(s.file(), property), path + "." + p.value());
      }
    }
    expectEqual(path + " required", requiredInRecord, required);
  }

  private void compareType(Type type, At schema, String path) {
    At s = resolve(schema);
    if (type instanceof ParameterizedType pt) {
      Type[] args = pt.getActualTypeArguments();
      if (List.class.isAssignableFrom((Class<?>) pt.getRawType())) {
        expectEqual(path + " type", "array", s.node().path("type").asText());
        compareType(args[0], new At(s.file(), s.node().get("items")), path + "[]");
      } else if (args[0] == String.class) {
        // a map with free keys (e.g. employee attributes): the schema's additionalProperties holds the value type
        expectEqual(path + " type", "object", s.node().path("type").asText());
        compareType(args[1], new At(s.file(), s.node().get("additionalProperties")), path + "{}");
      } else {
        Class<?> key = (Class<?>) args[0];
        expectEqual(path + " keys", enumNames(key), values(resolve(new At(s.file(), s.node().get("propertyNames")))));
      }
      return;
    }
    Class<?> c = (Class<?>) type;
    if (c.isRecord()) {
      compare(c, s, path);
    } else if (c.isEnum()) {
      expectEqual(path + " values", enumNames(c), values(s));
    } else if (c == String.class && path.endsWith(".format")) {
      assertThat(s.node().has("const")).as(path).isTrue();
    }
  }

  private static Set<String> values(At s) {
    Set<String> out = new TreeSet<>();
    s.node().path("enum").forEach(v -> out.add(v.asText()));
    return out;
  }

  private static Set<String> enumNames(Class<?> e) {
    return new TreeSet<>(Arrays.stream(e.getEnumConstants()).map(v -> ((Enum<?>) v).name()).toList());
  }

  private void expectEqual(String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      differences.add(what + ": records say " + expected + ", schema says " + actual);
    }
  }

  @Test
  void everyKeyOfEveryRecordIsInTheSchemaAndNoOtherKey() {
    compare(ProblemDocument.class, new At("tandem-problem-1", file("tandem-problem-1")), "tandem-problem/1");
    compare(ResultDocument.class, new At("tandem-result-1", file("tandem-result-1")), "tandem-result/1");
    compare(ProgrammeDocument.class, new At("tandem-programme-1", file("tandem-programme-1")), "tandem-programme/1");
    assertThat(differences).isEmpty();
  }

  @Test
  void aForgottenKeyIsFound() {
    compare(ProblemDocument.class, new At("tandem-result-1", file("tandem-result-1")), "mixed up");
    assertThat(differences).isNotEmpty();
  }
}
