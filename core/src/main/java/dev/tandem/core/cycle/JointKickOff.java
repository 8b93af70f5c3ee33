package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.PhaseGuard.refuseIfAny;
import static dev.tandem.core.cycle.PhaseGuard.requireCurrentPair;
import static dev.tandem.core.cycle.PhaseGuard.requirePhase;
import static dev.tandem.core.cycle.PhaseGuard.throwIfAny;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kick-off of a cycle (reached through {@link Cycle#jointKickOff()}): one joint event for
 * everybody (date, agenda, who attended), then each pair's expectations and goals. A pair that
 * missed it can still start with a recorded reason; {@link Pacing#health} keeps listing it until
 * the pair records a kick-off.
 *
 * <p>Guarantee: every step returns a new cycle; a refused step throws
 * ({@link StepRefusedException} for a wrong phase or a missing prerequisite,
 * {@link dev.tandem.core.model.ValidationException} for bad input) and changes nothing.
 */
public final class JointKickOff {
  private final Cycle c;
  private final CycleState s;

  JointKickOff(Cycle cycle) {
    this.c = cycle;
    this.s = cycle.state();
  }

  /** The joint event, once held. */
  public Optional<KickOffEvent> event() {
    return s.kickOffEvent();
  }

  /** The pairs that started (or will start) without a kick-off, with the reason. */
  public ImmutableList<MissedKickOff> missed() {
    return s.missedKickOffs();
  }

  /** The current pairs without a recorded kick-off, in matching order. */
  public ImmutableList<Pair> withoutKickOff() {
    Set<Pair> done = s.kickOffs().stream().map(KickOff::pair).collect(Collectors.toSet());
    return s.matching().map(m -> m.pairs().stream().filter(p -> !done.contains(p)).collect(ImmutableList.toImmutableList()))
        .orElse(ImmutableList.of());
  }

  /**
   * Records (or replaces) the joint kick-off event, in {@link Phase#KICK_OFF}.
   *
   * @throws dev.tandem.core.model.ValidationException for an empty agenda or a blank agenda item,
   *     and attendees who are not enrolled in the cycle or listed twice
   */
  public Cycle hold(KickOffEvent event) {
    requireNonNull(event, "event");
    requirePhase(s, "hold the joint kick-off", Phase.KICK_OFF);
    List<ValidationProblem> problems = new ArrayList<>();
    if (event.agenda().isEmpty()) {
      problems.add(new ValidationProblem("event.agenda", "no agenda item: name at least one (expectations, goals, the framework)"));
    }
    for (int i = 0; i < event.agenda().size(); i++) {
      if (event.agenda().get(i).isBlank()) {
        problems.add(new ValidationProblem("event.agenda[" + i + "]", "blank"));
      }
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < event.attended().size(); i++) {
      String id = event.attended().get(i);
      if (!PhaseGuard.isMentee(s, id) && !PhaseGuard.isMentor(s, id)) {
        problems.add(new ValidationProblem("event.attended[" + i + "]", "\"" + id + "\" is not enrolled in cycle " + s.id()));
      } else if (!seen.add(id)) {
        problems.add(new ValidationProblem("event.attended[" + i + "]", "\"" + id + "\" is listed twice"));
      }
    }
    throwIfAny(problems);
    return c.with(m -> m.kickOffEvent = Optional.of(event));
  }

  /**
   * Records (or replaces) the kick-off of a current pair: both sides' expectations and at least
   * one complete goal. Allowed at kick-off and, for pairs added later or started without one,
   * while running. A kick-off replaces a recorded reason for missing it.
   */
  public Cycle record(KickOff kickOff) {
    requireNonNull(kickOff, "kickOff");
    String step = "record a kick-off";
    requirePhase(s, step, Phase.KICK_OFF, Phase.RUNNING);
    requireCurrentPair(s, "kickOff.pair", kickOff.pair());
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
    refuseIfAny(s, step, missing);
    return c.with(m -> {
      m.kickOffs.removeIf(k -> k.pair().equals(kickOff.pair()));
      m.kickOffs.add(kickOff);
      m.missedKickOffs.removeIf(x -> x.pair().equals(kickOff.pair()));
    });
  }

  /**
   * Lets a current pair without a kick-off start anyway, recording why it missed it.
   *
   * @throws dev.tandem.core.model.ValidationException for a pair that is not current or a blank
   *     reason
   */
  public Cycle excuse(Pair pair, String reason) {
    requireNonNull(pair, "pair");
    requireNonNull(reason, "reason");
    String step = "excuse a missed kick-off";
    requirePhase(s, step, Phase.KICK_OFF, Phase.RUNNING);
    requireCurrentPair(s, "missed.pair", pair);
    if (reason.isBlank()) {
      throwIfAny(List.of(new ValidationProblem("missed.reason", "blank: say why the pair starts without a kick-off")));
    }
    if (c.kickOff(pair).isPresent()) {
      PhaseGuard.refuse(s, step, "pair " + pair + " has a kick-off recorded; nothing to excuse");
    }
    return c.with(m -> {
      m.missedKickOffs.removeIf(x -> x.pair().equals(pair));
      m.missedKickOffs.add(new MissedKickOff(pair, reason));
    });
  }

  /**
   * Starts the running phase; the session plans count from the joint kick-off's date when the
   * event was held, else they have no start (use {@link #startRunning(LocalDate)}).
   */
  public Cycle startRunning() {
    return start(s.kickOffEvent().map(KickOffEvent::date));
  }

  /**
   * Starts the running phase on {@code date}, the day every current pair's session plan counts
   * from; it may not be before the joint kick-off.
   */
  public Cycle startRunning(LocalDate date) {
    requireNonNull(date, "date");
    return start(Optional.of(date));
  }

  private Cycle start(Optional<LocalDate> date) {
    String step = "start running";
    requirePhase(s, step, Phase.KICK_OFF);
    Set<Pair> done = s.kickOffs().stream().map(KickOff::pair).collect(Collectors.toSet());
    s.missedKickOffs().forEach(x -> done.add(x.pair()));
    refuseIfAny(s, step, s.matching().get().pairs().stream().filter(p -> !done.contains(p))
        .map(p -> "no kick-off recorded for " + p + " (record one, or excuse the pair with a reason)").toList());
    if (date.isPresent() && s.kickOffEvent().isPresent() && date.get().isBefore(s.kickOffEvent().get().date())) {
      throwIfAny(List.of(new ValidationProblem("date", date.get() + " is before the joint kick-off on " + s.kickOffEvent().get().date())));
    }
    return c.with(m -> {
      m.phase = Phase.RUNNING;
      date.ifPresent(d -> s.matching().get().pairs().forEach(p -> m.starts.add(new PairStart(p, d))));
    });
  }
}
