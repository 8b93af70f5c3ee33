package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link ExactSolver} with adjusted scores, its warm start and its {@link ExactCertificate}
 * against brute force on tiny random problems: the objective independent of the solver
 * ({@link #objective}), every feasible assignment enumerated.
 */
class ExactCertificateProperties {

  /** The objective exact optimises, straight from its definition: (medium, adjusted soft). */
  static Score objective(Eligibility el, long scale, PairAdjustment adj, int[] mentorOf) {
    long medium = 0;
    long soft = 0;
    int[] load = new int[el.mentorCount()];
    for (int m = 0; m < mentorOf.length; m++) {
      int r = mentorOf[m];
      if (r < 0) {
        medium -= el.priority(m);
      } else {
        load[r]++;
        soft += scale * el.pairScore(m, r) - adj.of(m, r);
      }
    }
    long w = scale * el.problem().policy().weights().mentorLoadWeight();
    for (int l : load) {
      soft -= w * l * (l - 1) / 2;
    }
    return Score.of(0, medium, soft);
  }

  /** Random prices per department link, or per pair, or none. */
  static PairAdjustment randomAdjustment(Eligibility el, Random rnd) {
    int d = el.departments().size();
    return switch (rnd.nextInt(3)) {
      case 0 -> PairAdjustment.NONE;
      case 1 -> {
        long[] price = new long[d * d];
        for (int i = 0; i < price.length; i++) {
          price[i] = rnd.nextInt(200) - 50;
        }
        yield PairAdjustment.byLink(el, price);
      }
      default -> {
        long salt = rnd.nextLong();
        yield (m, r) -> Math.floorMod((m * 31L + r) * 7919L + salt, 97L) - 30;
      }
    };
  }

  private static Score best(Eligibility el, long scale, PairAdjustment adj, List<int[]> all) {
    Score best = null;
    for (int[] a : all) {
      Score s = objective(el, scale, adj, a);
      if (best == null || s.compareTo(best) > 0) {
        best = s;
      }
    }
    return best;
  }

  private static List<int[]> all(Eligibility el) {
    List<int[]> all = new ArrayList<>();
    BruteForce.forEach(el, all::add);
    return all;
  }

  @Property(tries = 120)
  void adjustedSolvesAreOptimalAndCertified(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 7, 6, seed % 3 == 0, false);
    Eligibility el = Eligibility.of(p);
    List<int[]> all = all(el);
    Random rnd = new Random(seed);
    for (ExactSolver.Arithmetic arithmetic : new ExactSolver.Arithmetic[] {ExactSolver.Arithmetic.COMBINED, ExactSolver.Arithmetic.LEXICOGRAPHIC}) {
      ExactSolver solver = ExactSolver.of(el, arithmetic, 1 + rnd.nextInt(3));
      for (int round = 0; round < 4; round++) {
        long scale = 1 + rnd.nextInt(3);
        PairAdjustment adj = randomAdjustment(el, rnd);
        ExactSolution s = solver.solve(scale, adj, () -> false);
        Score best = best(el, scale, adj, all);
        assertThat(objective(el, scale, adj, s.mentorOf())).as("%s round %d", arithmetic, round).isEqualTo(best);
        assertThat(s.objective()).isEqualTo(best);
        assertThat(s.optimal()).isTrue();
        ExactCertificate cert = s.certificate().orElseThrow();
        assertThat(cert.levelMultiplier() == 0).isEqualTo(arithmetic == ExactSolver.Arithmetic.LEXICOGRAPHIC);
        assertThat(cert.violations(el, scale, adj, s.mentorOf())).isEmpty();
      }
    }
  }

  /** Soundness: whatever assignment the checker accepts with exact's certificate is optimal. */
  @Property(tries = 120)
  void theCheckerAcceptsOnlyOptimalAssignments(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 6, 5, seed % 2 == 0, false);
    Eligibility el = Eligibility.of(p);
    Random rnd = new Random(seed);
    long scale = 1 + rnd.nextInt(2);
    PairAdjustment adj = randomAdjustment(el, rnd);
    boolean lex = rnd.nextBoolean();
    ExactSolution s = ExactSolver.of(el, lex ? ExactSolver.Arithmetic.LEXICOGRAPHIC : ExactSolver.Arithmetic.COMBINED, 2)
        .solve(scale, adj, () -> false);
    ExactCertificate cert = s.certificate().orElseThrow();
    Score best = s.objective();
    for (int[] a : all(el)) {
      Score score = objective(el, scale, adj, a);
      List<String> violations = cert.violations(el, scale, adj, a);
      if (score.compareTo(best) < 0) {
        assertThat(violations).as("assignment %s scores %s below %s", java.util.Arrays.toString(a), score, best).isNotEmpty();
      } else {
        assertThat(score).isEqualTo(best);
      }
    }
  }

  /** Perturbed certificates: tight dual values moved by one unit are refused. */
  @Property(tries = 100)
  void perturbedCertificatesAreRefused(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 7, 6, seed % 3 == 0, false);
    Eligibility el = Eligibility.of(p);
    boolean lex = seed % 2 == 0;
    ExactSolution s = ExactSolver.of(el, lex ? ExactSolver.Arithmetic.LEXICOGRAPHIC : ExactSolver.Arithmetic.COMBINED, 2).solve();
    ExactCertificate cert = s.certificate().orElseThrow();
    int[] a = s.mentorOf();
    assertThat(cert.proves(el, a)).isTrue();
    for (int m = 0; m < el.menteeCount(); m++) {
      int r = a[m];
      if (r < 0 || el.pinnedMentor(m) >= 0) {
        continue;
      }
      // a matched pair is tight: raising the mentee's value or the mentor's price breaks it
      ExactCertificate up = cert.withMentee(m, cert.menteeMedium(m), cert.menteeSoft(m) + 1);
      assertThat(up.proves(el, a)).as("mentee %d raised", m).isFalse();
      String name = "mentees[" + m + "]";
      assertThat(up.violations(el, 1, PairAdjustment.NONE, a)).anyMatch(v -> v.contains(name));
      ExactCertificate down = cert.withMentor(r, cert.mentorMedium(r), cert.mentorSoft(r) - 1);
      assertThat(down.proves(el, a)).as("mentor %d lowered", r).isFalse();
    }
  }

  /** Perturbed results: moving one mentee to a strictly worse place is refused. */
  @Property(tries = 100)
  void perturbedResultsAreRefused(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 7, 6, false, false);
    Eligibility el = Eligibility.of(p);
    ExactSolution s = ExactSolver.of(el).solve();
    ExactCertificate cert = s.certificate().orElseThrow();
    int[] a = s.mentorOf();
    int[] load = Assignments.loads(el, a);
    for (int m = 0; m < el.menteeCount(); m++) {
      int[] b = a.clone();
      b[m] = -1;
      check(el, cert, b, s.objective());
      for (int k = el.start(m); k < el.end(m); k++) {
        int r = el.mentorAt(k);
        if (r != a[m] && load[r] < el.capacity(r)) {
          int[] c = a.clone();
          c[m] = r;
          check(el, cert, c, s.objective());
        }
      }
    }
  }

  private static void check(Eligibility el, ExactCertificate cert, int[] b, Score optimum) {
    Score score = objective(el, 1, PairAdjustment.NONE, b);
    if (score.compareTo(optimum) < 0) {
      assertThat(cert.proves(el, b)).as("worse assignment %s", java.util.Arrays.toString(b)).isFalse();
    } else {
      assertThat(score).isEqualTo(optimum);
    }
  }

  /** Warm re-solves on larger problems agree with cold solves and stay certified. */
  @Property(tries = 30)
  void warmAndColdSolvesAgree(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 60, 40, seed % 2 == 0, false);
    Eligibility el = Eligibility.of(p);
    Random rnd = new Random(seed);
    ExactSolver warm = ExactSolver.of(el);
    int d = el.departments().size();
    long[] price = new long[d * d];
    for (int round = 0; round < 8; round++) {
      for (int i = 0; i < price.length; i++) {
        price[i] += rnd.nextInt(41) - 20; // small steps, as a subgradient method takes
      }
      long scale = round < 4 ? 1 : 2;
      PairAdjustment adj = PairAdjustment.byLink(el, price);
      ExactSolution w = warm.solve(scale, adj, () -> false);
      ExactSolution c = ExactSolver.of(el).solve(scale, adj, () -> false);
      assertThat(w.objective()).as("round %d", round).isEqualTo(c.objective());
      assertThat(w.certificate().orElseThrow().violations(el, scale, adj, w.mentorOf())).isEmpty();
      assertThat(objective(el, scale, adj, w.mentorOf())).isEqualTo(w.objective());
    }
  }
}
