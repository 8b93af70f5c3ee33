package dev.tandem.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Consent;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.SelfDeclaration;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.PairScoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The perspective bonus, the topic-target bonus and the fairness metrics on hand-made problems. */
class DiversityAndTargetsTest {
  static final Consent CONSENT = new Consent(LocalDate.of(2026, 3, 1), "form-17");

  /**
   * boss (BOARD, level 8) asks for wit x3 (diversity, perspective women-in-tech) and genai x1.
   * Mentors (IT, level 1): jr declared {women-in-tech}, holds genai 2; pal declared nothing, holds
   * wit 4; sam declared {lgbtq, women-in-tech}, holds wit 5.
   */
  static MatchingProblem perspectives(Weights w) {
    return MatchingProblem.builder()
        .competence(Competence.of("genai"))
        .competence(Competence.diversityTopic("wit", "Women in tech", "women-in-tech"))
        .employee(Employee.of("boss", "BOARD", 8))
        .employee(Employee.of("jr", "IT", 1).withSelfDeclaration(SelfDeclaration.of(List.of("women-in-tech"), CONSENT)))
        .employee(Employee.of("pal", "IT", 1))
        .employee(Employee.of("sam", "IT", 1).withSelfDeclaration(SelfDeclaration.of(List.of("lgbtq", "women-in-tech"), CONSENT)))
        .mentee(Mentee.of("boss", 1, List.of(new TopicRequest("wit", 3), new TopicRequest("genai", 1))))
        .mentor(Mentor.of("jr", 1, List.of(new Proficiency("genai", 2))))
        .mentor(Mentor.of("pal", 1, List.of(new Proficiency("wit", 4))))
        .mentor(Mentor.of("sam", 1, List.of(new Proficiency("wit", 5))))
        .policy(Policy.builder().weights(w).build())
        .build();
  }

  @Test
  void aMentorSharingThePerspectiveOfADiversityTopicGetsItsWeightTimesTheTopicWeight() {
    PairScoring s = new PairScoring(perspectives(Weights.DEFAULTS.withPerspectiveWeight(7)));
    // jr: fit 1*2 -> 20, gap min(7,4)*5 = 20, cross 30, perspective 7 * 3 = 21 -> 91 (holding wit is not needed)
    assertThat(s.parts(0, 0)).isEqualTo(new PairParts(20, 20, 30, 0, 0, 21, OptionalLong.empty()));
    assertThat(s.score(0, 0)).isEqualTo(91);
    // pal declared nothing: fit 3*4 -> 120, 20, 30 -> 170
    assertThat(s.score(0, 1)).isEqualTo(170);
    // sam: fit 3*5 -> 150, 20, 30, perspective 21 -> 221
    assertThat(s.score(0, 2)).isEqualTo(221);
  }

  @Test
  void withTheDefaultWeightOfZeroNothingChanges() {
    PairScoring s = new PairScoring(perspectives(Weights.DEFAULTS));
    assertThat(s.score(0, 0)).isEqualTo(70);
    assertThat(s.score(0, 1)).isEqualTo(170);
    assertThat(s.score(0, 2)).isEqualTo(200);
    assertThat(s.parts(0, 2).perspective()).isZero();
    // the strategies see it too: exact picks sam, the only mentor with both the topic and the perspective
    MatchingProblem p = perspectives(Weights.DEFAULTS.withPerspectiveWeight(7));
    Matching m = dev.tandem.core.strategy.StrategyRegistry.standard().get("exact").match(p, dev.tandem.core.strategy.MatchOptions.builder().build());
    assertThat(m.pairs()).containsExactly(Pair.of("boss", "sam"));
  }

  /**
   * Targets genai 2 and tiktok 1. Mentees a (genai), b (genai, tiktok), c (genai), d (tiktok);
   * mentors t1 holds genai, t2 holds tiktok and genai (capacity 3 each). All other weights 0.
   */
  static MatchingProblem targets(long weight) {
    return MatchingProblem.builder()
        .competence(Competence.of("genai")).competence(Competence.of("tiktok"))
        .employee(Employee.of("a", "S", 8)).employee(Employee.of("b", "S", 8))
        .employee(Employee.of("c", "S", 8)).employee(Employee.of("d", "S", 8))
        .employee(Employee.of("t1", "S", 1)).employee(Employee.of("t2", "S", 1))
        .mentee(Mentee.of("a", 1, List.of(new TopicRequest("genai", 1))))
        .mentee(Mentee.of("b", 1, List.of(new TopicRequest("genai", 1), new TopicRequest("tiktok", 3))))
        .mentee(Mentee.of("c", 1, List.of(new TopicRequest("genai", 2))))
        .mentee(Mentee.of("d", 1, List.of(new TopicRequest("tiktok", 1))))
        .mentor(Mentor.of("t1", 3, List.of(new Proficiency("genai", 5))))
        .mentor(Mentor.of("t2", 3, List.of(new Proficiency("tiktok", 1), new Proficiency("genai", 1))))
        .topicTarget("genai", 2)
        .topicTarget("tiktok", 1)
        .policy(Policy.builder().weights(Weights.ZERO.withTopicTargetWeight(weight)).build())
        .build();
  }

  @Test
  void pairsWorkingOnATopicCountUpToItsTarget() {
    MatchingProblem p = targets(50);
    // genai: a-t1, b-t2, c-t1 -> 3, counted 2; tiktok: b-t2, d-t2 -> 2, counted 1: 50 * 3 = 150
    Evaluation all = Evaluator.evaluate(p, Matching.of(p, List.of(
        Pair.of("a", "t1"), Pair.of("b", "t2"), Pair.of("c", "t1"), Pair.of("d", "t2"))));
    assertThat(all.terms().topicTargetBonus()).isEqualTo(150);
    assertThat(all.score()).isEqualTo(Score.of(0, 0, 150));
    assertThat(all.topicTargets()).containsExactly(new TopicTargetProgress("genai", 2, 3), new TopicTargetProgress("tiktok", 1, 2));
    // a-t2 alone works on genai (t2 holds it): 50; genai is short by one, tiktok by one
    Evaluation one = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("a", "t2"))));
    assertThat(one.score()).isEqualTo(Score.of(0, -3, 50));
    assertThat(one.topicTargets()).extracting(TopicTargetProgress::shortBy).containsExactly(1, 1);
    // d-t1 breaks NO_TOPIC and works on nothing: no bonus, but one hard point
    Evaluation none = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("d", "t1"))));
    assertThat(none.score()).isEqualTo(Score.of(-1, -3, 0));
  }

  @Test
  void withTheDefaultTargetWeightOfZeroTheProgressIsReportedButNotScored() {
    MatchingProblem p = targets(0);
    Evaluation e = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("a", "t1"), Pair.of("b", "t2"))));
    assertThat(e.score()).isEqualTo(Score.of(0, -2, 0));
    assertThat(e.topicTargets()).containsExactly(new TopicTargetProgress("genai", 2, 2), new TopicTargetProgress("tiktok", 1, 1));
  }

  /**
   * SALES s1..s6 (s1..s5 level 7, s6 level 8), HR h1..h3 (level 7); declared g: s1, s2, s3, h1, h2;
   * declared h: s6, h3. Everybody asks genai x2 and tiktok x1; t1 holds genai, t2 only tiktok.
   * Matched with explicit scores: s1-t1 10, s2-t1 20, s3-t2 30, s4-t1 40, h1-t2 50, h2-t1 60,
   * s6-t1 70; s5 and h3 unmatched.
   */
  @Test
  void fairnessPerDepartmentLevelAndDeclaredGroupShowsOnlyGroupsOfAtLeastFive() {
    MatchingProblem.Builder b = MatchingProblem.builder()
        .competence(Competence.of("genai")).competence(Competence.of("tiktok"))
        .employee(Employee.of("t1", "IT", 1)).employee(Employee.of("t2", "IT", 1))
        .mentor(Mentor.of("t1", 10, List.of(new Proficiency("genai", 5))))
        .mentor(Mentor.of("t2", 10, List.of(new Proficiency("tiktok", 1))))
        .policy(Policy.builder().weights(Weights.ZERO).build());
    List<String> g = List.of("s1", "s2", "s3", "h1", "h2");
    List<String> h = List.of("s6", "h3");
    List<String> people = new ArrayList<>(List.of("s1", "s2", "s3", "s4", "s5", "s6", "h1", "h2", "h3"));
    for (String id : people) {
      Employee e = Employee.of(id, id.startsWith("s") ? "SALES" : "HR", id.equals("s6") ? 8 : 7);
      if (g.contains(id) || h.contains(id)) {
        e = e.withSelfDeclaration(SelfDeclaration.of(List.of(g.contains(id) ? "g" : "h"), CONSENT));
      }
      b.employee(e).mentee(Mentee.of(id, 1, List.of(new TopicRequest("genai", 2), new TopicRequest("tiktok", 1))));
    }
    String[][] pairs = {{"s1", "t1", "10"}, {"s2", "t1", "20"}, {"s3", "t2", "30"}, {"s4", "t1", "40"}, {"h1", "t2", "50"},
        {"h2", "t1", "60"}, {"s6", "t1", "70"}};
    List<Pair> matched = new ArrayList<>();
    for (String[] x : pairs) {
      b.pairScore(x[0], x[1], Long.parseLong(x[2]));
      matched.add(Pair.of(x[0], x[1]));
    }
    MatchingProblem p = b.build();
    Fairness f = Evaluator.evaluate(p, Matching.of(p, matched)).fairness();
    // SALES: 5 of 6 matched; t1 covers genai for s1, s2, s4, s6: 4 of 5; mean (10+20+30+40+70)/5 = 34
    assertThat(f.byDepartment()).containsExactly(new GroupMetrics("SALES", 6, 5, 5 / 6.0, 0.8, 34));
    // level 7: s1..s5, h1..h3: 6 of 8 matched; covered s1, s2, s4, h2: 4 of 6; mean 210 / 6 = 35
    assertThat(f.byLevel()).containsExactly(new GroupMetrics("7", 8, 6, 0.75, 4 / 6.0, 35));
    // g: all 5 matched; covered s1, s2, h2: 3 of 5; mean (10+20+30+50+60)/5 = 34
    assertThat(f.byDeclaredGroup()).containsExactly(new GroupMetrics("g", 5, 5, 1.0, 0.6, 34));
    // HR (3), level 8 (1) and h (2) are below five people
    assertThat(f.suppressedGroups()).isEqualTo(3);
    assertThat(Fairness.MIN_GROUP_SIZE).isEqualTo(5);
  }
}
