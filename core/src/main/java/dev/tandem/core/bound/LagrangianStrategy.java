package dev.tandem.core.bound;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyOutcome;
import java.util.Optional;

/**
 * {@code lagrangian}: the best matching met while minimising the Lagrangian bound of
 * {@link Bounds}, improved by a local repair (moves and swaps on the whole objective).
 *
 * <p>Guarantee: keeps every pin, only eligible pairs, capacities respected; the hard and medium
 * levels are {@code exact}'s (the best any matching reaches) and the score is never below
 * {@code exact}'s (its first iterate is exact's matching); with {@code departmentSpreadWeight}
 * 0 it is optimal. Progress reports carry the proven bound. Deterministic for a seed (the seed
 * orders the repair) without a time limit, when the run ends by convergence or
 * {@code lagrangian.maxIterations}.
 *
 * <p>Settings: {@code lagrangian.scale} (multipliers are multiples of {@code 1/scale}, default
 * 64), {@code lagrangian.maxIterations} (default 2,000), {@code lagrangian.patience} (iterations
 * without a better bound before the step halves, default 3), {@code lagrangian.repairPasses}
 * (move passes after each solve, default 1). The best matchings get a deep repair (department
 * flows, moves and swaps): with a time limit and two or more processors on a second thread while
 * the search runs to the limit, otherwise after the search, in the last fifth of a time limit
 * (docs/bound.md).
 */
public final class LagrangianStrategy implements MatchingStrategy {
  /** The strategy (stateless; also what {@link java.util.ServiceLoader} calls). */
  public LagrangianStrategy() {}

  @Override
  public String name() {
    return "lagrangian";
  }

  @Override
  public String description() {
    return "best matching met while minimising the Lagrangian bound on department spread, locally repaired; proves its gap";
  }

  @Override
  public com.google.common.collect.ImmutableSortedSet<String> settingKeys() {
    return Settings.KEYS;
  }

  @Override
  public Matching match(Eligibility eligibility, MatchOptions options) {
    return solve(eligibility, options).matching();
  }

  /** The matching, whether the time limit or a cancellation cut the search short, and the proven bound. */
  @Override
  public StrategyOutcome solve(Eligibility eligibility, MatchOptions options) {
    BoundedMatching r = Bounds.search(eligibility, options, name());
    return new StrategyOutcome(r.matching(), r.stoppedEarly(), Optional.of(r.bound().score()));
  }
}
