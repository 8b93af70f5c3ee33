package dev.tandem.core.strategy;

import static dev.tandem.core.strategy.HandProblems.NO;
import static dev.tandem.core.strategy.HandProblems.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Eligibility;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactSolver} over a sequence of solves on one problem (which multiplier each solve uses,
 * when it starts warm or cold), how often it polls, which mentees it enters before a stop and how
 * it places the rest, and the default row cache size. Expected values are computed by hand from
 * the formulas in the Javadoc of {@code SlotFlow.Magnitudes} and {@link SlotAssignment}.
 */
class ExactSolverSequenceTest {

  /** a0: t0 10, t1 4; a1: t0 6; t0 capacity 2, t1 capacity 1; load weight 3. */
  private static Eligibility small() {
    return Eligibility.of(HandProblems.table(row(10L, 4L), row(6L, NO)).capacities(2, 1).loadWeight(3).build());
  }

  private static long multiplier(ExactSolution s) {
    return s.certificate().orElseThrow().levelMultiplier();
  }

  /**
   * Soft range at scale 1: 2 * (10 + 6) + w * free * maxSlot = 32 + 3 * 2 * 1 = 38, so M = 39.
   * At scale 2: 2 * (20 + 12) + 6 * 2 * 1 = 76, M = 77, and a solve with other than plain scores
   * takes 4 * 77 = 308 to leave room for later, larger adjustments.
   */
  @Test
  void theMultiplierIsTheSoftRangePlusOneWithRoomForAdjustedSolves() {
    ExactSolver solver = ExactSolver.of(small(), ExactSolver.Arithmetic.AUTO, 16);
    ExactSolution plain = solver.solve();
    assertThat(multiplier(plain)).isEqualTo(39);
    assertThat(plain.objective()).isEqualTo(Score.of(0, 0, 13));
    // scale 2 needs M = 77 > 39: a cold start with room, 308
    ExactSolution scaled = solver.solve(2, PairAdjustment.NONE, () -> false);
    assertThat(multiplier(scaled)).isEqualTo(308);
    assertThat(scaled.objective()).isEqualTo(Score.of(0, 0, 26));
    // plain scores again: 308 is enough, so the solve starts warm and keeps it
    ExactSolution again = solver.solve();
    assertThat(multiplier(again)).isEqualTo(308);
    assertThat(again.objective()).isEqualTo(Score.of(0, 0, 13));
    assertThat(again.mentorOf()).containsExactly(0, 0);
    // an adjustment alone (scale 1) is not plain either: a fresh solver takes 4 * 39
    assertThat(multiplier(ExactSolver.of(small()).solve(1, (m, r) -> 0, () -> false))).isEqualTo(4 * 39);
    assertThat(multiplier(ExactSolver.of(small()).solve(2, PairAdjustment.NONE, () -> false))).isEqualTo(308);
    // a fresh solver on plain scores takes exactly 39
    assertThat(multiplier(ExactSolver.of(small()).solve())).isEqualTo(39);
  }

  /**
   * One mentee, one mentor, score 9 * 10^14 at scale 40: soft range 2 * 3.6e16, M = 7.2e16 + 1.
   * M fits ((4 + 8) * (M + 3.6e16) = 1.3e18 is below 2^63 / 4 = 2.3e18) but 4 * M does not
   * (12 * 3.24e17 = 3.9e18), so the solver keeps M without room.
   */
  @Test
  void noRoomIsTakenWhenFourTimesTheMultiplierWouldNotFit() {
    Eligibility el = Eligibility.of(HandProblems.table(row(900_000_000_000_000L)).build());
    ExactSolution s = ExactSolver.of(el).solve(40, PairAdjustment.NONE, () -> false);
    assertThat(multiplier(s)).isEqualTo(72_000_000_000_000_001L);
    assertThat(s.objective()).isEqualTo(Score.of(0, 0, 36_000_000_000_000_000L));
    assertThat(s.mentorOf()).containsExactly(0);
  }

  /**
   * 70 mentees: the tick comes before mentees 0, 32 and 64, and so does the stop condition (which
   * may also be asked once while the problem is measured, before the first mentee).
   */
  @Test
  void pollsEveryThirtyTwoMentees() {
    Long[][] t = new Long[70][1];
    for (Long[] r : t) {
      r[0] = 1L;
    }
    Eligibility el = Eligibility.of(HandProblems.table(t).capacities(5).build());
    for (ExactSolver.Arithmetic a : new ExactSolver.Arithmetic[] {ExactSolver.Arithmetic.COMBINED, ExactSolver.Arithmetic.LEXICOGRAPHIC}) {
      AtomicInteger polls = new AtomicInteger();
      AtomicInteger ticks = new AtomicInteger();
      ExactSolution s = ExactSolver.of(el, a, 4).solve(1, PairAdjustment.NONE, () -> {
        polls.incrementAndGet();
        return false;
      }, ticks::incrementAndGet);
      assertThat(polls.get()).as("%s polls", a).isBetween(3, 4);
      assertThat(ticks.get()).as("%s ticks", a).isEqualTo(3);
      assertThat(s.optimal()).isTrue();
      assertThat(s.objective()).isEqualTo(Score.of(0, -65, 5));
    }
  }

  /**
   * 33 mentees of priority 1 and a32 of priority 2, one seat (score 1 each). The highest priority
   * enters first: a32 takes the seat; a stop at the second poll (before the 33rd mentee) leaves
   * a31 to the greedy completion, which finds the seat taken.
   */
  @Test
  void theHighestPriorityEntersFirstAndAStopLeavesTheRestToTheGreedyCompletion() {
    Long[][] t = new Long[33][1];
    int[] prios = new int[33];
    for (int m = 0; m < 33; m++) {
      t[m][0] = 1L;
      prios[m] = m == 32 ? 2 : 1;
    }
    Eligibility el = Eligibility.of(HandProblems.table(t).priorities(prios).build());
    for (ExactSolver.Arithmetic a : new ExactSolver.Arithmetic[] {ExactSolver.Arithmetic.COMBINED, ExactSolver.Arithmetic.LEXICOGRAPHIC}) {
      AtomicInteger polls = new AtomicInteger();
      ExactSolution s = ExactSolver.of(el, a, 1).solve(1, PairAdjustment.NONE, () -> polls.incrementAndGet() == 2);
      assertThat(s.optimal()).isFalse();
      assertThat(s.certificate()).isEmpty();
      assertThat(s.mentorOf(32)).as("%s", a).isZero();
      for (int m = 0; m < 32; m++) {
        assertThat(s.mentorOf(m)).isEqualTo(-1);
      }
      assertThat(s.objective()).isEqualTo(Score.of(0, -32, 1));
    }
  }

  /**
   * Stopped at once, every mentee is placed greedily in entering order (priority, then index) on
   * the free seat of the highest {@code score - w * (pinned + load)}, the first such mentor on a
   * tie. a2 and a3 are pinned to t0 (capacity 4), w = 3:
   * a0: t0 10 - 3 * 2 = 4, t1 8 - 0 = 8 -> t1; a1: t0 10 - 6 = 4 -> t0;
   * a4: t0 10 - 3 * 3 = 1, t2 2 -> t2; a5: t3 5, t4 5 -> t3 (the first).
   */
  @Test
  void theGreedyCompletionTakesTheBestSeatNetOfTheLoadCost() {
    Eligibility el = Eligibility.of(HandProblems.table(
            row(10L, 8L, NO, NO, NO),
            row(10L, NO, NO, NO, NO),
            row(0L, NO, NO, NO, NO),
            row(0L, NO, NO, NO, NO),
            row(10L, NO, 2L, NO, NO),
            row(NO, NO, NO, 5L, 5L))
        .capacities(4, 1, 1, 1, 1).loadWeight(3).pin(2, 0).pin(3, 0).build());
    for (ExactSolver.Arithmetic a : new ExactSolver.Arithmetic[] {ExactSolver.Arithmetic.COMBINED, ExactSolver.Arithmetic.LEXICOGRAPHIC}) {
      ExactSolution s = ExactSolver.of(el, a, 1).solve(1, PairAdjustment.NONE, () -> true);
      assertThat(s.mentorOf()).as("%s", a).containsExactly(1, 0, 0, 0, 2, 3);
      // soft: 8 + 10 + 0 + 0 + 2 + 5 - 3 * (3 * 2 / 2) = 16
      assertThat(s.objective()).isEqualTo(Score.of(0, 0, 16));
    }
  }

  /** A 64th of the average row length, between 16 and 256. */
  @Test
  void theDefaultRowCacheIsA64thOfTheAverageRowBetween16And256() {
    assertThat(SlotAssignment.defaultCache(full(2, 1280))).isEqualTo(20);
    assertThat(SlotAssignment.defaultCache(full(3, 640))).isEqualTo(16);
    assertThat(SlotAssignment.defaultCache(full(1, 17_000))).isEqualTo(256);
    assertThat(SlotAssignment.defaultCache(full(2, 16_448))).isEqualTo(256);
    assertThat(SlotAssignment.defaultCache(full(2, 1088))).isEqualTo(17);
  }

  private static Eligibility full(int mentees, int mentors) {
    Long[][] t = new Long[mentees][mentors];
    for (Long[] r : t) {
      java.util.Arrays.fill(r, 1L);
    }
    return Eligibility.of(HandProblems.table(t).build());
  }
}
