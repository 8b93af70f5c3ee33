package dev.tandem.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import dev.tandem.core.cycle.AnnouncedTopic;
import dev.tandem.core.cycle.CycleState;
import dev.tandem.core.cycle.Feedback;
import dev.tandem.core.cycle.Framework;
import dev.tandem.core.cycle.Goal;
import dev.tandem.core.cycle.KickOff;
import dev.tandem.core.cycle.PairEnding;
import dev.tandem.core.cycle.Phase;
import dev.tandem.core.cycle.ReviewEdit;
import dev.tandem.core.cycle.ReviewEntry;
import dev.tandem.core.cycle.SessionRecord;
import dev.tandem.core.cycle.SessionStatus;
import dev.tandem.core.cycle.Side;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.io.JsonDocuments.Problems;
import dev.tandem.io.ProblemDocument.CompetenceDoc;
import dev.tandem.io.ProblemDocument.EmployeeDoc;
import dev.tandem.io.ProblemDocument.HistoryDoc;
import dev.tandem.io.ProblemDocument.MenteeDoc;
import dev.tandem.io.ProblemDocument.MentorDoc;
import dev.tandem.io.ProblemDocument.PairDoc;
import dev.tandem.io.ProblemDocument.PolicyDoc;
import dev.tandem.io.ResultDocument.ScoreDoc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.tandem.io.ProblemDocument.map;
import static dev.tandem.io.ProblemDocument.orEmpty;

/**
 * The JSON document of the format {@code tandem-programme/1} (docs/formats.md): the organisation
 * and every cycle's {@link CycleState}, one record component per key, in the order written. The
 * catalogue, employees, policy, history, mentees, mentors and pairs have the shapes of
 * {@code tandem-problem/1} ({@link ProblemDocument}).
 *
 * <p>To add a key: add a component with {@link JsonProperty} (and {@link Check} where needed),
 * fill it in {@code of} and read it in {@code toModel}, and add it to
 * {@code schema/tandem-programme-1.schema.json}.
 */
record ProgrammeDocument(
    @JsonProperty(value = "format", required = true) String format,
    @JsonProperty(value = "organisation", required = true) String organisation,
    @JsonProperty(value = "cycles", required = true) List<CycleDoc> cycles) {

  /** One cycle: the keys of {@link CycleState}. */
  record CycleDoc(
      @JsonProperty(value = "id", required = true) @Check(notBlank = true) String id,
      @JsonProperty(value = "phase", required = true) Phase phase,
      @JsonProperty("competences") List<CompetenceDoc> competences,
      @JsonProperty(value = "employees", required = true) List<EmployeeDoc> employees,
      @JsonProperty("policy") PolicyDoc policy,
      @JsonProperty("history") List<HistoryDoc> history,
      @JsonProperty("topics") List<TopicDoc> topics,
      @JsonProperty(value = "mentees", required = true) List<MenteeDoc> mentees,
      @JsonProperty(value = "mentors", required = true) List<MentorDoc> mentors,
      @JsonProperty("framework") FrameworkDoc framework,
      @JsonProperty("locked") List<PairDoc> locked,
      @JsonProperty("forbidden") List<PairDoc> forbidden,
      @JsonProperty("strategy") String strategy,
      @JsonProperty("matching") MatchingDoc matching,
      @JsonProperty("review") List<ReviewDoc> review,
      @JsonProperty("formed") List<PairDoc> formed,
      @JsonProperty("kickOffs") List<KickOffDoc> kickOffs,
      @JsonProperty("sessions") List<SessionDoc> sessions,
      @JsonProperty("endings") List<EndingDoc> endings,
      @JsonProperty("feedback") List<FeedbackDoc> feedback) {
    CycleDoc {
      competences = orEmpty(competences);
      history = orEmpty(history);
      topics = orEmpty(topics);
      locked = orEmpty(locked);
      forbidden = orEmpty(forbidden);
      review = orEmpty(review);
      formed = orEmpty(formed);
      kickOffs = orEmpty(kickOffs);
      sessions = orEmpty(sessions);
      endings = orEmpty(endings);
      feedback = orEmpty(feedback);
    }

    static CycleDoc of(CycleState s) {
      return new CycleDoc(s.id(), s.phase(), map(s.catalogue(), CompetenceDoc::of), map(s.employees(), EmployeeDoc::of),
          PolicyDoc.of(s.policy()), map(s.history(), HistoryDoc::of), map(s.topics(), TopicDoc::of),
          map(s.mentees(), MenteeDoc::of), map(s.mentors(), MentorDoc::of), s.framework().map(FrameworkDoc::of).orElse(null),
          map(s.locked(), PairDoc::of), map(s.forbidden(), PairDoc::of), s.strategy().orElse(null),
          s.matching().map(MatchingDoc::of).orElse(null), map(s.review(), ReviewDoc::of), map(s.formed(), PairDoc::of),
          map(s.kickOffs(), KickOffDoc::of), map(s.sessions(), SessionDoc::of), map(s.endings(), EndingDoc::of),
          map(s.feedback(), FeedbackDoc::of));
    }

    CycleState toModel(String path, Problems problems) {
      List<ReviewEntry> entries = new ArrayList<>();
      for (int i = 0; i < review.size(); i++) {
        entries.add(review.get(i).toModel(path + ".review[" + i + "]", problems));
      }
      List<KickOff> kicks = new ArrayList<>();
      for (int i = 0; i < kickOffs.size(); i++) {
        kicks.add(kickOffs.get(i).toModel(path + ".kickOffs[" + i + "]", problems));
      }
      List<SessionRecord> held = new ArrayList<>();
      for (int i = 0; i < sessions.size(); i++) {
        held.add(sessions.get(i).toModel(path + ".sessions[" + i + "]", problems));
      }
      List<PairEnding> ended = new ArrayList<>();
      for (int i = 0; i < endings.size(); i++) {
        ended.add(endings.get(i).toModel(path + ".endings[" + i + "]", problems));
      }
      List<dev.tandem.core.model.Employee> staff = new ArrayList<>();
      for (int i = 0; i < employees.size(); i++) {
        staff.add(employees.get(i).toModel(path + ".employees[" + i + "]", problems));
      }
      return new CycleState(id, phase, ImmutableList.copyOf(map(competences, CompetenceDoc::toModel)),
          ImmutableList.copyOf(staff), policy == null ? Policy.DEFAULT : policy.toModel(),
          ImmutableList.copyOf(map(history, HistoryDoc::toModel)), ImmutableList.copyOf(map(topics, TopicDoc::toModel)),
          ImmutableList.copyOf(map(mentees, MenteeDoc::toModel)), ImmutableList.copyOf(map(mentors, MentorDoc::toModel)),
          Optional.ofNullable(framework).map(FrameworkDoc::toModel), pairs(locked), pairs(forbidden),
          Optional.ofNullable(strategy), Optional.ofNullable(matching).map(MatchingDoc::toModel),
          ImmutableList.copyOf(entries), pairs(formed), ImmutableList.copyOf(kicks), ImmutableList.copyOf(held),
          ImmutableList.copyOf(ended), ImmutableList.copyOf(map(feedback, FeedbackDoc::toModel)));
    }
  }

  static ImmutableList<Pair> pairs(List<PairDoc> pairs) {
    return ImmutableList.copyOf(map(pairs, PairDoc::toModel));
  }

  /** An announced topic, with its optional target number of pairs. */
  record TopicDoc(
      @JsonProperty(value = "competence", required = true) String competence,
      @JsonProperty("targetPairs") Integer targetPairs) {
    static TopicDoc of(AnnouncedTopic t) {
      return new TopicDoc(t.competence(), t.targetPairs().isPresent() ? t.targetPairs().getAsInt() : null);
    }

    AnnouncedTopic toModel() {
      return new AnnouncedTopic(competence, ResultDocument.optionalInt(targetPairs));
    }
  }

  /** The programme's framework: duration, rhythm, sessions, charter. */
  record FrameworkDoc(
      @JsonProperty(value = "durationWeeks", required = true) Integer durationWeeks,
      @JsonProperty(value = "meetingEveryWeeks", required = true) Integer meetingEveryWeeks,
      @JsonProperty(value = "sessions", required = true) Integer sessions,
      @JsonProperty("charterAccepted") Boolean charterAccepted) {
    static FrameworkDoc of(Framework f) {
      return new FrameworkDoc(f.durationWeeks(), f.meetingEveryWeeks(), f.sessions(), f.charterAccepted());
    }

    Framework toModel() {
      return new Framework(durationWeeks, meetingEveryWeeks, sessions, Boolean.TRUE.equals(charterAccepted));
    }
  }

  /** The published matching: pairs and unmatched mentee ids. */
  record MatchingDoc(
      @JsonProperty(value = "pairs", required = true) List<PairDoc> pairs,
      @JsonProperty("unmatched") List<String> unmatched) {
    MatchingDoc {
      unmatched = orEmpty(unmatched);
    }

    static MatchingDoc of(Matching m) {
      return new MatchingDoc(map(m.pairs(), PairDoc::of), m.unmatched());
    }

    Matching toModel() {
      return new Matching(ProgrammeDocument.pairs(pairs), ImmutableList.copyOf(unmatched));
    }
  }

  /** One entry of the review: the edit, the scores before and after, the explanation lines. */
  record ReviewDoc(
      @JsonProperty(value = "edit", required = true) EditDoc edit,
      @JsonProperty(value = "before", required = true) ScoreDoc before,
      @JsonProperty(value = "after", required = true) ScoreDoc after,
      @JsonProperty("explanation") List<String> explanation) {
    ReviewDoc {
      explanation = orEmpty(explanation);
    }

    static ReviewDoc of(ReviewEntry r) {
      return new ReviewDoc(EditDoc.of(r.edit()), ScoreDoc.of(r.before()), ScoreDoc.of(r.after()), r.explanation());
    }

    ReviewEntry toModel(String path, Problems problems) {
      return new ReviewEntry(edit.toModel(path + ".edit", problems), before.toModel(), after.toModel(),
          ImmutableList.copyOf(explanation));
    }
  }

  /** The kinds of review edit. */
  enum EditType { DRAFT, LOCK, FORBID, SWAP, REMOVE }

  /** A review edit: its {@code type} and the keys of that type. */
  record EditDoc(
      @JsonProperty(value = "type", required = true) EditType type,
      @JsonProperty("strategy") String strategy,
      @JsonProperty("mentee") String mentee,
      @JsonProperty("mentor") String mentor,
      @JsonProperty("menteeA") String menteeA,
      @JsonProperty("menteeB") String menteeB) {

    /** The keys each type of edit needs (and allows), besides {@code type}. */
    private static final Map<EditType, List<String>> KEYS = Map.of(EditType.DRAFT, List.of("strategy"),
        EditType.LOCK, List.of("mentee", "mentor"), EditType.FORBID, List.of("mentee", "mentor"),
        EditType.SWAP, List.of("menteeA", "menteeB"), EditType.REMOVE, List.of("mentee"));

    static EditDoc of(ReviewEdit edit) {
      if (edit instanceof ReviewEdit.Draft d) {
        return new EditDoc(EditType.DRAFT, d.strategy(), null, null, null, null);
      } else if (edit instanceof ReviewEdit.Lock l) {
        return new EditDoc(EditType.LOCK, null, l.pair().mentee(), l.pair().mentor(), null, null);
      } else if (edit instanceof ReviewEdit.Forbid f) {
        return new EditDoc(EditType.FORBID, null, f.pair().mentee(), f.pair().mentor(), null, null);
      } else if (edit instanceof ReviewEdit.Swap w) {
        return new EditDoc(EditType.SWAP, null, null, null, w.menteeA(), w.menteeB());
      } else if (edit instanceof ReviewEdit.Remove m) {
        return new EditDoc(EditType.REMOVE, null, m.mentee(), null, null, null);
      }
      throw new IllegalArgumentException("unknown edit " + edit);
    }

    ReviewEdit toModel(String path, Problems problems) {
      Map<String, String> present = new LinkedHashMap<>();
      present.put("strategy", strategy);
      present.put("mentee", mentee);
      present.put("mentor", mentor);
      present.put("menteeA", menteeA);
      present.put("menteeB", menteeB);
      List<String> allowed = KEYS.get(type);
      present.forEach((k, v) -> {
        if (v != null && !allowed.contains(k)) {
          problems.add(path + "." + k, "unknown key \"" + k + "\" for a " + type + " edit (known keys here: type, "
              + String.join(", ", allowed) + ")");
        }
      });
      for (String k : allowed) {
        if (present.get(k) == null) {
          problems.add(path + "." + k, "missing required key");
        }
      }
      Pair pair = new Pair(orBlank(mentee), orBlank(mentor));
      return switch (type) {
        case DRAFT -> new ReviewEdit.Draft(orBlank(strategy));
        case LOCK -> new ReviewEdit.Lock(pair);
        case FORBID -> new ReviewEdit.Forbid(pair);
        case SWAP -> new ReviewEdit.Swap(orBlank(menteeA), orBlank(menteeB));
        case REMOVE -> new ReviewEdit.Remove(orBlank(mentee));
      };
    }

    private static String orBlank(String s) {
      return s == null ? "" : s;
    }
  }

  /** A kick-off: the pair's expectations and goals. */
  record KickOffDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty("menteeExpectations") String menteeExpectations,
      @JsonProperty("mentorExpectations") String mentorExpectations,
      @JsonProperty("goals") List<GoalDoc> goals) {
    KickOffDoc {
      goals = orEmpty(goals);
    }

    static KickOffDoc of(KickOff k) {
      return new KickOffDoc(k.pair().mentee(), k.pair().mentor(), k.menteeExpectations(), k.mentorExpectations(),
          map(k.goals(), GoalDoc::of));
    }

    KickOff toModel(String path, Problems problems) {
      List<Goal> out = new ArrayList<>();
      for (int i = 0; i < goals.size(); i++) {
        out.add(goals.get(i).toModel(path + ".goals[" + i + "]", problems));
      }
      return new KickOff(new Pair(mentee, mentor), menteeExpectations == null ? "" : menteeExpectations,
          mentorExpectations == null ? "" : mentorExpectations, ImmutableList.copyOf(out));
    }
  }

  /** A goal of a kick-off; {@code targetDate} is ISO {@code YYYY-MM-DD}. */
  record GoalDoc(
      @JsonProperty(value = "description", required = true) String description,
      @JsonProperty("measureOfSuccess") String measureOfSuccess,
      @JsonProperty(value = "targetDate", required = true) LocalDate targetDate) {
    static GoalDoc of(Goal g) {
      return new GoalDoc(g.description(), g.measureOfSuccess(), g.targetDate());
    }

    Goal toModel(String path, Problems problems) {
      return new Goal(description, measureOfSuccess == null ? "" : measureOfSuccess,
          targetDate);
    }
  }

  /** A session of a pair, on a date, with its status. */
  record SessionDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty(value = "date", required = true) LocalDate date,
      @JsonProperty(value = "status", required = true) SessionStatus status) {
    static SessionDoc of(SessionRecord r) {
      return new SessionDoc(r.pair().mentee(), r.pair().mentor(), r.date(), r.status());
    }

    SessionRecord toModel(String path, Problems problems) {
      return new SessionRecord(new Pair(mentee, mentor), date, status);
    }
  }

  /** A pair that ended early, on a date, with a reason. */
  record EndingDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty(value = "date", required = true) LocalDate date,
      @JsonProperty("reason") String reason) {
    static EndingDoc of(PairEnding e) {
      return new EndingDoc(e.pair().mentee(), e.pair().mentor(), e.date(), e.reason());
    }

    PairEnding toModel(String path, Problems problems) {
      return new PairEnding(new Pair(mentee, mentor), date, reason == null ? "" : reason);
    }
  }

  /** One side's feedback on a pair. */
  record FeedbackDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty(value = "side", required = true) Side side,
      @JsonProperty(value = "overallRating", required = true) Integer overallRating,
      @JsonProperty("goalRatings") List<Integer> goalRatings,
      @JsonProperty("learnings") List<String> learnings,
      @JsonProperty("wouldTakePartAgain") Boolean wouldTakePartAgain) {
    FeedbackDoc {
      goalRatings = orEmpty(goalRatings);
      learnings = orEmpty(learnings);
    }

    static FeedbackDoc of(Feedback f) {
      return new FeedbackDoc(f.pair().mentee(), f.pair().mentor(), f.side(), f.overallRating(), f.goalRatings(),
          f.learnings(), f.wouldTakePartAgain());
    }

    Feedback toModel() {
      return new Feedback(new Pair(mentee, mentor), side, overallRating, ImmutableList.copyOf(goalRatings),
          ImmutableList.copyOf(learnings), Boolean.TRUE.equals(wouldTakePartAgain));
    }
  }
}
