package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * {@code greedy} against its definition run naively (every step scans every waiting mentee and
 * every eligible mentor), and {@code random} against what its definition promises: feasible, a
 * mentee left out only when its mentors are full, every eligible mentor and every visiting order
 * drawn about equally often over many seeds.
 */
class GreedyRandomReferenceProperties {

  /** A random table problem with priorities, capacities, load weight and pins. */
  static MatchingProblem random(long seed) {
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(25);
    int mentors = 1 + rnd.nextInt(8);
    Long[][] t = new Long[n][mentors];
    for (int m = 0; m < n; m++) {
      for (int r = 0; r < mentors; r++) {
        if (rnd.nextInt(10) < 6) {
          t[m][r] = (long) rnd.nextInt(9) - 3;
        }
      }
    }
    int[] caps = new int[mentors];
    for (int r = 0; r < mentors; r++) {
      caps[r] = 1 + rnd.nextInt(4);
    }
    int[] prios = new int[n];
    for (int m = 0; m < n; m++) {
      prios[m] = 1 + rnd.nextInt(3);
    }
    HandProblems h = HandProblems.table(t).capacities(caps).priorities(prios).loadWeight(rnd.nextInt(4));
    if (rnd.nextBoolean()) {
      int[] left = caps.clone();
      for (int m = 0; m < n; m++) {
        int r = rnd.nextInt(mentors);
        if (t[m][r] != null && left[r] > 0 && rnd.nextInt(4) == 0) {
          left[r]--;
          h.pin(m, r);
        }
      }
    }
    return h.build();
  }

  /**
   * The greedy rule of {@link GreedyStrategy}'s Javadoc, step by step: among the unmatched
   * mentees with an eligible mentor that has room, those of the highest priority; among their
   * pairs with room, the highest {@code pairScore - w * load}; ties to the lower mentee, then the
   * lower mentor index.
   */
  static int[] naiveGreedy(Eligibility el) {
    int n = el.menteeCount();
    long w = el.problem().policy().weights().mentorLoadWeight();
    int[] mentorOf = Assignments.pinned(el);
    int[] load = Assignments.loads(el, mentorOf);
    while (true) {
      int bestM = -1;
      int bestR = -1;
      long bestValue = 0;
      for (int m = 0; m < n; m++) {
        if (mentorOf[m] >= 0) {
          continue;
        }
        for (int r = 0; r < el.mentorCount(); r++) {
          if (!el.isEligible(m, r) || load[r] >= el.capacity(r)) {
            continue;
          }
          long v = el.pairScore(m, r) - w * load[r];
          boolean better = bestM < 0
              || el.priority(m) > el.priority(bestM)
              || (el.priority(m) == el.priority(bestM) && v > bestValue);
          if (better) {
            bestM = m;
            bestR = r;
            bestValue = v;
          }
        }
      }
      if (bestM < 0) {
        return mentorOf;
      }
      mentorOf[bestM] = bestR;
      load[bestR]++;
    }
  }

  @Property(tries = 150)
  void greedyIsItsDefinition(@ForAll long seed) {
    Eligibility el = Eligibility.of(random(seed));
    StrategyOutcome o = new GreedyStrategy().solve(el, MatchOptions.DEFAULTS);
    assertThat(o.stoppedEarly()).isFalse();
    assertThat(el.assignmentOf(o.matching())).containsExactly(naiveGreedy(el));
  }

  @Test
  void greedyHandExample() {
    // a0 (priority 1): t0 5, t1 4; a1 (priority 2): t0 5, t1 5; a2 (priority 1): t0 9. t0 capacity 2, t1 capacity 1, w = 3.
    // Step 1: priority 2 first: a1, tie t0/t1 at 5 -> lower mentor t0 (load 1).
    // Step 2: a0: t0 5 - 3 = 2, t1 4; a2: t0 9 - 3 = 6 -> a2-t0 (t0 full).
    // Step 3: a0: t1 4 -> a0-t1.
    Eligibility el = Eligibility.of(HandProblems.table(HandProblems.row(5L, 4L), HandProblems.row(5L, 5L), HandProblems.row(9L, HandProblems.NO))
        .priorities(1, 2, 1).capacities(2, 1).loadWeight(3).build());
    assertThat(el.assignmentOf(new GreedyStrategy().match(el, MatchOptions.DEFAULTS))).containsExactly(1, 0, 0);
    // equal values, equal priorities: the lower mentee index is served first
    Eligibility tie = Eligibility.of(HandProblems.table(HandProblems.row(5L), HandProblems.row(5L)).build());
    assertThat(tie.assignmentOf(new GreedyStrategy().match(tie, MatchOptions.DEFAULTS))).containsExactly(0, -1);
  }

  @Property(tries = 100)
  void randomIsFeasibleAndLeavesOutOnlyMenteesWhoseMentorsAreFull(@ForAll long seed) {
    Eligibility el = Eligibility.of(random(seed));
    StrategyOutcome o = new RandomStrategy().solve(el, MatchOptions.builder().seed(seed).build());
    assertThat(o.stoppedEarly()).isFalse();
    assertThat(Evaluator.evaluate(el, o.matching()).score().hard()).isZero();
    int[] a = el.assignmentOf(o.matching());
    int[] load = Assignments.loads(el, a);
    for (int m = 0; m < a.length; m++) {
      if (el.pinnedMentor(m) >= 0) {
        assertThat(a[m]).isEqualTo(el.pinnedMentor(m));
      } else if (a[m] < 0) {
        for (int k = el.start(m); k < el.end(m); k++) {
          assertThat(load[el.mentorAt(k)]).as("mentee %d left out while mentor %d has room", m, el.mentorAt(k))
              .isEqualTo(el.capacity(el.mentorAt(k)));
        }
      }
    }
    assertThat(new RandomStrategy().match(el, MatchOptions.builder().seed(seed).build())).isEqualTo(o.matching());
  }

  /**
   * 3,000 seeds: one mentee with four eligible mentors picks each about 750 times; of two mentees
   * competing for one seat each wins about 1,500 times; three mentees for one seat each about
   * 1,000 times. The bounds are 6 standard deviations wide (a binomial count of 3,000 draws
   * deviates by about 24 to 27), so they fail only when the draw is not uniform.
   */
  @Test
  void randomDrawsMentorsAndOrdersUniformly() {
    Eligibility one = Eligibility.of(HandProblems.table(HandProblems.row(1L, 2L, 3L, 4L)).build());
    Eligibility two = Eligibility.of(HandProblems.table(HandProblems.row(1L), HandProblems.row(1L)).build());
    Eligibility three = Eligibility.of(HandProblems.table(HandProblems.row(1L), HandProblems.row(1L), HandProblems.row(1L)).build());
    int[] mentorCount = new int[4];
    int[] winnerOfTwo = new int[2];
    int[] winnerOfThree = new int[3];
    RandomStrategy random = new RandomStrategy();
    for (long seed = 0; seed < 3000; seed++) {
      MatchOptions o = MatchOptions.builder().seed(seed).build();
      mentorCount[one.assignmentOf(random.match(one, o))[0]]++;
      int[] a = two.assignmentOf(random.match(two, o));
      assertThat(a[0] + a[1]).isEqualTo(-1); // one matched (0), one not (-1)
      winnerOfTwo[a[0] == 0 ? 0 : 1]++;
      int[] b = three.assignmentOf(random.match(three, o));
      for (int m = 0; m < 3; m++) {
        if (b[m] == 0) {
          winnerOfThree[m]++;
        }
      }
    }
    for (int c : mentorCount) {
      assertThat(c).isBetween(750 - 145, 750 + 145);
    }
    for (int c : winnerOfTwo) {
      assertThat(c).isBetween(1500 - 165, 1500 + 165);
    }
    for (int c : winnerOfThree) {
      assertThat(c).isBetween(1000 - 155, 1000 + 155);
    }
    assertThat(winnerOfThree[0] + winnerOfThree[1] + winnerOfThree[2]).isEqualTo(3000);
  }
}
