package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rematch.Change;
import dev.tandem.core.rematch.RematchResult;
import dev.tandem.core.rematch.Rematcher;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.Rule;
import dev.tandem.core.rules.Rules;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One round of a reverse-mentoring programme, from the topic call to the closing report. Read
 * top to bottom, this is how to run a round.
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
 * {@link #nominateMentor}. Then {@link #closeEnrolment()}.
 *
 * <h2>3. Framework ({@link Phase#FRAMEWORK})</h2>
 * Agree duration, meeting cadence, number of sessions and the confidentiality charter
 * ({@link #defineFramework}); {@link #startMatching()} refuses until it is complete. Programmes
 * without a framework set from the start are the ones that fail.
 *
 * <h2>4. Matching ({@link Phase#MATCHING})</h2>
 * A strategy proposes a draft ({@link #draft(StrategyRegistry, String, MatchOptions)}). The
 * administrator reviews it: {@link #lock}, {@link #forbid}, {@link #swap}, {@link #remove}; each
 * edit is re-evaluated by the one {@link Evaluator} and explained in {@link #review()} (score
 * before and after, pairs formed and dissolved with their score parts, rules broken, capacities
 * exceeded, mentees left unmatched and why). Drafting again keeps locks and forbidden pairs.
 * {@link #publish()} refuses while a pair breaks a rule or a mentor is over capacity.
 *
 * <h2>5. Kick-off ({@link Phase#KICK_OFF})</h2>
 * Each pair meets and records the expectations of both sides and its goals (description,
 * measure of success, target date): {@link #recordKickOff}. {@link #startRunning()} refuses
 * until every pair has one.
 *
 * <h2>6. Running ({@link Phase#RUNNING})</h2>
 * Record sessions held or cancelled ({@link #recordSession}). When a pair ends early or people
 * leave or join, {@link #change} re-matches only the affected mentees and keeps every other pair
 * (see {@link Rematcher}); use the strategy named {@code optaplanner} when the solver module is
 * present, else a core one ({@link #rematchStrategy(StrategyRegistry)}). Pairs added this way may
 * record a kick-off too. {@link #startFeedback()} refuses while a pair has no session recorded.
 *
 * <h2>7. Feedback round ({@link Phase#FEEDBACK})</h2>
 * Both sides of every pair formed in the cycle give feedback: overall rating 1 to 5, a rating
 * per goal, learnings, whether they would take part again ({@link #recordFeedback}).
 * {@link #missingFeedback()} lists who has not answered; nothing is ever invented for them.
 * {@link #close()} needs at least one answer.
 *
 * <h2>8. Closed ({@link Phase#CLOSED})</h2>
 * {@link #report()} gives participation, goal attainment, ratings by topic, learnings, the
 * network effect and topic demand versus supply for the next topic call. The cycle's pairs and
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
    requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new ValidationException(List.of(new ValidationProblem("id", "cycle id must not be blank")));
    }
    CycleState state = new CycleState(id, Phase.TOPIC_CALL, ImmutableList.copyOf(catalogue), ImmutableList.copyOf(employees),
        policy, ImmutableList.copyOf(history), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), Optional.empty(),
        ImmutableList.of(), ImmutableList.of(), Optional.empty(), Optional.empty(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
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
   * mentees and mentors, the history, forbidden pairs and locked pairs (pinned), and the policy.
   */
  public MatchingProblem problem() {
    MatchingProblem.Builder b = MatchingProblem.builder().name(s.id()).policy(s.policy()).competences(s.catalogue())
        .employees(s.employees()).mentees(s.mentees()).mentors(s.mentors()).history(s.history());
    s.forbidden().forEach(b::forbid);
    return b.pinnedPairs(s.locked()).build();
  }

  /** The evaluation of the current draft or matching. */
  public Optional<Evaluation> evaluation() {
    return s.matching().map(m -> Evaluator.evaluate(problem(), m));
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
    requirePhase("announce a topic", Phase.TOPIC_CALL);
    List<ValidationProblem> problems = new ArrayList<>();
    if (s.catalogue().stream().noneMatch(c -> c.id().equals(topic.competence()))) {
      problems.add(new ValidationProblem("topic.competence", "unknown competence \"" + topic.competence() + "\""));
    }
    if (s.topics().stream().anyMatch(t -> t.competence().equals(topic.competence()))) {
      problems.add(new ValidationProblem("topic.competence", "topic \"" + topic.competence() + "\" is already announced"));
    }
    if (topic.targetPairs().isPresent() && topic.targetPairs().getAsInt() < 1) {
      problems.add(new ValidationProblem("topic.targetPairs", topic.targetPairs().getAsInt() + " is below 1"));
    }
    throwIfAny(problems);
    return with(m -> m.topics.add(topic));
  }

  /** Ends the topic call; needs at least one announced topic. */
  public Cycle openEnrolment() {
    requirePhase("open enrolment", Phase.TOPIC_CALL);
    if (s.topics().isEmpty()) {
      refuse("open enrolment", "no topic announced: announce at least one topic");
    }
    return with(m -> m.phase = Phase.ENROLMENT);
  }

  // ---------------------------------------------------------------- 2. enrolment

  /**
   * Enrols an executive as mentee on announced topics.
   *
   * @throws ValidationException for an unknown employee, a second enrolment, a topic that was not
   *     announced, or anything the problem validation refuses (weights, priority, ranking)
   */
  public Cycle enrolMentee(Mentee mentee) {
    requirePhase("enrol a mentee", Phase.ENROLMENT);
    List<ValidationProblem> problems = new ArrayList<>();
    checkEmployee("mentee.employee", mentee.employee(), problems);
    if (s.mentees().stream().anyMatch(m -> m.employee().equals(mentee.employee()))) {
      problems.add(new ValidationProblem("mentee.employee", "\"" + mentee.employee() + "\" is already enrolled as mentee"));
    }
    if (mentee.topics().isEmpty()) {
      problems.add(new ValidationProblem("mentee.topics", "no topic chosen: pick at least one announced topic"));
    }
    Set<String> announced = announced();
    for (int t = 0; t < mentee.topics().size(); t++) {
      String c = mentee.topics().get(t).competence();
      if (!announced.contains(c)) {
        problems.add(new ValidationProblem("mentee.topics[" + t + "].competence",
            "\"" + c + "\" is not an announced topic (announced: " + String.join(", ", announced) + ")"));
      }
    }
    throwIfAny(problems);
    Cycle next = with(m -> m.mentees.add(mentee));
    next.problem();
    return next;
  }

  /** Enrols a volunteer mentor (as given; see {@link #nominateMentor} for the direct approach). */
  public Cycle enrolMentor(Mentor mentor) {
    requirePhase("enrol a mentor", Phase.ENROLMENT);
    return addMentor(mentor);
  }

  /** Enrols a mentor who was approached directly: marked {@code nominated}. */
  public Cycle nominateMentor(Mentor mentor) {
    requirePhase("nominate a mentor", Phase.ENROLMENT);
    return addMentor(mentor.withNominated(true));
  }

  private Cycle addMentor(Mentor mentor) {
    List<ValidationProblem> problems = new ArrayList<>();
    checkEmployee("mentor.employee", mentor.employee(), problems);
    if (s.mentors().stream().anyMatch(m -> m.employee().equals(mentor.employee()))) {
      problems.add(new ValidationProblem("mentor.employee", "\"" + mentor.employee() + "\" is already enrolled as mentor"));
    }
    if (mentor.competences().isEmpty()) {
      problems.add(new ValidationProblem("mentor.competences", "no competence given: name at least one"));
    }
    throwIfAny(problems);
    Cycle next = with(m -> m.mentors.add(mentor));
    next.problem();
    return next;
  }

  /**
   * The direct approach: for each announced topic, the employees to approach as mentors.
   * A candidate is not yet enrolled (in either role), lists the topic in its skills inventory, and
   * would be an eligible mentor (by {@link Rules}: level gap, reporting line, no repeat of an
   * earlier pair) for at least one enrolled mentee who asked for the topic. Candidates are ranked
   * by how many such mentees they could serve, then by id. Cost: one problem build and one
   * {@link Eligibility} per topic.
   */
  public ImmutableList<TopicSuggestion> suggestMentors() {
    requirePhase("suggest mentors", Phase.ENROLMENT);
    Set<String> enrolled = new HashSet<>();
    s.mentees().forEach(m -> enrolled.add(m.employee()));
    s.mentors().forEach(m -> enrolled.add(m.employee()));
    ImmutableList.Builder<TopicSuggestion> out = ImmutableList.builder();
    for (AnnouncedTopic topic : s.topics()) {
      String c = topic.competence();
      List<Employee> candidates = s.employees().stream()
          .filter(e -> !enrolled.contains(e.id()) && e.skills().contains(c)).toList();
      if (candidates.isEmpty() || s.mentees().isEmpty()) {
        out.add(new TopicSuggestion(c, ImmutableList.of()));
        continue;
      }
      // A hypothetical problem: every candidate as a mentor holding only this topic.
      MatchingProblem.Builder b = MatchingProblem.builder().name(s.id() + "/suggest/" + c).policy(s.policy())
          .competences(s.catalogue()).employees(s.employees()).mentees(s.mentees()).mentors(s.mentors()).history(s.history());
      candidates.forEach(e -> b.mentor(Mentor.of(e.id(), 1, List.of(new Proficiency(c, 3)))));
      MatchingProblem hypothetical = b.build();
      Eligibility el = Eligibility.of(hypothetical);
      List<MentorCandidate> found = new ArrayList<>();
      for (Employee e : candidates) {
        int r = hypothetical.mentorIndex(e.id());
        List<String> servable = new ArrayList<>();
        for (int i = 0; i < hypothetical.mentees().size(); i++) {
          Mentee m = hypothetical.mentees().get(i);
          boolean asks = m.topics().stream().anyMatch(t -> t.competence().equals(c));
          if (asks && el.isEligible(i, r)) {
            servable.add(m.employee());
          }
        }
        if (!servable.isEmpty()) {
          found.add(new MentorCandidate(e.id(), ImmutableList.copyOf(servable)));
        }
      }
      found.sort(Comparator.comparingInt(MentorCandidate::servable).reversed().thenComparing(MentorCandidate::employee));
      out.add(new TopicSuggestion(c, ImmutableList.copyOf(found)));
    }
    return out.build();
  }

  /** Ends enrolment; needs at least one mentee and one mentor. */
  public Cycle closeEnrolment() {
    requirePhase("close enrolment", Phase.ENROLMENT);
    List<String> missing = new ArrayList<>();
    if (s.mentees().isEmpty()) {
      missing.add("no mentee enrolled");
    }
    if (s.mentors().isEmpty()) {
      missing.add("no mentor enrolled (volunteers, or people approached directly: see suggestMentors)");
    }
    refuseIfAny("close enrolment", missing);
    return with(m -> m.phase = Phase.FRAMEWORK);
  }

  // ---------------------------------------------------------------- 3. framework

  /** Sets (or replaces) the framework; completeness is checked by {@link #startMatching()}. */
  public Cycle defineFramework(Framework framework) {
    requireNonNull(framework, "framework");
    requirePhase("define the framework", Phase.FRAMEWORK);
    return with(m -> m.framework = Optional.of(framework));
  }

  /** Moves to matching; needs a complete framework. */
  public Cycle startMatching() {
    requirePhase("start matching", Phase.FRAMEWORK);
    if (s.framework().isEmpty()) {
      refuse("start matching", "no framework defined: duration, meeting cadence, sessions and the confidentiality charter");
    }
    refuseIfAny("start matching", s.framework().get().missing());
    return with(m -> m.phase = Phase.MATCHING);
  }

  // ---------------------------------------------------------------- 4. matching

  /** Drafts with the strategy registered under {@code strategyName} in {@code registry}. */
  public Cycle draft(StrategyRegistry registry, String strategyName, MatchOptions options) {
    requirePhase("draft a matching", Phase.MATCHING);
    Optional<MatchingStrategy> strategy = registry.find(strategyName);
    if (strategy.isEmpty()) {
      refuse("draft a matching", "strategy \"" + strategyName + "\" is not registered; known: " + String.join(", ", registry.names()));
    }
    return draft(strategy.get(), options);
  }

  /**
   * Drafts a matching with {@code strategy}; locked pairs are kept and forbidden pairs avoided.
   * Replaces an earlier draft; logged and explained in {@link #review()}.
   */
  public Cycle draft(MatchingStrategy strategy, MatchOptions options) {
    requirePhase("draft a matching", Phase.MATCHING);
    MatchingProblem p = problem();
    Eligibility el = Eligibility.of(p);
    Matching draft = Matching.of(p, strategy.match(el, options).pairs());
    Optional<Evaluation> before = s.matching().map(m -> Evaluator.evaluate(el, m));
    Evaluation after = Evaluator.evaluate(el, draft);
    ReviewEntry entry = explain(new ReviewEdit.Draft(strategy.name()), before, after, s.matching().map(Matching::pairs).orElse(ImmutableList.of()), draft);
    return with(m -> {
      m.matching = Optional.of(draft);
      m.strategy = Optional.of(strategy.name());
      m.review.add(entry);
    });
  }

  /**
   * Locks a pair: the mentee is moved to the mentor in the draft (if not there already) and the
   * pair is pinned for every later draft and kept through re-matching decisions of the review.
   *
   * @throws ValidationException when a person is not enrolled or the pair breaks a rule (a locked
   *     pair must be eligible)
   */
  public Cycle lock(String mentee, String mentor) {
    String step = "lock a pair";
    requireDraft(step);
    Pair pair = Pair.of(mentee, mentor);
    checkPair("lock", pair);
    Set<Rule> broken = Rules.violated(problem(), mentee, mentor);
    if (!broken.isEmpty()) {
      throw new ValidationException(List.of(new ValidationProblem("lock", "pair " + pair + " breaks " + broken + ": a locked pair must be eligible")));
    }
    long lockedLoad = s.locked().stream().filter(p -> p.mentor().equals(mentor) && !p.mentee().equals(mentee)).count() + 1;
    int capacity = problem().mentor(mentor).orElseThrow().capacity();
    if (lockedLoad > capacity) {
      refuse(step, "mentor \"" + mentor + "\" would have " + lockedLoad + " locked mentees, capacity " + capacity + ": unlock one by drafting without it");
    }
    return edit(new ReviewEdit.Lock(pair), m -> {
      m.locked.removeIf(p -> p.mentee().equals(mentee));
      m.locked.add(pair);
    }, pairs -> {
      pairs.put(mentee, mentor);
    });
  }

  /**
   * Forbids a pair: it leaves the draft (the mentee becomes unmatched) and no later draft or
   * re-matching proposes it.
   */
  public Cycle forbid(String mentee, String mentor) {
    String step = "forbid a pair";
    requireDraft(step);
    Pair pair = Pair.of(mentee, mentor);
    checkPair("forbid", pair);
    if (s.locked().contains(pair)) {
      refuse(step, "pair " + pair + " is locked; a locked pair cannot be forbidden");
    }
    return edit(new ReviewEdit.Forbid(pair), m -> {
      if (!m.forbidden.contains(pair)) {
        m.forbidden.add(pair);
      }
    }, pairs -> pairs.remove(mentee, mentor));
  }

  /**
   * Swaps the mentors of two matched mentees. The result may break a rule; the review entry says
   * which, and {@link #publish()} refuses until it is repaired.
   */
  public Cycle swap(String menteeA, String menteeB) {
    String step = "swap two pairs";
    requireDraft(step);
    Matching d = s.matching().get();
    List<String> missing = new ArrayList<>();
    for (String m : List.of(menteeA, menteeB)) {
      Optional<String> r = d.mentorOf(m);
      if (r.isEmpty()) {
        missing.add("\"" + m + "\" has no mentor in the draft");
      } else if (s.locked().contains(Pair.of(m, r.get()))) {
        missing.add("pair " + Pair.of(m, r.get()) + " is locked");
      }
    }
    if (menteeA.equals(menteeB)) {
      missing.add("a swap needs two different mentees");
    }
    refuseIfAny(step, missing);
    String ra = d.mentorOf(menteeA).get();
    String rb = d.mentorOf(menteeB).get();
    return edit(new ReviewEdit.Swap(menteeA, menteeB), m -> {}, pairs -> {
      pairs.put(menteeA, rb);
      pairs.put(menteeB, ra);
    });
  }

  /** Removes a mentee's pair from the draft (the mentee is left unmatched). */
  public Cycle remove(String mentee) {
    String step = "remove a pair";
    requireDraft(step);
    Optional<String> r = s.matching().get().mentorOf(mentee);
    if (r.isEmpty()) {
      refuse(step, "\"" + mentee + "\" has no mentor in the draft");
    }
    if (s.locked().contains(Pair.of(mentee, r.get()))) {
      refuse(step, "pair " + Pair.of(mentee, r.get()) + " is locked");
    }
    return edit(new ReviewEdit.Remove(mentee), m -> {}, pairs -> pairs.remove(mentee));
  }

  /** Publishes the draft; needs a draft in which no pair breaks a rule and no mentor is over capacity. */
  public Cycle publish() {
    requireDraft("publish");
    Evaluation e = evaluation().orElseThrow();
    List<String> missing = new ArrayList<>();
    for (PairEvaluation p : e.pairs()) {
      if (!p.eligible()) {
        missing.add("pair " + p.pair() + " breaks " + p.broken());
      }
    }
    missing.addAll(capacityExcess(s.matching().get(), problem()));
    if (s.matching().get().pairs().isEmpty()) {
      missing.add("the draft has no pair");
    }
    refuseIfAny("publish", missing);
    return with(m -> {
      m.phase = Phase.KICK_OFF;
      m.formed.addAll(s.matching().get().pairs());
    });
  }

  // ---------------------------------------------------------------- 5. kick-off

  /**
   * Records (or replaces) the kick-off of a current pair: both sides' expectations and at least one
   * complete goal. Allowed at kick-off and, for pairs added by re-matching, while running.
   */
  public Cycle recordKickOff(KickOff kickOff) {
    String step = "record a kick-off";
    requirePhase(step, Phase.KICK_OFF, Phase.RUNNING);
    requireCurrentPair("kickOff.pair", kickOff.pair());
    List<String> missing = new ArrayList<>();
    if (kickOff.menteeExpectations().isBlank()) {
      missing.add("kickOff.menteeExpectations: the mentee's expectations are blank");
    }
    if (kickOff.mentorExpectations().isBlank()) {
      missing.add("kickOff.mentorExpectations: the mentor's expectations are blank");
    }
    if (kickOff.goals().isEmpty()) {
      missing.add("kickOff.goals: no goal set; set at least one");
    }
    for (int g = 0; g < kickOff.goals().size(); g++) {
      Goal goal = kickOff.goals().get(g);
      if (goal.description().isBlank()) {
        missing.add("kickOff.goals[" + g + "].description: blank");
      }
      if (goal.measureOfSuccess().isBlank()) {
        missing.add("kickOff.goals[" + g + "].measureOfSuccess: blank");
      }
    }
    refuseIfAny(step, missing);
    return with(m -> {
      m.kickOffs.removeIf(k -> k.pair().equals(kickOff.pair()));
      m.kickOffs.add(kickOff);
    });
  }

  /** Starts the running phase; needs a kick-off for every published pair. */
  public Cycle startRunning() {
    requirePhase("start running", Phase.KICK_OFF);
    Set<Pair> done = s.kickOffs().stream().map(KickOff::pair).collect(Collectors.toSet());
    refuseIfAny("start running", s.matching().get().pairs().stream().filter(p -> !done.contains(p))
        .map(p -> "no kick-off recorded for " + p).toList());
    return with(m -> m.phase = Phase.RUNNING);
  }

  // ---------------------------------------------------------------- 6. running

  /** Records a session of a current pair. */
  public Cycle recordSession(Pair pair, LocalDate date, SessionStatus status) {
    requirePhase("record a session", Phase.RUNNING);
    requireCurrentPair("session.pair", pair);
    SessionRecord r = new SessionRecord(pair, date, status);
    return with(m -> m.sessions.add(r));
  }

  /**
   * Applies a change while running (a pair ends, a mentor or mentee leaves, a mentor joins) and
   * re-matches only the affected mentees with {@code strategy}, keeping every other pair (see
   * {@link Rematcher} for the exact scope). Removed pairs are recorded as ended on {@code date}
   * with {@code reason}; added pairs join the cycle's formed pairs.
   *
   * @throws ValidationException when the change names people or pairs not in the cycle
   */
  public Cycle change(Change change, LocalDate date, String reason, MatchingStrategy strategy, MatchOptions options) {
    requireNonNull(date, "date");
    requireNonNull(reason, "reason");
    requirePhase("re-match", Phase.RUNNING);
    RematchResult r = Rematcher.rematch(problem(), s.matching().get(), change, strategy, options);
    MatchingProblem p = r.problem();
    Set<Pair> current = new HashSet<>(r.matching().pairs());
    return with(m -> {
      m.employees = new ArrayList<>(p.employees());
      m.mentees = new ArrayList<>(p.mentees());
      m.mentors = new ArrayList<>(p.mentors());
      m.forbidden = new ArrayList<>(p.forbiddenPairs());
      m.locked.removeIf(x -> !current.contains(x));
      m.matching = Optional.of(r.matching());
      r.removed().forEach(x -> m.endings.add(new PairEnding(x, date, reason)));
      m.formed.addAll(r.added());
    });
  }

  /**
   * {@link #change(Change, LocalDate, String, MatchingStrategy, MatchOptions)} with the strategy
   * registered under {@code strategyName} (see {@link #rematchStrategy} for the usual choice).
   */
  public Cycle change(Change change, LocalDate date, String reason, StrategyRegistry registry, String strategyName, MatchOptions options) {
    requirePhase("re-match", Phase.RUNNING);
    Optional<MatchingStrategy> strategy = registry.find(strategyName);
    if (strategy.isEmpty()) {
      refuse("re-match", "strategy \"" + strategyName + "\" is not registered; known: " + String.join(", ", registry.names()));
    }
    return change(change, date, reason, strategy.get(), options);
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
    requirePhase("start the feedback round", Phase.RUNNING);
    Set<Pair> met = s.sessions().stream().map(SessionRecord::pair).collect(Collectors.toSet());
    refuseIfAny("start the feedback round", s.matching().get().pairs().stream().filter(p -> !met.contains(p))
        .map(p -> "no session recorded for " + p).toList());
    return with(m -> m.phase = Phase.FEEDBACK);
  }

  // ---------------------------------------------------------------- 7. feedback

  /**
   * Records (or replaces) the feedback of one side of a pair formed in this cycle.
   *
   * @throws ValidationException for a pair not formed in the cycle, a rating outside 1..5, or a
   *     number of goal ratings other than the number of the pair's kick-off goals
   */
  public Cycle recordFeedback(Feedback feedback) {
    requirePhase("record feedback", Phase.FEEDBACK);
    List<ValidationProblem> problems = new ArrayList<>();
    if (!s.formed().contains(feedback.pair())) {
      problems.add(new ValidationProblem("feedback.pair", "pair " + feedback.pair() + " was not formed in cycle " + s.id()));
    }
    if (feedback.overallRating() < 1 || feedback.overallRating() > 5) {
      problems.add(new ValidationProblem("feedback.overallRating", feedback.overallRating() + " is outside 1..5"));
    }
    int goals = kickOff(feedback.pair()).map(k -> k.goals().size()).orElse(0);
    if (feedback.goalRatings().size() != goals) {
      problems.add(new ValidationProblem("feedback.goalRatings",
          feedback.goalRatings().size() + " ratings for " + goals + " kick-off goals of " + feedback.pair()));
    }
    for (int g = 0; g < feedback.goalRatings().size(); g++) {
      int r = feedback.goalRatings().get(g);
      if (r < 1 || r > 5) {
        problems.add(new ValidationProblem("feedback.goalRatings[" + g + "]", r + " is outside 1..5"));
      }
    }
    throwIfAny(problems);
    return with(m -> {
      m.feedback.removeIf(f -> f.key().equals(feedback.key()));
      m.feedback.add(feedback);
    });
  }

  /** Who has not given feedback yet: both sides of every formed pair, minus those recorded. */
  public ImmutableList<FeedbackKey> missingFeedback() {
    requirePhase("list missing feedback", Phase.FEEDBACK, Phase.CLOSED);
    Set<FeedbackKey> given = s.feedback().stream().map(Feedback::key).collect(Collectors.toSet());
    ImmutableList.Builder<FeedbackKey> out = ImmutableList.builder();
    for (Pair p : s.formed()) {
      for (Side side : Side.values()) {
        FeedbackKey k = new FeedbackKey(p, side);
        if (!given.contains(k)) {
          out.add(k);
        }
      }
    }
    return out.build();
  }

  /** Closes the cycle; needs at least one feedback. Missing feedback stays listed in the report. */
  public Cycle close() {
    requirePhase("close the cycle", Phase.FEEDBACK);
    if (s.feedback().isEmpty()) {
      refuse("close the cycle", "no feedback recorded; expected from " + missingFeedback().size() + " sides, e.g. " + missingFeedback().get(0));
    }
    return with(m -> m.phase = Phase.CLOSED);
  }

  // ---------------------------------------------------------------- 8. closed

  /** The pairs of this closed cycle as history: each with the mentee's overall rating when given. */
  public ImmutableList<PastPair> pastPairs() {
    requirePhase("yield history", Phase.CLOSED);
    ImmutableList.Builder<PastPair> out = ImmutableList.builder();
    for (Pair p : s.formed()) {
      Optional<Feedback> f = feedbackOf(p, Side.MENTEE);
      out.add(f.isPresent() ? PastPair.rated(s.id(), p.mentee(), p.mentor(), f.get().overallRating()) : PastPair.of(s.id(), p.mentee(), p.mentor()));
    }
    return out.build();
  }

  /** The cycle report (see {@link CycleReport} for every figure). */
  public CycleReport report() {
    requirePhase("report", Phase.CLOSED);
    return Reports.of(this);
  }

  // ---------------------------------------------------------------- helpers

  Optional<KickOff> kickOff(Pair pair) {
    return s.kickOffs().stream().filter(k -> k.pair().equals(pair)).findFirst();
  }

  Optional<Feedback> feedbackOf(Pair pair, Side side) {
    return s.feedback().stream().filter(f -> f.pair().equals(pair) && f.side() == side).findFirst();
  }

  private Set<String> announced() {
    return s.topics().stream().map(AnnouncedTopic::competence).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private void checkEmployee(String path, String id, List<ValidationProblem> problems) {
    if (s.employees().stream().noneMatch(e -> e.id().equals(id))) {
      problems.add(new ValidationProblem(path, "unknown employee \"" + id + "\""));
    }
  }

  private void checkPair(String path, Pair pair) {
    List<ValidationProblem> problems = new ArrayList<>();
    if (s.mentees().stream().noneMatch(m -> m.employee().equals(pair.mentee()))) {
      problems.add(new ValidationProblem(path + ".mentee", "\"" + pair.mentee() + "\" is not an enrolled mentee"));
    }
    if (s.mentors().stream().noneMatch(m -> m.employee().equals(pair.mentor()))) {
      problems.add(new ValidationProblem(path + ".mentor", "\"" + pair.mentor() + "\" is not an enrolled mentor"));
    }
    throwIfAny(problems);
  }

  private void requireCurrentPair(String path, Pair pair) {
    if (!s.matching().map(m -> m.pairs().contains(pair)).orElse(false)) {
      throw new ValidationException(List.of(new ValidationProblem(path, "pair " + pair + " is not a current pair of cycle " + s.id())));
    }
  }

  private static List<String> capacityExcess(Matching matching, MatchingProblem problem) {
    Map<String, Integer> load = new LinkedHashMap<>();
    matching.pairs().forEach(p -> load.merge(p.mentor(), 1, Integer::sum));
    List<String> out = new ArrayList<>();
    load.forEach((r, l) -> {
      int cap = problem.mentor(r).orElseThrow().capacity();
      if (l > cap) {
        out.add("mentor \"" + r + "\" has " + l + " mentees, capacity " + cap);
      }
    });
    return out;
  }

  private void requireDraft(String step) {
    requirePhase(step, Phase.MATCHING);
    if (s.matching().isEmpty()) {
      refuse(step, "no draft yet: draft a matching with a strategy first");
    }
  }

  private void requirePhase(String step, Phase... allowed) {
    for (Phase p : allowed) {
      if (p == s.phase()) {
        return;
      }
    }
    String where = java.util.Arrays.stream(allowed).map(Phase::name).collect(Collectors.joining(" or "));
    String hint = s.phase() == Phase.CLOSED ? "the cycle is closed"
        : s.phase().compareTo(allowed[0]) < 0 ? "the cycle is still in " + s.phase() + ", next step: " + nextStep(s.phase())
        : "the cycle is already past " + where;
    refuse(step, "this step belongs to phase " + where + "; " + hint);
  }

  private static String nextStep(Phase p) {
    return switch (p) {
      case TOPIC_CALL -> "openEnrolment";
      case ENROLMENT -> "closeEnrolment";
      case FRAMEWORK -> "startMatching";
      case MATCHING -> "publish";
      case KICK_OFF -> "startRunning";
      case RUNNING -> "startFeedback";
      case FEEDBACK -> "close";
      case CLOSED -> "none";
    };
  }

  private void refuse(String step, String missing) {
    throw new StepRefusedException(s.phase(), step, List.of(missing));
  }

  private void refuseIfAny(String step, List<String> missing) {
    if (!missing.isEmpty()) {
      throw new StepRefusedException(s.phase(), step, missing);
    }
  }

  private static void throwIfAny(List<ValidationProblem> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** An edit of the draft: changes the state (locks, forbids), then the pairs, then evaluates and explains. */
  private Cycle edit(ReviewEdit edit, java.util.function.Consumer<Mutable> state, java.util.function.Consumer<Map<String, String>> pairs) {
    MatchingProblem before = problem();
    Matching old = s.matching().get();
    Map<String, String> mentorOf = new LinkedHashMap<>();
    old.pairs().forEach(p -> mentorOf.put(p.mentee(), p.mentor()));
    pairs.accept(mentorOf);
    Cycle changed = with(state);
    MatchingProblem after = changed.problem();
    List<Pair> list = new ArrayList<>();
    for (Mentee m : after.mentees()) {
      String r = mentorOf.get(m.employee());
      if (r != null) {
        list.add(Pair.of(m.employee(), r));
      }
    }
    Matching draft = Matching.of(after, list);
    Evaluation eb = Evaluator.evaluate(before, old);
    Evaluation ea = Evaluator.evaluate(after, draft);
    ReviewEntry entry = explain(edit, Optional.of(eb), ea, old.pairs(), draft);
    return changed.with(m -> {
      m.matching = Optional.of(draft);
      m.review.add(entry);
    });
  }

  private ReviewEntry explain(ReviewEdit edit, Optional<Evaluation> before, Evaluation after, List<Pair> oldPairs, Matching draft) {
    List<String> lines = new ArrayList<>();
    Score b = before.map(Evaluation::score).orElse(Score.ZERO);
    lines.add("score " + (before.isPresent() ? b + " -> " : "") + after.score());
    Set<Pair> old = new HashSet<>(oldPairs);
    Set<Pair> now = new HashSet<>(draft.pairs());
    for (Pair p : oldPairs) {
      if (!now.contains(p)) {
        lines.add("dissolved " + p);
      }
    }
    for (PairEvaluation pe : after.pairs()) {
      if (!old.contains(pe.pair())) {
        lines.add("formed " + pe.pair() + " scoring " + pe.pairScore() + " (" + parts(pe.parts()) + ")");
      }
      if (!pe.eligible()) {
        lines.add("pair " + pe.pair() + " breaks " + pe.broken());
      }
    }
    lines.addAll(capacityExcess(draft, problem()));
    Set<String> unmatchedBefore = before.map(e -> e.unmatched().stream().map(UnmatchedMentee::mentee).collect(Collectors.toSet()))
        .orElse(Set.of());
    for (UnmatchedMentee u : after.unmatched()) {
      if (!unmatchedBefore.contains(u.mentee())) {
        lines.add(u.mentee() + " is unmatched: " + u.reason() + " (" + u.eligibleMentors() + " eligible mentors"
            + (u.excludedBy().isEmpty() ? "" : ", excluded " + u.excludedBy()) + ")");
      }
    }
    return new ReviewEntry(edit, b, after.score(), ImmutableList.copyOf(lines));
  }

  private static String parts(PairParts p) {
    if (p.explicit().isPresent()) {
      return "explicit score " + p.explicit().getAsLong();
    }
    return "topic " + p.topic() + ", level gap " + p.levelGap() + ", cross-department " + p.crossDepartment()
        + ", rating " + p.rating() + ", preference " + p.preference();
  }

  // ---------------------------------------------------------------- copy-on-write

  /** A mutable copy of the state, used only inside one step. */
  static final class Mutable {
    Phase phase;
    List<Employee> employees;
    List<AnnouncedTopic> topics;
    List<Mentee> mentees;
    List<Mentor> mentors;
    Optional<Framework> framework;
    List<Pair> locked;
    List<Pair> forbidden;
    Optional<String> strategy;
    Optional<Matching> matching;
    List<ReviewEntry> review;
    List<Pair> formed;
    List<KickOff> kickOffs;
    List<SessionRecord> sessions;
    List<PairEnding> endings;
    List<Feedback> feedback;

    Mutable(CycleState s) {
      phase = s.phase();
      employees = new ArrayList<>(s.employees());
      topics = new ArrayList<>(s.topics());
      mentees = new ArrayList<>(s.mentees());
      mentors = new ArrayList<>(s.mentors());
      framework = s.framework();
      locked = new ArrayList<>(s.locked());
      forbidden = new ArrayList<>(s.forbidden());
      strategy = s.strategy();
      matching = s.matching();
      review = new ArrayList<>(s.review());
      formed = new ArrayList<>(s.formed());
      kickOffs = new ArrayList<>(s.kickOffs());
      sessions = new ArrayList<>(s.sessions());
      endings = new ArrayList<>(s.endings());
      feedback = new ArrayList<>(s.feedback());
    }
  }

  private Cycle with(java.util.function.Consumer<Mutable> change) {
    Mutable m = new Mutable(s);
    change.accept(m);
    return new Cycle(new CycleState(s.id(), m.phase, s.catalogue(), ImmutableList.copyOf(m.employees), s.policy(), s.history(),
        ImmutableList.copyOf(m.topics), ImmutableList.copyOf(m.mentees), ImmutableList.copyOf(m.mentors), m.framework,
        ImmutableList.copyOf(m.locked), ImmutableList.copyOf(m.forbidden), m.strategy, m.matching, ImmutableList.copyOf(m.review),
        ImmutableList.copyOf(m.formed), ImmutableList.copyOf(m.kickOffs), ImmutableList.copyOf(m.sessions),
        ImmutableList.copyOf(m.endings), ImmutableList.copyOf(m.feedback)));
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
