package dev.tandem.core.strategy;

import static dev.tandem.core.strategy.HandProblems.NO;
import static dev.tandem.core.strategy.HandProblems.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.rules.Eligibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every condition {@link ExactCertificate#violations} checks, each on a hand-computed example at
 * its boundary: the value that just holds is accepted, one unit beyond is refused with its reason.
 *
 * <p>The problem: mentees a0, a1 (priority 1), mentors t0 (capacity 2) and t1 (capacity 1), load
 * weight 3, scores a0-t0 10, a0-t1 4, a1-t0 6 (a1-t1 not eligible). Optimum: both on t0,
 * 10 + 6 - 3 = 13 (a0-t1 + a1-t0 gives 10). Certificate in pairs (medium, soft): p(t0) = (0, -3)
 * (t0 full with load 2: p <= -3 * 1), p(t1) = (0, 0) (t1 empty: p >= 0), u(a0) = (1, 10) + p(t0)
 * = (1, 7), u(a1) = (1, 6) + p(t0) = (1, 3); a0-t1: (1, 7) >= (1, 4) + (0, 0) holds.
 */
class ExactCertificateCheckTest {
  private static final int[] BOTH_ON_T0 = {0, 0};

  private static Eligibility el() {
    return Eligibility.of(HandProblems.table(row(10L, 4L), row(6L, NO)).capacities(2, 1).loadWeight(3).build());
  }

  private static ExactCertificate good() {
    return ExactCertificate.of(0, new long[] {1, 1}, new long[] {7, 3}, new long[] {0, 0}, new long[] {-3, 0});
  }

  private static List<String> check(ExactCertificate c, int[] mentorOf) {
    return c.violations(el(), 1, PairAdjustment.NONE, mentorOf);
  }

  @Test
  void theHandCertificateProvesTheOptimum() {
    Eligibility el = el();
    assertThat(check(good(), BOTH_ON_T0)).isEmpty();
    assertThat(good().proves(el, BOTH_ON_T0)).isTrue();
    assertThat(good().violations(el, el.toMatching(BOTH_ON_T0))).isEmpty();
    // the solver's own certificate proves the same assignment, which is the one it returns
    ExactSolution s = ExactSolver.of(el).solve();
    assertThat(s.mentorOf()).containsExactly(0, 0);
    assertThat(s.certificate().orElseThrow().proves(el, BOTH_ON_T0)).isTrue();
    // a worse feasible assignment (a0-t1, a1-t0: 10 < 13) is not proven by the certificate
    assertThat(good().proves(el, new int[] {1, 0})).isFalse();
    assertThat(good().violations(el, el.toMatching(new int[] {1, 0})))
        .containsExactly("mentees[0] \"a0\" and mentors[1] \"t1\": matched pair has negative reduced cost (0, -3)");
  }

  @Test
  void aMatchedPairMustBeTight() {
    // u(a0) = (1, 8): the matched arc a0-t0 has value (1, 10) + (0, -3) = (1, 7) < u
    assertThat(check(good().withMentee(0, 1, 8), BOTH_ON_T0))
        .containsExactly("mentees[0] \"a0\" and mentors[0] \"t0\": matched pair has negative reduced cost (0, -1)");
  }

  @Test
  void anUnusedPairMustNotBeBetter() {
    // u(a0) = (1, 3) < (1, 4) + p(t1): a0 gains by moving to t1
    assertThat(check(good().withMentee(0, 1, 3), BOTH_ON_T0))
        .containsExactly("mentees[0] \"a0\" and mentors[1] \"t1\": unused pair has negative reduced cost (0, -1)");
    // equal is fine: u(a0) = (1, 4) with p(t1) = (0, 0), and the matched arc (1, 7) stays above u
    assertThat(check(good().withMentee(0, 1, 4), BOTH_ON_T0)).isEmpty();
  }

  @Test
  void theMediumPartDecidesBeforeTheSoftPart() {
    // u(a0) = (0, 1000): medium 0 < 1 loses to every arc value (1, ...), whatever the soft part
    assertThat(check(good().withMentee(0, 0, 1000), BOTH_ON_T0))
        .containsExactly("mentees[0] \"a0\" and mentors[1] \"t1\": unused pair has negative reduced cost (-1, 996)");
    // u(a0) = (2, -1000): medium 2 > 1 beats the matched arc (1, 7)
    assertThat(check(good().withMentee(0, 2, -1000), BOTH_ON_T0))
        .containsExactly("mentees[0] \"a0\" and mentors[0] \"t0\": matched pair has negative reduced cost (-1, 1007)");
  }

  @Test
  void theSignOfAMenteePotentialFollowsWhetherItIsMatched() {
    Eligibility el = el();
    // a1 unmatched, a0 on t0 (load 1 of 2: -3 <= p(t0) <= 0). u(a1) = (1, 6) + p(t0) = (1, 3) > 0 is refused
    int[] a1Unmatched = {0, -1};
    assertThat(good().violations(el, 1, PairAdjustment.NONE, a1Unmatched))
        .containsExactly("mentees[1] \"a1\": unmatched but its potential (1, 3) is above 0");
    // u(a1) = (0, 0) passes the sign check but then the unused arc a1-t0, (1, 6) + (0, -3) = (1, 3), beats it
    ExactCertificate zero = good().withMentee(1, 0, 0);
    assertThat(zero.violations(el, 1, PairAdjustment.NONE, a1Unmatched))
        .containsExactly("mentees[1] \"a1\" and mentors[0] \"t0\": unused pair has negative reduced cost (-1, -3)");
    // matched a1 with u(a1) = (0, -1): below its arc (1, 3), which a matched arc allows, but below 0; (0, 0) holds
    assertThat(check(good().withMentee(1, 0, -1), BOTH_ON_T0))
        .containsExactly("mentees[1] \"a1\": matched but its potential (0, -1) is below 0");
    assertThat(check(good().withMentee(1, 0, 0), BOTH_ON_T0)).isEmpty();
  }

  @Test
  void mentorSlotsAreCheckedBothWays() {
    Eligibility el = el();
    // t0 full (load 2 = free 2): only the last used slot counts, p(t0) <= -3 * (0 + 2 - 1) = -3
    assertThat(check(good().withMentor(0, 0, -2).withMentee(0, 1, 8).withMentee(1, 1, 4), BOTH_ON_T0))
        .containsExactly("mentors[0] \"t0\": its last used slot has negative reduced cost backwards (potential (0, -2))");
    // t1 empty: its next slot costs 0, so p(t1) >= 0; (0, -1) is refused
    assertThat(check(good().withMentor(1, 0, -1), BOTH_ON_T0))
        .containsExactly("mentors[1] \"t1\": its next slot has negative reduced cost (potential (0, -1))");
    // a medium part below 0 loses whatever the soft part
    assertThat(check(good().withMentor(1, -1, 50), BOTH_ON_T0))
        .containsExactly("mentors[1] \"t1\": its next slot has negative reduced cost (potential (-1, 50))");
    // t0 with load 1 of 2 (a1 unmatched, u(a1) = 0 needs (1, 6) + p(t0) <= 0): both conditions, -3 <= p(t0) <= 0
    int[] a1Unmatched = {0, -1};
    ExactCertificate atLoadOne = ExactCertificate.of(0, new long[] {0, 0}, new long[] {10, 0},
        new long[] {-1, 0}, new long[] {0, 0});
    // p(t0) = (-1, 0) is below -3 lexicographically: the next slot is refused; u(a0) = (0, 10) is tight with (1, 10) + (-1, 0)
    assertThat(atLoadOne.violations(el, 1, PairAdjustment.NONE, a1Unmatched).stream().filter(s -> s.startsWith("mentors[")))
        .containsExactly("mentors[0] \"t0\": its next slot has negative reduced cost (potential (-1, 0))");
    // in soft terms: p(t0) = (0, -3) holds (u(a1) = (1, 3) then, which an unmatched mentee may not have), so check only the slots:
    // p(t0) = (0, -4) is refused (next slot), (0, 1) is refused (last used slot), (0, 0) and (0, -3) hold
    for (long p : new long[] {-4, -3, 0, 1}) {
      ExactCertificate c = ExactCertificate.of(0, new long[] {1, 0}, new long[] {10 + p, 0}, new long[] {0, 0}, new long[] {p, 0});
      List<String> v = c.violations(el, 1, PairAdjustment.NONE, a1Unmatched).stream().filter(s -> s.startsWith("mentors[0]")).toList();
      if (p == -4) {
        assertThat(v).containsExactly("mentors[0] \"t0\": its next slot has negative reduced cost (potential (0, -4))");
      } else if (p == 1) {
        assertThat(v).containsExactly("mentors[0] \"t0\": its last used slot has negative reduced cost backwards (potential (0, 1))");
      } else {
        assertThat(v).as("p(t0) = %d", p).isEmpty();
      }
    }
  }

  @Test
  void combinedValuesNeedAMultiplierAboveTheSoftRange() {
    // soft range: 2 * (10 + 6) + w * free * maxSlot = 32 + 3 * 2 * 1 = 38
    ExactCertificate m39 = ExactCertificate.of(39, new long[] {0, 0}, new long[] {39 + 7, 39 + 3}, new long[] {0, 0}, new long[] {-3, 0});
    assertThat(check(m39, BOTH_ON_T0)).isEmpty();
    ExactCertificate m38 = ExactCertificate.of(38, new long[] {0, 0}, new long[] {38 + 7, 38 + 3}, new long[] {0, 0}, new long[] {-3, 0});
    assertThat(check(m38, BOTH_ON_T0)).containsExactly(
        "levelMultiplier: 38 does not exceed the largest soft difference bound 38, so the combined values are not lexicographic");
    // in combined values the priority is folded into the soft part: u(a0) one below the matched arc 39 + 7 is fine, one above is not
    assertThat(check(m39.withMentee(0, 0, 39 + 8), BOTH_ON_T0))
        .containsExactly("mentees[0] \"a0\" and mentors[0] \"t0\": matched pair has negative reduced cost (0, -1)");
    assertThat(check(m39.withMentee(0, 0, 39 + 3), BOTH_ON_T0))
        .containsExactly("mentees[0] \"a0\" and mentors[1] \"t1\": unused pair has negative reduced cost (0, -1)");
  }

  @Test
  void scaledAndAdjustedScoresAreTheOnesChecked() {
    Eligibility el = el();
    // scale 2, adjustment 5 on a0-t0 only: values a0-t0 15, a0-t1 8, a1-t0 12, w = 6.
    // both on t0: 15 + 12 - 6 = 21 vs a0-t1 + a1-t0 = 20: still optimal. p(t0) = (0, -6), p(t1) = 0,
    // u(a0) = (1, 9), u(a1) = (1, 6); a0-t1: (1, 9) >= (1, 8).
    PairAdjustment adj = (m, r) -> m == 0 && r == 0 ? 5 : 0;
    ExactCertificate c = ExactCertificate.of(0, new long[] {1, 1}, new long[] {9, 6}, new long[] {0, 0}, new long[] {-6, 0});
    assertThat(c.violations(el, 2, adj, BOTH_ON_T0)).isEmpty();
    // the same certificate read with the plain scores fails: a0-t0 (1, 10) - 6 = (1, 4) < u(a0) = (1, 9)
    assertThat(c.violations(el, 1, PairAdjustment.NONE, BOTH_ON_T0)).isNotEmpty();
    // the adjustment on a1-t0 instead: a1-t0 is worth 12 - 5 - 6 = 1 < u(a1) = 6, a0-t0 20 - 6 = 14 >= 9 (matched: fine)
    PairAdjustment other = (m, r) -> m == 1 && r == 0 ? 5 : 0;
    assertThat(c.violations(el, 2, other, BOTH_ON_T0))
        .containsExactly("mentees[1] \"a1\" and mentors[0] \"t0\": matched pair has negative reduced cost (0, -5)");
    // the solver's certificate for these scores proves its result
    ExactSolution s = ExactSolver.of(el).solve(2, adj, () -> false);
    assertThat(s.mentorOf()).containsExactly(0, 0);
    assertThat(s.certificate().orElseThrow().violations(el, 2, adj, s.mentorOf())).isEmpty();
  }

  @Test
  void infeasibleAssignmentsAreNamedBeforeAnyPotentialIsRead() {
    Eligibility el = el();
    assertThat(check(good(), new int[] {2, -1}))
        .containsExactly("mentees[0] \"a0\": mentor index 2 out of range");
    assertThat(check(good(), new int[] {-2, 0}))
        .containsExactly("mentees[0] \"a0\": mentor index -2 out of range");
    assertThat(check(good(), new int[] {0, 1}))
        .containsExactly("mentees[1] \"a1\": matched to \"t1\", which is not eligible");
    // t1 has capacity 1: a0 on t1 is fine, load 2 on t0 is its capacity; -1 is unmatched, not out of range
    assertThat(check(good(), new int[] {-1, -1})).doesNotContain("mentees[0] \"a0\": mentor index -1 out of range");
    Eligibility one = Eligibility.of(HandProblems.table(row(10L, 4L), row(6L, 1L)).capacities(1, 1).build());
    ExactCertificate c = ExactCertificate.of(0, new long[2], new long[2], new long[2], new long[2]);
    assertThat(c.violations(one, 1, PairAdjustment.NONE, new int[] {0, 0}))
        .containsExactly("mentors[0] \"t0\": load 2 exceeds capacity 1");
    assertThat(c.violations(one, 1, PairAdjustment.NONE, new int[] {0, 1})).noneMatch(v -> v.contains("exceeds"));
  }

  @Test
  void pinsAreFixedAndTheirSeatsAreNotFree() {
    // a0-t0 10, a0-t1 100 and a1-t1 5 with a1 pinned to t1 (capacity 1): t1 has no free slot, so the
    // tempting arc a0-t1 is not checked, neither is t1's potential nor a1's
    Eligibility el = Eligibility.of(HandProblems.table(row(10L, 100L), row(NO, 5L)).pin(1, 1).build());
    ExactCertificate c = ExactCertificate.of(0, new long[] {1, 77}, new long[] {10, 77}, new long[] {0, -9}, new long[] {0, -9});
    assertThat(c.violations(el, 1, PairAdjustment.NONE, new int[] {0, 1})).isEmpty();
    assertThat(c.violations(el, 1, PairAdjustment.NONE, new int[] {0, -1}))
        .containsExactly("mentees[1] \"a1\": pinned to \"t1\" but unmatched");
    Eligibility two = Eligibility.of(HandProblems.table(row(10L, 100L), row(3L, 5L)).capacities(2, 1).pin(1, 1).build());
    assertThat(c.violations(two, 1, PairAdjustment.NONE, new int[] {0, 0}))
        .containsExactly("mentees[1] \"a1\": pinned to \"t1\" but matched to \"t0\"");
    // the solver leaves t1 to the pin and puts a0 on t0
    assertThat(ExactSolver.of(el).solve().mentorOf()).containsExactly(0, 1);
  }

  @Test
  void longListsAreCutAfterAHundred() {
    // n mentees x 10 mentors, every score 5, capacity 1, everybody unmatched, all potentials 0:
    // each of the n * 10 arcs (1, 5) beats u = (0, 0)
    for (int n : new int[] {10, 11}) {
      Long[][] t = new Long[n][10];
      for (Long[] r : t) {
        java.util.Arrays.fill(r, 5L);
      }
      Eligibility el = Eligibility.of(HandProblems.table(t).build());
      ExactCertificate zero = ExactCertificate.of(0, new long[n], new long[n], new long[10], new long[10]);
      int[] none = new int[n];
      java.util.Arrays.fill(none, -1);
      List<String> v = zero.violations(el, 1, PairAdjustment.NONE, none);
      if (n == 10) {
        assertThat(v).hasSize(100).noneMatch(s -> s.startsWith("..."));
      } else {
        assertThat(v).hasSize(101);
        assertThat(v.get(99)).isEqualTo("mentees[9] \"a9\" and mentors[9] \"t9\": unused pair has negative reduced cost (-1, -5)");
        assertThat(v.get(100)).isEqualTo("... and 10 more");
      }
    }
  }

  @Test
  void overflowsAreReportedNeverWrapped() {
    Eligibility el = el();
    assertThat(good().violations(el, 0, PairAdjustment.NONE, BOTH_ON_T0)).containsExactly("scale: 0 is below 1");
    assertThat(good().violations(el, Long.MAX_VALUE / 2, PairAdjustment.NONE, BOTH_ON_T0))
        .containsExactly("scale: " + Long.MAX_VALUE / 2 + " times the load weight overflows");
    // w = 3 * (MAX / 4) fits, 2 * w does not: with t0 of capacity 3 and load 2 its next slot costs 2 * w, and the
    // scaled scores overflow too
    long scale = Long.MAX_VALUE / 4;
    Eligibility three = Eligibility.of(HandProblems.table(row(10L, 4L), row(6L, NO)).capacities(3, 1).loadWeight(3).build());
    List<String> v = good().violations(three, scale, PairAdjustment.NONE, BOTH_ON_T0);
    assertThat(v).contains("mentees[0] \"a0\": a reduced cost overflows a long", "mentees[1] \"a1\": a reduced cost overflows a long",
        "mentors[0] \"t0\": a slot cost overflows a long");
    // a potential so large that adding an arc value overflows
    assertThat(check(good().withMentor(1, 0, Long.MAX_VALUE), BOTH_ON_T0))
        .containsExactly("mentees[0] \"a0\": a reduced cost overflows a long");
    ExactCertificate combined = ExactCertificate.of(39, new long[2], new long[2], new long[2], new long[2]);
    assertThat(combined.violations(el, scale, PairAdjustment.NONE, BOTH_ON_T0))
        .containsExactly("levelMultiplier: the soft range of the adjusted scores overflows a long");
  }

  @Test
  void sizesAndArgumentsAreChecked() {
    Eligibility el = el();
    ExactCertificate threeMentors = ExactCertificate.of(0, new long[2], new long[2], new long[3], new long[3]);
    assertThat(threeMentors.violations(el, 1, PairAdjustment.NONE, BOTH_ON_T0)).containsExactly(
        "sizes: the problem has 2 mentees and 2 mentors, the assignment 2 mentees, the certificate 2 mentees and 3 mentors");
    assertThat(good().violations(el, 1, PairAdjustment.NONE, new int[] {0})).singleElement().asString()
        .startsWith("sizes: the problem has 2 mentees and 2 mentors, the assignment 1 mentees");
    ExactCertificate oneMentee = ExactCertificate.of(0, new long[1], new long[1], new long[2], new long[2]);
    assertThat(oneMentee.violations(el, 1, PairAdjustment.NONE, BOTH_ON_T0)).singleElement().asString().startsWith("sizes:");
    assertThatThrownBy(() -> ExactCertificate.of(-1, new long[0], new long[0], new long[0], new long[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("levelMultiplier: -1 is below 0");
    assertThatThrownBy(() -> ExactCertificate.of(0, new long[1], new long[2], new long[0], new long[0]))
        .hasMessage("potentials: medium and soft parts differ in length (mentees 1/2, mentors 0/0)");
    assertThatThrownBy(() -> ExactCertificate.of(0, new long[0], new long[0], new long[3], new long[1]))
        .hasMessage("potentials: medium and soft parts differ in length (mentees 0/0, mentors 3/1)");
  }

  @Test
  void aCertificateIsAValueWithCopiedArrays() {
    long[] uh = {1, 1};
    long[] ul = {7, 3};
    long[] ph = {0, 0};
    long[] pl = {-3, 0};
    ExactCertificate c = ExactCertificate.of(0, uh, ul, ph, pl);
    uh[0] = 9;
    ul[0] = 9;
    ph[0] = 9;
    pl[0] = 9;
    assertThat(c.menteeMedium(0)).isEqualTo(1);
    assertThat(c.menteeSoft(0)).isEqualTo(7);
    assertThat(c.mentorMedium(0)).isZero();
    assertThat(c.mentorSoft(0)).isEqualTo(-3);
    assertThat(c.menteeCount()).isEqualTo(2);
    assertThat(c.mentorCount()).isEqualTo(2);
    assertThat(c.levelMultiplier()).isZero();
    ExactCertificate d = c.withMentee(1, 4, 5).withMentor(1, 6, 7);
    assertThat(new long[] {d.menteeMedium(1), d.menteeSoft(1), d.mentorMedium(1), d.mentorSoft(1)}).containsExactly(4, 5, 6, 7);
    assertThat(new long[] {c.menteeMedium(1), c.menteeSoft(1), c.mentorMedium(1), c.mentorSoft(1)}).containsExactly(1, 3, 0, 0);
    assertThat(c.toString()).isEqualTo("ExactCertificate[levelMultiplier=0, mentees=2, mentors=2, menteeSoft=[7, 3]...]");
    long[] many = new long[10];
    for (int i = 0; i < many.length; i++) {
      many[i] = i;
    }
    assertThat(ExactCertificate.of(5, many, many, new long[0], new long[0]).toString())
        .isEqualTo("ExactCertificate[levelMultiplier=5, mentees=10, mentors=0, menteeSoft=[0, 1, 2, 3, 4, 5, 6, 7]...]");
  }
}
