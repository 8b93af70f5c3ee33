package dev.tandem.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matching-level terms of docs/objective.md (department spread, mentor load, capacity excess,
 * forbidden pairs, unmatched priority), by hand on one problem whose pair scores are explicit.
 */
class ObjectiveTermsTest {

  /**
   * Mentees a1..a4 (IT, level 8, priority i), mentors r1 (HR, capacity 3), r2 (HR, capacity 1),
   * r3 (IT, capacity 2), all level 1, all on genai. Explicit pair score (ai, rj) = 10 * i + j.
   * Default weights: spread 20, load 15.
   */
  static MatchingProblem problem() {
    MatchingProblem.Builder b = MatchingProblem.builder().competence(Competence.of("genai"));
    for (int i = 1; i <= 4; i++) {
      b.employee(Employee.of("a" + i, "IT", 8)).mentee(Mentee.of("a" + i, i, List.of(new TopicRequest("genai", 1))));
    }
    String[] dept = {"HR", "HR", "IT"};
    int[] cap = {3, 1, 2};
    for (int j = 1; j <= 3; j++) {
      b.employee(Employee.of("r" + j, dept[j - 1], 1)).mentor(Mentor.of("r" + j, cap[j - 1], List.of(new Proficiency("genai", 1))));
      for (int i = 1; i <= 4; i++) {
        b.pairScore("a" + i, "r" + j, 10L * i + j);
      }
    }
    return b.build();
  }

  static Evaluation eval(MatchingProblem p, Pair... pairs) {
    return Evaluator.evaluate(p, Matching.of(p, List.of(pairs)));
  }

  @Test
  void departmentSpreadIsKChoose2PerLink() {
    MatchingProblem p = problem();
    // a1-r1, a2-r1, a3-r2 are link (IT, HR) with k = 3 -> 3*2/2 = 3; a4-r3 is (IT, IT), k = 1 -> 0
    // spread = 20 * 3 = 60; load: r1 has 2 -> 1, others 1 -> 0: 15 * 1 = 15
    // pair scores 11 + 21 + 32 + 43 = 107; soft = 107 - 60 - 15 = 32
    Evaluation ev = eval(p, Pair.of("a1", "r1"), Pair.of("a2", "r1"), Pair.of("a3", "r2"), Pair.of("a4", "r3"));
    assertThat(ev.terms()).isEqualTo(new Terms(0, 0, 0, 0, 107, 60, 15));
    assertThat(ev.score()).isEqualTo(Score.of(0, 0, 32));
    assertThat(ev.metrics().departmentLinks()).isEqualTo(2);
    assertThat(ev.metrics().largestLinkCount()).isEqualTo(3);
  }

  @Test
  void spreadWeightScalesTheSpreadTerm() {
    MatchingProblem p = problem().toBuilder().policy(Policy.DEFAULT.withWeights(Weights.DEFAULTS.withDepartmentSpreadWeight(7))).build();
    // same matching: spread 7 * 3 = 21; soft = 107 - 21 - 15 = 71
    Evaluation ev = eval(p, Pair.of("a1", "r1"), Pair.of("a2", "r1"), Pair.of("a3", "r2"), Pair.of("a4", "r3"));
    assertThat(ev.score().soft()).isEqualTo(71);
  }

  @Test
  void mentorLoadIsLoadChoose2PerMentor() {
    MatchingProblem p = problem();
    // a1, a2, a3 with r1 (capacity 3): load 3 -> 3*2/2 = 3 -> 15 * 3 = 45; link (IT, HR) k = 3 -> 20 * 3 = 60
    // scores 11 + 21 + 31 = 63; soft = 63 - 60 - 45 = -42; a4 unmatched: medium -4
    Evaluation ev = eval(p, Pair.of("a1", "r1"), Pair.of("a2", "r1"), Pair.of("a3", "r1"));
    assertThat(ev.terms()).isEqualTo(new Terms(0, 0, 0, 4, 63, 60, 45));
    assertThat(ev.score()).isEqualTo(Score.of(0, -4, -42));
    assertThat(ev.metrics().largestLoad()).isEqualTo(3);
    assertThat(ev.metrics().mentorsUsed()).isEqualTo(1);
  }

  @Test
  void capacityExcessCostsOneHardPointPerExtraMentee() {
    MatchingProblem p = problem();
    // a1, a2, a3 with r2 (capacity 1): excess 3 - 1 = 2 -> hard -2; still scored on soft:
    // 12 + 22 + 32 = 66 - spread 60 - load 45 = -39; medium -4
    Evaluation ev = eval(p, Pair.of("a1", "r2"), Pair.of("a2", "r2"), Pair.of("a3", "r2"));
    assertThat(ev.score()).isEqualTo(Score.of(-2, -4, -39));
    assertThat(ev.terms().capacityExcess()).isEqualTo(2);
    assertThat(ev.terms().forbiddenPairs()).isZero();
    assertThat(ev.score().isFeasible()).isFalse();
  }

  @Test
  void aPinnedPairDroppedOrReplacedCostsOneHardPointEach() {
    MatchingProblem p = problem().toBuilder().pin("a1", "r1").pin("a2", "r2").pin("a3", "r3").build();
    // a1 keeps r1; a2 is unmatched (pin a2-r2 broken); a3 has r1 instead of r3 (pin broken);
    // hard -2; medium -(2 + 4) = -6; pairs a1-r1 11 + a3-r1 31 = 42, link (IT, HR) k = 2 -> 20,
    // load r1 2 -> 15: soft 42 - 20 - 15 = 7
    Evaluation ev = eval(p, Pair.of("a1", "r1"), Pair.of("a3", "r1"));
    assertThat(ev.terms()).isEqualTo(new Terms(0, 0, 2, 6, 42, 20, 15));
    assertThat(ev.score()).isEqualTo(Score.of(-2, -6, 7));
    assertThat(ev.score().isFeasible()).isFalse();
    assertThat(ev.brokenPins()).containsExactly(
        new BrokenPin(Pair.of("a2", "r2"), java.util.Optional.empty()),
        new BrokenPin(Pair.of("a3", "r3"), java.util.Optional.of("r1")));
    assertThat(ev.brokenPins().get(0)).hasToString("pinned pair a2->r2 is broken: a2 is unmatched");
    assertThat(ev.brokenPins().get(1)).hasToString("pinned pair a3->r3 is broken: a3 has mentor r1");
    // every pin kept: feasible, nothing listed
    Evaluation kept = eval(p, Pair.of("a1", "r1"), Pair.of("a2", "r2"), Pair.of("a3", "r3"));
    assertThat(kept.brokenPins()).isEmpty();
    assertThat(kept.terms().brokenPins()).isZero();
    assertThat(kept.score().isFeasible()).isTrue();
  }

  @Test
  void aForbiddenPairCostsOneHardPointAndIsStillScored() {
    MatchingProblem p = problem().toBuilder().forbid("a4", "r3").build();
    // a4-r3 breaks CONFLICT: hard -1; its score 43 still counts; a1-r1 11; links (IT,IT) 1, (IT,HR) 1 -> 0
    Evaluation ev = eval(p, Pair.of("a4", "r3"), Pair.of("a1", "r1"));
    assertThat(ev.score()).isEqualTo(Score.of(-1, -(2 + 3), 54));
    assertThat(ev.pairs().get(0).broken()).containsExactly(Rule.CONFLICT);
    assertThat(ev.pairs().get(0).eligible()).isFalse();
    assertThat(ev.pairs().get(1).eligible()).isTrue();
  }

  @Test
  void unmatchedPriorityIsTheMediumLevel() {
    MatchingProblem p = problem();
    // empty: -(1 + 2 + 3 + 4) = -10
    assertThat(eval(p).score()).isEqualTo(Score.of(0, -10, 0));
    // a4 alone matched (priority 4): -(1 + 2 + 3) = -6, soft 41
    assertThat(eval(p, Pair.of("a4", "r1")).score()).isEqualTo(Score.of(0, -6, 41));
  }

  @Test
  void anEmptyProblemScoresZero() {
    MatchingProblem p = MatchingProblem.builder().build();
    Evaluation ev = Evaluator.evaluate(p, Matching.empty(p));
    assertThat(ev.score()).isEqualTo(Score.ZERO);
    assertThat(ev.metrics().matched()).isZero();
    assertThat(ev.metrics().pairScoreP10()).isZero();
  }

  @Test
  void rejectsAMatchingNamingStrangersOrAMenteeTwice() {
    MatchingProblem p = problem();
    Matching twice = new Matching(com.google.common.collect.ImmutableList.of(Pair.of("a1", "r1"), Pair.of("a1", "r2")),
        com.google.common.collect.ImmutableList.of());
    assertThatThrownBy(() -> Evaluator.evaluate(p, twice)).hasMessageContaining("pairs[1]");
    Matching stranger = new Matching(com.google.common.collect.ImmutableList.of(Pair.of("a1", "zz")),
        com.google.common.collect.ImmutableList.of());
    assertThatThrownBy(() -> Evaluator.evaluate(p, stranger)).hasMessageContaining("pairs[0]").hasMessageContaining("zz");
  }

  @Test
  void scoreOrdersLexicographicallyAndRoundTripsItsText() {
    assertThat(Score.of(0, -100, -5)).isGreaterThan(Score.of(-1, 0, 1000));
    assertThat(Score.of(0, -1, -5)).isGreaterThan(Score.of(0, -2, 1000));
    assertThat(Score.of(0, -1, 6)).isGreaterThan(Score.of(0, -1, 5));
    assertThat(Score.of(-2, -5, 17).toString()).isEqualTo("-2hard/-5medium/17soft");
    assertThat(Score.parse("-2hard/-5medium/17soft")).isEqualTo(Score.of(-2, -5, 17));
    assertThatThrownBy(() -> Score.parse("1/2/3")).isInstanceOf(IllegalArgumentException.class);
  }
}
