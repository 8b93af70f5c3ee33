package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.PhaseGuard.checkPair;
import static dev.tandem.core.cycle.PhaseGuard.refuse;
import static dev.tandem.core.cycle.PhaseGuard.refuseIfAny;
import static dev.tandem.core.cycle.PhaseGuard.requireDraft;
import static dev.tandem.core.cycle.PhaseGuard.requirePhase;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.Rule;
import dev.tandem.core.rules.Rules;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The matching phase: a strategy drafts, the administrator reviews (lock, forbid, swap, remove),
 * every edit re-evaluated by the one {@link Evaluator} and explained in a {@link ReviewEntry},
 * then the draft is published.
 *
 * <p>Guarantee: locked pairs are in every draft (a strategy that drops one gets an
 * {@link IllegalStateException}); forbidden pairs are never proposed; publishing refuses while a
 * pair breaks a rule or a mentor is over capacity. Cost per edit: two evaluations.
 */
final class MatchingReview {
  private final Cycle c;
  private final CycleState s;

  MatchingReview(Cycle cycle) {
    this.c = cycle;
    this.s = cycle.state();
  }

  Cycle draft(MatchingStrategy strategy, MatchOptions options) {
    requirePhase(s, "draft a matching", Phase.MATCHING);
    if (s.platform().mode() == PlatformMode.PLATFORM) {
      refuse(s, "draft a matching", "in PLATFORM mode the pairs are the accepted requests; switch the cycle to HYBRID before"
          + " matching starts to let a strategy match everyone else");
    }
    MatchingProblem p = c.problem();
    Eligibility el = Eligibility.of(p);
    Matching draft = Matching.of(p, strategy.match(el, options).pairs());
    List<Pair> dropped = s.locked().stream().filter(l -> !draft.pairs().contains(l)).toList();
    if (!dropped.isEmpty()) {
      throw new IllegalStateException("strategy \"" + strategy.name() + "\" dropped the locked pairs " + dropped);
    }
    Optional<Evaluation> before = s.matching().map(m -> Evaluator.evaluate(el, m));
    Evaluation after = Evaluator.evaluate(el, draft);
    ReviewEntry entry = explain(new ReviewEdit.Draft(strategy.name()), before, after,
        s.matching().map(Matching::pairs).orElse(ImmutableList.of()), draft, p);
    return c.with(m -> {
      m.matching = Optional.of(draft);
      m.strategy = Optional.of(strategy.name());
      m.review.add(entry);
    });
  }

  Cycle lock(String mentee, String mentor) {
    String step = "lock a pair";
    requireDraft(s, step);
    PlatformChoice.refuseMovingAccepted(s, step, mentee, mentor);
    Pair pair = Pair.of(mentee, mentor);
    checkPair(s, "lock", pair);
    MatchingProblem problem = c.problem();
    Set<Rule> broken = Rules.violated(problem, mentee, mentor);
    if (!broken.isEmpty()) {
      throw new ValidationException(List.of(new ValidationProblem("lock", "pair " + pair + " breaks " + broken + ": a locked pair must be eligible")));
    }
    long lockedLoad = s.locked().stream().filter(p -> p.mentor().equals(mentor) && !p.mentee().equals(mentee)).count() + 1;
    int capacity = problem.mentor(mentor).orElseThrow().capacity();
    if (lockedLoad > capacity) {
      refuse(s, step, "mentor \"" + mentor + "\" would have " + lockedLoad + " locked mentees, capacity " + capacity + ": unlock one by drafting without it");
    }
    return edit(new ReviewEdit.Lock(pair), m -> {
      m.locked.removeIf(p -> p.mentee().equals(mentee));
      m.locked.add(pair);
    }, pairs -> pairs.put(mentee, mentor));
  }

  Cycle forbid(String mentee, String mentor) {
    String step = "forbid a pair";
    requireDraft(s, step);
    Pair pair = Pair.of(mentee, mentor);
    checkPair(s, "forbid", pair);
    if (s.locked().contains(pair)) {
      refuse(s, step, "pair " + pair + " is locked; a locked pair cannot be forbidden");
    }
    return edit(new ReviewEdit.Forbid(pair), m -> {
      if (!m.forbidden.contains(pair)) {
        m.forbidden.add(pair);
      }
    }, pairs -> pairs.remove(mentee, mentor));
  }

  Cycle swap(String menteeA, String menteeB) {
    String step = "swap two pairs";
    requireDraft(s, step);
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
    refuseIfAny(s, step, missing);
    String ra = d.mentorOf(menteeA).get();
    String rb = d.mentorOf(menteeB).get();
    return edit(new ReviewEdit.Swap(menteeA, menteeB), m -> {}, pairs -> {
      pairs.put(menteeA, rb);
      pairs.put(menteeB, ra);
    });
  }

  Cycle remove(String mentee) {
    String step = "remove a pair";
    requireDraft(s, step);
    Optional<String> r = s.matching().get().mentorOf(mentee);
    if (r.isEmpty()) {
      refuse(s, step, "\"" + mentee + "\" has no mentor in the draft");
    }
    if (s.locked().contains(Pair.of(mentee, r.get()))) {
      refuse(s, step, "pair " + Pair.of(mentee, r.get()) + " is locked");
    }
    return edit(new ReviewEdit.Remove(mentee), m -> {}, pairs -> pairs.remove(mentee));
  }

  Cycle publish() {
    requireDraft(s, "publish");
    MatchingProblem problem = c.problem();
    Evaluation e = Evaluator.evaluate(problem, s.matching().get());
    List<String> missing = new ArrayList<>();
    for (PairEvaluation p : e.pairs()) {
      if (!p.eligible()) {
        missing.add("pair " + p.pair() + " breaks " + p.broken());
      }
    }
    missing.addAll(capacityExcess(s.matching().get(), problem));
    if (s.matching().get().pairs().isEmpty()) {
      missing.add("the draft has no pair");
    }
    refuseIfAny(s, "publish", missing);
    return c.with(m -> {
      m.phase = Phase.KICK_OFF;
      m.formed.addAll(s.matching().get().pairs());
    });
  }

  /** Mentors whose load in {@code matching} exceeds their capacity, one line each. */
  static List<String> capacityExcess(Matching matching, MatchingProblem problem) {
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

  /** An edit of the draft: changes the state (locks, forbids), then the pairs, then evaluates and explains. */
  private Cycle edit(ReviewEdit edit, Consumer<CycleState.Builder> state, Consumer<Map<String, String>> pairs) {
    MatchingProblem before = c.problem();
    Matching old = s.matching().get();
    Map<String, String> mentorOf = new LinkedHashMap<>();
    old.pairs().forEach(p -> mentorOf.put(p.mentee(), p.mentor()));
    pairs.accept(mentorOf);
    Cycle changed = c.with(state);
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
    ReviewEntry entry = explain(edit, Optional.of(eb), ea, old.pairs(), draft, after);
    return changed.with(m -> {
      m.matching = Optional.of(draft);
      m.review.add(entry);
    });
  }

  static ReviewEntry explain(ReviewEdit edit, Optional<Evaluation> before, Evaluation after, List<Pair> oldPairs, Matching draft,
      MatchingProblem problem) {
    List<String> lines = new ArrayList<>();
    Score b = before.map(Evaluation::score).orElse(Score.ZERO);
    lines.add("score " + (before.isPresent() ? b + " -> " : "") + after.score());
    lines.addAll(pairLines(before, after, oldPairs, draft, problem));
    return new ReviewEntry(edit, b, after.score(), ImmutableList.copyOf(lines));
  }

  /** Pairs dissolved and formed (with score parts), rules broken, capacities exceeded, mentees newly unmatched. */
  static List<String> pairLines(Optional<Evaluation> before, Evaluation after, List<Pair> oldPairs, Matching now, MatchingProblem problem) {
    List<String> lines = new ArrayList<>();
    Set<Pair> old = new HashSet<>(oldPairs);
    Set<Pair> current = new HashSet<>(now.pairs());
    for (Pair p : oldPairs) {
      if (!current.contains(p)) {
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
    lines.addAll(capacityExcess(now, problem));
    Set<String> unmatchedBefore = before.map(e -> e.unmatched().stream().map(UnmatchedMentee::mentee).collect(Collectors.toSet()))
        .orElse(Set.of());
    for (UnmatchedMentee u : after.unmatched()) {
      if (!unmatchedBefore.contains(u.mentee())) {
        lines.add(u.mentee() + " is unmatched: " + u.reason() + " (" + u.eligibleMentors() + " eligible mentors"
            + (u.excludedBy().isEmpty() ? "" : ", excluded " + u.excludedBy()) + ")");
      }
    }
    return lines;
  }

  static String parts(PairParts p) {
    if (p.explicit().isPresent()) {
      return "explicit score " + p.explicit().getAsLong();
    }
    return "topic " + p.topic() + ", level gap " + p.levelGap() + ", cross-department " + p.crossDepartment()
        + ", rating " + p.rating() + ", preference " + p.preference();
  }
}
