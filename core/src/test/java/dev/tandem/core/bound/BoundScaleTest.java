package dev.tandem.core.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ScoreLimits;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default price scale, and its fallback when scores are near the limits of long arithmetic. */
class BoundScaleTest {
  /** {@code n} mentees (dept A) with explicit score {@code score} on one mentor (dept B, capacity n). */
  private static Eligibility explicit(int n, long score) {
    MatchingProblem.Builder b = MatchingProblem.builder().employee(Employee.of("j0", "B", 1))
        .mentor(Mentor.of("j0", n, List.of()));
    for (int i = 0; i < n; i++) {
      b.employee(Employee.of("x" + i, "A", 8)).mentee(Mentee.of("x" + i, 1, List.of())).pairScore("x" + i, "j0", score);
    }
    return Eligibility.of(b.policy(Policy.builder().candidatePairs(CandidatePairs.LISTED_ONLY).requireTopicMatch(false).build()).build());
  }

  @Test
  void scoresAtTheLimitFallBackToWholePointPricesAndStillProveTheOptimum() {
    Eligibility el = explicit(36, ScoreLimits.MAX_EXPLICIT_SCORE);
    var w = el.problem().policy().weights();
    // every mentee on j0 (each pair outweighs every penalty): load and spread over 36 pairs on one link
    long optimum = 36 * ScoreLimits.MAX_EXPLICIT_SCORE - (w.mentorLoadWeight() + w.departmentSpreadWeight()) * (36 * 35 / 2);
    assertThat(w.departmentSpreadWeight()).isPositive();
    BoundedMatching r = Bounds.search(el, MatchOptions.DEFAULTS);
    assertThat(r.score()).isEqualTo(Score.of(0, 0, optimum));
    assertThat(r.bound().score()).isEqualTo(Score.of(0, 0, optimum));
    assertThat(r.bound().method()).isEqualTo(Bound.Method.LAGRANGIAN);
  }

  @Test
  void aScaleTheOptionsNameIsKeptEvenWhenItOverflows() {
    Eligibility el = explicit(36, ScoreLimits.MAX_EXPLICIT_SCORE);
    assertThatThrownBy(() -> Bounds.search(el, MatchOptions.builder().setting("lagrangian.scale", "64").build()))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("too large");
  }

  @Test
  void theDefaultScaleIsSixtyFour() {
    assertThat(Settings.scale(MatchOptions.DEFAULTS)).isEqualTo(64);
    assertThat(Settings.scaleGiven(MatchOptions.DEFAULTS)).isFalse();
  }
}
