package dev.tandem.core.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The contract catches strategies that break it: each broken strategy fails the check for its fault. */
class StrategyContractTest {
  /** A strategy built from an assignment function; name "broken". */
  private static StrategyContract contractOf(java.util.function.BiFunction<Eligibility, MatchOptions, int[]> assign) {
    return StrategyContract.of(new MatchingStrategy() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public String description() {
        return "breaks the contract on purpose";
      }

      @Override
      public Matching match(Eligibility el, MatchOptions options) {
        return el.toMatching(assign.apply(el, options));
      }
    });
  }

  /** Each mentee on its first eligible mentor, pins and capacities ignored. */
  private static int[] firstEligible(Eligibility el) {
    int[] out = new int[el.menteeCount()];
    Arrays.fill(out, -1);
    for (int m = 0; m < out.length; m++) {
      if (el.eligibleCount(m) > 0) {
        out[m] = el.mentorAt(el.start(m));
      }
    }
    return out;
  }

  @Test
  void aStrategyThatIgnoresPinsOrCapacitiesFails() {
    assertThatThrownBy(() -> contractOf((el, o) -> firstEligible(el)).keepsEveryPinUsesEligiblePairsOnlyAndRespectsCapacities())
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aStrategyThatDependsOnMoreThanTheSeedFails() {
    Random shared = new Random(1);
    assertThatThrownBy(() -> contractOf((el, o) -> {
      int[] out = new int[el.menteeCount()];
      for (int m = 0; m < out.length; m++) {
        out[m] = el.pinnedMentor(m);
      }
      // a random unpinned mentee on its first eligible mentor if it has room: feasible, but not deterministic
      int m = el.menteeCount() == 0 ? -1 : shared.nextInt(el.menteeCount());
      if (m >= 0 && out[m] < 0 && el.eligibleCount(m) > 0) {
        int r = el.mentorAt(el.start(m));
        long load = Arrays.stream(out).filter(x -> x == r).count();
        if (load < el.capacity(r)) {
          out[m] = r;
        }
      }
      return out;
    }).isDeterministicAlsoFromTwoThreadsAtOnce()).isInstanceOf(AssertionError.class);
  }

  @Test
  void aStrategyThatForgetsEmptyProblemsFails() {
    assertThatThrownBy(() -> contractOf((el, o) -> new int[0]).handlesProblemsWithoutMenteesWithoutMentorsAndFullyPinned())
        .isInstanceOf(RuntimeException.class);
  }
}
