package dev.tandem.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.Terms;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ranges of {@link ScoreLimits}: each item that enters the score is refused outside its range
 * with its path, and a problem whose scores could leave {@code +-2^55} is refused as a whole, naming
 * the item that drives the bound. Figures by hand.
 */
class ScoreLimitsTest {
  /**
   * {@code n} mentees x0.. (level 8, dept A) with an explicit score {@code score} on mentor j0
   * (level 1, dept B, capacity n); pair-score-only problem (assignment form).
   */
  static MatchingProblem.Builder explicit(int n, long score) {
    MatchingProblem.Builder b = MatchingProblem.builder().employee(Employee.of("j0", "B", 1))
        .mentor(Mentor.of("j0", n, List.of()));
    for (int i = 0; i < n; i++) {
      b.employee(Employee.of("x" + i, "A", 8)).mentee(Mentee.of("x" + i, 1, List.of())).pairScore("x" + i, "j0", score);
    }
    return b.policy(Policy.builder().candidatePairs(CandidatePairs.LISTED_ONLY).requireTopicMatch(false).build());
  }

  static ValidationProblem refused(MatchingProblem.Builder b, String path) {
    ValidationException e = catchThrowableOfType(ValidationException.class, b::build);
    assertThat(e).as("refused at %s", path).isNotNull();
    return e.problems().stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + e.problems()));
  }

  @Test
  void anExplicitScoreNear2To63IsRefusedWithItsPath() {
    // the reported defect: two pairs of 9.2e18 each summed to a negative soft score
    ValidationProblem p = refused(explicit(2, 9_200_000_000_000_000_000L), "pairScores[1].score");
    assertThat(p.message()).isEqualTo("9200000000000000000 is outside -1000000000000000..1000000000000000");
    assertThat(refused(explicit(1, Long.MIN_VALUE), "pairScores[0].score").message()).startsWith("-9223372036854775808 is outside");
    assertThat(explicit(1, ScoreLimits.MAX_EXPLICIT_SCORE).build().pairScores()).hasSize(1);
    assertThat(explicit(1, -ScoreLimits.MAX_EXPLICIT_SCORE).build().pairScores()).hasSize(1);
  }

  @Test
  void theProblemWideBoundCountsEveryMenteeAtTheLargestPairScore() {
    // 2^55 = 36,028,797,018,963,968. 36 pairs of 10^15 = 3.6e16, plus spread and load with the default
    // weights (20 + 15) * 36*35/2 = 22,050: within. 37 pairs = 3.7e16: beyond.
    MatchingProblem ok = explicit(36, ScoreLimits.MAX_EXPLICIT_SCORE).build();
    Score all = Evaluator.evaluate(ok, Matching.of(ok, ok.pairScores().stream().map(PairScore::pair).toList())).score();
    assertThat(all).isEqualTo(Score.of(0, 0, 36 * ScoreLimits.MAX_EXPLICIT_SCORE - 20 * 630 - 15 * 630));
    ValidationProblem p = refused(explicit(37, ScoreLimits.MAX_EXPLICIT_SCORE), "pairScores");
    assertThat(p.message()).contains("with 37 mentees a soft score could reach 3.70e+16", "2^55 = 36,028,797,018,963,968");
  }

  @Test
  void theLoadAndSpreadWeightsAreBoundedByTheSquareOfTheMentees() {
    // mentorLoadWeight 10^9 with n mentees: 10^9 * n(n-1)/2; n = 8,000 gives 3.2e16 (within), n = 8,500 gives 3.6e16
    // (36,121,750,000,000,000 > 2^55); the formula pair scores of these problems are small.
    Weights w = Weights.ZERO.withMentorLoadWeight(ScoreLimits.MAX_WEIGHT);
    assertThat(explicit(8_000, 1).policy(Policy.builder().candidatePairs(CandidatePairs.LISTED_ONLY).weights(w).build())
        .build().mentees()).hasSize(8_000);
    ValidationProblem p = refused(explicit(8_500, 1).policy(Policy.builder().candidatePairs(CandidatePairs.LISTED_ONLY)
        .weights(w).build()), "policy.weights.mentorLoadWeight");
    assertThat(p.message()).contains("with 8,500 mentees", "mentor load 3.61e+16");
  }

  @Test
  void thePairPartOfTheBoundIsReachedWhenEveryTermIsAtItsMaximum() {
    // one mentee (level 9, dept A, topics ai x3 + ml x2) and one mentor (level 2, dept B, ai 5, ml 5, rated 5 once),
    // ranking each other, weights 7, 3 (cap 10), 11, 13, 17: fit 25 -> 175; gap 7 -> 21; cross 11; rating bonus
    // floorDiv(5 - 3, 1) = 2 -> 26; rank bonus 1 + 1 -> 34; pair score 267 = the bound's largest pair score
    MatchingProblem p = MatchingProblem.builder().competence(Competence.of("ai")).competence(Competence.of("ml"))
        .employee(Employee.of("x", "A", 9)).employee(Employee.of("j", "B", 2)).employee(Employee.of("old", "A", 9))
        .mentee(Mentee.of("x", 1, List.of(new TopicRequest("ai", 3), new TopicRequest("ml", 2))).withRanking(List.of("j")))
        .mentor(Mentor.of("j", 1, List.of(new Proficiency("ai", 5), new Proficiency("ml", 5))).withRanking(List.of("x")))
        .history(PastPair.rated("2025", "old", "j", 5))
        .policy(Policy.builder().weights(new Weights(7, 3, 10, 11, 13, 17, 0, 0)).build())
        .build();
    ScoreLimits.SoftBound b = ScoreLimits.softBound(p.employees(), p.mentees(), p.mentors(), p.pairScores(), p.policy().weights());
    assertThat(b.pairs()).isEqualTo(java.math.BigInteger.valueOf(267));
    assertThat(Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("x", "j")))).score()).isEqualTo(Score.of(0, 0, 267));
  }

  @Test
  void levelsAndWeightsOutsideTheirRangesAreRefusedEachWithItsPath() {
    MatchingProblem.Builder b = explicit(2, 5);
    b.employee(Employee.of("far", "C", 1_000_001)).employee(Employee.of("deep", "C", -1_000_001))
        .employee(Employee.of("edge", "C", -1_000_000));
    b.policy(Policy.builder().weights(Weights.DEFAULTS.withTopicWeight(ScoreLimits.MAX_WEIGHT + 1)).build());
    ValidationException e = catchThrowableOfType(ValidationException.class, b::build);
    assertThat(e.problems()).extracting(ValidationProblem::toString).contains(
        "employees[3].level: 1000001 is outside -1000000..1000000",
        "employees[4].level: -1000001 is outside -1000000..1000000",
        "policy.weights.topicWeight: 1000000001 is outside 0..1000000000");
    assertThat(e.problems()).extracting(ValidationProblem::path).doesNotContain("employees[5].level", "pairScores");
  }

  @Test
  void theLargestPrioritiesAreAcceptedAndAddUpExactly() {
    // the largest int priority on 16 mentees: 16 * (2^31 - 1) < 2^55; the medium level of the empty matching
    MatchingProblem.Builder big = MatchingProblem.builder().employee(Employee.of("j0", "B", 1)).mentor(Mentor.of("j0", 1, List.of()));
    for (int i = 0; i < 16; i++) {
      big.employee(Employee.of("x" + i, "A", 8)).mentee(Mentee.of("x" + i, Integer.MAX_VALUE, List.of()));
    }
    MatchingProblem q = big.build();
    assertThat(Evaluator.evaluate(q, Matching.empty(q)).score().medium()).isEqualTo(-16L * Integer.MAX_VALUE);
  }

  @Test
  void scoreArithmeticThrowsRatherThanWraps() {
    Score top = Score.of(0, 0, Long.MAX_VALUE);
    assertThatThrownBy(() -> top.plus(Score.of(0, 0, 1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Score.of(0, 0, Long.MIN_VALUE).minus(Score.of(0, 0, 1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> new Terms(0, 0, 0, 0, Long.MIN_VALUE, 1, 0).score()).isInstanceOf(ArithmeticException.class);
    assertThat(Score.of(1, 2, 3).plus(Score.of(1, 1, 1))).isEqualTo(Score.of(2, 3, 4));
  }
}
