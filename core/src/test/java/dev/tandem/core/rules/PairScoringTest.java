package dev.tandem.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.Weights;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * One test per term of pairScore (docs/objective.md), each isolated by zeroing the other weights,
 * expectations computed by hand in the comments.
 */
class PairScoringTest {

  /**
   * Mentee "boss" (BOARD, level 8) wants genai (weight 3), tiktok (1), cloud (2). Mentor "jr"
   * (IT, level 1) holds genai (4), tiktok (2), excel (5). Mentor "pal" (BOARD, level 6) holds
   * genai (1).
   */
  static MatchingProblem.Builder base(Weights w) {
    return MatchingProblem.builder()
        .competence(Competence.of("genai")).competence(Competence.of("tiktok"))
        .competence(Competence.of("cloud")).competence(Competence.of("excel"))
        .employee(Employee.of("boss", "BOARD", 8))
        .employee(Employee.of("jr", "IT", 1))
        .employee(Employee.of("pal", "BOARD", 6))
        .mentee(Mentee.of("boss", 1, List.of(new TopicRequest("genai", 3), new TopicRequest("tiktok", 1), new TopicRequest("cloud", 2))))
        .mentor(Mentor.of("jr", 2, List.of(new Proficiency("genai", 4), new Proficiency("tiktok", 2), new Proficiency("excel", 5))))
        .mentor(Mentor.of("pal", 1, List.of(new Proficiency("genai", 1))))
        .policy(Policy.DEFAULT.withWeights(w));
  }

  static long score(MatchingProblem p, String mentee, String mentor) {
    long viaScoring = new PairScoring(p).score(p.menteeIndex(mentee), p.mentorIndex(mentor));
    long viaEligibility = Eligibility.of(p).pairScore(p.menteeIndex(mentee), p.mentorIndex(mentor));
    assertThat(viaEligibility).isEqualTo(viaScoring);
    return viaScoring;
  }

  @Test
  void topicFitIsTheSumOfWeightTimesProficiency() {
    MatchingProblem p = base(Weights.ZERO.withTopicWeight(10)).build();
    PairScoring s = new PairScoring(p);
    // genai 3*4 + tiktok 1*2 + cloud 2*0 (jr lacks it) = 14; excel is not asked for
    assertThat(s.fit(0, 0)).isEqualTo(14);
    assertThat(score(p, "boss", "jr")).isEqualTo(140);
    assertThat(s.parts(0, 0).topic()).isEqualTo(140);
    // pal: genai 3*1 = 3 -> 30
    assertThat(score(p, "boss", "pal")).isEqualTo(30);
  }

  @Test
  void levelGapIsCapped() {
    // gap boss-jr = 8 - 1 = 7; boss-pal = 8 - 6 = 2
    MatchingProblem capped = base(Weights.ZERO.withLevelGapWeight(5).withLevelGapCap(4)).build();
    assertThat(score(capped, "boss", "jr")).isEqualTo(5 * 4); // min(7, 4) = 4
    assertThat(score(capped, "boss", "pal")).isEqualTo(5 * 2); // min(2, 4) = 2
    MatchingProblem wide = base(Weights.ZERO.withLevelGapWeight(5).withLevelGapCap(10)).build();
    assertThat(score(wide, "boss", "jr")).isEqualTo(5 * 7);
    MatchingProblem zeroCap = base(Weights.ZERO.withLevelGapWeight(5).withLevelGapCap(0)).build();
    assertThat(score(zeroCap, "boss", "jr")).isZero();
  }

  @Test
  void aNegativeGapCountsNegatively() {
    // minLevelGap -5 lets a more senior mentor in: mentee level 3, mentor level 5, gap -2 -> 5 * min(-2, 4) = -10
    MatchingProblem p = MatchingProblem.builder()
        .competence(Competence.of("genai"))
        .employee(Employee.of("m", "A", 3)).employee(Employee.of("r", "B", 5))
        .mentee(Mentee.of("m", 1, List.of(new TopicRequest("genai", 1))))
        .mentor(Mentor.of("r", 1, List.of(new Proficiency("genai", 1))))
        .policy(Policy.builder().minLevelGap(-5).weights(Weights.ZERO.withLevelGapWeight(5).withLevelGapCap(4)).build())
        .build();
    assertThat(score(p, "m", "r")).isEqualTo(-10);
  }

  @Test
  void crossDepartmentBonusOnlyForDifferentDepartments() {
    MatchingProblem p = base(Weights.ZERO.withCrossDepartmentWeight(30)).build();
    assertThat(score(p, "boss", "jr")).isEqualTo(30); // BOARD vs IT
    assertThat(score(p, "boss", "pal")).isZero(); // BOARD vs BOARD
  }

  static MatchingProblem rated(int... ratings) {
    MatchingProblem.Builder b = base(Weights.ZERO.withRatingWeight(10)).employee(Employee.of("old", "OPS", 9));
    for (int k = 0; k < ratings.length; k++) {
      b.history(PastPair.rated("20" + (10 + k), "old", "jr", ratings[k]));
    }
    return b.policy(Policy.builder().allowRepeatPairs(true).weights(Weights.ZERO.withRatingWeight(10)).build()).build();
  }

  @Test
  void ratingBonusIsTheFloorOfTheMeanOfRatingMinusThree() {
    // 5, 4 -> (2 + 1) = 3, floorDiv(3, 2) = 1 -> 10
    assertThat(score(rated(5, 4), "boss", "jr")).isEqualTo(10);
    // 2, 3 -> (-1 + 0) = -1, floorDiv(-1, 2) = -1 (not 0 as truncation would give) -> -10
    assertThat(score(rated(2, 3), "boss", "jr")).isEqualTo(-10);
    // 1, 1, 5 -> (-2 - 2 + 2) = -2, floorDiv(-2, 3) = -1 -> -10
    assertThat(score(rated(1, 1, 5), "boss", "jr")).isEqualTo(-10);
    // 1, 5, 5 -> 2, floorDiv(2, 3) = 0
    assertThat(score(rated(1, 5, 5), "boss", "jr")).isZero();
    // 1 -> -2 -> -20
    assertThat(score(rated(1), "boss", "jr")).isEqualTo(-20);
    // no ratings -> 0; pal never rated
    assertThat(score(rated(), "boss", "jr")).isZero();
    assertThat(score(rated(5, 5), "boss", "pal")).isZero();
    assertThat(new PairScoring(rated(2, 3)).ratingBonus(0)).isEqualTo(-1);
  }

  @Test
  void ratingBonusIgnoresUnratedPairsAndRatingsAsMentee() {
    // jr: one rating 5 as mentor (+2), one unrated cycle, and a rating 1 of someone else by jr as mentee
    MatchingProblem p = base(Weights.ZERO.withRatingWeight(10))
        .employee(Employee.of("old", "OPS", 9))
        .history(PastPair.rated("2023", "old", "jr", 5))
        .history(PastPair.of("2024", "old", "jr"))
        .history(PastPair.rated("2024", "jr", "pal", 1))
        .build();
    // jr: 2 / 1 = 2 -> 20; pal: (1 - 3) = -2 -> -20
    assertThat(score(p, "boss", "jr")).isEqualTo(20);
    assertThat(score(p, "boss", "pal")).isEqualTo(-20);
  }

  @Test
  void preferenceBonusCountsBothRankings() {
    // boss ranks [pal, jr] (K = 2): jr at k = 2 -> 2 - 2 + 1 = 1; pal at k = 1 -> 2
    // jr ranks [boss] (K = 1): boss at k = 1 -> 1; pal ranks nobody
    MatchingProblem p = base(Weights.ZERO.withPreferenceWeight(5)).build();
    MatchingProblem ranked = rebuildWithRankings(p, List.of("pal", "jr"), List.of("boss"));
    assertThat(score(ranked, "boss", "jr")).isEqualTo(5 * (1 + 1));
    assertThat(score(ranked, "boss", "pal")).isEqualTo(5 * 2);
    PairScoring s = new PairScoring(ranked);
    assertThat(s.menteeRankBonus(0, 0)).isEqualTo(1);
    assertThat(s.mentorRankBonus(0, 0)).isEqualTo(1);
    assertThat(s.menteeRankBonus(0, 1)).isEqualTo(2);
    assertThat(s.mentorRankBonus(0, 1)).isZero();
    assertThat(s.parts(0, 0).preference()).isEqualTo(10);
    // without rankings: nothing
    assertThat(score(p, "boss", "jr")).isZero();
  }

  private static MatchingProblem rebuildWithRankings(MatchingProblem p, List<String> bossRanks, List<String> jrRanks) {
    MatchingProblem.Builder b = p.toBuilder().removeMentee("boss").removeMentor("jr").removeMentor("pal");
    b.mentee(p.mentees().get(0).withRanking(bossRanks));
    b.mentor(p.mentors().get(0).withRanking(jrRanks));
    b.mentor(p.mentors().get(1));
    return b.build();
  }

  @Test
  void anExplicitPairScoreReplacesTheFormula() {
    MatchingProblem p = base(Weights.DEFAULTS).pairScore("boss", "jr", -42).build();
    assertThat(score(p, "boss", "jr")).isEqualTo(-42);
    PairParts parts = new PairScoring(p).parts(0, 0);
    assertThat(parts.explicit()).isEqualTo(OptionalLong.of(-42));
    assertThat(parts.total()).isEqualTo(-42);
    // the formula parts are still shown: topic 14*10 = 140, gap min(7,4)*5 = 20, cross 30
    assertThat(parts.formula()).isEqualTo(190);
    // pal has no explicit score: genai 3*1 -> 30, gap 2*5 = 10, same department 0 -> 40
    assertThat(score(p, "boss", "pal")).isEqualTo(40);
  }

  @Test
  void allTermsTogetherWithDefaultWeights() {
    // boss-jr with default weights, jr rated 4 and 5 by "old" (bonus floorDiv(1 + 2, 2) = 1),
    // boss ranks [jr] (bonus 1), jr ranks [boss] (bonus 1):
    // topic 10*14 = 140; gap 5*min(7,4) = 20; cross 30; rating 10*1 = 10; preference 5*(1+1) = 10 -> 210
    MatchingProblem p = base(Weights.DEFAULTS)
        .employee(Employee.of("old", "OPS", 9))
        .history(PastPair.rated("2023", "old", "jr", 4))
        .history(PastPair.rated("2024", "old", "jr", 5))
        .build();
    MatchingProblem ranked = rebuildWithRankings(p, List.of("jr"), List.of("boss"));
    assertThat(score(ranked, "boss", "jr")).isEqualTo(210);
    PairParts parts = new PairScoring(ranked).parts(0, 0);
    assertThat(parts).isEqualTo(new PairParts(140, 20, 30, 10, 10, OptionalLong.empty()));
  }
}
