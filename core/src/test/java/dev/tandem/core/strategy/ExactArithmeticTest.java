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
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Priorities and scores too large for {@code priority * M + soft} in one long. */
class ExactArithmeticTest {
  static MatchingProblem huge(long seed) {
    Random rnd = new Random(seed);
    MatchingProblem.Builder b = MatchingProblem.builder().name("huge-" + seed);
    int n = 6;
    int mentors = 4;
    for (int i = 0; i < n; i++) {
      b.employee(Employee.of("a" + i, "A", 1));
      b.mentee(Mentee.of("a" + i, rnd.nextBoolean() ? Integer.MAX_VALUE : Integer.MAX_VALUE - 1 - rnd.nextInt(3), List.of()));
    }
    for (int j = 0; j < mentors; j++) {
      b.employee(Employee.of("t" + j, "T", 1));
      b.mentor(Mentor.of("t" + j, 1 + rnd.nextInt(2), List.of()));
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < mentors; j++) {
        if (rnd.nextInt(3) > 0) {
          b.pairScore("a" + i, "t" + j, (rnd.nextLong() % 1_000_000_000_000_000L));
        }
      }
    }
    return b.policy(Policy.builder().candidatePairs(CandidatePairs.LISTED_ONLY).minLevelGap(0)
        .reportingLine(ReportingLine.ALLOW).requireTopicMatch(false)
        .weights(Weights.ZERO.withMentorLoadWeight(1_000_000_000L)).build()).build();
  }

  @Test
  void fallsBackToLexicographicPairsAndStaysOptimal() {
    for (long seed = 0; seed < 40; seed++) {
      Eligibility el = Eligibility.of(huge(seed));
      assertThat(SlotAssignment.bigM(SlotFlow.Magnitudes.of(el, 1, PairAdjustment.NONE))).isEqualTo(-1);
      Score[] best = {null};
      BruteForce.forEach(el, a -> {
        Score s = Assignments.score(el, a);
        if (best[0] == null || s.compareTo(best[0]) > 0) {
          best[0] = s;
        }
      });
      assertThat(Evaluator.evaluate(el, new ExactStrategy().match(el, MatchOptions.DEFAULTS)).score()).isEqualTo(best[0]);
    }
  }

  @Test
  void combinedArithmeticIsRefusedWhenItWouldOverflow() {
    Eligibility el = Eligibility.of(huge(1));
    assertThatThrownBy(() -> new ExactStrategy().match(el, MatchOptions.builder().setting(ExactStrategy.ARITHMETIC, "combined").build()))
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> new ExactStrategy().match(el, MatchOptions.builder().setting(ExactStrategy.ARITHMETIC, "fast").build()))
        .hasMessageContaining("fast");
  }
}
