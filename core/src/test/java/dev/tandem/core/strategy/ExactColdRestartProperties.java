package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * One solver through a sequence that forces cold restarts after completed solves (plain scores,
 * then a larger scale that needs a larger multiplier, then a stopped solve, then plain again),
 * each result against every feasible assignment. A cold start must forget the previous solve's
 * potentials and row caches.
 */
class ExactColdRestartProperties {

  @Property(tries = 120)
  void everySolveOfASequenceIsOptimal(@ForAll long seed) {
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(6);
    int mentors = 1 + rnd.nextInt(4);
    Long[][] t = new Long[n][mentors];
    for (int m = 0; m < n; m++) {
      for (int r = 0; r < mentors; r++) {
        if (rnd.nextInt(4) > 0) {
          t[m][r] = (long) rnd.nextInt(40) - 5;
        }
      }
    }
    int[] caps = new int[mentors];
    for (int r = 0; r < mentors; r++) {
      caps[r] = 1 + rnd.nextInt(4);
    }
    int[] prios = new int[n];
    for (int m = 0; m < n; m++) {
      prios[m] = 1 + rnd.nextInt(2);
    }
    Eligibility el = Eligibility.of(HandProblems.table(t).capacities(caps).priorities(prios).loadWeight(rnd.nextInt(12)).build());
    List<int[]> all = new ArrayList<>();
    BruteForce.forEach(el, all::add);
    ExactSolver solver = ExactSolver.of(el, ExactSolver.Arithmetic.COMBINED, 1 + rnd.nextInt(2));
    long salt = rnd.nextLong();
    PairAdjustment adj = (m, r) -> Math.floorMod((m * 31L + r) * 7919L + salt, 61L) - 20;
    check(el, all, solver.solve(), 1, PairAdjustment.NONE);
    check(el, all, solver.solve(5, adj, () -> false), 5, adj);
    check(el, all, solver.solve(), 1, PairAdjustment.NONE);
    check(el, all, solver.solve(9, PairAdjustment.NONE, () -> false), 9, PairAdjustment.NONE);
    // stopped before the first entering mentee (when a warm start leaves any to enter): the next solve starts cold
    solver.solve(1, adj, () -> true);
    check(el, all, solver.solve(3, adj, () -> false), 3, adj);
    check(el, all, solver.solve(), 1, PairAdjustment.NONE);
  }

  /**
   * The same sequence on problems too large for the brute force (up to 50 x 30, rows longer than
   * the row cache of 1 or 2), each result against a fresh lexicographic solve, which keeps no
   * cache and never starts warm (itself checked against the brute force in
   * {@link ExactCertificateProperties}).
   */
  @Property(tries = 40)
  void everySolveOfASequenceMatchesAFreshLexicographicSolve(@ForAll long seed) {
    Random rnd = new Random(seed);
    Eligibility el = Eligibility.of(TinyProblems.random(seed, 50, 30, seed % 2 == 0, false));
    ExactSolver solver = ExactSolver.of(el, ExactSolver.Arithmetic.COMBINED, 1 + rnd.nextInt(2));
    long salt = rnd.nextLong();
    PairAdjustment adj = (m, r) -> Math.floorMod((m * 31L + r) * 7919L + salt, 61L) - 20;
    long[] scales = {1, 5, 1, 9, 3, 1};
    for (int i = 0; i < scales.length; i++) {
      PairAdjustment a = i % 2 == 0 ? PairAdjustment.NONE : adj;
      if (i == 4) {
        solver.solve(1, adj, () -> true);
      }
      ExactSolution s = solver.solve(scales[i], a, () -> false);
      ExactSolution reference = ExactSolver.of(el, ExactSolver.Arithmetic.LEXICOGRAPHIC, 1).solve(scales[i], a, () -> false);
      assertThat(s.objective()).as("solve %d", i).isEqualTo(reference.objective());
      assertThat(s.certificate().orElseThrow().violations(el, scales[i], a, s.mentorOf())).isEmpty();
    }
  }

  private static void check(Eligibility el, List<int[]> all, ExactSolution s, long scale, PairAdjustment adj) {
    Score best = null;
    for (int[] a : all) {
      Score o = ExactCertificateProperties.objective(el, scale, adj, a);
      if (best == null || o.compareTo(best) > 0) {
        best = o;
      }
    }
    assertThat(s.objective()).as("scale %d", scale).isEqualTo(best);
    assertThat(ExactCertificateProperties.objective(el, scale, adj, s.mentorOf())).isEqualTo(best);
    assertThat(s.certificate().orElseThrow().violations(el, scale, adj, s.mentorOf())).isEmpty();
  }
}
