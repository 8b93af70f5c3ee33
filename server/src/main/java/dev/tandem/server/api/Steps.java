package dev.tandem.server.api;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.cycle.AnnouncedTopic;
import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Feedback;
import dev.tandem.core.cycle.Framework;
import dev.tandem.core.cycle.Goal;
import dev.tandem.core.cycle.KickOff;
import dev.tandem.core.cycle.SessionStatus;
import dev.tandem.core.cycle.Side;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.server.service.Access;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every cycle step the server exposes, by name: how its input is read (from a JSON body or a
 * form), who may take it, and which step of core's {@link Cycle} it is. The API and the pages
 * both use this table, so a step means the same on both.
 *
 * <p>List inputs accept JSON arrays or, from forms, compact text: topics {@code genai:3;cloud:1}
 * (competence:weight), competences {@code genai:5} (competence:proficiency), rankings and goal
 * ratings {@code e17;e20} or {@code 4,5}, learnings one per line.
 */
public final class Steps {
  /** A step read from its input: who may take it and what it does. */
  public record Prepared(Access access, UnaryOperator<Cycle> step) {}

  /** Reads a step's input. */
  @FunctionalInterface
  public interface Reader {
    Prepared read(Body body);
  }

  /** A step: its name (the last path segment), summary and who may take it. */
  public record Step(String name, String summary, String who, Reader reader) {}

  private static final Map<String, Step> STEPS = new LinkedHashMap<>();

  private static void add(String name, String summary, String who, Reader reader) {
    STEPS.put(name, new Step(name, summary, who, reader));
  }

  static {
    add("announce-topic", "Announce a topic (competence, optional targetPairs)", "admin", b -> {
      String c = b.text("competence");
      Optional<Integer> target = b.optInt("targetPairs");
      AnnouncedTopic t = target.map(x -> AnnouncedTopic.of(c, x)).orElse(AnnouncedTopic.of(c));
      return new Prepared(Access.admin(), cy -> cy.announceTopic(t));
    });
    add("open-enrolment", "End the topic call and open enrolment", "admin", b -> new Prepared(Access.admin(), Cycle::openEnrolment));
    add("enrol-mentee", "Enrol an executive as mentee: employee, priority, topics [{competence, weight 1..3}], ranking",
        "admin, or the executive themselves", b -> {
          String e = b.text("employee");
          int priority = b.optInt("priority").orElse(1);
          List<TopicRequest> topics = pairs(b, "topics", TopicRequest::new);
          List<String> ranking = ids(b, "ranking");
          Mentee m = Mentee.of(e, priority, topics).withRanking(ranking);
          return new Prepared(Access.selfOrAdmin(e), cy -> cy.enrolMentee(m));
        });
    add("enrol-mentor", "Volunteer as mentor: employee, capacity, competences [{competence, proficiency 1..5}]",
        "admin, or the junior themselves", b -> {
          Mentor m = mentor(b);
          return new Prepared(Access.selfOrAdmin(m.employee()), cy -> cy.enrolMentor(m));
        });
    add("nominate-mentor", "Enrol a mentor approached directly (marked nominated): employee, capacity, competences", "admin", b -> {
      Mentor m = mentor(b);
      return new Prepared(Access.admin(), cy -> cy.nominateMentor(m));
    });
    add("close-enrolment", "Close enrolment", "admin", b -> new Prepared(Access.admin(), Cycle::closeEnrolment));
    add("define-framework", "Set the framework: durationWeeks, meetingEveryWeeks, sessions, charterAccepted", "admin", b -> {
      Framework f = new Framework(b.integer("durationWeeks"), b.integer("meetingEveryWeeks"), b.integer("sessions"),
          b.optBool("charterAccepted").orElse(false));
      return new Prepared(Access.admin(), cy -> cy.defineFramework(f));
    });
    add("start-matching", "Start matching (needs a complete framework)", "admin", b -> new Prepared(Access.admin(), Cycle::startMatching));
    add("lock", "Lock a pair of the draft: mentee, mentor", "admin", b -> {
      String me = b.text("mentee");
      String mo = b.text("mentor");
      return new Prepared(Access.admin(), cy -> cy.lock(me, mo));
    });
    add("forbid", "Forbid a pair: mentee, mentor", "admin", b -> {
      String me = b.text("mentee");
      String mo = b.text("mentor");
      return new Prepared(Access.admin(), cy -> cy.forbid(me, mo));
    });
    add("swap", "Swap the mentors of two mentees: menteeA, menteeB", "admin", b -> {
      String x = b.text("menteeA");
      String y = b.text("menteeB");
      return new Prepared(Access.admin(), cy -> cy.swap(x, y));
    });
    add("remove", "Remove a mentee's pair from the draft: mentee", "admin", b -> {
      String me = b.text("mentee");
      return new Prepared(Access.admin(), cy -> cy.remove(me));
    });
    add("publish", "Publish the draft", "admin", b -> new Prepared(Access.admin(), Cycle::publish));
    add("record-kick-off", "Record a pair's kick-off: mentee, mentor, menteeExpectations, mentorExpectations, goals"
        + " [{description, measureOfSuccess, targetDate}]", "admin, or either side of the pair", b -> {
          Pair p = Pair.of(b.text("mentee"), b.text("mentor"));
          String a = b.textOrEmpty("menteeExpectations");
          String r = b.textOrEmpty("mentorExpectations");
          List<Goal> goals = b.list("goals", (g, i) -> new Goal(g.textOrEmpty("description"), g.textOrEmpty("measureOfSuccess"),
              g.date("targetDate")));
          Optional<String> d = b.optText("goalDescription");
          Optional<String> m = b.optText("goalMeasureOfSuccess");
          Optional<LocalDate> t = b.optDate("goalTargetDate");
          if (goals.isEmpty() && (d.isPresent() || m.isPresent() || t.isPresent())) {
            if (t.isEmpty()) {
              b.problem("goalTargetDate", "required (YYYY-MM-DD)");
            }
            goals = List.of(new Goal(d.orElse(""), m.orElse(""), t.orElse(LocalDate.EPOCH)));
          }
          KickOff k = new KickOff(p, a, r, ImmutableList.copyOf(goals));
          return new Prepared(Access.pairOrAdmin(p), cy -> cy.recordKickOff(k));
        });
    add("start-running", "Start the running phase (every pair has a kick-off)", "admin", b -> new Prepared(Access.admin(), Cycle::startRunning));
    add("record-session", "Record a session: mentee, mentor, date, status HELD or CANCELLED", "admin, or either side of the pair", b -> {
      Pair p = Pair.of(b.text("mentee"), b.text("mentor"));
      LocalDate date = b.date("date");
      SessionStatus status = enumOf(b, "status", SessionStatus.class).orElse(SessionStatus.HELD);
      return new Prepared(Access.pairOrAdmin(p), cy -> cy.recordSession(p, date, status));
    });
    add("start-feedback", "Start the feedback round (every pair has a session)", "admin", b -> new Prepared(Access.admin(), Cycle::startFeedback));
    add("record-feedback", "Give feedback on one's own pair: mentee, mentor, side, overallRating 1..5, goalRatings, learnings,"
        + " wouldTakePartAgain", "only the person on that side of the pair", b -> {
          Pair p = Pair.of(b.text("mentee"), b.text("mentor"));
          Optional<Side> side = enumOf(b, "side", Side.class);
          if (side.isEmpty() && !b.problems().stream().anyMatch(x -> x.path().endsWith("side"))) {
            b.problem("side", "required: MENTEE or MENTOR");
          }
          int overall = b.integer("overallRating");
          List<Integer> goalRatings = numbers(b, "goalRatings");
          List<String> learnings = lines(b, "learnings");
          boolean again = b.optBool("wouldTakePartAgain").orElse(false);
          Side s = side.orElse(Side.MENTEE);
          Feedback f = new Feedback(p, s, overall, ImmutableList.copyOf(goalRatings), ImmutableList.copyOf(learnings), again);
          return new Prepared(Access.side(p, s), cy -> cy.recordFeedback(f));
        });
    add("close", "Close the cycle (at least one feedback)", "admin", b -> new Prepared(Access.admin(), Cycle::close));
  }

  private Steps() {}

  /** Every step, in the order of a cycle. */
  public static List<Step> all() {
    return List.copyOf(STEPS.values());
  }

  public static Optional<Step> find(String name) {
    return Optional.ofNullable(STEPS.get(name));
  }

  private static Mentor mentor(Body b) {
    String e = b.text("employee");
    int capacity = b.optInt("capacity").orElse(1);
    List<Proficiency> competences = pairs(b, "competences", Proficiency::new);
    return Mentor.of(e, capacity, competences).withRanking(ids(b, "ranking"));
  }

  private interface PairOf<T> {
    T make(String competence, int value);
  }

  /** {@code [{competence, weight|proficiency}]} from JSON or {@code genai:3;cloud:1} from a form. */
  private static <T> List<T> pairs(Body b, String key, PairOf<T> make) {
    String valueKey = key.equals("topics") ? "weight" : "proficiency";
    Optional<String> text = textual(b, key);
    List<T> out = new ArrayList<>();
    if (text.isPresent()) {
      String[] items = text.get().split(";");
      for (int i = 0; i < items.length; i++) {
        String item = items[i].trim();
        if (item.isEmpty()) {
          continue;
        }
        String[] kv = item.split(":");
        try {
          if (kv.length != 2) {
            throw new IllegalArgumentException("\"" + item + "\" is not competence:" + valueKey);
          }
          out.add(make.make(kv[0].trim(), Integer.parseInt(kv[1].trim())));
        } catch (NumberFormatException e) {
          b.problem(key + "[" + i + "]", "\"" + item + "\" is not competence:" + valueKey + " with a whole number");
        } catch (IllegalArgumentException e) {
          b.problem(key + "[" + i + "]", e.getMessage());
        }
      }
      return out;
    }
    return b.list(key, (x, i) -> {
      String c = x.text("competence");
      int v = x.integer(valueKey);
      try {
        return make.make(c, v);
      } catch (IllegalArgumentException e) {
        x.problem(valueKey, e.getMessage());
        return null;
      }
    }).stream().filter(java.util.Objects::nonNull).toList();
  }

  /** The text of a key when the body holds a string there (a form), without marking problems. */
  private static Optional<String> textual(Body b, String key) {
    return b.isText(key) ? b.optText(key) : Optional.empty();
  }

  private static List<String> ids(Body b, String key) {
    Optional<String> text = textual(b, key);
    if (text.isPresent()) {
      return split(text.get(), "[;,\\s]+");
    }
    return b.list(key, (x, i) -> x.value().orElse(""));
  }

  private static List<String> lines(Body b, String key) {
    Optional<String> text = textual(b, key);
    if (text.isPresent()) {
      return split(text.get(), "\\R");
    }
    return b.list(key, (x, i) -> x.value().orElse(""));
  }

  private static List<Integer> numbers(Body b, String key) {
    Optional<String> text = textual(b, key);
    if (text.isPresent()) {
      List<Integer> out = new ArrayList<>();
      List<String> items = split(text.get(), "[;,\\s]+");
      for (int i = 0; i < items.size(); i++) {
        try {
          out.add(Integer.parseInt(items.get(i)));
        } catch (NumberFormatException e) {
          b.problem(key + "[" + i + "]", "\"" + items.get(i) + "\" is not a whole number");
        }
      }
      return out;
    }
    return b.list(key, (x, i) -> {
      Optional<Long> v = x.optLong("value");
      if (v.isEmpty()) {
        x.problem("value", "must be a whole number");
      }
      return v.orElse(0L).intValue();
    });
  }

  private static List<String> split(String text, String regex) {
    List<String> out = new ArrayList<>();
    for (String s : text.split(regex)) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  private static <E extends Enum<E>> Optional<E> enumOf(Body b, String key, Class<E> type) {
    return b.optText(key).flatMap(t -> {
      try {
        return Optional.of(Enum.valueOf(type, t.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        b.problem(key, "\"" + t + "\" is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return Optional.empty();
      }
    });
  }
}
