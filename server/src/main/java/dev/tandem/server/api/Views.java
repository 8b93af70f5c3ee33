package dev.tandem.server.api;

import dev.tandem.core.cycle.AnnouncedTopic;
import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Feedback;
import dev.tandem.core.cycle.KickOff;
import dev.tandem.core.cycle.Phase;
import dev.tandem.core.cycle.ReviewEdit;
import dev.tandem.core.cycle.ReviewEntry;
import dev.tandem.core.cycle.SessionRecord;
import dev.tandem.core.cycle.Side;
import dev.tandem.core.cycle.TopicSuggestion;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.strategy.MenteeSuggestions;
import dev.tandem.core.strategy.Suggestion;
import dev.tandem.core.strategy.Suggestions;
import dev.tandem.server.store.Store.CycleHead;
import dev.tandem.server.store.Store.CycleRow;
import dev.tandem.server.store.Store.JobRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON shapes of the API (and the data the pages render): plain maps and lists built from
 * core's values. What a view shows is decided by who asks: {@link #cycle} is the administrator's
 * view; {@link #mine} shows a participant only their own enrolment, suggestions, pair and
 * feedback.
 */
public final class Views {
  private Views() {}

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  public static Map<String, Object> head(CycleHead h) {
    return map("id", h.id(), "phase", h.phase(), "version", h.version());
  }

  public static Map<String, Object> score(Score s) {
    return map("hard", s.hard(), "medium", s.medium(), "soft", s.soft(), "text", s.toString());
  }

  public static Map<String, Object> topic(Cycle c, AnnouncedTopic t) {
    String name = c.snapshot().catalogue().stream().filter(x -> x.id().equals(t.competence())).findFirst()
        .map(x -> x.name()).orElse(t.competence());
    return map("competence", t.competence(), "name", name,
        "targetPairs", t.targetPairs().isPresent() ? t.targetPairs().getAsInt() : null);
  }

  public static Map<String, Object> mentee(Mentee m) {
    return map("employee", m.employee(), "priority", m.priority(),
        "topics", m.topics().stream().map(t -> map("competence", t.competence(), "weight", t.weight())).toList(),
        "ranking", m.ranking());
  }

  public static Map<String, Object> mentor(Mentor m) {
    return map("employee", m.employee(), "capacity", m.capacity(), "nominated", m.nominated(),
        "competences", m.competences().stream().map(t -> map("competence", t.competence(), "proficiency", t.proficiency())).toList(),
        "ranking", m.ranking());
  }

  public static Map<String, Object> employee(Employee e) {
    return map("id", e.id(), "department", e.department(), "level", e.level(), "manager", e.manager().orElse(null),
        "name", e.displayName().orElse(null), "skills", List.copyOf(e.skills()));
  }

  public static Map<String, Object> pair(Pair p) {
    return map("mentee", p.mentee(), "mentor", p.mentor());
  }

  /** The administrator's view of a cycle: everything but the feedback texts (those only in the report). */
  public static Map<String, Object> cycle(CycleRow row) {
    Cycle c = row.cycle();
    Map<String, Object> m = map("programme", row.programmeId(), "id", c.id(), "phase", c.phase().name(), "version", row.version(),
        "topics", c.topics().stream().map(t -> topic(c, t)).toList(),
        "competences", c.snapshot().catalogue().stream().map(x -> map("id", x.id(), "name", x.name(), "diversity", x.diversity())).toList(),
        "mentees", c.mentees().stream().map(Views::mentee).toList(),
        "mentors", c.mentors().stream().map(Views::mentor).toList(),
        "framework", c.framework().map(f -> map("durationWeeks", f.durationWeeks(), "meetingEveryWeeks", f.meetingEveryWeeks(),
            "sessions", f.sessions(), "charterAccepted", f.charterAccepted())).orElse(null),
        "strategy", c.snapshot().strategy().orElse(null),
        "pairs", c.matching().map(x -> x.pairs().stream().map(Views::pair).toList()).orElse(List.of()),
        "kickOffs", c.kickOffs().stream().map(Views::kickOff).toList(),
        "sessions", c.sessions().stream().map(Views::session).toList(),
        "feedbackReceived", c.feedback().size());
    if (c.phase() == Phase.FEEDBACK) {
      m.put("missingFeedback", c.missingFeedback().stream().map(k -> map("mentee", k.pair().mentee(), "mentor", k.pair().mentor(),
          "side", k.side().name())).toList());
    }
    return m;
  }

  public static Map<String, Object> kickOff(KickOff k) {
    return map("mentee", k.pair().mentee(), "mentor", k.pair().mentor(), "menteeExpectations", k.menteeExpectations(),
        "mentorExpectations", k.mentorExpectations(), "goals", k.goals().stream().map(g -> map("description", g.description(),
            "measureOfSuccess", g.measureOfSuccess(), "targetDate", g.targetDate().toString())).toList());
  }

  public static Map<String, Object> session(SessionRecord s) {
    return map("mentee", s.pair().mentee(), "mentor", s.pair().mentor(), "date", s.date().toString(), "status", s.status().name());
  }

  /** Why a pair scores what it scores: the shared topics and the parts of the pair score. */
  public static String why(MatchingProblem p, Pair pair, PairParts parts) {
    List<String> lines = new ArrayList<>();
    Optional<Mentee> me = p.mentee(pair.mentee());
    Optional<Mentor> mo = p.mentor(pair.mentor());
    if (me.isPresent() && mo.isPresent()) {
      Set<String> offers = mo.get().competences().stream().map(x -> x.competence()).collect(Collectors.toSet());
      String shared = me.get().topics().stream().filter(t -> offers.contains(t.competence())).map(t -> t.competence())
          .collect(Collectors.joining(", "));
      lines.add(shared.isEmpty() ? "no shared topic" : "shares " + shared);
    }
    if (parts.explicit().isPresent()) {
      lines.add("explicit score " + parts.explicit().getAsLong());
    } else {
      lines.add("topic " + parts.topic() + ", level gap " + parts.levelGap() + ", cross-department " + parts.crossDepartment()
          + ", rating " + parts.rating() + ", preference " + parts.preference());
    }
    return String.join("; ", lines);
  }

  public static Map<String, Object> parts(PairParts parts) {
    return map("topic", parts.topic(), "levelGap", parts.levelGap(), "crossDepartment", parts.crossDepartment(), "rating", parts.rating(),
        "preference", parts.preference(), "explicit", parts.explicit().isPresent() ? parts.explicit().getAsLong() : null);
  }

  public static Map<String, Object> unmatched(UnmatchedMentee u) {
    return map("mentee", u.mentee(), "priority", u.priority(), "reason", u.reason().name(), "eligibleMentors", u.eligibleMentors(),
        "excludedBy", u.excludedBy().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue,
            (a, b) -> a, LinkedHashMap::new)));
  }

  /** The review of the draft (or the published matching): pairs with their why, unmatched with reasons, the log. */
  public static Map<String, Object> review(CycleRow row) {
    Cycle c = row.cycle();
    MatchingProblem p = c.problem();
    Optional<Evaluation> e = c.evaluation();
    Set<Pair> locked = Set.copyOf(c.snapshot().locked());
    return map("programme", row.programmeId(), "cycle", c.id(), "phase", c.phase().name(), "version", row.version(),
        "strategy", c.snapshot().strategy().orElse(null),
        "score", e.map(x -> score(x.score())).orElse(null),
        "pairs", e.map(x -> x.pairs().stream().map(pe -> pairEvaluation(p, pe, locked)).toList()).orElse(List.of()),
        "unmatched", e.map(x -> x.unmatched().stream().map(Views::unmatched).toList()).orElse(List.of()),
        "locked", c.snapshot().locked().stream().map(Views::pair).toList(),
        "forbidden", c.snapshot().forbidden().stream().map(Views::pair).toList(),
        "log", c.review().stream().map(Views::reviewEntry).toList());
  }

  static Map<String, Object> pairEvaluation(MatchingProblem p, PairEvaluation pe, Set<Pair> locked) {
    return map("mentee", pe.pair().mentee(), "mentor", pe.pair().mentor(), "pairScore", pe.pairScore(), "parts", parts(pe.parts()),
        "locked", locked.contains(pe.pair()), "eligible", pe.eligible(),
        "broken", pe.broken().stream().map(Enum::name).toList(), "why", why(p, pe.pair(), pe.parts()));
  }

  public static Map<String, Object> reviewEntry(ReviewEntry r) {
    return map("edit", edit(r.edit()), "before", score(r.before()), "after", score(r.after()),
        "change", score(r.after().minus(r.before())), "explanation", r.explanation());
  }

  static Map<String, Object> edit(ReviewEdit e) {
    if (e instanceof ReviewEdit.Draft d) {
      return map("type", "DRAFT", "strategy", d.strategy());
    } else if (e instanceof ReviewEdit.Lock l) {
      return map("type", "LOCK", "mentee", l.pair().mentee(), "mentor", l.pair().mentor());
    } else if (e instanceof ReviewEdit.Forbid f) {
      return map("type", "FORBID", "mentee", f.pair().mentee(), "mentor", f.pair().mentor());
    } else if (e instanceof ReviewEdit.Swap s) {
      return map("type", "SWAP", "menteeA", s.menteeA(), "menteeB", s.menteeB());
    } else if (e instanceof ReviewEdit.Remove r) {
      return map("type", "REMOVE", "mentee", r.mentee());
    }
    return map("type", e.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT));
  }

  public static Map<String, Object> suggestions(List<TopicSuggestion> list) {
    return map("topics", list.stream().map(t -> map("competence", t.competence(), "candidates",
        t.candidates().stream().map(x -> map("employee", x.employee(), "mentees", x.mentees(), "servable", x.servable())).toList()))
        .toList());
  }

  public static Map<String, Object> job(JobRow j) {
    return map("id", j.id(), "programme", j.programmeId(), "cycle", j.cycleId(), "strategy", j.strategy(),
        "timeLimitSeconds", j.timeLimitMillis() / 1000.0, "seed", j.seed(), "baseVersion", j.baseVersion(), "status", j.status(),
        "bestScore", j.bestScore().orElse(null), "message", j.message().orElse(null), "startedAt", j.startedAt().toString(),
        "heartbeatAt", j.heartbeatAt().toString(), "finishedAt", j.finishedAt().map(Object::toString).orElse(null));
  }

  /**
   * A participant's own view: their employee record, enrolment as mentee and as mentor, the best
   * suggested mentors with their why (for an enrolled mentee while a matching can still change),
   * their current pair(s) with kick-off and sessions, and only the feedback they gave.
   */
  public static Map<String, Object> mine(CycleRow row, String employee) {
    Cycle c = row.cycle();
    MatchingProblem p = c.problem();
    Optional<Mentee> asMentee = c.mentees().stream().filter(m -> m.employee().equals(employee)).findFirst();
    Optional<Mentor> asMentor = c.mentors().stream().filter(m -> m.employee().equals(employee)).findFirst();
    List<Pair> pairs = c.matching().filter(x -> c.phase().compareTo(Phase.MATCHING) > 0)
        .map(x -> x.pairs().stream().filter(q -> q.mentee().equals(employee) || q.mentor().equals(employee)).toList())
        .orElse(List.of());
    Map<String, Object> m = map("programme", row.programmeId(), "cycle", c.id(), "phase", c.phase().name(), "version", row.version(),
        "employee", c.snapshot().employees().stream().filter(e -> e.id().equals(employee)).findFirst().map(Views::employee).orElse(null),
        "topics", c.topics().stream().map(t -> topic(c, t)).toList(),
        "mentee", asMentee.map(Views::mentee).orElse(null),
        "mentor", asMentor.map(Views::mentor).orElse(null),
        "framework", c.framework().map(f -> map("durationWeeks", f.durationWeeks(), "meetingEveryWeeks", f.meetingEveryWeeks(),
            "sessions", f.sessions())).orElse(null));
    if (asMentee.isPresent() && (c.phase() == Phase.ENROLMENT || c.phase() == Phase.FRAMEWORK || c.phase() == Phase.MATCHING)
        && !c.mentors().isEmpty()) {
      Eligibility el = Eligibility.of(p);
      Matching current = c.matching().filter(x -> c.phase() == Phase.MATCHING).orElse(Matching.empty(p));
      MenteeSuggestions s = Suggestions.forMentee(el, current, employee, 5);
      m.put("suggestions", map("mentors", s.suggestions().stream().map(x -> suggestion(p, employee, x)).toList(),
          "eligibleCount", s.eligibleCount(),
          "excludedBy", s.excludedBy().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue,
              (a, b) -> a, LinkedHashMap::new))));
    }
    m.put("pairs", pairs.stream().map(q -> map("mentee", q.mentee(), "mentor", q.mentor(),
        "side", q.mentee().equals(employee) ? Side.MENTEE.name() : Side.MENTOR.name(),
        "kickOff", c.kickOffs().stream().filter(k -> k.pair().equals(q)).findFirst().map(Views::kickOff).orElse(null),
        "sessions", c.sessions().stream().filter(s -> s.pair().equals(q)).map(Views::session).toList())).toList());
    m.put("feedbackGiven", c.feedback().stream().filter(f -> mySide(f, employee)).map(Views::feedback).toList());
    return m;
  }

  private static boolean mySide(Feedback f, String employee) {
    return f.side() == Side.MENTEE ? f.pair().mentee().equals(employee) : f.pair().mentor().equals(employee);
  }

  static Map<String, Object> suggestion(MatchingProblem p, String mentee, Suggestion s) {
    return map("mentor", s.mentor(), "pairScore", s.pairScore(), "load", s.load(), "capacity", s.capacity(),
        "why", why(p, Pair.of(mentee, s.mentor()), s.parts()), "parts", parts(s.parts()));
  }

  public static Map<String, Object> feedback(Feedback f) {
    return map("mentee", f.pair().mentee(), "mentor", f.pair().mentor(), "side", f.side().name(), "overallRating", f.overallRating(),
        "goalRatings", f.goalRatings(), "learnings", f.learnings(), "wouldTakePartAgain", f.wouldTakePartAgain());
  }
}
