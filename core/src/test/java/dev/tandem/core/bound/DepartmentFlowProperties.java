package dev.tandem.core.bound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.testing.RandomProblems;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DepartmentFlow} against brute force: re-assigning the matched, unpinned mentees of one
 * mentee department, everyone else kept, the flow reaches the best score (by the
 * {@link Evaluator}) of every such re-assignment that respects the capacities; restricted to one
 * mentor per department, it never scores less than where it started.
 */
class DepartmentFlowProperties {
  @Provide
  Arbitrary<MatchingProblem> problems() {
    // the flow does not see the topic-target bonus (the repair checks the score it keeps)
    return RandomProblems.problems(10, 6).map(p -> p.toBuilder()
        .policy(p.policy().withWeights(p.policy().weights().withTopicTargetWeight(0))).build());
  }

  @Property(tries = 1000, maxDiscardRatio = 10)
  void theFlowFindsTheBestReassignmentOfADepartment(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Eligibility el = Eligibility.of(p);
    int[] start = el.assignmentOf(RandomProblems.feasibleMatching(el, new Random(seed)));
    Block block = Block.somewhere(el, start, seed);

    int[] exact = block.solve(el, start, 64);
    Score best = bruteForce(el, start.clone(), block.mentees(), 0);
    assertThat(Evaluator.evaluate(el, el.toMatching(exact)).score()).as("flow against brute force").isEqualTo(best);
    assertThat(withinCapacities(el, exact)).isTrue();

    int[] narrow = block.solve(el, start, 1);
    Score before = Evaluator.evaluate(el, el.toMatching(start)).score();
    assertThat(Evaluator.evaluate(el, el.toMatching(narrow)).score().compareTo(before)).isGreaterThanOrEqualTo(0);
    assertThat(withinCapacities(el, narrow)).isTrue();
  }

  /**
   * Pairs from outside the block on its links (as pinned pairs would be) cost the block: with
   * {@code e_b} more pairs on link {@code (a, b)}, the spread penalty of {@code k} pairs grows by
   * {@code w (e_b k + e_b (e_b - 1) / 2)}, so the flow maximises the evaluator's soft score minus
   * {@code w sum_b e_b k_b}.
   */
  @Property(tries = 1000, maxDiscardRatio = 10)
  void pairsFromOutsideTheBlockOnItsLinksCount(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Eligibility el = Eligibility.of(p);
    int[] start = el.assignmentOf(RandomProblems.feasibleMatching(el, new Random(seed)));
    Block block = Block.somewhere(el, start, seed);
    Random rnd = new Random(seed);
    long[] extra = new long[Math.max(1, el.departments().size())];
    for (int b = 0; b < extra.length; b++) {
      extra[b] = rnd.nextInt(3);
    }
    long w = p.policy().weights().departmentSpreadWeight();
    java.util.function.ToLongFunction<int[]> objective = x -> {
      long v = Evaluator.score(el, x).soft();
      for (int m : block.mentees()) {
        v -= w * extra[el.mentorDepartment(x[m])];
      }
      return v;
    };
    int[] flow = block.solve(el, start, 64, extra);
    long best = bruteForce(el, start.clone(), block.mentees(), 0, objective);
    assertThat(objective.applyAsLong(flow)).as("flow against brute force").isEqualTo(best);
  }

  /**
   * Crowded problems, where the flow must re-route: one mentee department of 2 to 5 mentees, 2 to
   * 6 mentors of 1 or 2 seats in 1 to 3 departments, every pair listed with a random score, load
   * and spread penalties on. Mentees start on the first free mentor of their list.
   */
  @Provide
  Arbitrary<MatchingProblem> crowded() {
    return net.jqwik.api.Arbitraries.longs().map(seed -> {
      Random rnd = new Random(seed);
      int n = 2 + rnd.nextInt(4);
      int mentors = Math.max(2, n - 1 + rnd.nextInt(3));
      int depts = 1 + rnd.nextInt(3);
      MatchingProblem.Builder b = MatchingProblem.builder().name("crowded-" + seed);
      for (int r = 0; r < mentors; r++) {
        b.employee(dev.tandem.core.model.Employee.of("y" + r, "D" + rnd.nextInt(depts), 1))
            .mentor(dev.tandem.core.model.Mentor.of("y" + r, 1 + rnd.nextInt(2), java.util.List.of()));
      }
      for (int m = 0; m < n; m++) {
        b.employee(dev.tandem.core.model.Employee.of("x" + m, "A", 8)).mentee(dev.tandem.core.model.Mentee.of("x" + m, 1, java.util.List.of()));
        for (int r = 0; r < mentors; r++) {
          b.pairScore("x" + m, "y" + r, rnd.nextInt(101));
        }
      }
      return b.policy(dev.tandem.core.model.Policy.builder().candidatePairs(dev.tandem.core.model.CandidatePairs.LISTED_ONLY)
          .requireTopicMatch(false).weights(dev.tandem.core.model.Weights.ZERO.withDepartmentSpreadWeight(1 + rnd.nextInt(40))
              .withMentorLoadWeight(rnd.nextInt(30))).build()).build();
    });
  }

  @Property(tries = 500)
  void inCrowdedProblemsTheFlowStillFindsTheBest(@ForAll("crowded") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    int[] start = new int[el.menteeCount()];
    int[] load = new int[el.mentorCount()];
    for (int m = 0; m < start.length; m++) {
      start[m] = -1;
      for (int k = el.start(m); k < el.end(m) && start[m] < 0; k++) {
        if (load[el.mentorAt(k)] < el.capacity(el.mentorAt(k))) {
          start[m] = el.mentorAt(k);
          load[start[m]]++;
        }
      }
    }
    Block block = Block.of(el, start, el.menteeDepartment(0));
    int[] flow = block.solve(el, start, 64);
    assertThat(withinCapacities(el, flow)).isTrue();
    assertThat(Evaluator.score(el, flow)).as("flow against brute force").isEqualTo(bruteForce(el, start.clone(), block.mentees(), 0));
  }

  /** The best score over every eligible mentor for block mentees {@code i..}, capacities kept. */
  private static Score bruteForce(Eligibility el, int[] x, int[] block, int i) {
    if (i == block.length) {
      return withinCapacities(el, x) ? Evaluator.score(el, x) : null;
    }
    Score best = null;
    int m = block[i];
    int keep = x[m];
    for (int k = el.start(m); k < el.end(m); k++) {
      x[m] = el.mentorAt(k);
      Score s = bruteForce(el, x, block, i + 1);
      if (s != null && (best == null || s.compareTo(best) > 0)) {
        best = s;
      }
    }
    x[m] = keep;
    return best;
  }

  /** The largest {@code objective} over the same re-assignments (block mentees stay matched). */
  private static long bruteForce(Eligibility el, int[] x, int[] block, int i, java.util.function.ToLongFunction<int[]> objective) {
    if (i == block.length) {
      return withinCapacities(el, x) ? objective.applyAsLong(x) : Long.MIN_VALUE;
    }
    long best = Long.MIN_VALUE;
    int m = block[i];
    int keep = x[m];
    for (int k = el.start(m); k < el.end(m); k++) {
      x[m] = el.mentorAt(k);
      best = Math.max(best, bruteForce(el, x, block, i + 1, objective));
    }
    x[m] = keep;
    return best;
  }

  private static boolean withinCapacities(Eligibility el, int[] x) {
    int[] load = new int[el.mentorCount()];
    for (int r : x) {
      if (r >= 0 && ++load[r] > el.capacity(r)) {
        return false;
      }
    }
    return true;
  }

  /** The matched, unpinned mentees of mentee department {@code a}. */
  private record Block(int a, int[] mentees) {
    /**
     * The block of a department drawn from {@code seed} among those with a movable mentee, when
     * the start respects the capacities and the block is small enough for brute force (else the
     * try is rejected).
     */
    static Block somewhere(Eligibility el, int[] start, long seed) {
      int[] movable = java.util.stream.IntStream.range(0, start.length).filter(m -> start[m] >= 0 && el.pinnedMentor(m) < 0).toArray();
      Assume.that(movable.length > 0 && withinCapacities(el, start));
      Block block = of(el, start, el.menteeDepartment(movable[(int) Math.floorMod(seed, (long) movable.length)]));
      Assume.that(block.size() <= 5);
      return block;
    }

    static Block of(Eligibility el, int[] x, int a) {
      int[] m = java.util.stream.IntStream.range(0, x.length)
          .filter(i -> el.menteeDepartment(i) == a && x[i] >= 0 && el.pinnedMentor(i) < 0).toArray();
      return m.length == 0 ? null : new Block(a, m);
    }

    int size() {
      return mentees.length;
    }

    int[] solve(Eligibility el, int[] start, int perDepartment) {
      return solve(el, start, perDepartment, new long[Math.max(1, el.departments().size())]);
    }

    /** The flow's re-assignment, with {@code extra[b]} more pairs on link {@code (a, b)}. */
    int[] solve(Eligibility el, int[] start, int perDepartment, long[] extra) {
      int d = Math.max(1, el.departments().size());
      int[] load = new int[el.mentorCount()];
      long[] onLink = extra.clone();
      for (int m = 0; m < start.length; m++) {
        if (start[m] >= 0) {
          load[start[m]]++;
          if (el.menteeDepartment(m) == a) {
            onLink[el.mentorDepartment(start[m])]++;
          }
        }
      }
      int[] result = new int[mentees.length];
      assertThat(new DepartmentFlow(el, perDepartment).solve(mentees, mentees.length, start, load, onLink, result)).isTrue();
      int[] x = Arrays.copyOf(start, start.length);
      for (int i = 0; i < mentees.length; i++) {
        assertThat(result[i]).isBetween(el.start(mentees[i]), el.end(mentees[i]) - 1);
        x[mentees[i]] = el.mentorAt(result[i]);
      }
      return x;
    }
  }
}
