package dev.tandem.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.UnmatchedReason;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.Rule;
import dev.tandem.io.JsonTree.Obj;
import dev.tandem.io.JsonTree.Problems;
import dev.tandem.io.ResultFile.ResultMetrics;
import dev.tandem.io.ResultFile.ResultPair;
import dev.tandem.io.ResultFile.ResultUnmatched;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads and writes result files in the format {@code tandem-result/1} (docs/formats.md).
 *
 * <p>Guarantee: {@link #write} then {@link #read} gives an equal {@link ResultFile} (lossless).
 * Reading is strict like {@link ProblemFiles}: every unknown key, wrong type, missing required key
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
   * @throws IOException when the file cannot be read
   */
  public static ResultFile read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /** Reads a result from JSON text; see {@link #read(Path)}. */
  public static ResultFile read(Reader in) throws IOException {
    return fromTree(JsonTree.parse(in));
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
    JsonTree.write(toTree(result), out);
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

  // ------------------------------------------------------------------ writing

  static ObjectNode toTree(ResultFile r) {
    ObjectNode root = JsonTree.object();
    root.put("format", FORMAT);
    r.problem().ifPresent(p -> root.put("problem", p));
    r.strategy().ifPresent(s -> root.put("strategy", s));
    if (r.seed().isPresent()) {
      root.put("seed", r.seed().getAsLong());
    }
    ArrayNode pairs = root.putArray("pairs");
    for (ResultPair p : r.pairs()) {
      ObjectNode o = pairs.addObject().put("mentee", p.mentee()).put("mentor", p.mentor());
      if (p.pairScore().isPresent()) {
        o.put("pairScore", p.pairScore().getAsLong());
      }
      p.parts().ifPresent(parts -> {
        ObjectNode po = o.putObject("parts").put("topic", parts.topic()).put("levelGap", parts.levelGap())
            .put("crossDepartment", parts.crossDepartment()).put("rating", parts.rating())
            .put("preference", parts.preference());
        if (parts.explicit().isPresent()) {
          po.put("explicit", parts.explicit().getAsLong());
        }
      });
    }
    ArrayNode unmatched = root.putArray("unmatched");
    for (ResultUnmatched u : r.unmatched()) {
      ObjectNode o = unmatched.addObject().put("mentee", u.mentee());
      u.reason().ifPresent(reason -> o.put("reason", reason.name()));
      ObjectNode ex = o.putObject("excludedBy");
      u.excludedBy().forEach((rule, count) -> ex.put(rule.name(), count));
      if (u.priority().isPresent()) {
        o.put("priority", u.priority().getAsInt());
      }
      if (u.eligibleMentors().isPresent()) {
        o.put("eligibleMentors", u.eligibleMentors().getAsInt());
      }
    }
    r.score().ifPresent(s -> root.putObject("score").put("hard", s.hard()).put("medium", s.medium()).put("soft", s.soft()));
    r.metrics().ifPresent(m -> {
      ObjectNode mo = root.putObject("metrics");
      m.values().forEach((k, v) -> {
        if (v instanceof Double) {
          mo.put(k, (Double) v);
        } else {
          mo.put(k, v.longValue());
        }
      });
    });
    return root;
  }

  // ------------------------------------------------------------------ reading

  static ResultFile fromTree(JsonNode root) {
    Problems problems = new Problems();
    Optional<Obj> top = problems.object(root, "$", "format", "problem", "strategy", "seed", "pairs", "unmatched",
        "score", "metrics");
    if (top.isEmpty()) {
      problems.throwIfAny();
    }
    Obj o = top.get();
    ProblemFiles.checkFormat(o, FORMAT);
    Optional<String> problem = o.string("problem", false, false);
    Optional<String> strategy = o.string("strategy", false, false);
    Optional<Long> seed = o.integer("seed", false, false, Long.MIN_VALUE, Long.MAX_VALUE);
    List<ResultPair> pairs = o.array("pairs", true, (n, path) ->
        problems.object(n, path, "mentee", "mentor", "pairScore", "parts").map(p -> {
          String mentee = p.string("mentee", true, false).orElse("");
          String mentor = p.string("mentor", true, false).orElse("");
          Optional<Long> score = p.integer("pairScore", false, false, Long.MIN_VALUE, Long.MAX_VALUE);
          Optional<PairParts> parts = p.object("parts", false, "topic", "levelGap", "crossDepartment", "rating",
              "preference", "explicit").map(po -> new PairParts(po.requiredLong("topic"), po.requiredLong("levelGap"),
                  po.requiredLong("crossDepartment"), po.requiredLong("rating"), po.requiredLong("preference"),
                  po.integer("explicit", false, false, Long.MIN_VALUE, Long.MAX_VALUE)
                      .map(OptionalLong::of).orElse(OptionalLong.empty())));
          return new ResultPair(mentee, mentor, score.map(OptionalLong::of).orElse(OptionalLong.empty()), parts);
        }));
    List<ResultUnmatched> unmatched = o.array("unmatched", false, (n, path) ->
        problems.object(n, path, "mentee", "reason", "excludedBy", "priority", "eligibleMentors").map(u -> {
          String mentee = u.string("mentee", true, false).orElse("");
          Optional<UnmatchedReason> reason = u.enumValue("reason", UnmatchedReason.class, false);
          Map<Rule, Integer> excluded = new EnumMap<>(Rule.class);
          String[] rules = java.util.Arrays.stream(Rule.values()).map(Rule::name).toArray(String[]::new);
          u.object("excludedBy", false, rules).ifPresent(ex -> {
            for (Map.Entry<String, JsonNode> f : ex.node.properties()) {
              String at = JsonTree.child(ex.path, f.getKey());
              Optional<Long> count = JsonTree.integerValue(problems, f.getValue(), at, 0, Integer.MAX_VALUE);
              java.util.Arrays.stream(Rule.values()).filter(r -> r.name().equals(f.getKey())).findFirst()
                  .ifPresent(rule -> count.ifPresent(c -> excluded.put(rule, c.intValue())));
            }
          });
          OptionalInt priority = u.integer("priority", false, false, Integer.MIN_VALUE, Integer.MAX_VALUE)
              .map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty());
          OptionalInt eligible = u.integer("eligibleMentors", false, false, 0, Integer.MAX_VALUE)
              .map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty());
          return new ResultUnmatched(mentee, reason, com.google.common.collect.ImmutableSortedMap.copyOf(excluded),
              priority, eligible);
        }));
    Optional<Score> score = o.object("score", false, "hard", "medium", "soft")
        .map(s -> new Score(s.requiredLong("hard"), s.requiredLong("medium"), s.requiredLong("soft")));
    Optional<ResultMetrics> metrics = o.object("metrics", false, ResultMetrics.KEYS.toArray(new String[0])).map(m -> {
      Map<String, Number> values = new LinkedHashMap<>();
      for (String key : ResultMetrics.KEYS) {
        if (!m.has(key)) {
          continue;
        }
        if (ResultMetrics.DECIMAL_KEYS.contains(key)) {
          m.decimal(key, false).ifPresent(v -> values.put(key, v));
        } else {
          m.integer(key, false, false, Long.MIN_VALUE, Long.MAX_VALUE).ifPresent(v -> values.put(key, v));
        }
      }
      return new ResultMetrics(ImmutableMap.copyOf(values));
    });
    problems.throwIfAny();
    return new ResultFile(problem, strategy, seed.map(OptionalLong::of).orElse(OptionalLong.empty()),
        ImmutableList.copyOf(pairs), ImmutableList.copyOf(unmatched), score, metrics);
  }
}
