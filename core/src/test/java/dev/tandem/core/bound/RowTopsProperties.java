package dev.tandem.core.bound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.core.testing.RandomProblems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The rows' best entries against sorting, and the pruned move search against every single move. */
class RowTopsProperties {
  @Provide
  Arbitrary<MatchingProblem> problems() {
    return RandomProblems.problems(12, 12);
  }

  @Property(tries = 200)
  void theTopsAreTheBestEntriesInDescendingOrderAndTheRestIsBelow(@ForAll("problems") MatchingProblem p,
      @ForAll @IntRange(min = 1, max = 5) int size) {
    Eligibility el = Eligibility.of(p);
    RowTops tops = RowTops.of(el, size);
    for (int m = 0; m < el.menteeCount(); m++) {
      List<Integer> row = new ArrayList<>();
      for (int k = el.start(m); k < el.end(m); k++) {
        row.add(k);
      }
      row.sort(Comparator.<Integer>comparingLong(el::scoreAt).reversed().thenComparing(k -> k));
      int len = Math.min(size, row.size());
      assertThat(tops.length(m)).isEqualTo(len);
      for (int i = 0; i < len; i++) {
        assertThat(tops.position(m, i)).as("mentee %d entry %d", m, i).isEqualTo(row.get(i));
      }
      long rest = row.size() > len ? el.scoreAt(row.get(len)) : Long.MIN_VALUE;
      assertThat(tops.restMax(m)).isEqualTo(rest);
    }
  }

  /**
   * With rows cut to one or two best entries (so the search must fall back to whole rows), a
   * repair run to its end leaves no single move or placement that the evaluator scores higher.
   */
  @Property(tries = 200)
  void aRepairRunToItsEndLeavesNoImprovingMove(@ForAll("problems") MatchingProblem p,
      @ForAll @IntRange(min = 1, max = 2) int size) {
    repairedToTheEnd(p, size);
  }

  /** The same on crowded links: many mentees in few departments, random weights. */
  @Property(tries = 100)
  void aRepairOnCrowdedLinksLeavesNoImprovingMove(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int size) {
    java.util.Random rnd = new java.util.Random(seed);
    repairedToTheEnd(RandomProblems.generate(seed,
        new RandomProblems.Shape(15 + rnd.nextInt(15), 8 + rnd.nextInt(8), 2 + rnd.nextInt(2), 2, true, false)), size);
  }

  private static void repairedToTheEnd(MatchingProblem p, int size) {
    Eligibility el = Eligibility.of(p);
    int[] start = el.assignmentOf(StrategyRegistry.standard().get("random").match(el, MatchOptions.DEFAULTS));
    LocalRepair repair = new LocalRepair(el, Links.of(el), RowTops.of(el, size), start,
        LagrangianSearch.orderFor(el.menteeCount(), 5));
    repair.improve(Integer.MAX_VALUE, false, () -> false);
    int[] x = repair.mentorOf().clone();
    Score score = Evaluator.evaluate(el, el.toMatching(x)).score();
    assertThat(repair.score()).isEqualTo(score);
    int[] load = new int[el.mentorCount()];
    for (int r : x) {
      if (r >= 0) {
        load[r]++;
      }
    }
    for (int m = 0; m < x.length; m++) {
      if (el.pinnedMentor(m) >= 0) {
        continue;
      }
      int r = x[m];
      for (int k = el.start(m); k < el.end(m); k++) {
        int r2 = el.mentorAt(k);
        if (r2 == r || load[r2] >= el.capacity(r2)) {
          continue;
        }
        x[m] = r2;
        Score moved = Evaluator.evaluate(el, el.toMatching(x)).score();
        assertThat(moved.compareTo(score)).as("mentee %d from %d to %d: %s after the repair's %s", m, r, r2, moved, score)
            .isLessThanOrEqualTo(0);
        x[m] = r;
      }
    }
  }
}
