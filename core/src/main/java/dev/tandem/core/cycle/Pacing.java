package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.PhaseGuard.requireCurrentPair;
import static dev.tandem.core.cycle.PhaseGuard.requirePhase;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MenteeSuggestions;
import dev.tandem.core.strategy.Suggestions;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The framework paces the cycle (reached through {@link Cycle#pacing()}): each pair's
 * {@link SessionPlan} from duration, cadence and number of sessions; {@link #health} on a date;
 * sessions; and the fit check after the first session, where "not a fit" proposes a re-match.
 *
 * <p>Guarantee: reading methods compute from recorded facts only; steps return a new cycle and a
 * refused step changes nothing. Cost of {@code health}: linear in pairs, sessions and goals.
 */
public final class Pacing {
  /** How many alternative mentors a re-match proposal lists. */
  static final int ALTERNATIVES = 3;
  private final Cycle c;
  private final CycleState s;

  Pacing(Cycle cycle) {
    this.c = cycle;
    this.s = cycle.state();
  }

  /** The start date of {@code pair} (running start, or the day a later change formed it). */
  public Optional<LocalDate> start(Pair pair) {
    LocalDate found = null;
    for (PairStart p : s.starts()) {
      if (p.pair().equals(pair)) {
        found = p.date();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The plan of every current pair with a known start, in matching order. */
  public ImmutableList<SessionPlan> plans() {
    ImmutableList.Builder<SessionPlan> out = ImmutableList.builder();
    Optional<Framework> f = s.framework();
    s.matching().ifPresent(m -> m.pairs().forEach(p -> start(p).ifPresent(d -> out.add(SessionPlan.of(p, d, f.orElseThrow())))));
    return out.build();
  }

  /** The plan of one pair, when its start is known. */
  public Optional<SessionPlan> plan(Pair pair) {
    return start(pair).flatMap(d -> s.framework().map(f -> SessionPlan.of(pair, d, f)));
  }

  /** Records a session of a current pair while running. */
  public Cycle recordSession(Pair pair, LocalDate date, SessionStatus status) {
    requireNonNull(pair, "pair");
    requireNonNull(date, "date");
    requireNonNull(status, "status");
    requirePhase(s, "record a session", Phase.RUNNING);
    requireCurrentPair(s, "session.pair", pair);
    SessionRecord r = new SessionRecord(pair, date, status);
    return c.with(m -> m.sessions.add(r));
  }

  /**
   * The health of the cycle on {@code date} (see {@link Health} for each list). Allowed at
   * kick-off (only pairs without kick-off can show then) and while running.
   */
  public Health health(LocalDate date) {
    requireNonNull(date, "date");
    requirePhase(s, "check health", Phase.KICK_OFF, Phase.RUNNING);
    List<Pair> pairs = s.matching().get().pairs();
    Map<Pair, Integer> held = new HashMap<>();
    Map<Pair, LocalDate> last = new HashMap<>();
    for (SessionRecord r : s.sessions()) {
      if (r.status() == SessionStatus.HELD && !r.date().isAfter(date)) {
        held.merge(r.pair(), 1, Integer::sum);
        last.merge(r.pair(), r.date(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    List<Health.Behind> behind = new ArrayList<>();
    List<Health.Stalled> stalled = new ArrayList<>();
    List<Pair> withoutStart = new ArrayList<>();
    if (s.phase() == Phase.RUNNING) {
      Framework f = s.framework().orElseThrow();
      for (Pair p : pairs) {
        Optional<LocalDate> start = start(p);
        if (start.isEmpty()) {
          withoutStart.add(p);
          continue;
        }
        if (start.get().isAfter(date)) {
          continue;
        }
        int due = SessionPlan.of(p, start.get(), f).dueBy(date);
        int h = held.getOrDefault(p, 0);
        if (h < due) {
          behind.add(new Health.Behind(p, due, h));
        }
        Optional<LocalDate> lastSession = Optional.ofNullable(last.get(p));
        LocalDate since = lastSession.orElse(start.get());
        long days = ChronoUnit.DAYS.between(since, date);
        if (days >= 14L * f.meetingEveryWeeks()) {
          stalled.add(new Health.Stalled(p, since, lastSession, days));
        }
      }
    }
    List<Health.OverdueGoal> overdue = new ArrayList<>();
    for (Pair p : pairs) {
      c.kickOff(p).ifPresent(k -> {
        for (int g = 0; g < k.goals().size(); g++) {
          Goal goal = k.goals().get(g);
          if (goal.targetDate().isBefore(date)) {
            overdue.add(new Health.OverdueGoal(p, g, goal.description(), goal.targetDate()));
          }
        }
      });
    }
    return new Health(date, ImmutableList.copyOf(behind), ImmutableList.copyOf(stalled), ImmutableList.copyOf(overdue),
        c.jointKickOff().withoutKickOff(), ImmutableList.copyOf(withoutStart));
  }

  /** The fit answers recorded so far. */
  public ImmutableList<FitAnswer> fitAnswers() {
    return s.fitAnswers();
  }

  /**
   * Records (or replaces) one side's fit answer for a current pair, while running, after the
   * pair's first held session (on or before the answer's date).
   */
  public Cycle recordFit(FitAnswer answer) {
    requireNonNull(answer, "answer");
    String step = "record a fit answer";
    requirePhase(s, step, Phase.RUNNING);
    requireCurrentPair(s, "fit.pair", answer.pair());
    boolean met = s.sessions().stream().anyMatch(r -> r.pair().equals(answer.pair()) && r.status() == SessionStatus.HELD
        && !r.date().isAfter(answer.date()));
    if (!met) {
      PhaseGuard.refuse(s, step, "pair " + answer.pair() + " has held no session by " + answer.date()
          + "; the fit is asked after the first session");
    }
    return c.with(m -> {
      m.fitAnswers.removeIf(a -> a.key().equals(answer.key()));
      m.fitAnswers.add(answer);
    });
  }

  /**
   * The current pairs that at least one side called "not a fit", each with up to three other
   * mentors with a free place for the mentee, best first.
   */
  public ImmutableList<RematchProposal> rematchProposals() {
    if (s.matching().isEmpty()) {
      return ImmutableList.of();
    }
    Matching current = s.matching().get();
    Eligibility el = null;
    ImmutableList.Builder<RematchProposal> out = ImmutableList.builder();
    for (Pair p : current.pairs()) {
      List<Side> sides = s.fitAnswers().stream().filter(a -> a.pair().equals(p) && a.fit() == Fit.NOT_A_FIT)
          .map(FitAnswer::side).sorted().toList();
      if (sides.isEmpty()) {
        continue;
      }
      if (el == null) {
        el = Eligibility.of(c.problem());
      }
      MenteeSuggestions sg = Suggestions.forMentee(el, current, p.mentee(), ALTERNATIVES + 1);
      out.add(new RematchProposal(p, ImmutableList.copyOf(sides), sg.suggestions().stream().filter(x -> !x.mentor().equals(p.mentor()))
          .limit(ALTERNATIVES).collect(ImmutableList.toImmutableList())));
    }
    return out.build();
  }
}
