package dev.tandem.solver.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.solver.domain.MenteeAssignment;
import dev.tandem.solver.domain.MentoringPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * One test per constraint method, with match weights computed by hand (default weights:
 * topic 10, level gap 5 capped at 4, cross department 30, spread 20, load 15).
 *
 * <pre>
 * mentees (dept, level, priority, topics)     mentors (dept, level, capacity, competences)
 *   a  SALES 8  p2  genai x3                     t1 IT 1  cap 1  genai 5
 *   b  SALES 6  p1  tiktok x2                    t2 HR 2  cap 3  tiktok 4, genai 2
 *   c  IT    7  p3  genai x1
 *   d  SALES 5  p1  tiktok x1
 *
 * pair   fit        gap (cap 4)   cross   score
 * a-t1   3*5=15:150 7->4: 20      30      200
 * a-t2   3*2=6 : 60 6->4: 20      30      110
 * b-t1   NO_TOPIC (forbidden); formula: 0 + 4*5=20 + 30 = 50
 * b-t2   2*4=8 : 80 4   : 20      30      130
 * c-t1   1*5=5 : 50 6->4: 20       0       70
 * c-t2   1*2=2 : 20 5->4: 20      30       70
 * d-t2   1*4=4 : 40 3   : 15      30       85
 * </pre>
 */
class MentoringConstraintProviderTest {
  private static final MatchingProblem PROBLEM = MatchingProblem.builder()
      .competence(Competence.of("genai"))
      .competence(Competence.of("tiktok"))
      .employee(Employee.of("a", "SALES", 8))
      .employee(Employee.of("b", "SALES", 6))
      .employee(Employee.of("c", "IT", 7))
      .employee(Employee.of("d", "SALES", 5))
      .employee(Employee.of("t1", "IT", 1))
      .employee(Employee.of("t2", "HR", 2))
      .mentee(Mentee.of("a", 2, List.of(new TopicRequest("genai", 3))))
      .mentee(Mentee.of("b", 1, List.of(new TopicRequest("tiktok", 2))))
      .mentee(Mentee.of("c", 3, List.of(new TopicRequest("genai", 1))))
      .mentee(Mentee.of("d", 1, List.of(new TopicRequest("tiktok", 1))))
      .mentor(Mentor.of("t1", 1, List.of(new Proficiency("genai", 5))))
      .mentor(Mentor.of("t2", 3, List.of(new Proficiency("tiktok", 4), new Proficiency("genai", 2))))
      .build();
  private static final Eligibility EL = Eligibility.of(PROBLEM);

  private final ConstraintVerifier<MentoringConstraintProvider, MentoringPlan> verifier =
      ConstraintVerifier.build(new MentoringConstraintProvider(), MentoringPlan.class, MenteeAssignment.class)
          .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

  /** The plan where mentee a, b, c, d (in that order) have the named mentor, or none for null. */
  private static MentoringPlan plan(String a, String b, String c, String d) {
    String[] names = {a, b, c, d};
    int[] mentorOf = new int[4];
    Arrays.fill(mentorOf, -1);
    for (int m = 0; m < 4; m++) {
      if (names[m] != null) {
        mentorOf[m] = PROBLEM.mentorIndex(names[m]);
      }
    }
    return MentoringPlan.of(EL, mentorOf);
  }

  /** Entities, mentor facts and the weights of a plan, for {@code given(...)}. */
  private static Object[] facts(MentoringPlan plan) {
    List<Object> out = new ArrayList<>(plan.getAssignments());
    out.addAll(plan.getMentors());
    out.add(plan.getConfiguration());
    return out.toArray();
  }

  @Test
  void fixtureScoresMatchTheHandComputedTable() {
    assertThat(EL.pairScore(0, 0)).isEqualTo(200);
    assertThat(EL.pairScore(0, 1)).isEqualTo(110);
    assertThat(EL.isEligible(1, 0)).isFalse();
    assertThat(EL.pairScore(1, 0)).isEqualTo(50);
    assertThat(EL.pairScore(1, 1)).isEqualTo(130);
    assertThat(EL.pairScore(2, 0)).isEqualTo(70);
    assertThat(EL.pairScore(2, 1)).isEqualTo(70);
    assertThat(EL.pairScore(3, 1)).isEqualTo(85);
  }

  @Test
  void forbiddenPair() {
    // b-t1 breaks NO_TOPIC: 1; a-t2, c... eligible: 0
    verifier.verifyThat(MentoringConstraintProvider::forbiddenPair)
        .given(facts(plan("t2", "t1", null, "t2")))
        .penalizesBy(1L);
    verifier.verifyThat(MentoringConstraintProvider::forbiddenPair)
        .given(facts(plan("t1", "t2", "t2", "t2")))
        .penalizesBy(0L);
  }

  @Test
  void capacity() {
    // t1 (capacity 1) holds a and c: excess 1; t2 holds b: within capacity 3
    verifier.verifyThat(MentoringConstraintProvider::capacity)
        .given(facts(plan("t1", "t2", "t1", null)))
        .penalizesBy(1L);
    // t1 holds a, b (forbidden, still counted) and c: excess 2; t2 holds d
    verifier.verifyThat(MentoringConstraintProvider::capacity)
        .given(facts(plan("t1", "t1", "t1", "t2")))
        .penalizesBy(2L);
    // t2 holds all four: excess 1
    verifier.verifyThat(MentoringConstraintProvider::capacity)
        .given(facts(plan("t2", "t2", "t2", "t2")))
        .penalizesBy(1L);
  }

  @Test
  void brokenPin() {
    // the problem pins a to t1 and d to t2
    MatchingProblem pinned = PROBLEM.toBuilder().pin("a", "t1").pin("d", "t2").build();
    Eligibility el = Eligibility.of(pinned);
    // both pins kept (MentoringPlan marks them @PlanningPin): 0
    verifier.verifyThat(MentoringConstraintProvider::brokenPin)
        .given(facts(MentoringPlan.of(el, new int[] {0, 1, -1, 1})))
        .penalizesBy(0L);
    // a moved to t2, d unmatched: both pins broken, 2
    verifier.verifyThat(MentoringConstraintProvider::brokenPin)
        .given(facts(MentoringPlan.of(el, new int[] {1, 1, -1, -1})))
        .penalizesBy(2L);
    // a kept, d on t1 (another mentor, over capacity too): 1
    verifier.verifyThat(MentoringConstraintProvider::brokenPin)
        .given(facts(MentoringPlan.of(el, new int[] {0, -1, -1, 0})))
        .penalizesBy(1L);
    // no pin in the problem: never
    verifier.verifyThat(MentoringConstraintProvider::brokenPin)
        .given(facts(plan(null, "t1", null, null)))
        .penalizesBy(0L);
  }

  @Test
  void unmatchedPriority() {
    // a (priority 2) and c (priority 3) unmatched: 5
    verifier.verifyThat(MentoringConstraintProvider::unmatchedPriority)
        .given(facts(plan(null, "t2", null, "t2")))
        .penalizesBy(5L);
    // everybody unmatched: 2 + 1 + 3 + 1 = 7
    verifier.verifyThat(MentoringConstraintProvider::unmatchedPriority)
        .given(facts(plan(null, null, null, null)))
        .penalizesBy(7L);
  }

  @Test
  void pairScore() {
    // a-t1 200 + b-t2 130 + d-t2 85 = 415; c unmatched
    verifier.verifyThat(MentoringConstraintProvider::pairScore)
        .given(facts(plan("t1", "t2", null, "t2")))
        .rewardsWith(415L);
    // a forbidden pair is still scored: b-t1 50 + c-t2 70 = 120
    verifier.verifyThat(MentoringConstraintProvider::pairScore)
        .given(facts(plan(null, "t1", "t2", null)))
        .rewardsWith(120L);
  }

  @Test
  void negativePairScore() {
    // the problem with an explicit score of -40 for c-t1 and a poor rating of t2 (one rating 1:
    // bonus floorDiv(1 - 3, 1) = -2, times rating weight 10 = -20): d-t2 85 - 20 = 65, c-t2 70 - 20 = 50
    MatchingProblem p = PROBLEM.toBuilder()
        .pairScore("c", "t1", -40)
        .history(dev.tandem.core.model.PastPair.rated("2025", "b", "t2", 1))
        .policy(dev.tandem.core.model.Policy.builder().allowRepeatPairs(true).build())
        .build();
    Eligibility el = Eligibility.of(p);
    MentoringPlan cOnT1 = MentoringPlan.of(el, new int[] {1, -1, 0, 1});
    // c-t1 scores -40: penalized by 40; a-t2 (110 - 20 = 90) and d-t2 (65) are positive
    verifier.verifyThat(MentoringConstraintProvider::negativePairScore)
        .given(facts(cOnT1))
        .penalizesBy(40L);
    verifier.verifyThat(MentoringConstraintProvider::pairScore)
        .given(facts(cOnT1))
        .rewardsWith(155L);
    verifier.verifyThat(MentoringConstraintProvider::negativePairScore)
        .given(facts(plan("t1", "t2", null, "t2")))
        .penalizesBy(0L);
  }

  @Test
  void departmentSpread() {
    // SALES->HR: a, b, d -> k=3: 3*2/2 = 3; IT->IT: c -> k=1: 0
    verifier.verifyThat(MentoringConstraintProvider::departmentSpread)
        .given(facts(plan("t2", "t2", "t1", "t2")))
        .penalizesBy(3L);
    // SALES->IT: a -> 0; SALES->HR: b, d -> 1; IT->HR: c -> 0
    verifier.verifyThat(MentoringConstraintProvider::departmentSpread)
        .given(facts(plan("t1", "t2", "t2", "t2")))
        .penalizesBy(1L);
  }

  @Test
  void mentorLoad() {
    // t2 holds a, b, d: 3*2/2 = 3; t1 holds c: 0
    verifier.verifyThat(MentoringConstraintProvider::mentorLoad)
        .given(facts(plan("t2", "t2", "t1", "t2")))
        .penalizesBy(3L);
    // t2 holds all four: 4*3/2 = 6
    verifier.verifyThat(MentoringConstraintProvider::mentorLoad)
        .given(facts(plan("t2", "t2", "t2", "t2")))
        .penalizesBy(6L);
  }

  @Test
  void topicTarget() {
    // targets genai 1 and tiktok 2, topicTargetWeight 25. a-t1 works on genai; a-t2 works on genai
    // (t2 holds it); b-t2 and d-t2 work on tiktok; c-t2 on genai.
    MatchingProblem p = PROBLEM.toBuilder().topicTarget("genai", 1).topicTarget("tiktok", 2)
        .policy(dev.tandem.core.model.Policy.builder().weights(dev.tandem.core.model.Weights.DEFAULTS.withTopicTargetWeight(25)).build())
        .build();
    Eligibility el = Eligibility.of(p);
    // a-t1, c-t2 on genai: 2 pairs, counted 1; b-t2, d-t2 on tiktok: 2 of 2 -> match weight 3
    verifier.verifyThat(MentoringConstraintProvider::topicTarget)
        .given(facts(MentoringPlan.of(el, new int[] {0, 1, 1, 1})))
        .rewardsWith(3L);
    // b-t1 breaks NO_TOPIC and works on nothing; d-t2 on tiktok: 1
    verifier.verifyThat(MentoringConstraintProvider::topicTarget)
        .given(facts(MentoringPlan.of(el, new int[] {-1, 0, -1, 1})))
        .rewardsWith(1L);
    // the whole score: the weight applies (a-t1 200 + d-t2 85, one on genai and one on tiktok: +25 * 2)
    verifier.verifyThat()
        .givenSolution(MentoringPlan.of(el, new int[] {0, -1, -1, 1}))
        .scores(HardMediumSoftLongScore.of(0, -4, 200 + 85 + 50));
    // without targets the constraint matches nothing
    verifier.verifyThat(MentoringConstraintProvider::topicTarget)
        .given(facts(plan("t1", "t2", "t2", "t2")))
        .rewardsWith(0L);
  }

  @Test
  void thePerspectiveBonusArrivesThroughThePairScore() {
    // genai becomes a diversity topic naming "p"; t2 declared p with consent; perspectiveWeight 9:
    // a-t2 110 + 9 * 3 (a asks genai x3) = 137; c-t2 70 + 9 * 1 = 79; b-t2 (tiktok) unchanged 130
    MatchingProblem.Builder b = MatchingProblem.builder()
        .competence(Competence.diversityTopic("genai", "genai", "p"))
        .competence(Competence.of("tiktok"))
        .policy(dev.tandem.core.model.Policy.builder().weights(dev.tandem.core.model.Weights.DEFAULTS.withPerspectiveWeight(9)).build());
    for (Employee e : PROBLEM.employees()) {
      b.employee(e.id().equals("t2") ? e.withSelfDeclaration(dev.tandem.core.model.SelfDeclaration.of(List.of("p"),
          new dev.tandem.core.model.Consent(java.time.LocalDate.of(2026, 2, 2), "c-1"))) : e);
    }
    MatchingProblem p = b.mentees(PROBLEM.mentees()).mentors(PROBLEM.mentors()).build();
    Eligibility el = Eligibility.of(p);
    verifier.verifyThat(MentoringConstraintProvider::pairScore)
        .given(facts(MentoringPlan.of(el, new int[] {1, 1, 1, -1})))
        .rewardsWith(137L + 130 + 79);
  }

  @Test
  void anAttributeRuleMakesAPairForbidden() {
    // a and t1 speak no common language: a-t1 breaks ATTRIBUTE
    MatchingProblem.Builder b = MatchingProblem.builder().competences(PROBLEM.competences())
        .policy(dev.tandem.core.model.Policy.builder().attributeRule(dev.tandem.core.model.AttributeRule.mustShare("language")).build());
    for (Employee e : PROBLEM.employees()) {
      b.employee(e.id().equals("a") ? e.withAttribute("language", List.of("de")) : e.id().equals("t1") ? e.withAttribute("language", List.of("en")) : e);
    }
    MatchingProblem p = b.mentees(PROBLEM.mentees()).mentors(PROBLEM.mentors()).build();
    Eligibility el = Eligibility.of(p);
    assertThat(el.isEligible(0, 0)).isFalse();
    verifier.verifyThat(MentoringConstraintProvider::forbiddenPair)
        .given(facts(MentoringPlan.of(el, new int[] {0, 1, -1, -1})))
        .penalizesBy(1L);
  }

  @Test
  void allConstraintsTogetherApplyThePolicyWeights() {
    // a, b, d -> t2 and c -> t1: feasible, all matched;
    // soft = 110 + 130 + 85 + 70 - 20 * 3 (spread) - 15 * 3 (load) = 290
    verifier.verifyThat()
        .givenSolution(plan("t2", "t2", "t1", "t2"))
        .scores(HardMediumSoftLongScore.of(0, 0, 290));
    // a -> t1, b -> t1 (forbidden), c, d unmatched:
    // hard = -1 (forbidden) - 1 (t1 over capacity); medium = -(3 + 1);
    // soft = 200 + 50 - 20 * 1 (SALES->IT k=2) - 15 * 1 (t1 load 2) = 215
    verifier.verifyThat()
        .givenSolution(plan("t1", "t1", null, null))
        .scores(HardMediumSoftLongScore.of(-2, -4, 215));
  }
}
