package dev.tandem.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PairScore;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.model.Weights;
import dev.tandem.io.JsonTree.Obj;
import dev.tandem.io.JsonTree.Problems;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Reads and writes problem files in the format {@code tandem-problem/1} (docs/formats.md).
 *
 * <p>Guarantee: {@link #write} then {@link #read} gives a problem with the same content (the
 * round trip is lossless, display names and skills included). Reading is strict: an unknown key,
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
   * @throws IOException when the file cannot be read
   */
  public static MatchingProblem read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /** Reads a problem from JSON text; see {@link #read(Path)}. */
  public static MatchingProblem read(Reader in) throws IOException {
    return fromTree(JsonTree.parse(in));
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
    JsonTree.write(toTree(problem), out);
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

  // ------------------------------------------------------------------ writing

  static ObjectNode toTree(MatchingProblem p) {
    ObjectNode root = JsonTree.object();
    root.put("format", FORMAT);
    root.put("name", p.name());
    writeCompetences(root.putArray("competences"), p.competences());
    writeEmployees(root.putArray("employees"), p.employees());
    writeMentees(root.putArray("mentees"), p.mentees());
    writeMentors(root.putArray("mentors"), p.mentors());
    writeHistory(root.putArray("history"), p.history());
    writePairs(root.putArray("forbiddenPairs"), p.forbiddenPairs());
    writePairs(root.putArray("pinnedPairs"), p.pinnedPairs());
    ArrayNode scores = root.putArray("pairScores");
    p.pairScores().forEach(s -> scores.addObject().put("mentee", s.mentee()).put("mentor", s.mentor()).put("score", s.score()));
    writePolicy(root.putObject("policy"), p.policy());
    return root;
  }

  static void writeCompetences(ArrayNode competences, List<Competence> items) {
    for (Competence c : items) {
      competences.addObject().put("id", c.id()).put("name", c.name()).put("diversity", c.diversity());
    }
  }

  static void writeEmployees(ArrayNode employees, List<Employee> items) {
    for (Employee e : items) {
      ObjectNode o = employees.addObject().put("id", e.id()).put("department", e.department()).put("level", e.level());
      if (e.manager().isPresent()) {
        o.put("manager", e.manager().get());
      } else {
        o.putNull("manager");
      }
      e.displayName().ifPresent(n -> o.put("name", n));
      if (!e.skills().isEmpty()) {
        ArrayNode skills = o.putArray("skills");
        e.skills().forEach(skills::add);
      }
    }
  }

  static void writeMentees(ArrayNode mentees, List<Mentee> items) {
    for (Mentee m : items) {
      ObjectNode o = mentees.addObject().put("employee", m.employee()).put("priority", m.priority());
      ArrayNode topics = o.putArray("topics");
      for (TopicRequest t : m.topics()) {
        topics.addObject().put("competence", t.competence()).put("weight", t.weight());
      }
      ArrayNode ranking = o.putArray("ranking");
      m.ranking().forEach(ranking::add);
    }
  }

  static void writeMentors(ArrayNode mentors, List<Mentor> items) {
    for (Mentor m : items) {
      ObjectNode o = mentors.addObject().put("employee", m.employee()).put("capacity", m.capacity())
          .put("nominated", m.nominated());
      ArrayNode comps = o.putArray("competences");
      for (Proficiency c : m.competences()) {
        comps.addObject().put("competence", c.competence()).put("proficiency", c.proficiency());
      }
      ArrayNode ranking = o.putArray("ranking");
      m.ranking().forEach(ranking::add);
    }
  }

  static void writeHistory(ArrayNode history, List<PastPair> items) {
    for (PastPair h : items) {
      ObjectNode o = history.addObject().put("cycle", h.cycle()).put("mentee", h.mentee()).put("mentor", h.mentor());
      if (h.rating().isPresent()) {
        o.put("rating", h.rating().getAsInt());
      }
    }
  }

  static void writePairs(ArrayNode pairs, List<Pair> items) {
    items.forEach(f -> pairs.addObject().put("mentee", f.mentee()).put("mentor", f.mentor()));
  }

  static void writePolicy(ObjectNode po, Policy policy) {
    po.put("minLevelGap", policy.minLevelGap())
        .put("reportingLine", policy.reportingLine().name())
        .put("reportingLineDepth", policy.reportingLineDepth())
        .put("requireTopicMatch", policy.requireTopicMatch())
        .put("allowRepeatPairs", policy.allowRepeatPairs())
        .put("candidatePairs", policy.candidatePairs().name());
    Weights w = policy.weights();
    po.putObject("weights")
        .put("topicWeight", w.topicWeight())
        .put("levelGapWeight", w.levelGapWeight())
        .put("levelGapCap", w.levelGapCap())
        .put("crossDepartmentWeight", w.crossDepartmentWeight())
        .put("ratingWeight", w.ratingWeight())
        .put("preferenceWeight", w.preferenceWeight())
        .put("departmentSpreadWeight", w.departmentSpreadWeight())
        .put("mentorLoadWeight", w.mentorLoadWeight());
  }

  // ------------------------------------------------------------------ reading

  static MatchingProblem fromTree(JsonNode root) {
    Problems problems = new Problems();
    MatchingProblem.Builder b = MatchingProblem.builder();
    Optional<Obj> top = problems.object(root, "$", "format", "name", "competences", "employees", "mentees", "mentors",
        "history", "forbiddenPairs", "pinnedPairs", "pairScores", "policy");
    if (top.isEmpty()) {
      problems.throwIfAny();
    }
    Obj o = top.get();
    checkFormat(o, FORMAT);
    o.string("name", false, false).ifPresent(b::name);
    readCompetences(problems, o).forEach(b::competence);
    readEmployees(problems, o).forEach(b::employee);
    readMentees(problems, o).forEach(b::mentee);
    readMentors(problems, o).forEach(b::mentor);
    readHistory(problems, o).forEach(b::history);
    o.array("forbiddenPairs", false, (n, path) -> pair(problems, n, path)).forEach(b::forbid);
    o.array("pinnedPairs", false, (n, path) -> pair(problems, n, path)).forEach(b::pin);
    o.array("pairScores", false, (n, path) -> problems.object(n, path, "mentee", "mentor", "score").map(s ->
        new PairScore(s.string("mentee", true, false).orElse(""), s.string("mentor", true, false).orElse(""),
            s.requiredLong("score")))).forEach(b::pairScore);
    readPolicy(o).ifPresent(b::policy);
    problems.throwIfAny();
    try {
      return b.build();
    } catch (ValidationException e) {
      throw prefixed(e);
    }
  }

  static List<Competence> readCompetences(Problems problems, Obj o) {
    return o.array("competences", false, (n, path) -> problems.object(n, path, "id", "name", "diversity").map(c -> {
      String id = c.id("id");
      String name = c.string("name", false, false).orElse(id);
      return new Competence(id.isBlank() ? "?" : id, name, c.boolOr("diversity", false));
    }));
  }

  static List<Employee> readEmployees(Problems problems, Obj o) {
    return o.array("employees", true, (n, path) -> problems.object(n, path, "id", "department", "level", "manager", "name", "skills")
        .map(e -> {
          String id = e.id("id");
          String department = e.string("department", true, false).orElse("");
          int level = e.requiredInt("level");
          Optional<String> manager = e.string("manager", false, true);
          Optional<String> name = e.string("name", false, true);
          List<String> skills = e.array("skills", false, (s, sp) -> JsonTree.stringValue(problems, s, sp));
          if (new TreeSet<>(skills).size() < skills.size()) {
            problems.add(e.at("skills"), "a skill is listed twice");
          }
          return new Employee(id.isBlank() ? "?" : id, department, level, manager, name, ImmutableSet.copyOf(skills));
        }));
  }

  static List<Mentee> readMentees(Problems problems, Obj o) {
    return o.array("mentees", true, (n, path) -> problems.object(n, path, "employee", "priority", "topics", "ranking").map(m -> {
      String employee = m.string("employee", true, false).orElse("");
      int priority = m.intOr("priority", 1);
      List<TopicRequest> topics = m.array("topics", false, (t, tp) -> problems.object(t, tp, "competence", "weight")
          .map(t2 -> new TopicRequest(t2.string("competence", true, false).orElse(""), t2.requiredInt("weight"))));
      List<String> ranking = m.array("ranking", false, (s, sp) -> JsonTree.stringValue(problems, s, sp));
      return new Mentee(employee, ImmutableList.copyOf(topics), priority, ImmutableList.copyOf(ranking));
    }));
  }

  static List<Mentor> readMentors(Problems problems, Obj o) {
    return o.array("mentors", true, (n, path) -> problems.object(n, path, "employee", "capacity", "nominated", "competences", "ranking")
        .map(m -> {
          String employee = m.string("employee", true, false).orElse("");
          int capacity = m.intOr("capacity", 1);
          boolean nominated = m.boolOr("nominated", false);
          List<Proficiency> comps = m.array("competences", false, (t, tp) -> problems.object(t, tp, "competence", "proficiency")
              .map(t2 -> new Proficiency(t2.string("competence", true, false).orElse(""), t2.requiredInt("proficiency"))));
          List<String> ranking = m.array("ranking", false, (s, sp) -> JsonTree.stringValue(problems, s, sp));
          return new Mentor(employee, ImmutableList.copyOf(comps), capacity, nominated, ImmutableList.copyOf(ranking));
        }));
  }

  static List<PastPair> readHistory(Problems problems, Obj o) {
    return o.array("history", false, (n, path) -> problems.object(n, path, "cycle", "mentee", "mentor", "rating").map(h -> {
      String cycle = h.string("cycle", true, false).orElse("");
      String mentee = h.string("mentee", true, false).orElse("");
      String mentor = h.string("mentor", true, false).orElse("");
      Optional<Long> rating = h.integer("rating", false, true, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return new PastPair(cycle, mentee, mentor, rating.map(r -> OptionalInt.of(r.intValue())).orElse(OptionalInt.empty()));
    }));
  }

  static List<Pair> readPairs(Problems problems, Obj o, String key, boolean required) {
    return o.array(key, required, (n, path) -> pair(problems, n, path));
  }

  static Optional<Policy> readPolicy(Obj o) {
    return o.object("policy", false, "minLevelGap", "reportingLine", "reportingLineDepth", "requireTopicMatch",
        "allowRepeatPairs", "candidatePairs", "weights").map(ProblemFiles::policy);
  }

  static Optional<Pair> pair(Problems problems, JsonNode n, String path) {
    return problems.object(n, path, "mentee", "mentor")
        .map(p -> new Pair(p.string("mentee", true, false).orElse(""), p.string("mentor", true, false).orElse("")));
  }

  private static Policy policy(Obj po) {
    Policy d = Policy.DEFAULT;
    Policy.Builder b = Policy.builder()
        .minLevelGap(po.intOr("minLevelGap", d.minLevelGap()))
        .reportingLine(po.enumValue("reportingLine", ReportingLine.class, false).orElse(d.reportingLine()))
        .reportingLineDepth(po.intOr("reportingLineDepth", d.reportingLineDepth()))
        .requireTopicMatch(po.boolOr("requireTopicMatch", d.requireTopicMatch()))
        .allowRepeatPairs(po.boolOr("allowRepeatPairs", d.allowRepeatPairs()))
        .candidatePairs(po.enumValue("candidatePairs", CandidatePairs.class, false).orElse(d.candidatePairs()));
    po.object("weights", false, "topicWeight", "levelGapWeight", "levelGapCap", "crossDepartmentWeight",
        "ratingWeight", "preferenceWeight", "departmentSpreadWeight", "mentorLoadWeight").ifPresent(wo -> {
          Weights w = d.weights();
          b.weights(new Weights(
              wo.longOr("topicWeight", w.topicWeight()),
              wo.longOr("levelGapWeight", w.levelGapWeight()),
              wo.longOr("levelGapCap", w.levelGapCap()),
              wo.longOr("crossDepartmentWeight", w.crossDepartmentWeight()),
              wo.longOr("ratingWeight", w.ratingWeight()),
              wo.longOr("preferenceWeight", w.preferenceWeight()),
              wo.longOr("departmentSpreadWeight", w.departmentSpreadWeight()),
              wo.longOr("mentorLoadWeight", w.mentorLoadWeight())));
        });
    return b.build();
  }

  /** Checks the {@code format} key against the expected format string. */
  static void checkFormat(Obj o, String expected) {
    Optional<String> format = o.string("format", true, false);
    if (format.isPresent() && !format.get().equals(expected)) {
      String family = expected.substring(0, expected.indexOf('/') + 1);
      o.problems.add(o.at("format"), format.get().startsWith(family)
          ? "unsupported version \"" + format.get() + "\" (this version reads " + expected + ")"
          : "\"" + format.get() + "\" is not " + expected);
    }
  }

  /** The model's problems with their paths as JSON paths ({@code $.} prefix). */
  static ValidationException prefixed(ValidationException e) {
    List<ValidationProblem> out = new ArrayList<>();
    for (ValidationProblem p : e.problems()) {
      out.add(new ValidationProblem(p.path().isEmpty() ? "$" : "$." + p.path(), p.message()));
    }
    return new ValidationException(out);
  }
}
