package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Everything a {@link Cycle} knows, as plain values (records, enums, lists, optionals): the
 * snapshot a file format serialises and {@link Cycle#restore} reads back without loss. Build one
 * with {@link #builder()} (or change one with {@link #toBuilder()}); the record constructor is
 * only the canonical form.
 *
 * <p>Components: the cycle id and phase; the organisation at the start (competence catalogue,
 * employees, policy, history of earlier cycles restricted to present employees); the topic call;
 * the enrolled mentees and mentors; the framework; the review (locked and forbidden pairs, the
 * strategy of the last draft, the draft or published matching, the review log); every pair formed
 * in the cycle (published or added by re-matching, in order); kick-offs; sessions; early
 * endings; feedback; the platform (mode, request expiry, requests); the joint kick-off event and
 * the pairs that started without a kick-off (with the reason); the start date of each pair; the
 * fit answers after the first session; the log of changes to people and capacities; and what the
 * previous round carried over.
 *
 * <p>Guarantee: immutable, non-null; it carries no behaviour and no check beyond non-null:
 * {@link Cycle#restore} checks consistency.
 */
public record CycleState(
    String id,
    Phase phase,
    ImmutableList<Competence> catalogue,
    ImmutableList<Employee> employees,
    Policy policy,
    ImmutableList<PastPair> history,
    ImmutableList<AnnouncedTopic> topics,
    ImmutableList<Mentee> mentees,
    ImmutableList<Mentor> mentors,
    Optional<Framework> framework,
    ImmutableList<Pair> locked,
    ImmutableList<Pair> forbidden,
    Optional<String> strategy,
    Optional<Matching> matching,
    ImmutableList<ReviewEntry> review,
    ImmutableList<Pair> formed,
    ImmutableList<KickOff> kickOffs,
    ImmutableList<SessionRecord> sessions,
    ImmutableList<PairEnding> endings,
    ImmutableList<Feedback> feedback,
    PlatformState platform,
    Optional<KickOffEvent> kickOffEvent,
    ImmutableList<MissedKickOff> missedKickOffs,
    ImmutableList<PairStart> starts,
    ImmutableList<FitAnswer> fitAnswers,
    ImmutableList<ChangeRecord> changes,
    Optional<CarryOver> carriedOver) {
  public CycleState {
    requireNonNull(id, "id");
    requireNonNull(phase, "phase");
    catalogue = ImmutableList.copyOf(catalogue);
    employees = ImmutableList.copyOf(employees);
    requireNonNull(policy, "policy");
    history = ImmutableList.copyOf(history);
    topics = ImmutableList.copyOf(topics);
    mentees = ImmutableList.copyOf(mentees);
    mentors = ImmutableList.copyOf(mentors);
    requireNonNull(framework, "framework");
    locked = ImmutableList.copyOf(locked);
    forbidden = ImmutableList.copyOf(forbidden);
    requireNonNull(strategy, "strategy");
    requireNonNull(matching, "matching");
    review = ImmutableList.copyOf(review);
    formed = ImmutableList.copyOf(formed);
    kickOffs = ImmutableList.copyOf(kickOffs);
    sessions = ImmutableList.copyOf(sessions);
    endings = ImmutableList.copyOf(endings);
    feedback = ImmutableList.copyOf(feedback);
    requireNonNull(platform, "platform");
    requireNonNull(kickOffEvent, "kickOffEvent");
    missedKickOffs = ImmutableList.copyOf(missedKickOffs);
    starts = ImmutableList.copyOf(starts);
    fitAnswers = ImmutableList.copyOf(fitAnswers);
    changes = ImmutableList.copyOf(changes);
    requireNonNull(carriedOver, "carriedOver");
  }

  /**
   * The state of a cycle written before the platform, kick-off event, pacing, change log and
   * carry-over existed: those parts are empty (mode {@link PlatformMode#OPTIMISED}).
   *
   * @deprecated build the state with {@link #builder()}
   */
  @Deprecated
  public CycleState(
      String id,
      Phase phase,
      ImmutableList<Competence> catalogue,
      ImmutableList<Employee> employees,
      Policy policy,
      ImmutableList<PastPair> history,
      ImmutableList<AnnouncedTopic> topics,
      ImmutableList<Mentee> mentees,
      ImmutableList<Mentor> mentors,
      Optional<Framework> framework,
      ImmutableList<Pair> locked,
      ImmutableList<Pair> forbidden,
      Optional<String> strategy,
      Optional<Matching> matching,
      ImmutableList<ReviewEntry> review,
      ImmutableList<Pair> formed,
      ImmutableList<KickOff> kickOffs,
      ImmutableList<SessionRecord> sessions,
      ImmutableList<PairEnding> endings,
      ImmutableList<Feedback> feedback) {
    this(id, phase, catalogue, employees, policy, history, topics, mentees, mentors, framework, locked, forbidden, strategy, matching, review, formed, kickOffs, sessions, endings, feedback,
        PlatformState.DEFAULT, Optional.empty(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        Optional.empty());
  }

  /** An empty state in {@link Phase#TOPIC_CALL} with the default policy; set at least the id. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this state. */
  public Builder toBuilder() {
    Builder b = new Builder();
    CycleState s = this;
      b.id = s.id;
      b.phase = s.phase;
      b.catalogue = new ArrayList<>(s.catalogue);
      b.employees = new ArrayList<>(s.employees);
      b.policy = s.policy;
      b.history = new ArrayList<>(s.history);
      b.topics = new ArrayList<>(s.topics);
      b.mentees = new ArrayList<>(s.mentees);
      b.mentors = new ArrayList<>(s.mentors);
      b.framework = s.framework;
      b.locked = new ArrayList<>(s.locked);
      b.forbidden = new ArrayList<>(s.forbidden);
      b.strategy = s.strategy;
      b.matching = s.matching;
      b.review = new ArrayList<>(s.review);
      b.formed = new ArrayList<>(s.formed);
      b.kickOffs = new ArrayList<>(s.kickOffs);
      b.sessions = new ArrayList<>(s.sessions);
      b.endings = new ArrayList<>(s.endings);
      b.feedback = new ArrayList<>(s.feedback);
      b.platform = s.platform;
      b.kickOffEvent = s.kickOffEvent;
      b.missedKickOffs = new ArrayList<>(s.missedKickOffs);
      b.starts = new ArrayList<>(s.starts);
      b.fitAnswers = new ArrayList<>(s.fitAnswers);
      b.changes = new ArrayList<>(s.changes);
      b.carriedOver = s.carriedOver;
    return b;
  }

  /**
   * Builds a {@link CycleState}. Every list setter copies its argument. Inside the package the
   * fields are the working copy of one cycle step (copy-on-write).
   */
  public static final class Builder {
    String id = "";
    Phase phase = Phase.TOPIC_CALL;
    List<Competence> catalogue = new ArrayList<>();
    List<Employee> employees = new ArrayList<>();
    Policy policy = Policy.DEFAULT;
    List<PastPair> history = new ArrayList<>();
    List<AnnouncedTopic> topics = new ArrayList<>();
    List<Mentee> mentees = new ArrayList<>();
    List<Mentor> mentors = new ArrayList<>();
    Optional<Framework> framework = Optional.empty();
    List<Pair> locked = new ArrayList<>();
    List<Pair> forbidden = new ArrayList<>();
    Optional<String> strategy = Optional.empty();
    Optional<Matching> matching = Optional.empty();
    List<ReviewEntry> review = new ArrayList<>();
    List<Pair> formed = new ArrayList<>();
    List<KickOff> kickOffs = new ArrayList<>();
    List<SessionRecord> sessions = new ArrayList<>();
    List<PairEnding> endings = new ArrayList<>();
    List<Feedback> feedback = new ArrayList<>();
    PlatformState platform = PlatformState.DEFAULT;
    Optional<KickOffEvent> kickOffEvent = Optional.empty();
    List<MissedKickOff> missedKickOffs = new ArrayList<>();
    List<PairStart> starts = new ArrayList<>();
    List<FitAnswer> fitAnswers = new ArrayList<>();
    List<ChangeRecord> changes = new ArrayList<>();
    Optional<CarryOver> carriedOver = Optional.empty();

    Builder() {}

    public Builder id(String v) {
      id = requireNonNull(v, "id");
      return this;
    }

    public Builder phase(Phase v) {
      phase = requireNonNull(v, "phase");
      return this;
    }

    public Builder catalogue(Collection<? extends Competence> v) {
      catalogue = new ArrayList<>(v);
      return this;
    }

    public Builder employees(Collection<? extends Employee> v) {
      employees = new ArrayList<>(v);
      return this;
    }

    public Builder policy(Policy v) {
      policy = requireNonNull(v, "policy");
      return this;
    }

    public Builder history(Collection<? extends PastPair> v) {
      history = new ArrayList<>(v);
      return this;
    }

    public Builder topics(Collection<? extends AnnouncedTopic> v) {
      topics = new ArrayList<>(v);
      return this;
    }

    public Builder mentees(Collection<? extends Mentee> v) {
      mentees = new ArrayList<>(v);
      return this;
    }

    public Builder mentors(Collection<? extends Mentor> v) {
      mentors = new ArrayList<>(v);
      return this;
    }

    public Builder framework(Optional<Framework> v) {
      framework = requireNonNull(v, "framework");
      return this;
    }

    public Builder locked(Collection<? extends Pair> v) {
      locked = new ArrayList<>(v);
      return this;
    }

    public Builder forbidden(Collection<? extends Pair> v) {
      forbidden = new ArrayList<>(v);
      return this;
    }

    public Builder strategy(Optional<String> v) {
      strategy = requireNonNull(v, "strategy");
      return this;
    }

    public Builder matching(Optional<Matching> v) {
      matching = requireNonNull(v, "matching");
      return this;
    }

    public Builder review(Collection<? extends ReviewEntry> v) {
      review = new ArrayList<>(v);
      return this;
    }

    public Builder formed(Collection<? extends Pair> v) {
      formed = new ArrayList<>(v);
      return this;
    }

    public Builder kickOffs(Collection<? extends KickOff> v) {
      kickOffs = new ArrayList<>(v);
      return this;
    }

    public Builder sessions(Collection<? extends SessionRecord> v) {
      sessions = new ArrayList<>(v);
      return this;
    }

    public Builder endings(Collection<? extends PairEnding> v) {
      endings = new ArrayList<>(v);
      return this;
    }

    public Builder feedback(Collection<? extends Feedback> v) {
      feedback = new ArrayList<>(v);
      return this;
    }

    public Builder platform(PlatformState v) {
      platform = requireNonNull(v, "platform");
      return this;
    }

    public Builder kickOffEvent(Optional<KickOffEvent> v) {
      kickOffEvent = requireNonNull(v, "kickOffEvent");
      return this;
    }

    public Builder missedKickOffs(Collection<? extends MissedKickOff> v) {
      missedKickOffs = new ArrayList<>(v);
      return this;
    }

    public Builder starts(Collection<? extends PairStart> v) {
      starts = new ArrayList<>(v);
      return this;
    }

    public Builder fitAnswers(Collection<? extends FitAnswer> v) {
      fitAnswers = new ArrayList<>(v);
      return this;
    }

    public Builder changes(Collection<? extends ChangeRecord> v) {
      changes = new ArrayList<>(v);
      return this;
    }

    public Builder carriedOver(Optional<CarryOver> v) {
      carriedOver = requireNonNull(v, "carriedOver");
      return this;
    }

    /** The state; the id must not be blank (further consistency is checked by {@link Cycle#restore}). */
    public CycleState build() {
      if (id.isBlank()) {
        throw new IllegalStateException("a cycle state needs an id");
      }
      return new CycleState(id, phase, ImmutableList.copyOf(catalogue), ImmutableList.copyOf(employees), policy, ImmutableList.copyOf(history), ImmutableList.copyOf(topics), ImmutableList.copyOf(mentees), ImmutableList.copyOf(mentors), framework, ImmutableList.copyOf(locked), ImmutableList.copyOf(forbidden), strategy, matching, ImmutableList.copyOf(review), ImmutableList.copyOf(formed), ImmutableList.copyOf(kickOffs), ImmutableList.copyOf(sessions), ImmutableList.copyOf(endings), ImmutableList.copyOf(feedback), platform, kickOffEvent, ImmutableList.copyOf(missedKickOffs), ImmutableList.copyOf(starts), ImmutableList.copyOf(fitAnswers), ImmutableList.copyOf(changes), carriedOver);
    }
  }
}
