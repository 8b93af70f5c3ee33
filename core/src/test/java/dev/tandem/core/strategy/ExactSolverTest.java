package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of {@link ExactSolver} and {@link ExactCertificate}. */
class ExactSolverTest {

  /**
   * Two mentees a0, a1 (priority 1), two mentors t0, t1 (capacity 1), listed scores:
   * a0-t0 10, a0-t1 8, a1-t0 9, a1-t1 1. Optimum a0-t1 + a1-t0 = 17 (a0-t0 + a1-t1 = 11).
   */
  static MatchingProblem twoByTwo() {
    MatchingProblem.Builder b = MatchingProblem.builder().name("two-by-two");
    for (int i = 0; i < 2; i++) {
      b.employee(Employee.of("a" + i, "A", 5));
      b.employee(Employee.of("t" + i, i == 0 ? "A" : "B", 1));
      b.mentee(Mentee.of("a" + i, 1, List.of()));
      b.mentor(Mentor.of("t" + i, 1, List.of()));
    }
    b.pairScore("a0", "t0", 10).pairScore("a0", "t1", 8).pairScore("a1", "t0", 9).pairScore("a1", "t1", 1);
    return b.policy(Policy.builder().candidatePairs(CandidatePairs.LISTED_ONLY).minLevelGap(0)
        .reportingLine(ReportingLine.ALLOW).requireTopicMatch(false).weights(Weights.ZERO).build()).build();
  }

  @Test
  void solvesTheHandExampleAndCertifiesIt() {
    Eligibility el = Eligibility.of(twoByTwo());
    ExactSolution s = ExactSolver.of(el, ExactSolver.Arithmetic.LEXICOGRAPHIC, 1).solve();
    assertThat(s.mentorOf()).containsExactly(1, 0);
    assertThat(s.objective()).isEqualTo(Score.of(0, 0, 17));
    assertThat(s.optimal()).isTrue();
    ExactCertificate cert = s.certificate().orElseThrow();
    assertThat(cert.violations(el, s.toMatching())).isEmpty();
    assertThat(Evaluator.evaluate(el, s.toMatching()).score().soft()).isEqualTo(17);
    // the swapped assignment is feasible but 6 worse: refused, naming the pair that shows it
    assertThat(cert.violations(el, 1, PairAdjustment.NONE, new int[] {0, 1}))
        .isNotEmpty()
        .anyMatch(v -> v.contains("\"a0\"") && v.contains("\"t0\"") || v.contains("\"a1\""));
  }

  @Test
  void aHandWrittenCertificateIsChecked() {
    Eligibility el = Eligibility.of(twoByTwo());
    // lexicographic pairs (medium, soft): u(a0) = (1, 8), u(a1) = (1, 9), p(t0) = p(t1) = (0, 0)?
    // a0-t0: u(a0) >= (1, 10) + p(t0) must hold, so p(t0) <= (0, -2); take p(t0) = (0, -2), p(t1) = (0, 0):
    // a0-t1 tight (1, 8); a1-t0 tight (1, 9) - 2 = (1, 7) -> u(a1) = (1, 7); a1-t1: (1, 7) >= (1, 1) ok.
    // Mentors full (load 1 = capacity): p(t) <= -w * 0 = 0 holds for both.
    ExactCertificate good = ExactCertificate.of(0, new long[] {1, 1}, new long[] {8, 7}, new long[] {0, 0}, new long[] {-2, 0});
    assertThat(good.violations(el, 1, PairAdjustment.NONE, new int[] {1, 0})).isEmpty();
    // p(t0) = (0, -1) leaves a0-t0 with reduced cost (1, 8) - (1, 10) - (0, -1) = -1
    ExactCertificate bad = good.withMentor(0, 0, -1);
    assertThat(bad.violations(el, 1, PairAdjustment.NONE, new int[] {1, 0}))
        .anySatisfy(v -> assertThat(v).contains("mentees[0] \"a0\" and mentors[0] \"t0\"").contains("(0, -1)"));
    // combined values need M above the soft range: here sum of row maxima 10 + 9, range 38
    ExactCertificate tooSmallM = ExactCertificate.of(5, new long[] {0, 0}, new long[] {13, 12}, new long[] {0, 0}, new long[] {-2, 0});
    assertThat(tooSmallM.violations(el, 1, PairAdjustment.NONE, new int[] {1, 0})).singleElement().asString().contains("levelMultiplier");
    ExactCertificate combined = ExactCertificate.of(39, new long[] {0, 0}, new long[] {39 + 8, 39 + 7}, new long[] {0, 0}, new long[] {-2, 0});
    assertThat(combined.violations(el, 1, PairAdjustment.NONE, new int[] {1, 0})).isEmpty();
  }

  @Test
  void infeasibleAssignmentsAreRefusedWithTheirReason() {
    Eligibility el = Eligibility.of(twoByTwo());
    ExactCertificate cert = ExactSolver.of(el).solve().certificate().orElseThrow();
    assertThat(cert.violations(el, 1, PairAdjustment.NONE, new int[] {0, 0}))
        .anySatisfy(v -> assertThat(v).contains("mentors[0] \"t0\": load 2 exceeds capacity 1"));
    assertThat(cert.violations(el, 1, PairAdjustment.NONE, new int[] {0}))
        .singleElement().asString().startsWith("sizes:");
  }

  @Test
  void adjustmentsByLinkChangeTheOptimum() {
    Eligibility el = Eligibility.of(twoByTwo());
    // departments sorted: A = 0, B = 1; mentees in A; t0 in A, t1 in B. Price 10 on link A->A
    long[] price = {10, 0, 0, 0};
    PairAdjustment adj = PairAdjustment.byLink(el, price);
    assertThat(adj.of(0, 0)).isEqualTo(10);
    assertThat(adj.of(0, 1)).isZero();
    // scale 2: a0-t0 2*10-10 = 10, a0-t1 16, a1-t0 8, a1-t1 2: best a0-t1 + a1-t0 = 24 (a0-t0 + a1-t1 = 12)
    ExactSolution s = ExactSolver.of(el).solve(2, adj, () -> false);
    assertThat(s.mentorOf()).containsExactly(1, 0);
    assertThat(s.objective()).isEqualTo(Score.of(0, 0, 24));
    // price 30 on A->A: a1-t0 2*9-30 < 0 and a0-t0 < 0: a0-t1 (16) alone, a1 then t1 (2) is impossible (t1 full) -> a1 unmatched
    ExactSolution t = ExactSolver.of(el).solve(2, PairAdjustment.byLink(el, new long[] {30, 0, 0, 0}), () -> false);
    assertThat(t.objective()).isEqualTo(Score.of(0, 0, 16 + 18 - 30)); // priority wins: both matched, a1-t0 at -12
    assertThatThrownBy(() -> PairAdjustment.byLink(el, new long[3])).hasMessageContaining("expected 2 departments squared = 4");
  }

  @Test
  void aStoppedSolveIsFeasibleButNotProven() {
    Eligibility el = Eligibility.of(twoByTwo());
    ExactSolver solver = ExactSolver.of(el);
    ExactSolution s = solver.solve(1, PairAdjustment.NONE, () -> true);
    assertThat(s.optimal()).isFalse();
    assertThat(s.certificate()).isEmpty();
    assertThat(Evaluator.evaluate(el, s.toMatching()).score().hard()).isZero();
    assertThat(s.mentorOf()).containsExactly(0, 1); // greedy: a0 takes its best, t0
    // the next solve starts cold and is optimal again
    assertThat(solver.solve().mentorOf()).containsExactly(1, 0);
    assertThatThrownBy(() -> solver.solve(0, PairAdjustment.NONE, () -> false)).hasMessageContaining("scale: 0 is below 1");
  }

  @Test
  void exactStoppedByALimitOrACancellationSaysItIsNotProvenOptimal() {
    Eligibility el = Eligibility.of(twoByTwo());
    ExactStrategy exact = new ExactStrategy();
    Cancellation cancelled = Cancellation.create();
    cancelled.cancel();
    StrategyOutcome stopped = exact.solve(el, MatchOptions.builder().cancellation(cancelled).build());
    assertThat(stopped.stoppedEarly()).isTrue();
    assertThat(stopped.bound()).isEmpty();
    assertThat(Evaluator.evaluate(el, stopped.matching()).score().hard()).isZero();
    StrategyOutcome timedOut = exact.solve(el, MatchOptions.builder().timeLimit(java.time.Duration.ofNanos(1)).build());
    assertThat(timedOut.stoppedEarly()).isTrue();
    assertThat(exact.run(el, MatchOptions.builder().cancellation(cancelled).build()).optimal()).isFalse();
    StrategyOutcome finished = exact.solve(el, MatchOptions.DEFAULTS);
    assertThat(finished.stoppedEarly()).isFalse();
    assertThat(finished.bound()).isEmpty();
    assertThat(exact.run(el, MatchOptions.DEFAULTS).objective()).isEqualTo(Score.of(0, 0, 17));
    assertThat(finished.matching()).isEqualTo(exact.match(el, MatchOptions.DEFAULTS));
    // strategies without their own outcome report a finished run without a bound
    StrategyOutcome greedy = new GreedyStrategy().solve(el, MatchOptions.DEFAULTS);
    assertThat(greedy.stoppedEarly()).isFalse();
    assertThat(greedy.bound()).isEmpty();
  }
}
