package dev.tandem.core.strategy;

import com.google.common.collect.ImmutableSortedSet;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;

/**
 * A way to pair mentees with mentors. Every strategy, ours or a researcher's, plugs in here and
 * is judged by the one {@link dev.tandem.core.evaluation.Evaluator}.
 *
 * <p>Contract for implementations: keep every pinned pair, never pair a mentee with a mentor
 * outside its eligible list, never exceed a capacity, and return the same matching for the same
 * problem and options. Implementations register for {@link StrategyRegistry} through
 * {@code META-INF/services/dev.tandem.core.strategy.MatchingStrategy} and need a public
 * no-argument constructor.
 */
public interface MatchingStrategy {
  /** The name used on the command line and in reports, e.g. {@code exact}. */
  String name();

  /** A one-line description of what the strategy guarantees. */
  String description();

  /**
   * The keys of {@link MatchOptions#settings()} this strategy reads, including those it passes on
   * to a strategy it runs inside. The command line refuses any other key (a typo must never be
   * silently ignored). The default: none.
   */
  default ImmutableSortedSet<String> settingKeys() {
    return ImmutableSortedSet.of();
  }

  /** Matches on a prepared eligibility structure (shared by strategies and the evaluator). */
  Matching match(Eligibility eligibility, MatchOptions options);

  /**
   * Matches on a prepared eligibility structure and says whether the run was stopped early and
   * which bound it proved, if any. The default runs {@link #match(Eligibility, MatchOptions)} and
   * reports a finished run without a bound; strategies that can be cut short by a time limit or a
   * cancellation, or that prove bounds, override it (and implement {@code match} as
   * {@code solve(...).matching()}).
   */
  default StrategyOutcome solve(Eligibility eligibility, MatchOptions options) {
    return StrategyOutcome.of(match(eligibility, options));
  }

  /** Matches {@code problem}, computing its eligibility first. */
  default Matching match(MatchingProblem problem, MatchOptions options) {
    return match(Eligibility.of(problem), options);
  }

  /** Matches {@code problem} with {@link MatchOptions#DEFAULTS}. */
  default Matching match(MatchingProblem problem) {
    return match(problem, MatchOptions.DEFAULTS);
  }
}
