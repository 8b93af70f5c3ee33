package dev.tandem.core.strategy;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;

/**
 * {@code stable}: mentee-proposing deferred acceptance with mentor capacities (Gale and Shapley
 * 1962; hospitals/residents with residents proposing, Roth 1984), on the preferences of
 * docs/objective.md ({@link dev.tandem.core.rules.Preferences}: explicit ranking first, then pair score,
 * highest first, ties by employee id; only eligible pairs acceptable).
 *
 * <p>Guarantee: hard = 0; the matching has no blocking pair and is mentee-optimal: every mentee
 * gets the best mentor it has in any stable matching. With pinned pairs both hold for the
 * remaining problem: the unpinned mentees on the seats the pins leave free. A pinned mentee never
 * blocks, even when it and a mentor with room prefer each other, and a pinned seat is never free;
 * the {@code blockingPairs} metric counts by the same definition (docs/objective.md), so it is 0
 * for this strategy. Deterministic (the seed is not used). Ignores priorities and the load term.
 *
 * <p>Complexity: {@code O(E log d)} time for {@code E} eligible pairs and longest preference list
 * {@code d}, {@code O(E)} memory. The time limit and the cancellation cover the whole run from the
 * call (the eligibility structure is the caller's): they are checked before any work, about every
 * 65,536 pairs read while the lists are prepared and during the proposals, and once per mentee
 * while the preference lists are sorted; a run they stop returns the pins and the proposals
 * accepted so far (feasible, not necessarily stable) and says {@code stoppedEarly}.
 */
public final class StableStrategy implements MatchingStrategy {
  @Override
  public String name() {
    return "stable";
  }

  @Override
  public String description() {
    return "mentee-proposing Gale-Shapley with capacities: no blocking pair, mentee-optimal";
  }

  @Override
  public Matching match(Eligibility el, MatchOptions options) {
    return solve(el, options).matching();
  }

  /** Stopped early when the time limit or a cancellation cut the run short (then not stable). */
  @Override
  public StrategyOutcome solve(Eligibility el, MatchOptions options) {
    long start = System.nanoTime();
    StableMatcher matcher = new StableMatcher(el);
    int[] mentorOf = matcher.menteeProposing(options.stopCondition(start));
    Assignments.report(options, name(), start, el, mentorOf);
    return new StrategyOutcome(el.toMatching(mentorOf), matcher.stopped(), java.util.Optional.empty());
  }
}
