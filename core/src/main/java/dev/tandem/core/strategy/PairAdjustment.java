package dev.tandem.core.strategy;

import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;

/**
 * An amount subtracted from the pair score of each eligible pair before {@link ExactSolver}
 * optimises: the solver maximises {@code scale * pairScore(m, r) - of(m, r)} per matched pair.
 * Lagrangian relaxations use it to put a price on pairs (for instance per department link, see
 * {@link #byLink}) without copying the scores.
 *
 * <p>Indices are mentee and mentor positions of the {@link Eligibility} being solved. The
 * solver calls {@link #of} once or more per eligible pair and solve; it must be a pure function
 * for the duration of a solve.
 */
@FunctionalInterface
public interface PairAdjustment {
  /** No adjustment: the pair scores as they are. */
  PairAdjustment NONE = (mentee, mentor) -> 0;

  /** The amount subtracted from {@code scale * pairScore(mentee, mentor)}. */
  long of(int mentee, int mentor);

  /**
   * A price per department link: {@code price[menteeDepartment(m) * D + mentorDepartment(r)]}
   * with {@code D = eligibility.departments().size()} (a copy of {@code price} is kept).
   *
   * @throws IllegalArgumentException when {@code price} does not have {@code D * D} entries
   */
  static PairAdjustment byLink(Eligibility eligibility, long[] price) {
    int d = eligibility.departments().size();
    if (price.length != d * d) {
      throw new IllegalArgumentException("byLink: price has " + price.length + " entries, expected "
          + d + " departments squared = " + d * d);
    }
    long[] copy = Arrays.copyOf(price, price.length);
    int[] menteeRow = new int[eligibility.menteeCount()];
    for (int m = 0; m < menteeRow.length; m++) {
      menteeRow[m] = eligibility.menteeDepartment(m) * d;
    }
    int[] mentorDept = new int[eligibility.mentorCount()];
    for (int r = 0; r < mentorDept.length; r++) {
      mentorDept[r] = eligibility.mentorDepartment(r);
    }
    return (mentee, mentor) -> copy[menteeRow[mentee] + mentorDept[mentor]];
  }
}
