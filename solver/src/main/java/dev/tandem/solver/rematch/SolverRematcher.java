package dev.tandem.solver.rematch;

import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rematch.Change;
import dev.tandem.core.rematch.RematchResult;
import dev.tandem.core.rematch.Rematcher;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.solver.OptaPlannerStrategy;

/**
 * Re-matching during a cycle with the {@code optaplanner} strategy: core's {@link Rematcher}
 * applies the {@link Change}, pins every pair the change does not touch, and this class lets
 * OptaPlanner place the affected mentees on the full objective, department spread included (the
 * kept pairs are pinned entities, so they count on every department link and mentor load).
 *
 * <p>Guarantee: everything {@link Rematcher#rematch} guarantees (every unaffected published pair
 * kept unchanged, added pairs eligible and within capacity, what changed reported in
 * {@link RematchResult}); the placement of the affected mentees is never worse than the warm
 * start's ({@code exact} by default, optimal without spread).
 */
public final class SolverRematcher {
  private SolverRematcher() {}

  /** Repairs {@code published} after {@code change} with the optaplanner strategy and {@code options}. */
  public static RematchResult rematch(MatchingProblem problem, Matching published, Change change, MatchOptions options) {
    return Rematcher.rematch(problem, published, change, new OptaPlannerStrategy(), options);
  }

  /** {@link #rematch(MatchingProblem, Matching, Change, MatchOptions)} with {@link MatchOptions#DEFAULTS}. */
  public static RematchResult rematch(MatchingProblem problem, Matching published, Change change) {
    return rematch(problem, published, change, MatchOptions.DEFAULTS);
  }
}
