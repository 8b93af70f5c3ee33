package dev.tandem.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.tandem.core.cycle.AnnouncedTopic;
import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.CycleState;
import dev.tandem.core.cycle.Feedback;
import dev.tandem.core.cycle.Framework;
import dev.tandem.core.cycle.Goal;
import dev.tandem.core.cycle.KickOff;
import dev.tandem.core.cycle.PairEnding;
import dev.tandem.core.cycle.Phase;
import dev.tandem.core.cycle.Programme;
import dev.tandem.core.cycle.ReviewEdit;
import dev.tandem.core.cycle.ReviewEntry;
import dev.tandem.core.cycle.SessionRecord;
import dev.tandem.core.cycle.SessionStatus;
import dev.tandem.core.cycle.Side;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads and writes a whole programme, every cycle with its state, in the format
 * {@code tandem-programme/1}, so an HR tool can persist a programme and restore it without loss.
 *
 * <p>Shape: {@code {"format": "tandem-programme/1", "organisation": "...", "cycles": [...]}}; each
 * cycle holds the keys of {@link CycleState}: {@code id}, {@code phase}, {@code competences},
 * {@code employees}, {@code policy}, {@code history} (as in {@code tandem-problem/1}),
 * {@code topics} ({@code competence}, optional {@code targetPairs}), {@code mentees},
 * {@code mentors}, optional {@code framework} ({@code durationWeeks}, {@code meetingEveryWeeks},
 * {@code sessions}, {@code charterAccepted}), {@code locked} and {@code forbidden} pairs,
 * optional {@code strategy}, optional {@code matching} ({@code pairs}, {@code unmatched}),
 * {@code review} (each {@code edit} with its {@code type} DRAFT, LOCK, FORBID, SWAP or REMOVE,
 * the {@code before} and {@code after} scores and the {@code explanation} lines), {@code formed}
 * pairs, {@code kickOffs} (with {@code goals}), {@code sessions}, {@code endings} and
 * {@code feedback}. Dates are ISO {@code YYYY-MM-DD}.
 *
 * <p>Guarantee: {@link #write} then {@link #read} gives a programme whose cycles have equal
 * snapshots (lossless). Reading is strict like {@link ProblemFiles}: every unknown key, wrong
 * type, missing key or bad value is reported at once with its JSON path; then each cycle is
 * restored ({@link Cycle#restore}), whose problems come back under {@code $.cycles[i].}. Linear
 * in the file size.
 */
public final class ProgrammeFiles {
  /** The format string this class reads and writes. */
  public static final String FORMAT = "tandem-programme/1";

  private static final String[] CYCLE_KEYS = {"id", "phase", "competences", "employees", "policy", "history", "topics",
      "mentees", "mentors", "framework", "locked", "forbidden", "strategy", "matching", "review", "formed", "kickOffs",
      "sessions", "endings", "feedback"};

  private ProgrammeFiles() {}

  /**
   * Reads a programme file.
   *
   * @throws ValidationException every problem found, each with its JSON path
   * @throws IOException when the file cannot be read
   */
  public static Programme read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /** Reads a programme from JSON text; see {@link #read(Path)}. */
  public static Programme read(Reader in) throws IOException {
    return fromTree(JsonTree.parse(in));
  }

  /** Reads a programme from a JSON string; see {@link #read(Path)}. */
  public static Programme parse(String json) {
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code programme} to {@code file} (UTF-8), replacing it. */
  public static void write(Programme programme, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(programme, out);
    }
  }

  /** Writes {@code programme} as pretty-printed JSON; the writer is flushed, not closed. */
  public static void write(Programme programme, Writer out) throws IOException {
    JsonTree.write(toTree(programme), out);
  }

  /** The programme as a JSON string. */
  public static String toJson(Programme programme) {
    StringWriter out = new StringWriter();
    try {
      write(programme, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ writing

  static ObjectNode toTree(Programme programme) {
    ObjectNode root = JsonTree.object();
    root.put("format", FORMAT);
    root.put("organisation", programme.organisation());
    ArrayNode cycles = root.putArray("cycles");
    for (Cycle c : programme.cycles()) {
      writeCycle(cycles.addObject(), c.snapshot());
    }
    return root;
  }

  private static void writeCycle(ObjectNode o, CycleState s) {
    o.put("id", s.id());
    o.put("phase", s.phase().name());
    ProblemFiles.writeCompetences(o.putArray("competences"), s.catalogue());
    ProblemFiles.writeEmployees(o.putArray("employees"), s.employees());
    ProblemFiles.writePolicy(o.putObject("policy"), s.policy());
    ProblemFiles.writeHistory(o.putArray("history"), s.history());
    ArrayNode topics = o.putArray("topics");
    for (AnnouncedTopic t : s.topics()) {
      ObjectNode to = topics.addObject().put("competence", t.competence());
      if (t.targetPairs().isPresent()) {
        to.put("targetPairs", t.targetPairs().getAsInt());
      }
    }
    ProblemFiles.writeMentees(o.putArray("mentees"), s.mentees());
    ProblemFiles.writeMentors(o.putArray("mentors"), s.mentors());
    s.framework().ifPresent(f -> o.putObject("framework").put("durationWeeks", f.durationWeeks())
        .put("meetingEveryWeeks", f.meetingEveryWeeks()).put("sessions", f.sessions())
        .put("charterAccepted", f.charterAccepted()));
    ProblemFiles.writePairs(o.putArray("locked"), s.locked());
    ProblemFiles.writePairs(o.putArray("forbidden"), s.forbidden());
    s.strategy().ifPresent(v -> o.put("strategy", v));
    s.matching().ifPresent(m -> {
      ObjectNode mo = o.putObject("matching");
      ProblemFiles.writePairs(mo.putArray("pairs"), m.pairs());
      ArrayNode unmatched = mo.putArray("unmatched");
      m.unmatched().forEach(unmatched::add);
    });
    ArrayNode review = o.putArray("review");
    for (ReviewEntry r : s.review()) {
      ObjectNode ro = review.addObject();
      ObjectNode eo = ro.putObject("edit");
      ReviewEdit edit = r.edit();
      if (edit instanceof ReviewEdit.Draft d) {
        eo.put("type", "DRAFT").put("strategy", d.strategy());
      } else if (edit instanceof ReviewEdit.Lock l) {
        eo.put("type", "LOCK").put("mentee", l.pair().mentee()).put("mentor", l.pair().mentor());
      } else if (edit instanceof ReviewEdit.Forbid f) {
        eo.put("type", "FORBID").put("mentee", f.pair().mentee()).put("mentor", f.pair().mentor());
      } else if (edit instanceof ReviewEdit.Swap w) {
        eo.put("type", "SWAP").put("menteeA", w.menteeA()).put("menteeB", w.menteeB());
      } else if (edit instanceof ReviewEdit.Remove m) {
        eo.put("type", "REMOVE").put("mentee", m.mentee());
      }
      writeScore(ro.putObject("before"), r.before());
      writeScore(ro.putObject("after"), r.after());
      ArrayNode lines = ro.putArray("explanation");
      r.explanation().forEach(lines::add);
    }
    ProblemFiles.writePairs(o.putArray("formed"), s.formed());
    ArrayNode kickOffs = o.putArray("kickOffs");
    for (KickOff k : s.kickOffs()) {
      ObjectNode ko = kickOffs.addObject().put("mentee", k.pair().mentee()).put("mentor", k.pair().mentor())
          .put("menteeExpectations", k.menteeExpectations()).put("mentorExpectations", k.mentorExpectations());
      ArrayNode goals = ko.putArray("goals");
      for (Goal g : k.goals()) {
        goals.addObject().put("description", g.description()).put("measureOfSuccess", g.measureOfSuccess())
            .put("targetDate", g.targetDate().toString());
      }
    }
    ArrayNode sessions = o.putArray("sessions");
    for (SessionRecord r : s.sessions()) {
      sessions.addObject().put("mentee", r.pair().mentee()).put("mentor", r.pair().mentor())
          .put("date", r.date().toString()).put("status", r.status().name());
    }
    ArrayNode endings = o.putArray("endings");
    for (PairEnding e : s.endings()) {
      endings.addObject().put("mentee", e.pair().mentee()).put("mentor", e.pair().mentor())
          .put("date", e.date().toString()).put("reason", e.reason());
    }
    ArrayNode feedback = o.putArray("feedback");
    for (Feedback f : s.feedback()) {
      ObjectNode fo = feedback.addObject().put("mentee", f.pair().mentee()).put("mentor", f.pair().mentor())
          .put("side", f.side().name()).put("overallRating", f.overallRating());
      ArrayNode goalRatings = fo.putArray("goalRatings");
      f.goalRatings().forEach(goalRatings::add);
      ArrayNode learnings = fo.putArray("learnings");
      f.learnings().forEach(learnings::add);
      fo.put("wouldTakePartAgain", f.wouldTakePartAgain());
    }
  }

  private static void writeScore(ObjectNode o, Score s) {
    o.put("hard", s.hard()).put("medium", s.medium()).put("soft", s.soft());
  }

  // ------------------------------------------------------------------ reading

  static Programme fromTree(JsonNode root) {
    Problems problems = new Problems();
    Optional<Obj> top = problems.object(root, "$", "format", "organisation", "cycles");
    if (top.isEmpty()) {
      problems.throwIfAny();
    }
    Obj o = top.get();
    ProblemFiles.checkFormat(o, FORMAT);
    String organisation = o.string("organisation", true, false).orElse("");
    List<CycleState> states = o.array("cycles", true, (n, path) ->
        problems.object(n, path, CYCLE_KEYS).map(c -> readCycle(problems, c)));
    problems.throwIfAny();
    List<ValidationProblem> restoreProblems = new ArrayList<>();
    List<Cycle> cycles = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      try {
        cycles.add(Cycle.restore(states.get(i)));
      } catch (ValidationException e) {
        for (ValidationProblem p : e.problems()) {
          restoreProblems.add(new ValidationProblem("$.cycles[" + i + "]" + (p.path().isEmpty() ? "" : "." + p.path()),
              p.message()));
        }
      }
    }
    if (!restoreProblems.isEmpty()) {
      throw new ValidationException(restoreProblems);
    }
    try {
      return Programme.of(organisation, cycles);
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      int colon = m.indexOf(": ");
      throw new ValidationException(List.of(colon > 0
          ? new ValidationProblem("$." + m.substring(0, colon), m.substring(colon + 2))
          : new ValidationProblem("$.cycles", m)));
    }
  }

  private static CycleState readCycle(Problems problems, Obj c) {
    String id = c.id("id");
    Phase phase = c.enumValue("phase", Phase.class, true).orElse(Phase.TOPIC_CALL);
    var catalogue = ProblemFiles.readCompetences(problems, c);
    var employees = ProblemFiles.readEmployees(problems, c);
    Policy policy = ProblemFiles.readPolicy(c).orElse(Policy.DEFAULT);
    var history = ProblemFiles.readHistory(problems, c);
    List<AnnouncedTopic> topics = c.array("topics", false, (n, path) -> problems.object(n, path, "competence", "targetPairs")
        .map(t -> new AnnouncedTopic(t.string("competence", true, false).orElse(""),
            t.integer("targetPairs", false, false, Integer.MIN_VALUE, Integer.MAX_VALUE)
                .map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty()))));
    var mentees = ProblemFiles.readMentees(problems, c);
    var mentors = ProblemFiles.readMentors(problems, c);
    Optional<Framework> framework = c.object("framework", false, "durationWeeks", "meetingEveryWeeks", "sessions",
        "charterAccepted").map(f -> new Framework(f.requiredInt("durationWeeks"), f.requiredInt("meetingEveryWeeks"),
            f.requiredInt("sessions"), f.boolOr("charterAccepted", false)));
    List<Pair> locked = ProblemFiles.readPairs(problems, c, "locked", false);
    List<Pair> forbidden = ProblemFiles.readPairs(problems, c, "forbidden", false);
    Optional<String> strategy = c.string("strategy", false, false);
    Optional<Matching> matching = c.object("matching", false, "pairs", "unmatched").map(m -> new Matching(
        ImmutableList.copyOf(ProblemFiles.readPairs(problems, m, "pairs", true)),
        ImmutableList.copyOf(m.array("unmatched", false, (s, sp) -> JsonTree.stringValue(problems, s, sp)))));
    List<ReviewEntry> review = c.array("review", false, (n, path) ->
        problems.object(n, path, "edit", "before", "after", "explanation").map(r -> {
          Optional<ReviewEdit> edit = r.object("edit", true, "type", "strategy", "mentee", "mentor", "menteeA", "menteeB")
              .flatMap(e -> edit(problems, e));
          Score before = score(r, "before");
          Score after = score(r, "after");
          List<String> lines = r.array("explanation", false, (s, sp) -> JsonTree.stringValue(problems, s, sp));
          return new ReviewEntry(edit.orElse(new ReviewEdit.Remove("")), before, after, ImmutableList.copyOf(lines));
        }));
    List<Pair> formed = ProblemFiles.readPairs(problems, c, "formed", false);
    List<KickOff> kickOffs = c.array("kickOffs", false, (n, path) -> problems.object(n, path, "mentee", "mentor",
        "menteeExpectations", "mentorExpectations", "goals").map(k -> new KickOff(pairOf(k),
            k.string("menteeExpectations", false, false).orElse(""), k.string("mentorExpectations", false, false).orElse(""),
            ImmutableList.copyOf(k.array("goals", false, (g, gp) -> problems.object(g, gp, "description", "measureOfSuccess",
                "targetDate").map(go -> new Goal(go.string("description", true, false).orElse(""),
                    go.string("measureOfSuccess", false, false).orElse(""), date(go, "targetDate"))))))));
    List<SessionRecord> sessions = c.array("sessions", false, (n, path) -> problems.object(n, path, "mentee", "mentor",
        "date", "status").map(s -> new SessionRecord(pairOf(s), date(s, "date"),
            s.enumValue("status", SessionStatus.class, true).orElse(SessionStatus.HELD))));
    List<PairEnding> endings = c.array("endings", false, (n, path) -> problems.object(n, path, "mentee", "mentor",
        "date", "reason").map(e -> new PairEnding(pairOf(e), date(e, "date"), e.string("reason", false, false).orElse(""))));
    List<Feedback> feedback = c.array("feedback", false, (n, path) -> problems.object(n, path, "mentee", "mentor", "side",
        "overallRating", "goalRatings", "learnings", "wouldTakePartAgain").map(f -> new Feedback(pairOf(f),
            f.enumValue("side", Side.class, true).orElse(Side.MENTEE), f.requiredInt("overallRating"),
            ImmutableList.copyOf(f.array("goalRatings", false, (g, gp) ->
                JsonTree.integerValue(problems, g, gp, Integer.MIN_VALUE, Integer.MAX_VALUE).map(Long::intValue))),
            ImmutableList.copyOf(f.array("learnings", false, (s, sp) -> JsonTree.stringValue(problems, s, sp))),
            f.boolOr("wouldTakePartAgain", false))));
    return new CycleState(id, phase, ImmutableList.copyOf(catalogue), ImmutableList.copyOf(employees), policy,
        ImmutableList.copyOf(history), ImmutableList.copyOf(topics), ImmutableList.copyOf(mentees),
        ImmutableList.copyOf(mentors), framework, ImmutableList.copyOf(locked), ImmutableList.copyOf(forbidden), strategy,
        matching, ImmutableList.copyOf(review), ImmutableList.copyOf(formed), ImmutableList.copyOf(kickOffs),
        ImmutableList.copyOf(sessions), ImmutableList.copyOf(endings), ImmutableList.copyOf(feedback));
  }

  private static Optional<ReviewEdit> edit(Problems problems, Obj e) {
    Optional<String> type = e.string("type", true, false);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    java.util.Map<String, List<String>> keysOf = java.util.Map.of("DRAFT", List.of("strategy"),
        "LOCK", List.of("mentee", "mentor"), "FORBID", List.of("mentee", "mentor"),
        "SWAP", List.of("menteeA", "menteeB"), "REMOVE", List.of("mentee"));
    List<String> allowed = keysOf.getOrDefault(type.get(), List.of());
    e.node.fieldNames().forEachRemaining(k -> {
      if (!k.equals("type") && keysOf.containsKey(type.get()) && !allowed.contains(k)) {
        problems.add(e.at(k), "unknown key \"" + k + "\" for a " + type.get() + " edit (known keys here: type, "
            + String.join(", ", allowed) + ")");
      }
    });
    switch (type.get()) {
      case "DRAFT":
        return Optional.of(new ReviewEdit.Draft(e.string("strategy", true, false).orElse("")));
      case "LOCK":
        return Optional.of(new ReviewEdit.Lock(pairOf(e)));
      case "FORBID":
        return Optional.of(new ReviewEdit.Forbid(pairOf(e)));
      case "SWAP":
        return Optional.of(new ReviewEdit.Swap(e.string("menteeA", true, false).orElse(""),
            e.string("menteeB", true, false).orElse("")));
      case "REMOVE":
        return Optional.of(new ReviewEdit.Remove(e.string("mentee", true, false).orElse("")));
      default:
        problems.add(e.at("type"), "\"" + type.get() + "\" is not one of DRAFT, LOCK, FORBID, SWAP, REMOVE");
        return Optional.empty();
    }
  }

  private static Pair pairOf(Obj o) {
    return new Pair(o.string("mentee", true, false).orElse(""), o.string("mentor", true, false).orElse(""));
  }

  private static Score score(Obj o, String key) {
    return o.object(key, true, "hard", "medium", "soft")
        .map(s -> new Score(s.requiredLong("hard"), s.requiredLong("medium"), s.requiredLong("soft")))
        .orElse(Score.ZERO);
  }

  private static LocalDate date(Obj o, String key) {
    Optional<String> text = o.string(key, true, false);
    if (text.isEmpty()) {
      return LocalDate.EPOCH;
    }
    try {
      return LocalDate.parse(text.get());
    } catch (DateTimeParseException e) {
      o.problems.add(o.at(key), "\"" + text.get() + "\" is not a date (YYYY-MM-DD)");
      return LocalDate.EPOCH;
    }
  }
}
