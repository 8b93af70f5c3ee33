package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rematch.Change;
import dev.tandem.core.rematch.Rematcher;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One round of a reverse-mentoring programme, from the topic call to the closing report. Read
 * top to bottom, this is how to run a round.
 *
 * <h2>0. Parts</h2>
 * {@code Cycle} is the entry point; its steps live in cohesive parts. The steps that have always
 * been here stay callable on {@code Cycle} itself; the newer ones are reached through it:
 * {@link #platform()} (platform mode, suggestions, rankings, requests and answers),
 * {@link #jointKickOff()} (the kick-off event, pair kick-offs, pairs starting without one),
 * {@link #pacing()} (session plan, {@code health(date)}, fit check) and {@link #changes()}
 * (withdrawals, leavers, late joiners and capacity changes in every phase). What a closed cycle
 * hands to the next round is {@link #carryOver()}.
 *
 * <h2>1. Topic call ({@link Phase#TOPIC_CALL})</h2>
 * Start a cycle with {@link Programme#startCycle} (which carries the history of earlier rounds)
 * or {@link #start}. Management goes first: it announces the topics on which it wants input,
 * {@link #announceTopic(String)} (optionally with a target number of pairs), then
 * {@link #openEnrolment()}.
 *
 * <h2>2. Enrolment ({@link Phase#ENROLMENT})</h2>
 * Executives enrol as mentees on announced topics with weights and a priority
 * ({@link #enrolMentee}); junior people volunteer as mentors ({@link #enrolMentor}). In a small
 * company, approach people directly: {@link #suggestMentors()} lists, per topic, employees not
 * yet enrolled whose skills inventory covers it and who could mentor at least one enrolled mentee
 * under the policy, those who could serve the most first; enrol the ones who agree with
 * {@link #nominateMentor}. On the platform ({@link PlatformMode#PLATFORM} or
 * {@link PlatformMode#HYBRID}, set with {@link PlatformChoice#setMode}) executives see
 * suggestions with their "why", rank mentors and request one; mentors accept or decline; a
 * request not answered in time expires and frees the place ({@link #platform()}). Rankings may
 * change until matching starts. People may withdraw ({@link Changes#withdraw}). Then
 * {@link #closeEnrolment()}.
 *
 * <h2>3. Framework ({@link Phase#FRAMEWORK})</h2>
 * Agree duration, meeting cadence, number of sessions and the confidentiality charter
 * ({@link #defineFramework}); {@link #startMatching()} refuses until it is complete. Programmes
 * without a framework set from the start are the ones that fail.
 *
 * <h2>4. Matching ({@link Phase#MATCHING})</h2>
 * In {@link PlatformMode#PLATFORM} the accepted requests are the draft. In
 * {@link PlatformMode#HYBRID} accepted requests are locked pairs and declined ones forbidden
 * pairs before the first draft. A strategy proposes a draft ({@link #draft(StrategyRegistry, String, MatchOptions)}). The
 * administrator reviews it: {@link #lock}, {@link #forbid}, {@link #swap}, {@link #remove}; each
 * edit is re-evaluated by the one {@link Evaluator} and explained in {@link #review()} (score
 * before and after, pairs formed and dissolved with their score parts, rules broken, capacities
 * exceeded, mentees left unmatched and why). Drafting again keeps locks and forbidden pairs.
 * {@link #publish()} refuses while a pair breaks a rule or a mentor is over capacity.
 *
 * <h2>5. Kick-off ({@link Phase#KICK_OFF})</h2>
 * One joint event for everyone (date, agenda, who attended: {@link JointKickOff#hold}); each
 * pair records the expectations of both sides and its goals (description, measure of success,
 * target date): {@link #recordKickOff}. A pair that missed it can still start with a recorded
 * reason ({@link JointKickOff#excuse}). {@link #startRunning()} refuses while a pair has
 * neither; {@link JointKickOff#startRunning(java.time.LocalDate)} also fixes the day the session
 * plan counts from (the event's date otherwise). A person who leaves now is handled by
 * {@link #changes()}: nobody has to invent a kick-off for a pair that will never start.
 *
 * <h2>6. Running ({@link Phase#RUNNING})</h2>
 * Record sessions held or cancelled ({@link #recordSession}). When a pair ends early or people
 * leave or join, {@link #change} re-matches only the affected mentees and keeps every other pair
 * (see {@link Rematcher}); use the strategy named {@code optaplanner} when the solver module is
 * present, else a core one ({@link #rematchStrategy(StrategyRegistry)}). Pairs added this way may
 * record a kick-off too. The framework paces the cycle ({@link #pacing()}): each pair's session
 * plan, {@code health(date)} (pairs behind the cadence, pairs without a session for twice the
 * cadence, goals past their target date, pairs still without kick-off) and, after the first
 * session, each side's fit answer; "not a fit" proposes a re-match.
 * {@link #startFeedback()} refuses while a pair has no session recorded.
 *
 * <h2>7. Feedback round ({@link Phase#FEEDBACK})</h2>
 * Both sides of every pair formed in the cycle give feedback: overall rating 1 to 5, a rating
 * per goal, learnings, whether they would take part again ({@link #recordFeedback}).
 * {@link #missingFeedback()} lists who has not answered; nothing is ever invented for them.
 * {@link #close()} needs at least one answer.
 *
 * <h2>8. Closed ({@link Phase#CLOSED})</h2>
 * {@link #report()} gives participation, goal attainment, ratings by topic, learnings, the
 * network effect, topic demand versus supply and sessions planned against held.
 * {@link #carryOver()} hands the waitlist, the topics short of mentors, the returning mentors and
 * the learnings by topic to the next round ({@link Programme#startCycle}). The cycle's pairs and
 * the mentees' ratings become history ({@link #pastPairs()}): the next cycle will not repeat a
 * pair, and well-rated mentors score higher.
 *
 * <h2>Guarantees</h2>
 * A cycle is immutable: every step returns a new cycle, so a refused step changes nothing. A
 * step asked in the wrong phase, or before what it needs is there, throws
 * {@link StepRefusedException} saying what is missing; invalid input (an unknown employee, a
 * rating out of range) throws {@link ValidationException} naming every problem. All state is the
 * plain value {@link #snapshot()}; {@link #restore} reads it back without loss. Personal data:
 * only employee ids appear in messages and explanations.
 */
public final class Cycle {
  private final CycleState s;

  private Cycle(CycleState state) {
    this.s = state;
  }

  // ---------------------------------------------------------------- creation and snapshots

  /**
   * A new cycle in {@link Phase#TOPIC_CALL}.
   *
   * @param employees the organisation now
   * @param catalogue every competence topics and mentors may name
   * @param history pairs of earlier cycles (only people in {@code employees}); see
   *     {@link Programme#historyFor}
   * @throws ValidationException when the organisation, catalogue or history is invalid
   */
  public static Cycle start(String id, Collection<Employee> employees, Collection<Competence> catalogue, Policy policy,
      Collection<PastPair> history) {
    return start(id, employees, catalogue, policy, history, Optional.empty());
  }

  /**
   * A new cycle in {@link Phase#TOPIC_CALL} that receives what the previous round carried over
   * (its waitlist raises priorities at enrolment, its returning mentors are suggested first).
   *
   * @throws ValidationException when the organisation, catalogue or history is invalid
   */
  public static Cycle start(String id, Collection<Employee> employees, Collection<Competence> catalogue, Policy policy,
      Collection<PastPair> history, Optional<CarryOver> carriedOver) {
    requireNonNull(id, "id");
    requireNonNull(carriedOver, "carriedOver");
    if (id.isBlank()) {
      throw new ValidationException(List.of(new ValidationProblem("id", "cycle id must not be blank")));
    }
    CycleState state = CycleState.builder().id(id).phase(Phase.TOPIC_CALL).catalogue(catalogue).employees(employees)
        .policy(policy).history(history).carriedOver(carriedOver).build();
    Cycle c = new Cycle(state);
    c.problem();
    return c;
  }

  /**
   * The cycle a snapshot describes.
   *
   * @throws ValidationException when the snapshot is inconsistent: an invalid problem, a matching
   *     naming strangers, or a phase whose prerequisites are absent
   */
  public static Cycle restore(CycleState state) {
    Cycle c = new Cycle(requireNonNull(state, "state"));
    MatchingProblem p = c.problem();
    List<ValidationProblem> problems = new ArrayList<>();
    Phase phase = state.phase();
    if (phase.compareTo(Phase.ENROLMENT) >= 0 && state.topics().isEmpty()) {
      problems.add(new ValidationProblem("topics", "a cycle in phase " + phase + " needs announced topics"));
    }
    if (phase.compareTo(Phase.MATCHING) >= 0 && state.framework().map(f -> !f.missing().isEmpty()).orElse(true)) {
      problems.add(new ValidationProblem("framework", "a cycle in phase " + phase + " needs a complete framework"));
    }
    if (phase.compareTo(Phase.KICK_OFF) >= 0 && state.matching().isEmpty()) {
      problems.add(new ValidationProblem("matching", "a cycle in phase " + phase + " needs a published matching"));
    }
    if (state.platform().requestExpiryDays() < 1) {
      problems.add(new ValidationProblem("platform.requestExpiryDays", state.platform().requestExpiryDays() + " is below 1"));
    }
    state.matching().ifPresent(m -> {
      try {
        Matching.of(p, m.pairs());
      } catch (ValidationException e) {
        e.problems().forEach(q -> problems.add(new ValidationProblem("matching." + q.path(), q.message())));
      }
    });
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return c;
  }

  /** All state as plain values, for files; {@code restore(snapshot())} equals this cycle. */
  public CycleState snapshot() {
    return s;
  }

  public String id() {
    return s.id();
  }

  public Phase phase() {
    return s.phase();
  }

  public ImmutableList<AnnouncedTopic> topics() {
    return s.topics();
  }

  public ImmutableList<Mentee> mentees() {
    return s.mentees();
  }

  public ImmutableList<Mentor> mentors() {
    return s.mentors();
  }

  public Optional<Framework> framework() {
    return s.framework();
  }

  /** The draft (in {@link Phase#MATCHING}) or the published and current matching (later). */
  public Optional<Matching> matching() {
    return s.matching();
  }

  /** The review log of the matching phase, oldest first. */
  public ImmutableList<ReviewEntry> review() {
    return s.review();
  }

  /** Every pair formed in this cycle (published or added by re-matching), in order. */
  public ImmutableList<Pair> formedPairs() {
    return s.formed();
  }

  public ImmutableList<KickOff> kickOffs() {
    return s.kickOffs();
  }

  public ImmutableList<SessionRecord> sessions() {
    return s.sessions();
  }

  public ImmutableList<PairEnding> endings() {
    return s.endings();
  }

  public ImmutableList<Feedback> feedback() {
    return s.feedback();
  }

  /**
   * The matching problem of the cycle as it stands: the catalogue, the organisation, the enrolled
   * mentees and mentors, the history, forbidden pairs and locked pairs (pinned), the announced
   * topics' target pairs, and the policy.
   */
  public MatchingProblem problem() {
    MatchingProblem.Builder b = MatchingProblem.builder().name(s.id()).policy(s.policy()).competences(s.catalogue())
        .employees(s.employees()).mentees(s.mentees()).mentors(s.mentors()).history(s.history());
    s.forbidden().forEach(b::forbid);
    s.topics().forEach(t -> t.targetPairs().ifPresent(n -> b.topicTarget(t.competence(), n)));
    return b.pinnedPairs(s.locked()).build();
  }

  /** The evaluation of the current draft or matching. */
  public Optional<Evaluation> evaluation() {
    return s.matching().map(m -> Evaluator.evaluate(problem(), m));
  }

  // ---------------------------------------------------------------- the parts

  /** The platform: mode, suggestions, rankings, requests and answers. */
  public PlatformChoice platform() {
    return new PlatformChoice(this);
  }

  /** The joint kick-off: the event, each pair's expectations and goals, pairs starting without one. */
  public JointKickOff jointKickOff() {
    return new JointKickOff(this);
  }

  /** The pace the framework sets: session plans, health, fit answers. */
  public Pacing pacing() {
    return new Pacing(this);
  }

  /** Changes to people and capacities in every phase, each keeping every other pair. */
  public Changes changes() {
    return new Changes(this);
  }

  // ---------------------------------------------------------------- 1. topic call

  /** Announces a topic without a target. */
  public Cycle announceTopic(String competence) {
    return announceTopic(AnnouncedTopic.of(competence));
  }

  /** Announces a topic with a target number of pairs. */
  public Cycle announceTopic(String competence, int targetPairs) {
    return announceTopic(AnnouncedTopic.of(competence, targetPairs));
  }

  /**
   * Announces a topic of the catalogue.
   *
   * @throws ValidationException for a competence outside the catalogue, a topic announced twice or
   *     a target below 1
   */
  public Cycle announceTopic(AnnouncedTopic topic) {
    return new Enrolment(this).announceTopic(topic);
  }

  /** Ends the topic call; needs at least one announced topic. */
  public Cycle openEnrolment() {
    return new Enrolment(this).openEnrolment();
  }

  // ---------------------------------------------------------------- 2. enrolment

  /**
   * Enrols an executive as mentee on announced topics. An executive on the waitlist the previous
   * round carried over is enrolled with at least the carried priority ({@link CarryOver}).
   *
   * @throws ValidationException for an unknown employee, a second enrolment, a topic that was not
   *     announced, or anything the problem validation refuses (weights, priority, ranking)
   */
  public Cycle enrolMentee(Mentee mentee) {
    return new Enrolment(this).enrolMentee(mentee);
  }

  /** Enrols a volunteer mentor (as given; see {@link #nominateMentor} for the direct approach). */
  public Cycle enrolMentor(Mentor mentor) {
    return new Enrolment(this).enrolMentor(mentor, false);
  }

  /** Enrols a mentor who was approached directly: marked {@code nominated}. */
  public Cycle nominateMentor(Mentor mentor) {
    return new Enrolment(this).enrolMentor(mentor, true);
  }

  /**
   * The direct approach: for each announced topic, the employees to approach as mentors.
   * A candidate is not yet enrolled (in either role), lists the topic in its skills inventory, and
   * would be an eligible mentor (level gap, reporting line, no repeat of an earlier pair) for at
   * least one enrolled mentee who asked for the topic. Mentors the previous round carried over as
   * returning come first, then candidates who could serve more mentees, then by id. Cost: one
   * problem build and one eligibility computation per topic.
   */
  public ImmutableList<TopicSuggestion> suggestMentors() {
    return DirectApproach.suggest(s);
  }

  /** Ends enrolment; needs at least one mentee and one mentor. */
  public Cycle closeEnrolment() {
    return new Enrolment(this).closeEnrolment();
  }

  // ---------------------------------------------------------------- 3. framework

  /** Sets (or replaces) the framework; completeness is checked by {@link #startMatching()}. */
  public Cycle defineFramework(Framework framework) {
    return new Enrolment(this).defineFramework(framework);
  }

  /**
   * Moves to matching; needs a complete framework. On the platform, rankings and requests are
   * fixed from here: accepted requests become the draft ({@link PlatformMode#PLATFORM}) or locked
   * pairs and declined ones forbidden pairs ({@link PlatformMode#HYBRID}); requests still open
   * lapse.
   */
  public Cycle startMatching() {
    return new Enrolment(this).startMatching();
  }

  // ---------------------------------------------------------------- 4. matching

  /** Drafts with the strategy registered under {@code strategyName} in {@code registry}. */
  public Cycle draft(StrategyRegistry registry, String strategyName, MatchOptions options) {
    PhaseGuard.requirePhase(s, "draft a matching", Phase.MATCHING);
    return draft(registered(registry, strategyName, "draft a matching"), options);
  }

  /**
   * Drafts a matching with {@code strategy}; locked pairs are kept and forbidden pairs avoided.
   * Replaces an earlier draft; logged and explained in {@link #review()}. Refused in
   * {@link PlatformMode#PLATFORM}, where the accepted requests are the pairs.
   */
  public Cycle draft(MatchingStrategy strategy, MatchOptions options) {
    return new MatchingReview(this).draft(strategy, options);
  }

  /**
   * Locks a pair: the mentee is moved to the mentor in the draft (if not there already) and the
   * pair is pinned for every later draft and kept through re-matching decisions of the review.
   * An accepted request's pair stays locked: its mentee cannot be locked to another mentor.
   *
   * @throws ValidationException when a person is not enrolled or the pair breaks a rule (a locked
   *     pair must be eligible)
   */
  public Cycle lock(String mentee, String mentor) {
    return new MatchingReview(this).lock(mentee, mentor);
  }

  /**
   * Forbids a pair: it leaves the draft (the mentee becomes unmatched) and no later draft or
   * re-matching proposes it.
   */
  public Cycle forbid(String mentee, String mentor) {
    return new MatchingReview(this).forbid(mentee, mentor);
  }

  /**
   * Swaps the mentors of two matched mentees. The result may break a rule; the review entry says
   * which, and {@link #publish()} refuses until it is repaired.
   */
  public Cycle swap(String menteeA, String menteeB) {
    return new MatchingReview(this).swap(menteeA, menteeB);
  }

  /** Removes a mentee's pair from the draft (the mentee is left unmatched). */
  public Cycle remove(String mentee) {
    return new MatchingReview(this).remove(mentee);
  }

  /** Publishes the draft; needs a draft in which no pair breaks a rule and no mentor is over capacity. */
  public Cycle publish() {
    return new MatchingReview(this).publish();
  }

  // ---------------------------------------------------------------- 5. kick-off

  /**
   * Records (or replaces) the kick-off of a current pair: both sides' expectations and at least one
   * complete goal. Allowed at kick-off and, for pairs added by re-matching or that started
   * without one, while running.
   */
  public Cycle recordKickOff(KickOff kickOff) {
    return jointKickOff().record(kickOff);
  }

  /**
   * Starts the running phase; needs a kick-off or a recorded reason for missing it for every
   * current pair. The session plan counts from the joint kick-off's date when one was held;
   * otherwise use {@link JointKickOff#startRunning(LocalDate)}.
   */
  public Cycle startRunning() {
    return jointKickOff().startRunning();
  }

  // ---------------------------------------------------------------- 6. running

  /** Records a session of a current pair. */
  public Cycle recordSession(Pair pair, LocalDate date, SessionStatus status) {
    return pacing().recordSession(pair, date, status);
  }

  /**
   * Applies a change after publishing (a pair ends, a mentor or mentee leaves, a mentor or a
   * waitlisted mentee joins, a capacity changes) and re-matches only the affected mentees with
   * {@code strategy}, keeping every other pair (see {@link Rematcher} for the exact scope).
   * Removed pairs are recorded as ended on {@code date} with {@code reason}; added pairs join
   * the cycle's formed pairs. Allowed at kick-off (a person leaving before the pair ever met) and
   * while running. See {@link #changes()} for the other phases.
   *
   * @throws ValidationException when the change names people or pairs not in the cycle
   */
  public Cycle change(Change change, LocalDate date, String reason, MatchingStrategy strategy, MatchOptions options) {
    return changes().apply(change, date, reason, strategy, options);
  }

  /**
   * {@link #change(Change, LocalDate, String, MatchingStrategy, MatchOptions)} with the strategy
   * registered under {@code strategyName} (see {@link #rematchStrategy} for the usual choice).
   */
  public Cycle change(Change change, LocalDate date, String reason, StrategyRegistry registry, String strategyName, MatchOptions options) {
    PhaseGuard.requirePhase(s, "re-match", Phase.KICK_OFF, Phase.RUNNING);
    return change(change, date, reason, registered(registry, strategyName, "re-match"), options);
  }

  /** {@link #change} for a pair that ends early while both people stay. */
  public Cycle endPair(Pair pair, LocalDate date, String reason, MatchingStrategy strategy, MatchOptions options) {
    return change(new Change.PairEnds(pair.mentee(), pair.mentor()), date, reason, strategy, options);
  }

  /**
   * The strategy to re-match with: {@code optaplanner} when registered (the solver module is on
   * the class path), else {@code exact}, else {@code greedy}, else any registered one.
   */
  public static Optional<MatchingStrategy> rematchStrategy(StrategyRegistry registry) {
    for (String name : List.of("optaplanner", "exact", "greedy")) {
      Optional<MatchingStrategy> found = registry.find(name);
      if (found.isPresent()) {
        return found;
      }
    }
    return registry.names().stream().findFirst().flatMap(registry::find);
  }

  /** Starts the feedback round; needs at least one session recorded for every current pair. */
  public Cycle startFeedback() {
    return new FeedbackRound(this).startFeedback();
  }

  // ---------------------------------------------------------------- 7. feedback

  /**
   * Records (or replaces) the feedback of one side of a pair formed in this cycle.
   *
   * @throws ValidationException for a pair not formed in the cycle, a rating outside 1..5, or a
   *     number of goal ratings other than the number of the pair's kick-off goals
   */
  public Cycle recordFeedback(Feedback feedback) {
    return new FeedbackRound(this).record(feedback);
  }

  /** Who has not given feedback yet: both sides of every formed pair, minus those recorded. */
  public ImmutableList<FeedbackKey> missingFeedback() {
    return new FeedbackRound(this).missing();
  }

  /** Closes the cycle; needs at least one feedback. Missing feedback stays listed in the report. */
  public Cycle close() {
    return new FeedbackRound(this).close();
  }

  // ---------------------------------------------------------------- 8. closed

  /** The pairs of this closed cycle as history: each with the mentee's overall rating when given. */
  public ImmutableList<PastPair> pastPairs() {
    return new FeedbackRound(this).pastPairs();
  }

  /** The cycle report (see {@link CycleReport} for every figure). */
  public CycleReport report() {
    PhaseGuard.requirePhase(s, "report", Phase.CLOSED);
    return Reports.of(this);
  }

  /**
   * What this closed cycle hands to the next round: the waitlist with raised priorities, the
   * topics short of mentors with whom to approach, the returning mentors and the learnings by
   * topic (see {@link CarryOver} for each rule).
   */
  public CarryOver carryOver() {
    PhaseGuard.requirePhase(s, "carry over", Phase.CLOSED);
    return CarryOvers.of(this);
  }

  // ---------------------------------------------------------------- helpers

  private MatchingStrategy registered(StrategyRegistry registry, String name, String step) {
    Optional<MatchingStrategy> strategy = registry.find(name);
    if (strategy.isEmpty()) {
      PhaseGuard.refuse(s, step, "strategy \"" + name + "\" is not registered; known: " + String.join(", ", registry.names()));
    }
    return strategy.get();
  }

  Optional<KickOff> kickOff(Pair pair) {
    return s.kickOffs().stream().filter(k -> k.pair().equals(pair)).findFirst();
  }

  Optional<Feedback> feedbackOf(Pair pair, Side side) {
    return s.feedback().stream().filter(f -> f.pair().equals(pair) && f.side() == side).findFirst();
  }

  /** A new cycle: this state changed by {@code change} on a working copy (copy-on-write). */
  Cycle with(Consumer<CycleState.Builder> change) {
    CycleState.Builder b = s.toBuilder();
    change.accept(b);
    return new Cycle(b.build());
  }

  CycleState state() {
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cycle c && c.s.equals(s);
  }

  @Override
  public int hashCode() {
    return s.hashCode();
  }

  @Override
  public String toString() {
    return "Cycle[" + s.id() + ", " + s.phase() + ", " + s.mentees().size() + " mentees, " + s.mentors().size() + " mentors]";
  }
}
