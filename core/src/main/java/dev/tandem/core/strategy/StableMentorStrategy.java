package dev.tandem.core.strategy;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;

/**
 * {@code stable-mentor}: mentor-proposing deferred acceptance with mentor capacities (Gale and
 * Shapley 1962; hospitals/residents with hospitals proposing, Roth 1984), on the preferences of
 * docs/objective.md ({@link dev.tandem.core.rules.Preferences}).
 *
 * <p>Guarantee: hard = 0; the matching has no blocking pair and is mentor-optimal: every mentor's
 * set of mentees is at least as good, position by position, as in any stable matching, and every
 * mentee gets the worst mentor it has in any stable matching. With pinned pairs both hold for the
 * remaining problem (the unpinned mentees on the seats the pins leave free); a pinned mentee never
 * blocks and a pinned seat is never free, as the {@code blockingPairs} metric counts
 * (docs/objective.md). Deterministic (the seed is not used).
 *
 * <p>Complexity: {@code O(E log d)} time for {@code E} eligible pairs and longest preference list
 * {@code d}, {@code O(E)} memory (the column lists). The time limit and the cancellation cover the
 * whole run from the call (the eligibility structure is the caller's): they are checked before any
 * work, about every 65,536 pairs read while the lists are prepared and during the mentor turns,
 * and once per mentor while the preference lists are sorted; a run they stop returns the pins and
 * the proposals accepted so far (feasible, not necessarily stable) and says {@code stoppedEarly}.
 */
public final class StableMentorStrategy implements MatchingStrategy {
  @Override
  public String name() {
    return "stable-mentor";
  }

  @Override
  public String description() {
    return "mentor-proposing Gale-Shapley with capacities: no blocking pair, mentor-optimal";
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
    int[] mentorOf = matcher.mentorProposing(options.stopCondition(start));
    Assignments.report(options, name(), start, el, mentorOf);
    return new StrategyOutcome(el.toMatching(mentorOf), matcher.stopped(), java.util.Optional.empty());
  }
}
