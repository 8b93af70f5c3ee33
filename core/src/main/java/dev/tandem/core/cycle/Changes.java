package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.PhaseGuard.checkEmployee;
import static dev.tandem.core.cycle.PhaseGuard.refuseIfAny;
import static dev.tandem.core.cycle.PhaseGuard.requirePhase;
import static dev.tandem.core.cycle.PhaseGuard.throwIfAny;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rematch.Change;
import dev.tandem.core.rematch.RematchResult;
import dev.tandem.core.rematch.Rematcher;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Changes to people and capacities in every phase (reached through {@link Cycle#changes()}):
 * withdrawing during enrolment (up to matching), a person leaving after publishing (before the
 * kick-off or while running), a late joiner from the waitlist, a mentor's capacity changing. Every
 * change keeps every other pair: after publishing it goes through the {@link Rematcher} (the kept
 * pairs pinned, only the affected mentees move); before, only the people named move. Each change
 * is logged with what it changed ({@link #log()}).
 *
 * <p>Guarantee: every step returns a new cycle; a refused step throws and changes nothing. A pair
 * that ends before the running phase needs no kick-off; pairs formed at kick-off join the pairs
 * that need one, pairs formed while running start on the change's date.
 */
public final class Changes {
  private final Cycle c;
  private final CycleState s;

  Changes(Cycle cycle) {
    this.c = cycle;
    this.s = cycle.state();
  }

  /** Every change so far, oldest first. */
  public ImmutableList<ChangeRecord> log() {
    return s.changes();
  }

  /**
   * The waitlist of this cycle on the way: the executives the previous round carried over who are
   * not enrolled yet, and the enrolled mentees without a pair in the current draft or matching.
   */
  public ImmutableList<String> waitlist() {
    Set<String> out = new java.util.LinkedHashSet<>();
    s.carriedOver().ifPresent(co -> co.waitlist().stream().map(WaitlistEntry::employee)
        .filter(e -> !PhaseGuard.isMentee(s, e) && s.employees().stream().anyMatch(x -> x.id().equals(e))).forEach(out::add));
    s.matching().ifPresent(m -> out.addAll(m.unmatched()));
    return ImmutableList.copyOf(out);
  }

  /**
   * A person withdraws before publishing (enrolment, framework or matching): the enrolment as
   * mentee and as mentor ends, the person leaves every ranking, lock and forbidden pair, the
   * person's requests and the requests to the person are withdrawn on {@code date} (freeing the
   * places), and in the matching phase the person's draft pairs are dissolved; every other pair
   * of the draft stays.
   *
   * @throws dev.tandem.core.model.ValidationException when the person is not enrolled
   */
  public Cycle withdraw(String employee, LocalDate date) {
    requireNonNull(employee, "employee");
    requireNonNull(date, "date");
    requirePhase(s, "withdraw", Phase.ENROLMENT, Phase.FRAMEWORK, Phase.MATCHING);
    boolean mentee = PhaseGuard.isMentee(s, employee);
    boolean mentor = PhaseGuard.isMentor(s, employee);
    if (!mentee && !mentor) {
      throwIfAny(List.of(new ValidationProblem("employee", "\"" + employee + "\" is not enrolled in cycle " + s.id())));
    }
    List<String> lines = new ArrayList<>();
    List<MentorRequest> requests = new ArrayList<>();
    for (MentorRequest r : PlatformChoice.expired(s, date)) {
      boolean names = r.pair().mentee().equals(employee) || r.pair().mentor().equals(employee);
      if (names && r.holdsPlace()) {
        lines.add("request " + r.pair() + " withdrawn; the place is free");
        requests.add(r.decide(RequestStatus.WITHDRAWN, date));
      } else {
        requests.add(r);
      }
    }
    List<Pair> dissolved = s.matching().map(m -> m.pairs().stream()
        .filter(p -> p.mentee().equals(employee) || p.mentor().equals(employee)).toList()).orElse(List.of());
    dissolved.forEach(p -> lines.add("dissolved " + p + (p.mentor().equals(employee) ? "; " + p.mentee() + " is unmatched" : "")));
    int kept = s.matching().map(m -> m.pairs().size()).orElse(0) - dissolved.size();
    if (s.matching().isPresent()) {
      lines.add("kept " + kept + " other pairs of the draft");
    }
    Cycle next = c.with(m -> {
      m.mentees.removeIf(x -> x.employee().equals(employee));
      m.mentors.removeIf(x -> x.employee().equals(employee));
      m.mentees.replaceAll(x -> x.ranking().contains(employee)
          ? x.withRanking(x.ranking().stream().filter(r -> !r.equals(employee)).toList()) : x);
      m.mentors.replaceAll(x -> x.ranking().contains(employee)
          ? x.withRanking(x.ranking().stream().filter(r -> !r.equals(employee)).toList()) : x);
      m.locked.removeIf(p -> p.mentee().equals(employee) || p.mentor().equals(employee));
      m.forbidden.removeIf(p -> p.mentee().equals(employee) || p.mentor().equals(employee));
      m.platform = new PlatformState(s.platform().mode(), s.platform().requestExpiryDays(), ImmutableList.copyOf(requests));
    });
    CycleState n = next.state();
    Optional<Matching> draft = s.matching().map(m -> Matching.of(next.problem(),
        m.pairs().stream().filter(p -> !dissolved.contains(p)).toList()));
    String what = "withdrew " + employee + (mentee && mentor ? " (mentee and mentor)" : mentee ? " (mentee)" : " (mentor)");
    return next.with(m -> {
      m.matching = draft;
      m.changes.add(new ChangeRecord(n.phase(), Optional.of(date), what, ImmutableList.copyOf(lines)));
    });
  }

  /**
   * A person leaves after publishing, before the kick-off or while running: the person's pairs end
   * on {@code date} with {@code reason}; a leaving mentor's mentees are re-matched with
   * {@code strategy}, every other pair kept. A pair that ends at kick-off never needs a kick-off.
   *
   * @throws dev.tandem.core.model.ValidationException when the person is in neither role
   */
  public Cycle leave(String employee, LocalDate date, String reason, MatchingStrategy strategy, MatchOptions options) {
    requireNonNull(employee, "employee");
    requirePhase(s, "leave", Phase.KICK_OFF, Phase.RUNNING);
    boolean mentee = PhaseGuard.isMentee(s, employee);
    boolean mentor = PhaseGuard.isMentor(s, employee);
    if (!mentee && !mentor) {
      throwIfAny(List.of(new ValidationProblem("employee", "\"" + employee + "\" is not enrolled in cycle " + s.id())));
    }
    Cycle next = c;
    if (mentee) {
      next = next.changes().apply(new Change.MenteeLeaves(employee), date, reason, strategy, options);
    }
    if (mentor) {
      next = next.changes().apply(new Change.MentorLeaves(employee), date, reason, strategy, options);
    }
    return next;
  }

  /**
   * A late joiner from the waitlist (see {@link #waitlist()}), after enrolment closed: in the
   * framework phase the person is enrolled; in the matching phase, at kick-off and while running
   * the person is also matched to any eligible mentor with free capacity, keeping every other
   * pair. A person carried over from the previous round keeps at least the carried priority.
   *
   * @throws dev.tandem.core.model.ValidationException for someone not on the waitlist, or a
   *     mentee record the problem refuses
   */
  public Cycle lateJoiner(Mentee mentee, LocalDate date, MatchingStrategy strategy, MatchOptions options) {
    requireNonNull(mentee, "mentee");
    requireNonNull(date, "date");
    String step = "add a late joiner";
    requirePhase(s, step, Phase.FRAMEWORK, Phase.MATCHING, Phase.KICK_OFF, Phase.RUNNING);
    String id = mentee.employee();
    if (!waitlist().contains(id)) {
      List<ValidationProblem> problems = new ArrayList<>();
      checkEmployee(s, "mentee.employee", id, problems);
      if (problems.isEmpty()) {
        problems.add(new ValidationProblem("mentee.employee", "\"" + id + "\" is not on the waitlist of cycle " + s.id()
            + " (waiting: " + String.join(", ", waitlist()) + ")"));
      }
      throwIfAny(problems);
    }
    Set<String> announced = Enrolment.announced(s);
    List<ValidationProblem> problems = new ArrayList<>();
    for (int t = 0; t < mentee.topics().size(); t++) {
      if (!announced.contains(mentee.topics().get(t).competence())) {
        problems.add(new ValidationProblem("mentee.topics[" + t + "].competence", "\"" + mentee.topics().get(t).competence()
            + "\" is not an announced topic"));
      }
    }
    throwIfAny(problems);
    Mentee joining = Enrolment.withCarriedPriority(s, mentee);
    if (s.matching().isEmpty()) {
      // before the first draft the waitlist holds only people the previous round carried over, none enrolled yet
      Cycle next = c.with(m -> m.mentees.add(joining));
      next.problem();
      return next.with(m -> m.changes.add(new ChangeRecord(s.phase(), Optional.of(date), "late joiner " + id,
          ImmutableList.of("enrolled " + id + " with priority " + joining.priority()))));
    }
    return apply(new Change.MenteeJoins(joining), date, "late joiner", strategy, options);
  }

  /**
   * A mentor's capacity changes. Before publishing the enrolment is updated (refused while
   * accepted requests or locked pairs would exceed the new capacity; an over-full draft is
   * reported and {@link Cycle#publish()} refuses until repaired). After publishing see
   * {@link Change.CapacityChanges}.
   */
  public Cycle changeCapacity(String mentor, int capacity, LocalDate date, MatchingStrategy strategy, MatchOptions options) {
    requireNonNull(mentor, "mentor");
    requireNonNull(date, "date");
    String step = "change a capacity";
    requirePhase(s, step, Phase.ENROLMENT, Phase.FRAMEWORK, Phase.MATCHING, Phase.KICK_OFF, Phase.RUNNING);
    List<ValidationProblem> problems = new ArrayList<>();
    if (!PhaseGuard.isMentor(s, mentor)) {
      problems.add(new ValidationProblem("mentor", "\"" + mentor + "\" is not an enrolled mentor"));
    }
    if (capacity < 1) {
      problems.add(new ValidationProblem("capacity", capacity + " is below 1 (a mentor who takes nobody leaves)"));
    }
    throwIfAny(problems);
    if (s.phase().compareTo(Phase.KICK_OFF) >= 0) {
      return apply(new Change.CapacityChanges(mentor, capacity), date, "capacity of " + mentor + " changed to " + capacity,
          strategy, options);
    }
    List<String> missing = new ArrayList<>();
    long accepted = PlatformChoice.accepted(s).stream().filter(p -> p.mentor().equals(mentor)).count();
    if (accepted > capacity) {
      missing.add("mentor \"" + mentor + "\" accepted " + accepted + " requests; withdraw some first");
    }
    long locked = s.locked().stream().filter(p -> p.mentor().equals(mentor)).count();
    if (locked > capacity) {
      missing.add("mentor \"" + mentor + "\" has " + locked + " locked pairs");
    }
    refuseIfAny(s, step, missing);
    int old = s.mentors().stream().filter(m -> m.employee().equals(mentor)).findFirst().orElseThrow().capacity();
    Cycle next = c.with(m -> m.mentors.replaceAll(x -> x.employee().equals(mentor) ? x.withCapacity(capacity) : x));
    List<String> lines = new ArrayList<>();
    lines.add("capacity of " + mentor + " " + old + " -> " + capacity);
    s.matching().ifPresent(d -> lines.addAll(MatchingReview.capacityExcess(d, next.problem())));
    return next.with(m -> m.changes.add(new ChangeRecord(s.phase(), Optional.of(date), "capacity of " + mentor + " changed to "
        + capacity, ImmutableList.copyOf(lines))));
  }

  /**
   * Applies a {@link Change} after publishing (at kick-off or while running) with the
   * {@link Rematcher}: removed pairs end on {@code date} with {@code reason}, added pairs join the
   * formed pairs (and, while running, start on {@code date}), and the change is logged with its
   * explanation.
   */
  public Cycle apply(Change change, LocalDate date, String reason, MatchingStrategy strategy, MatchOptions options) {
    requireNonNull(change, "change");
    requireNonNull(date, "date");
    requireNonNull(reason, "reason");
    requireNonNull(strategy, "strategy");
    requirePhase(s, "re-match", Phase.KICK_OFF, Phase.RUNNING);
    MatchingProblem before = c.problem();
    Matching old = s.matching().get();
    RematchResult r = Rematcher.rematch(before, old, change, strategy, options);
    MatchingProblem p = r.problem();
    Set<Pair> current = new HashSet<>(r.matching().pairs());
    Evaluation eb = Evaluator.evaluate(before, old);
    Evaluation ea = Evaluator.evaluate(p, r.matching());
    List<String> lines = new ArrayList<>();
    lines.add("score " + eb.score() + " -> " + ea.score());
    lines.add("kept " + r.kept().size() + " pairs (pinned)");
    for (Pair x : r.removed()) {
      lines.add("ended " + x);
    }
    lines.addAll(MatchingReview.pairLines(Optional.of(eb), ea, old.pairs(), r.matching(), p).stream()
        .filter(l -> !l.startsWith("dissolved ")).toList());
    if (r.added().isEmpty() && !r.affected().isEmpty()) {
      lines.add("no eligible mentor with a free place for " + String.join(", ", r.affected()));
    }
    boolean running = s.phase() == Phase.RUNNING;
    return c.with(m -> {
      m.employees = new ArrayList<>(p.employees());
      m.mentees = new ArrayList<>(p.mentees());
      m.mentors = new ArrayList<>(p.mentors());
      m.forbidden = new ArrayList<>(p.forbiddenPairs());
      m.locked.removeIf(x -> !current.contains(x));
      m.matching = Optional.of(r.matching());
      r.removed().forEach(x -> m.endings.add(new PairEnding(x, date, reason)));
      r.removed().forEach(x -> m.missedKickOffs.removeIf(k -> k.pair().equals(x)));
      m.formed.addAll(r.added());
      if (running) {
        r.added().forEach(x -> m.starts.add(new PairStart(x, date)));
      }
      m.changes.add(new ChangeRecord(s.phase(), Optional.of(date), describe(change), ImmutableList.copyOf(lines)));
    });
  }

  private static String describe(Change change) {
    if (change instanceof Change.MentorLeaves x) {
      return "mentor " + x.mentor() + " left";
    } else if (change instanceof Change.MenteeLeaves x) {
      return "mentee " + x.mentee() + " left";
    } else if (change instanceof Change.PairEnds x) {
      return "pair " + Pair.of(x.mentee(), x.mentor()) + " ended";
    } else if (change instanceof Change.MentorJoins x) {
      return "mentor " + x.mentor().employee() + " joined";
    } else if (change instanceof Change.MenteeJoins x) {
      return "late joiner " + x.mentee().employee();
    }
    Change.CapacityChanges x = (Change.CapacityChanges) change;
    return "capacity of " + x.mentor() + " changed to " + x.capacity();
  }
}
