package dev.tandem.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.server.service.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * A JSON request body read field by field, collecting every problem with its path (e.g.
 * {@code topics[1].weight: required}) instead of stopping at the first; {@link #done()} then
 * refuses the request with all of them. Unknown keys are problems too.
 *
 * <p>Not thread-safe; one per request.
 */
public final class Body {
  private final JsonNode root;
  private final String prefix;
  private final List<ValidationProblem> problems;
  private final Set<String> read = new TreeSet<>();

  private Body(JsonNode root, String prefix, List<ValidationProblem> problems) {
    this.root = root;
    this.prefix = prefix;
    this.problems = problems;
  }

  /** Parses a request body; an empty body is an empty object. */
  public static Body parse(String text) {
    if (text.isBlank()) {
      return new Body(Json.MAPPER.createObjectNode(), "", new ArrayList<>());
    }
    try {
      JsonNode n = Json.MAPPER.readTree(text);
      if (n == null || !n.isObject()) {
        throw Refusal.invalid("$", "the body must be a JSON object");
      }
      return new Body(n, "", new ArrayList<>());
    } catch (JsonProcessingException e) {
      throw Refusal.invalid("$", "not JSON: " + e.getOriginalMessage());
    }
  }

  /** A body of string values, as an HTML form sends it. */
  public static Body ofForm(java.util.Map<String, List<String>> form) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    form.forEach((k, v) -> {
      if (!k.equals("csrf") && !v.isEmpty()) {
        o.put(k, v.get(0));
      }
    });
    return new Body(o, "", new ArrayList<>()).lenient();
  }

  private boolean lenientNumbers;

  private Body lenient() {
    lenientNumbers = true;
    return this;
  }

  private String path(String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }

  public void problem(String key, String message) {
    problems.add(new ValidationProblem(path(key), message));
  }

  private Optional<JsonNode> node(String key) {
    read.add(key);
    JsonNode n = root.get(key);
    return n == null || n.isNull() || (lenientNumbers && n.isTextual() && n.asText().isBlank()) ? Optional.empty() : Optional.of(n);
  }

  public Optional<String> optText(String key) {
    Optional<JsonNode> n = node(key);
    if (n.isPresent() && !n.get().isTextual()) {
      problem(key, "must be a string");
      return Optional.empty();
    }
    return n.map(JsonNode::asText);
  }

  /** A required string; blank counts as missing. */
  public String text(String key) {
    Optional<String> s = optText(key);
    if (s.isEmpty() || s.get().isBlank()) {
      if (s.isEmpty() && root.has(key) && !root.get(key).isNull() && !root.get(key).isTextual()) {
        return "";
      }
      problem(key, "required");
      return "";
    }
    return s.get().trim();
  }

  /** An optional text that may be blank. */
  public String textOrEmpty(String key) {
    return optText(key).orElse("");
  }

  public Optional<Long> optLong(String key) {
    Optional<JsonNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get().isIntegralNumber()) {
      return Optional.of(n.get().asLong());
    }
    if (lenientNumbers && n.get().isTextual()) {
      try {
        return Optional.of(Long.parseLong(n.get().asText().trim()));
      } catch (NumberFormatException e) {
        problem(key, "\"" + n.get().asText() + "\" is not a whole number");
        return Optional.empty();
      }
    }
    problem(key, "must be a whole number");
    return Optional.empty();
  }

  public Optional<Integer> optInt(String key) {
    return optLong(key).flatMap(v -> {
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        problem(key, v + " is out of range");
        return Optional.empty();
      }
      return Optional.of(v.intValue());
    });
  }

  /** A required whole number ({@code 0} stands in when missing; the problem is recorded). */
  public int integer(String key) {
    Optional<Integer> v = optInt(key);
    if (v.isEmpty() && !problems.stream().anyMatch(p -> p.path().equals(path(key)))) {
      problem(key, "required");
    }
    return v.orElse(0);
  }

  public Optional<Boolean> optBool(String key) {
    Optional<JsonNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get().isBoolean()) {
      return Optional.of(n.get().asBoolean());
    }
    if (lenientNumbers && n.get().isTextual()) {
      String t = n.get().asText().trim();
      return Optional.of(t.equals("true") || t.equals("on") || t.equals("yes"));
    }
    problem(key, "must be true or false");
    return Optional.empty();
  }

  public Optional<LocalDate> optDate(String key) {
    return optText(key).flatMap(t -> {
      try {
        return Optional.of(LocalDate.parse(t.trim()));
      } catch (DateTimeParseException e) {
        problem(key, "\"" + t + "\" is not a date YYYY-MM-DD");
        return Optional.empty();
      }
    });
  }

  /** A required date (today stands in when missing; the problem is recorded). */
  public LocalDate date(String key) {
    Optional<LocalDate> d = optDate(key);
    if (d.isEmpty() && !problems.stream().anyMatch(p -> p.path().equals(path(key)))) {
      problem(key, "required (YYYY-MM-DD)");
    }
    return d.orElse(LocalDate.EPOCH);
  }

  /** A JSON object kept as is (e.g. an embedded {@code tandem-problem/1}). */
  public Optional<JsonNode> optObject(String key) {
    Optional<JsonNode> n = node(key);
    if (n.isPresent() && !n.get().isObject()) {
      problem(key, "must be an object");
      return Optional.empty();
    }
    return n;
  }

  /** Each element of an array, read by {@code item} with its own path. */
  public <T> List<T> list(String key, BiFunction<Body, Integer, T> item) {
    Optional<JsonNode> n = node(key);
    List<T> out = new ArrayList<>();
    if (n.isEmpty()) {
      return out;
    }
    if (n.get().getNodeType() != JsonNodeType.ARRAY) {
      problem(key, "must be an array");
      return out;
    }
    for (int i = 0; i < n.get().size(); i++) {
      JsonNode e = n.get().get(i);
      String p = path(key) + "[" + i + "]";
      Body b = new Body(e.isObject() ? e : Json.MAPPER.createObjectNode().set("value", e), p, problems);
      if (!e.isObject()) {
        b.read.add("value");
      }
      out.add(item.apply(b, i));
      b.checkUnknown();
    }
    return out;
  }

  /** The raw value of an element read through {@link #list} from a non-object array. */
  public Optional<String> value() {
    return optText("value");
  }

  /** Whether the body holds a string under {@code key}. */
  public boolean isText(String key) {
    JsonNode n = root.get(key);
    return n != null && n.isTextual();
  }

  /** The version the edit is based on (required by every step). */
  public Optional<Long> version() {
    return optLong("version");
  }

  private void checkUnknown() {
    if (lenientNumbers) {
      return;
    }
    root.fieldNames().forEachRemaining(k -> {
      if (!read.contains(k)) {
        problem(k, "unknown key");
      }
    });
  }

  /** Refuses the request when anything was wrong, listing every problem. */
  public void done() {
    checkUnknown();
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
  }

  /** Adds problems found elsewhere (e.g. by core) under this body's paths. */
  public List<ValidationProblem> problems() {
    return problems;
  }
}
