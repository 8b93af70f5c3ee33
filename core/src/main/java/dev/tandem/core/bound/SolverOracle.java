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

  @Override
  public Solved solve(long scale, long[] price, BooleanSupplier stop) {
    ExactSolution s = solver.solve(scale, PairAdjustment.byLink(el, price), stop);
    return new Solved(s.mentorOf(), s.optimal());
  }
}
