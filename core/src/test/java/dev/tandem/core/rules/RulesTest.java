package dev.tandem.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.TopicRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per eligibility rule of docs/objective.md, on hand-made problems, through both Rules and Eligibility. */
class RulesTest {
  static final TopicRequest WANTS_GENAI = new TopicRequest("genai", 2);
  static final List<Proficiency> HAS_GENAI = List.of(new Proficiency("genai", 3));

  /** A builder with the genai and tiktok topics and the given policy. */
  static MatchingProblem.Builder base(Policy policy) {
    return MatchingProblem.builder().competence(Competence.of("genai")).competence(Competence.of("tiktok")).policy(policy);
  }

  static Set<Rule> rules(MatchingProblem p, String mentee, String mentor) {
    return Rules.violated(p, mentee, mentor);
  }

  @Test
  void samePersonIsNeverEligibleAndCountsOnlyAsSamePerson() {
    // "x" (level 5) is both a mentee and a mentor; minLevelGap 0 so the level rule lets gap 0 pass.
    Policy gapZero = Policy.builder().minLevelGap(0).build();
    MatchingProblem p = base(gapZero)
        .employee(Employee.of("x", "IT", 5))
        .mentee(Mentee.of("x", 1, List.of(WANTS_GENAI)))
        .mentor(Mentor.of("x", 1, HAS_GENAI))
        .build();
    assertThat(rules(p, "x", "x")).containsExactly(Rule.SAME_PERSON);
    Eligibility el = Eligibility.of(p);
    assertThat(el.isEligible(0, 0)).isFalse();
    assertThat(el.excludedBy(0)).isEqualTo(Map.of(Rule.SAME_PERSON, 1));

    // with the default minLevelGap 1, gap 0 also breaks LEVEL_GAP, but the count stays under SAME_PERSON
    MatchingProblem q = p.toBuilder().policy(Policy.DEFAULT).build();
    assertThat(rules(q, "x", "x")).containsExactly(Rule.SAME_PERSON, Rule.LEVEL_GAP);
    assertThat(Eligibility.of(q).excludedBy(0)).isEqualTo(Map.of(Rule.SAME_PERSON, 1));
  }

  /** Mentee "boss" at level 5; mentors at levels 6, 5, 4, 3 (gaps -1, 0, 1, 2). */
  static MatchingProblem levels(int minLevelGap) {
    MatchingProblem.Builder b = base(Policy.builder().minLevelGap(minLevelGap).build())
        .employee(Employee.of("boss", "BOARD", 5))
        .mentee(Mentee.of("boss", 1, List.of(WANTS_GENAI)));
    for (int level = 6; level >= 3; level--) {
      b.employee(Employee.of("l" + level, "IT", level)).mentor(Mentor.of("l" + level, 1, HAS_GENAI));
    }
    return b.build();
  }

  @Test
  void levelGapForbidsMentorsLessThanMinLevelGapBelowTheMentee() {
    // default minLevelGap 1: gap -1 (l6) and 0 (l5) are too small; l4 (gap 1) and l3 (gap 2) pass
    MatchingProblem p = levels(1);
    assertThat(rules(p, "boss", "l6")).containsExactly(Rule.LEVEL_GAP);
    assertThat(rules(p, "boss", "l5")).containsExactly(Rule.LEVEL_GAP);
    assertThat(rules(p, "boss", "l4")).isEmpty();
    assertThat(rules(p, "boss", "l3")).isEmpty();
    assertThat(Eligibility.of(p).excludedBy(0)).isEqualTo(Map.of(Rule.LEVEL_GAP, 2));
    assertThat(Eligibility.of(p).eligibleCount(0)).isEqualTo(2);
  }

  @Test
  void levelGapVariesWithMinLevelGap() {
    // minLevelGap 2: only gap 2 (l3) passes -> 3 excluded
    assertThat(Eligibility.of(levels(2)).excludedBy(0)).isEqualTo(Map.of(Rule.LEVEL_GAP, 3));
    assertThat(rules(levels(2), "boss", "l4")).containsExactly(Rule.LEVEL_GAP);
    // minLevelGap 3: no mentor is 3 levels below -> all 4 excluded
    assertThat(Eligibility.of(levels(3)).excludedBy(0)).isEqualTo(Map.of(Rule.LEVEL_GAP, 4));
    // minLevelGap 0: gap 0 (a peer) passes, gap -1 does not -> 1 excluded
    assertThat(Eligibility.of(levels(0)).excludedBy(0)).isEqualTo(Map.of(Rule.LEVEL_GAP, 1));
    assertThat(rules(levels(0), "boss", "l5")).isEmpty();
    // minLevelGap -1: even a mentor one level above passes -> none excluded
    assertThat(Eligibility.of(levels(-1)).excludedBy(0)).isEmpty();
    assertThat(Eligibility.of(levels(-1)).eligibleCount(0)).isEqualTo(4);
  }

  /**
   * ceo(8) <- cio(7) <- head(6) <- dev(2) <- intern(1), and hr(1) outside. Mentees ceo and head;
   * mentors dev, intern, hr. Levels never block here.
   */
  static MatchingProblem chain(ReportingLine line, int depth) {
    return base(Policy.builder().reportingLine(line).reportingLineDepth(depth).build())
        .employee(Employee.of("ceo", "BOARD", 8))
        .employee(Employee.of("cio", "IT", 7, "ceo"))
        .employee(Employee.of("head", "IT", 6, "cio"))
        .employee(Employee.of("dev", "IT", 2, "head"))
        .employee(Employee.of("intern", "IT", 1, "dev"))
        .employee(Employee.of("hr", "HR", 1))
        .mentee(Mentee.of("ceo", 1, List.of(WANTS_GENAI)))
        .mentee(Mentee.of("head", 1, List.of(WANTS_GENAI)))
        .mentor(Mentor.of("dev", 1, HAS_GENAI))
        .mentor(Mentor.of("intern", 1, HAS_GENAI))
        .mentor(Mentor.of("hr", 1, HAS_GENAI))
        .build();
  }

  @Test
  void reportingLineForbidChainAtAnyDepth() {
    // depth 0: ceo is 3 steps above dev and 4 above intern; head is 1 above dev and 2 above intern
    MatchingProblem p = chain(ReportingLine.FORBID_CHAIN, 0);
    assertThat(rules(p, "ceo", "dev")).containsExactly(Rule.REPORTING_LINE);
    assertThat(rules(p, "ceo", "intern")).containsExactly(Rule.REPORTING_LINE);
    assertThat(rules(p, "ceo", "hr")).isEmpty();
    Eligibility el = Eligibility.of(p);
    assertThat(el.excludedBy(0)).isEqualTo(Map.of(Rule.REPORTING_LINE, 2));
    assertThat(el.excludedBy(1)).isEqualTo(Map.of(Rule.REPORTING_LINE, 2));
    assertThat(el.mentorAt(el.start(0))).isEqualTo(2); // only hr
  }

  @Test
  void reportingLineForbidChainUpToDepthK() {
    // depth 3: ceo-dev (3 steps) forbidden, ceo-intern (4 steps) allowed
    MatchingProblem p = chain(ReportingLine.FORBID_CHAIN, 3);
    assertThat(rules(p, "ceo", "dev")).containsExactly(Rule.REPORTING_LINE);
    assertThat(rules(p, "ceo", "intern")).isEmpty();
    assertThat(Eligibility.of(p).excludedBy(0)).isEqualTo(Map.of(Rule.REPORTING_LINE, 1));
    // depth 2: ceo is too far above both; head (1 and 2 steps) still blocked on both
    MatchingProblem q = chain(ReportingLine.FORBID_CHAIN, 2);
    assertThat(rules(q, "ceo", "dev")).isEmpty();
    assertThat(Eligibility.of(q).excludedBy(0)).isEmpty();
    assertThat(Eligibility.of(q).excludedBy(1)).isEqualTo(Map.of(Rule.REPORTING_LINE, 2));
    // depth 1: head-dev (direct) blocked, head-intern (2 steps) allowed
    MatchingProblem r = chain(ReportingLine.FORBID_CHAIN, 1);
    assertThat(rules(r, "head", "dev")).containsExactly(Rule.REPORTING_LINE);
    assertThat(rules(r, "head", "intern")).isEmpty();
  }

  @Test
  void reportingLineForbidDirectOnlyBlocksTheDirectManager() {
    MatchingProblem p = chain(ReportingLine.FORBID_DIRECT, 0);
    assertThat(rules(p, "head", "dev")).containsExactly(Rule.REPORTING_LINE);
    assertThat(rules(p, "head", "intern")).isEmpty();
    assertThat(rules(p, "ceo", "dev")).isEmpty();
    Eligibility el = Eligibility.of(p);
    assertThat(el.excludedBy(0)).isEmpty();
    assertThat(el.excludedBy(1)).isEqualTo(Map.of(Rule.REPORTING_LINE, 1));
  }

  @Test
  void reportingLineAllowNeverBlocks() {
    MatchingProblem p = chain(ReportingLine.ALLOW, 0);
    assertThat(rules(p, "head", "dev")).isEmpty();
    assertThat(rules(p, "ceo", "intern")).isEmpty();
    Eligibility el = Eligibility.of(p);
    assertThat(el.eligibleCount(0)).isEqualTo(3);
    assertThat(el.eligibleCount(1)).isEqualTo(3);
  }

  @Test
  void reportingLineOnlyLooksUpFromTheMentor() {
    // the mentor being the mentee's manager is no reporting-line conflict (only the level rule could object)
    MatchingProblem p = base(Policy.builder().minLevelGap(-10).build())
        .employee(Employee.of("dev", "IT", 2))
        .employee(Employee.of("intern", "IT", 1, "dev"))
        .mentee(Mentee.of("intern", 1, List.of(WANTS_GENAI)))
        .mentor(Mentor.of("dev", 1, HAS_GENAI))
        .build();
    assertThat(rules(p, "intern", "dev")).isEmpty();
  }

  /** Mentee wants genai; mentors: g holds genai, t holds tiktok only, n holds nothing. */
  static MatchingProblem topics(boolean require) {
    return base(Policy.builder().requireTopicMatch(require).build())
        .employee(Employee.of("boss", "BOARD", 8))
        .employee(Employee.of("g", "IT", 1))
        .employee(Employee.of("t", "IT", 1))
        .employee(Employee.of("n", "IT", 1))
        .mentee(Mentee.of("boss", 1, List.of(WANTS_GENAI)))
        .mentor(Mentor.of("g", 1, HAS_GENAI))
        .mentor(Mentor.of("t", 1, List.of(new Proficiency("tiktok", 5))))
        .mentor(Mentor.of("n", 1, List.of()))
        .build();
  }

  @Test
  void noTopicWhenTheMentorHoldsNoneOfTheTopicsAndMatchIsRequired() {
    MatchingProblem on = topics(true);
    assertThat(rules(on, "boss", "g")).isEmpty();
    assertThat(rules(on, "boss", "t")).containsExactly(Rule.NO_TOPIC);
    assertThat(rules(on, "boss", "n")).containsExactly(Rule.NO_TOPIC);
    assertThat(Eligibility.of(on).excludedBy(0)).isEqualTo(Map.of(Rule.NO_TOPIC, 2));

    MatchingProblem off = topics(false);
    assertThat(rules(off, "boss", "t")).isEmpty();
    Eligibility el = Eligibility.of(off);
    assertThat(el.eligibleCount(0)).isEqualTo(3);
    // boss-t: fit 0; gap 7 capped at 4 -> 5*4 = 20; BOARD vs IT -> 30; total 50
    assertThat(el.pairScore(0, 1)).isEqualTo(50);
    // boss-g: fit 2*3 = 6 -> 60, plus 20 + 30 = 110
    assertThat(el.pairScore(0, 0)).isEqualTo(110);
  }

  static MatchingProblem history(boolean allowRepeat) {
    return base(Policy.builder().allowRepeatPairs(allowRepeat).build())
        .employee(Employee.of("boss", "BOARD", 8))
        .employee(Employee.of("a", "IT", 1))
        .employee(Employee.of("b", "IT", 1))
        .mentee(Mentee.of("boss", 1, List.of(WANTS_GENAI)))
        .mentor(Mentor.of("a", 1, HAS_GENAI))
        .mentor(Mentor.of("b", 1, HAS_GENAI))
        .history(PastPair.rated("2024", "boss", "a", 5))
        .history(PastPair.of("2025", "boss", "a"))
        .build();
  }

  @Test
  void repeatForbidsEarlierPairsUnlessAllowed() {
    MatchingProblem no = history(false);
    assertThat(rules(no, "boss", "a")).containsExactly(Rule.REPEAT);
    assertThat(rules(no, "boss", "b")).isEmpty();
    // two past cycles with a still count one excluded mentor
    assertThat(Eligibility.of(no).excludedBy(0)).isEqualTo(Map.of(Rule.REPEAT, 1));

    MatchingProblem yes = history(true);
    assertThat(rules(yes, "boss", "a")).isEmpty();
    assertThat(Eligibility.of(yes).eligibleCount(0)).isEqualTo(2);
  }

  @Test
  void conflictForbidsListedPairsAlways() {
    MatchingProblem p = history(true).toBuilder().forbid("boss", "b").build();
    assertThat(rules(p, "boss", "b")).containsExactly(Rule.CONFLICT);
    assertThat(rules(p, "boss", "a")).isEmpty();
    assertThat(Eligibility.of(p).excludedBy(0)).isEqualTo(Map.of(Rule.CONFLICT, 1));
    // a forbidden pair that is also a repeat counts under REPEAT (earlier in Rule order)
    MatchingProblem q = history(false).toBuilder().forbid("boss", "a").build();
    assertThat(rules(q, "boss", "a")).containsExactly(Rule.REPEAT, Rule.CONFLICT);
    assertThat(Eligibility.of(q).excludedBy(0)).isEqualTo(Map.of(Rule.REPEAT, 1));
  }

  @Test
  void notListedForbidsPairsWithoutExplicitScoreUnderListedOnly() {
    Policy listedOnly = Policy.builder().allowRepeatPairs(true).candidatePairs(CandidatePairs.LISTED_ONLY).build();
    MatchingProblem p = history(true).toBuilder().policy(listedOnly).pairScore("boss", "a", -7).build();
    assertThat(rules(p, "boss", "a")).isEmpty();
    assertThat(rules(p, "boss", "b")).containsExactly(Rule.NOT_LISTED);
    Eligibility el = Eligibility.of(p);
    assertThat(el.excludedBy(0)).isEqualTo(Map.of(Rule.NOT_LISTED, 1));
    assertThat(el.pairScore(0, 0)).isEqualTo(-7);
    // under ELIGIBLE the unlisted pair is fine
    MatchingProblem q = p.toBuilder().policy(Policy.DEFAULT.toBuilder().allowRepeatPairs(true).build()).build();
    assertThat(rules(q, "boss", "b")).isEmpty();
  }

  @Test
  void listedOnlyStillAppliesEveryOtherRule() {
    // a listed pair that breaks LEVEL_GAP stays forbidden; counts go to the first rule that holds
    Policy listedOnly = Policy.builder().candidatePairs(CandidatePairs.LISTED_ONLY).build();
    MatchingProblem p = base(listedOnly)
        .employee(Employee.of("boss", "BOARD", 3))
        .employee(Employee.of("peer", "IT", 3))
        .employee(Employee.of("jr", "IT", 1))
        .mentee(Mentee.of("boss", 1, List.of(WANTS_GENAI)))
        .mentor(Mentor.of("peer", 1, HAS_GENAI))
        .mentor(Mentor.of("jr", 1, List.of()))
        .pairScore("boss", "peer", 100)
        .build();
    assertThat(rules(p, "boss", "peer")).containsExactly(Rule.LEVEL_GAP);
    assertThat(rules(p, "boss", "jr")).containsExactly(Rule.NO_TOPIC, Rule.NOT_LISTED);
    assertThat(Eligibility.of(p).excludedBy(0)).isEqualTo(Map.of(Rule.LEVEL_GAP, 1, Rule.NO_TOPIC, 1));
  }
}
