package dev.tandem.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import dev.tandem.core.cycle.AnnouncedTopic;
import dev.tandem.core.cycle.CarryOver;
import dev.tandem.core.cycle.ChangeRecord;
import dev.tandem.core.cycle.CycleReport;
import dev.tandem.core.cycle.Fit;
import dev.tandem.core.cycle.FitAnswer;
import dev.tandem.core.cycle.KickOffEvent;
import dev.tandem.core.cycle.MentorCandidate;
import dev.tandem.core.cycle.MentorRequest;
import dev.tandem.core.cycle.MissedKickOff;
import dev.tandem.core.cycle.PairStart;
import dev.tandem.core.cycle.PlatformMode;
import dev.tandem.core.cycle.PlatformState;
import dev.tandem.core.cycle.RequestStatus;
import dev.tandem.core.cycle.TopicLearnings;
import dev.tandem.core.cycle.TopicShortage;
import dev.tandem.core.cycle.WaitlistEntry;
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
    @JsonProperty(value = "cycles", required = true) List<CycleDoc> cycles,
    @JsonProperty("erasureKey") String erasureKey) {

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
      @JsonProperty("feedback") List<FeedbackDoc> feedback,
      @JsonProperty("platform") PlatformDoc platform,
      @JsonProperty("kickOffEvent") KickOffEventDoc kickOffEvent,
      @JsonProperty("missedKickOffs") List<MissedKickOffDoc> missedKickOffs,
      @JsonProperty("starts") List<StartDoc> starts,
      @JsonProperty("fitAnswers") List<FitAnswerDoc> fitAnswers,
      @JsonProperty("changes") List<ChangeDoc> changes,
      @JsonProperty("carriedOver") CarryOverDoc carriedOver) {
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
      // missedKickOffs, starts, fitAnswers and changes stay null when absent, so they are written only when used
    }

    static CycleDoc of(CycleState s) {
      return new CycleDoc(s.id(), s.phase(), map(s.catalogue(), CompetenceDoc::of), map(s.employees(), EmployeeDoc::of),
          PolicyDoc.of(s.policy()), map(s.history(), HistoryDoc::of), map(s.topics(), TopicDoc::of),
          map(s.mentees(), MenteeDoc::of), map(s.mentors(), MentorDoc::of), s.framework().map(FrameworkDoc::of).orElse(null),
          map(s.locked(), PairDoc::of), map(s.forbidden(), PairDoc::of), s.strategy().orElse(null),
          s.matching().map(MatchingDoc::of).orElse(null), map(s.review(), ReviewDoc::of), map(s.formed(), PairDoc::of),
          map(s.kickOffs(), KickOffDoc::of), map(s.sessions(), SessionDoc::of), map(s.endings(), EndingDoc::of),
          map(s.feedback(), FeedbackDoc::of),
          // parts a cycle did not use are left out, so files of cycles that do not use them stay as they were
          s.platform().equals(PlatformState.DEFAULT) ? null : PlatformDoc.of(s.platform()),
          s.kickOffEvent().map(KickOffEventDoc::of).orElse(null), absentIfEmpty(map(s.missedKickOffs(), MissedKickOffDoc::of)),
          absentIfEmpty(map(s.starts(), StartDoc::of)), absentIfEmpty(map(s.fitAnswers(), FitAnswerDoc::of)),
          absentIfEmpty(map(s.changes(), ChangeDoc::of)), s.carriedOver().map(CarryOverDoc::of).orElse(null));
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
      List<MentorRequest> requests = new ArrayList<>();
      if (platform != null) {
        for (int i = 0; i < platform.requests().size(); i++) {
          requests.add(platform.requests().get(i).toModel(path + ".platform.requests[" + i + "]", problems));
        }
      }
      return CycleState.builder().id(id).phase(phase).catalogue(map(competences, CompetenceDoc::toModel))
          .employees(staff).policy(policy == null ? Policy.DEFAULT : policy.toModel())
          .history(map(history, HistoryDoc::toModel)).topics(map(topics, TopicDoc::toModel))
          .mentees(map(mentees, MenteeDoc::toModel)).mentors(map(mentors, MentorDoc::toModel))
          .framework(Optional.ofNullable(framework).map(FrameworkDoc::toModel)).locked(pairs(locked)).forbidden(pairs(forbidden))
          .strategy(Optional.ofNullable(strategy)).matching(Optional.ofNullable(matching).map(MatchingDoc::toModel))
          .review(entries).formed(pairs(formed)).kickOffs(kicks).sessions(held).endings(ended)
          .feedback(map(feedback, FeedbackDoc::toModel))
          .platform(platform == null ? PlatformState.DEFAULT
              : new PlatformState(platform.mode(), platform.requestExpiryDays(), ImmutableList.copyOf(requests)))
          .kickOffEvent(Optional.ofNullable(kickOffEvent).map(KickOffEventDoc::toModel))
          .missedKickOffs(map(orEmpty(missedKickOffs), MissedKickOffDoc::toModel)).starts(map(orEmpty(starts), StartDoc::toModel))
          .fitAnswers(map(orEmpty(fitAnswers), FitAnswerDoc::toModel)).changes(map(orEmpty(changes), ChangeDoc::toModel))
          .carriedOver(Optional.ofNullable(carriedOver).map(CarryOverDoc::toModel))
          .build();
    }
  }

  static ImmutableList<Pair> pairs(List<PairDoc> pairs) {
    return ImmutableList.copyOf(map(pairs, PairDoc::toModel));
  }

  /** {@code null} (the key left out) for an empty list. */
  static <T> List<T> absentIfEmpty(List<T> list) {
    return list.isEmpty() ? null : list;
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

  /** The platform: mode, request expiry in days, every request. Absent: OPTIMISED, 14 days, none. */
  record PlatformDoc(
      @JsonProperty(value = "mode", required = true) PlatformMode mode,
      @JsonProperty(value = "requestExpiryDays", required = true) Integer requestExpiryDays,
      @JsonProperty("requests") List<RequestDoc> requests) {
    PlatformDoc {
      requests = orEmpty(requests);
    }

    static PlatformDoc of(PlatformState p) {
      return new PlatformDoc(p.mode(), p.requestExpiryDays(), map(p.requests(), RequestDoc::of));
    }
  }

  /** A mentee's request for a mentor; {@code decided} is present exactly when the status is not OPEN. */
  record RequestDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty(value = "requested", required = true) LocalDate requested,
      @JsonProperty(value = "status", required = true) RequestStatus status,
      @JsonProperty("decided") LocalDate decided) {
    static RequestDoc of(MentorRequest r) {
      return new RequestDoc(r.pair().mentee(), r.pair().mentor(), r.requested(), r.status(), r.decided().orElse(null));
    }

    MentorRequest toModel(String path, Problems problems) {
      if ((status == RequestStatus.OPEN) != (decided == null)) {
        problems.add(path + ".decided", status == RequestStatus.OPEN ? "an OPEN request has no decision date"
            : "missing required key for a " + status + " request");
        return MentorRequest.open(new Pair(mentee, mentor), requested);
      }
      return new MentorRequest(new Pair(mentee, mentor), requested, status, Optional.ofNullable(decided));
    }
  }

  /** The joint kick-off event. */
  record KickOffEventDoc(
      @JsonProperty(value = "date", required = true) LocalDate date,
      @JsonProperty("agenda") List<String> agenda,
      @JsonProperty("attended") List<String> attended) {
    KickOffEventDoc {
      agenda = orEmpty(agenda);
      attended = orEmpty(attended);
    }

    static KickOffEventDoc of(KickOffEvent e) {
      return new KickOffEventDoc(e.date(), e.agenda(), e.attended());
    }

    KickOffEvent toModel() {
      return new KickOffEvent(date, ImmutableList.copyOf(agenda), ImmutableList.copyOf(attended));
    }
  }

  /** A pair that started without a kick-off, and why. */
  record MissedKickOffDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty("reason") String reason) {
    static MissedKickOffDoc of(MissedKickOff m) {
      return new MissedKickOffDoc(m.pair().mentee(), m.pair().mentor(), m.reason());
    }

    MissedKickOff toModel() {
      return new MissedKickOff(new Pair(mentee, mentor), reason == null ? "" : reason);
    }
  }

  /** The day a pair started (its session plan counts from here). */
  record StartDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty(value = "date", required = true) LocalDate date) {
    static StartDoc of(PairStart p) {
      return new StartDoc(p.pair().mentee(), p.pair().mentor(), p.date());
    }

    PairStart toModel() {
      return new PairStart(new Pair(mentee, mentor), date);
    }
  }

  /** One side's fit answer after the first session. */
  record FitAnswerDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty(value = "side", required = true) Side side,
      @JsonProperty(value = "fit", required = true) Fit fit,
      @JsonProperty(value = "date", required = true) LocalDate date) {
    static FitAnswerDoc of(FitAnswer a) {
      return new FitAnswerDoc(a.pair().mentee(), a.pair().mentor(), a.side(), a.fit(), a.date());
    }

    FitAnswer toModel() {
      return new FitAnswer(new Pair(mentee, mentor), side, fit, date);
    }
  }

  /** One change of people or capacities, with what it changed. */
  record ChangeDoc(
      @JsonProperty(value = "phase", required = true) Phase phase,
      @JsonProperty("date") LocalDate date,
      @JsonProperty(value = "change", required = true) String change,
      @JsonProperty("explanation") List<String> explanation) {
    ChangeDoc {
      explanation = orEmpty(explanation);
    }

    static ChangeDoc of(ChangeRecord c) {
      return new ChangeDoc(c.phase(), c.date().orElse(null), c.change(), c.explanation());
    }

    ChangeRecord toModel() {
      return new ChangeRecord(phase, Optional.ofNullable(date), change, ImmutableList.copyOf(explanation));
    }
  }

  /** What the previous round carried over into this cycle. */
  record CarryOverDoc(
      @JsonProperty(value = "cycle", required = true) String cycle,
      @JsonProperty("waitlist") List<WaitlistDoc> waitlist,
      @JsonProperty("shortTopics") List<ShortageDoc> shortTopics,
      @JsonProperty("returningMentors") List<String> returningMentors,
      @JsonProperty("learnings") List<TopicLearningsDoc> learnings) {
    CarryOverDoc {
      waitlist = orEmpty(waitlist);
      shortTopics = orEmpty(shortTopics);
      returningMentors = orEmpty(returningMentors);
      learnings = orEmpty(learnings);
    }

    static CarryOverDoc of(CarryOver c) {
      return new CarryOverDoc(c.cycle(), map(c.waitlist(), WaitlistDoc::of), map(c.shortTopics(), ShortageDoc::of),
          c.returningMentors(), map(c.learnings(), TopicLearningsDoc::of));
    }

    CarryOver toModel() {
      return new CarryOver(cycle, ImmutableList.copyOf(map(waitlist, WaitlistDoc::toModel)),
          ImmutableList.copyOf(map(shortTopics, ShortageDoc::toModel)), ImmutableList.copyOf(returningMentors),
          ImmutableList.copyOf(map(learnings, TopicLearningsDoc::toModel)));
    }
  }

  /** A waitlisted executive: topics, the carried priority (at least 2), rounds waited (at least 1). */
  record WaitlistDoc(
      @JsonProperty(value = "employee", required = true) String employee,
      @JsonProperty("topics") List<ProblemDocument.TopicDoc> topics,
      @JsonProperty(value = "priority", required = true) @Check(min = 2) Integer priority,
      @JsonProperty(value = "roundsWaited", required = true) @Check(min = 1) Integer roundsWaited) {
    WaitlistDoc {
      topics = orEmpty(topics);
    }

    static WaitlistDoc of(WaitlistEntry w) {
      return new WaitlistDoc(w.employee(), map(w.topics(), ProblemDocument.TopicDoc::of), w.priority(), w.roundsWaited());
    }

    WaitlistEntry toModel() {
      return new WaitlistEntry(employee, ImmutableList.copyOf(map(topics, ProblemDocument.TopicDoc::toModel)), priority, roundsWaited);
    }
  }

  /** A topic short of mentors, its next target and whom to approach. */
  record ShortageDoc(
      @JsonProperty(value = "competence", required = true) String competence,
      @JsonProperty(value = "pairsFormed", required = true) Integer pairsFormed,
      @JsonProperty(value = "menteesUnserved", required = true) Integer menteesUnserved,
      @JsonProperty(value = "nextTarget", required = true) Integer nextTarget,
      @JsonProperty("approach") List<CandidateDoc> approach) {
    ShortageDoc {
      approach = orEmpty(approach);
    }

    static ShortageDoc of(TopicShortage t) {
      return new ShortageDoc(t.competence(), t.pairsFormed(), t.menteesUnserved(), t.nextTarget(), map(t.approach(), CandidateDoc::of));
    }

    TopicShortage toModel() {
      return new TopicShortage(competence, pairsFormed, menteesUnserved, nextTarget, ImmutableList.copyOf(map(approach, CandidateDoc::toModel)));
    }
  }

  /** An employee to approach as mentor, with the mentees the person could serve. */
  record CandidateDoc(
      @JsonProperty(value = "employee", required = true) String employee,
      @JsonProperty("mentees") List<String> mentees) {
    CandidateDoc {
      mentees = orEmpty(mentees);
    }

    static CandidateDoc of(MentorCandidate c) {
      return new CandidateDoc(c.employee(), c.mentees());
    }

    MentorCandidate toModel() {
      return new MentorCandidate(employee, ImmutableList.copyOf(mentees));
    }
  }

  /** The learnings of one topic. */
  record TopicLearningsDoc(
      @JsonProperty(value = "competence", required = true) String competence,
      @JsonProperty("learnings") List<LearningDoc> learnings) {
    TopicLearningsDoc {
      learnings = orEmpty(learnings);
    }

    static TopicLearningsDoc of(TopicLearnings t) {
      return new TopicLearningsDoc(t.competence(), map(t.learnings(), LearningDoc::of));
    }

    TopicLearnings toModel() {
      return new TopicLearnings(competence, ImmutableList.copyOf(map(learnings, LearningDoc::toModel)));
    }
  }

  /** One learning of one side of a pair. */
  record LearningDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty(value = "side", required = true) Side side,
      @JsonProperty(value = "text", required = true) String text) {
    static LearningDoc of(CycleReport.Learning l) {
      return new LearningDoc(l.pair().mentee(), l.pair().mentor(), l.side(), l.text());
    }

    CycleReport.Learning toModel() {
      return new CycleReport.Learning(new Pair(mentee, mentor), side, text);
    }
  }
}
