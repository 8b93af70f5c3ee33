package dev.tandem.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.UnmatchedReason;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.Rule;
import dev.tandem.core.testing.RandomProblems;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fixture of {@code MentoringConstraintProviderTest} with display names:
 * a-t2 110, b-t2 130, d-t2 85 (all SALES -> HR), c unmatched though t1 has room.
 */
class MatchingExplainerTest {
  private static final MatchingProblem PROBLEM = MatchingProblem.builder()
      .competence(Competence.of("genai"))
      .competence(Competence.of("tiktok"))
      .employee(Employee.of("a", "SALES", 8).withDisplayName("Ada Secret"))
      .employee(Employee.of("b", "SALES", 6).withDisplayName("Bob Secret"))
      .employee(Employee.of("c", "IT", 7).withDisplayName("Cem Secret"))
      .employee(Employee.of("d", "SALES", 5).withDisplayName("Dia Secret"))
      .employee(Employee.of("t1", "IT", 1).withDisplayName("Tom Secret"))
      .employee(Employee.of("t2", "HR", 2).withDisplayName("Tia Secret"))
      .mentee(Mentee.of("a", 2, List.of(new TopicRequest("genai", 3))))
      .mentee(Mentee.of("b", 1, List.of(new TopicRequest("tiktok", 2))))
      .mentee(Mentee.of("c", 3, List.of(new TopicRequest("genai", 1))))
      .mentee(Mentee.of("d", 1, List.of(new TopicRequest("tiktok", 1))))
      .mentor(Mentor.of("t1", 1, List.of(new Proficiency("genai", 5))))
      .mentor(Mentor.of("t2", 3, List.of(new Proficiency("tiktok", 4), new Proficiency("genai", 2))))
      .build();

  @Test
  void explainsPairsSharesUnmatchedAndConstraintTotals() {
    Matching m = Matching.of(PROBLEM, List.of(Pair.of("a", "t2"), Pair.of("b", "t2"), Pair.of("d", "t2")));
    MatchingExplanation x = MatchingExplainer.explain(PROBLEM, m);
    // soft 110 + 130 + 85 - 20 * 3 (k=3 on SALES->HR) - 15 * 3 (t2 load 3) = 220; c (priority 3) unmatched
    assertThat(x.score()).isEqualTo(Score.of(0, -3, 220));
    assertThat(x.pairs()).hasSize(3).allSatisfy(p -> {
      assertThat(p.menteeDepartment()).isEqualTo("SALES");
      assertThat(p.mentorDepartment()).isEqualTo("HR");
      assertThat(p.linkPairs()).isEqualTo(3);
      // spread 20 * (3 - 1) / 2 = 20 each (60 in all); marginal 20 * 2 = 40
      assertThat(p.spreadShare()).isEqualTo(20.0);
      assertThat(p.spreadMarginal()).isEqualTo(40);
      // load 15 * (3 - 1) / 2 = 15 each (45 in all); marginal 15 * 2 = 30
      assertThat(p.mentorLoad()).isEqualTo(3);
      assertThat(p.loadShare()).isEqualTo(15.0);
      assertThat(p.loadMarginal()).isEqualTo(30);
      assertThat(p.eligible()).isTrue();
    });
    assertThat(x.pairs().get(0).pairScore()).isEqualTo(110);
    assertThat(x.pairs().get(0).parts().topic()).isEqualTo(60);
    assertThat(x.pairs().get(0).parts().crossDepartment()).isEqualTo(30);
    assertThat(x.unmatched()).singleElement().satisfies(u -> {
      assertThat(u.mentee()).isEqualTo("c");
      assertThat(u.reason()).isEqualTo(UnmatchedReason.LEFT_OUT);
    });
    assertThat(x.constraintTotals())
        .containsEntry("Pair score", Score.of(0, 0, 325))
        .containsEntry("Department spread", Score.of(0, 0, -60))
        .containsEntry("Mentor load", Score.of(0, 0, -45))
        .containsEntry("Unmatched priority", Score.of(0, -3, 0))
        .doesNotContainKey("Capacity");
    assertThat(x.constraintSummary()).contains("Department spread").contains("a->t2").doesNotContain("Secret");
  }

  @Test
  void explainsInfeasibleMatchingsToo() {
    // b-t1 breaks NO_TOPIC and is still scored (50); t1 holds a and b: one over capacity
    Matching m = Matching.of(PROBLEM, List.of(Pair.of("a", "t1"), Pair.of("b", "t1")));
    MatchingExplanation x = MatchingExplainer.explain(PROBLEM, m);
    assertThat(x.score().hard()).isEqualTo(-2);
    assertThat(x.pairs().get(1).broken()).containsExactly(Rule.NO_TOPIC);
    assertThat(x.pairs().get(1).pairScore()).isEqualTo(50);
    assertThat(x.constraintTotals()).containsEntry("Forbidden pair", Score.of(-1, 0, 0)).containsEntry("Capacity", Score.of(-1, 0, 0));
  }

  @Test
  void sharesAddUpToTheTerms() {
    for (long seed = 1; seed <= 20; seed++) {
      MatchingProblem p = RandomProblems.generate(seed, RandomProblems.Shape.small(new Random(seed)));
      var el = dev.tandem.core.rules.Eligibility.of(p);
      Matching m = el.toMatching(RandomProblems.randomAssignment(new Random(seed * 31 + 7), el));
      MatchingExplanation x = MatchingExplainer.explain(el, m);
      assertThat(x.pairs().stream().mapToDouble(PairExplanation::spreadShare).sum()).isCloseTo(x.terms().spreadPenalty(), within(1e-6));
      assertThat(x.pairs().stream().mapToDouble(PairExplanation::loadShare).sum()).isCloseTo(x.terms().loadPenalty(), within(1e-6));
      assertThat(x.pairs().stream().mapToLong(PairExplanation::pairScore).sum()).isEqualTo(x.terms().pairScoreSum());
    }
  }
}
