package dev.tandem.core.bound;

import java.util.function.BooleanSupplier;

/**
 * The oracle of the Lagrangian bound: {@code exact}'s model with every pair score scaled and
 * priced by its department link. For a scale {@code S >= 1} and a price per link
 * ({@code price[menteeDepartment * D + mentorDepartment]}, {@code D} departments) it returns a
 * matching that keeps every pin, reaches the best hard and medium levels, and among those
 * maximises
 * <pre>
 * sum over matched pairs (m, r) of (S * pairScore(m, r) - price[link(m, r)])
 *   - S * mentorLoadWeight * sum over mentors of load (load - 1) / 2
 * </pre>
 * (pinned pairs included; they are constant).
 *
 * <p>Guarantee of implementations: a solution marked optimal is optimal for that objective; when
 * {@code stop} ended the run first the assignment is feasible but not optimal (so no bound).
 */
interface LinkPricedExact {
  /** Solves once; successive calls may reuse the previous call's work. */
  Solved solve(long scale, long[] price, BooleanSupplier stop);

  /** An assignment ({@code mentorOf[m]}, -1 unmatched) and whether it is proven optimal. */
  record Solved(int[] mentorOf, boolean optimal) {}
}
