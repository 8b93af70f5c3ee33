package dev.tandem.core.bound;

import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.ExactSolution;
import dev.tandem.core.strategy.ExactSolver;
import dev.tandem.core.strategy.PairAdjustment;
import java.util.function.BooleanSupplier;

/** {@link LinkPricedExact} by {@link ExactSolver}, re-solving warm from the previous solve's duals. */
final class SolverOracle implements LinkPricedExact {
  private final Eligibility el;
  private final ExactSolver solver;

  SolverOracle(Eligibility el) {
    this.el = el;
    this.solver = ExactSolver.of(el);
  }

  /**
   * Without prices the scaled problem is {@code exact}'s own scaled by {@code scale}, with the
   * same optimal matchings: solved plainly (about half the time of the priced path; the next,
   * priced solve then starts cold, as it would after a plain solve anyway).
   */
  @Override
  public Solved solve(long scale, long[] price, BooleanSupplier stop) {
    boolean unpriced = true;
    for (long p : price) {
      unpriced &= p == 0;
    }
    ExactSolution s = unpriced ? solver.solve(1, PairAdjustment.NONE, stop) : solver.solve(scale, PairAdjustment.byLink(el, price), stop);
    return new Solved(s.mentorOf(), s.optimal());
  }
}
