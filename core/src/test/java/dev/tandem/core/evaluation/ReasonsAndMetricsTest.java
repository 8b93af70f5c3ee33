package dev.tandem.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unmatched reasons and the metrics of docs/objective.md on tiny hand examples. */
class ReasonsAndMetricsTest {

  /**
   * Mentee x (IT, level 5, genai). Mentors: peer (level 5: LEVEL_GAP), foe (level 1, forbidden:
   * CONFLICT), blank (level 1, no topic: NO_TOPIC), sub (level 1, reports to x: REPORTING_LINE
   * and also NO_TOPIC, counted under REPORTING_LINE). Mentee y (IT, level 8, genai) can have
   * foe, sub; mentee z (IT, level 8, genai) can too.
   */
  static MatchingProblem reasons() {
    List<Proficiency> genai = List.of(new Proficiency("genai", 2));
    return MatchingProblem.builder()
        .competence(Competence.of("genai"))
        .employee(Employee.of("x", "IT", 5))
        .employee(Employee.of("y", "IT", 8))
        .employee(Employee.of("z", "IT", 8))
        .employee(Employee.of("peer", "IT", 5))
        .employee(Employee.of("foe", "IT", 1))
        .employee(Employee.of("blank", "IT", 1))
        .employee(Employee.of("sub", "IT", 1, "x"))
        .mentee(Mentee.of("x", 3, List.of(new TopicRequest("genai", 1))))
        .mentee(Mentee.of("y", 2, List.of(new TopicRequest("genai", 1))))
        .mentee(Mentee.of("z", 1, List.of(new TopicRequest("genai", 1))))
        .mentor(Mentor.of("peer", 1, genai))
        .mentor(Mentor.of("foe", 1, genai))
        .mentor(Mentor.of("blank", 1, List.of()))
        .mentor(Mentor.of("sub", 1, List.of()))
        .forbid("x", "foe")
        .build();
  }

  @Test
  void noEligibleMentorReportsTheCountPerFirstRule() {
    MatchingProblem p = reasons();
    Evaluation ev = Evaluator.evaluate(p, Matching.empty(p));
    UnmatchedMentee x = ev.unmatched().get(0);
    assertThat(x.mentee()).isEqualTo("x");
    assertThat(x.reason()).isEqualTo(UnmatchedReason.NO_ELIGIBLE_MENTOR);
    assertThat(x.eligibleMentors()).isZero();
    // peer: LEVEL_GAP; sub: REPORTING_LINE (before NO_TOPIC); blank: NO_TOPIC; foe: CONFLICT
    assertThat(x.excludedBy()).isEqualTo(Map.of(Rule.LEVEL_GAP, 1, Rule.REPORTING_LINE, 1, Rule.NO_TOPIC, 1, Rule.CONFLICT, 1));
    assertThat(x.priority()).isEqualTo(3);
  }

  @Test
  void capacityExhaustedWhenEveryEligibleMentorIsFull() {
    MatchingProblem p = reasons();
    // y and z (level 8) can each have peer (gap 3) or foe (gap 7), capacity 1 each; y takes peer
    Evaluation ev = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("y", "peer"))));
    UnmatchedMentee z = ev.unmatched().stream().filter(u -> u.mentee().equals("z")).findFirst().orElseThrow();
    // foe still has room -> LEFT_OUT
    assertThat(z.reason()).isEqualTo(UnmatchedReason.LEFT_OUT);
    assertThat(z.eligibleMentors()).isEqualTo(2);
    assertThat(z.excludedBy()).isEqualTo(Map.of(Rule.NO_TOPIC, 2));

    Evaluation full = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("y", "peer"), Pair.of("x", "foe"))));
    // foe is full too (even though x-foe breaks a rule, it takes foe's place) -> CAPACITY_EXHAUSTED
    UnmatchedMentee z2 = full.unmatched().stream().filter(u -> u.mentee().equals("z")).findFirst().orElseThrow();
    assertThat(z2.reason()).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED);
    assertThat(full.unmatched()).extracting(UnmatchedMentee::mentee).containsExactly("z");
    assertThat(full.score().hard()).isEqualTo(-1);
  }

  /**
   * Metrics example (default weights):
   * m1 (IT, 8, genai w3, excel w1, priority 1), m2 (HR, 8, genai w2, tiktok w2, priority 1),
   * m3 (IT, 8, excel w1, priority 2); r1 (OPS, 2, genai 5, capacity 2), r2 (IT, 4, tiktok 3,
   * excel 2, capacity 1).
   * Pair scores: m1-r1: 10*15 + 5*min(6,4) + 30 = 200; m1-r2: 10*2 + 5*4 + 0 = 40;
   * m2-r1: 10*10 + 20 + 30 = 150; m2-r2: 10*6 + 20 + 30 = 110; m3-r1: no topic;
   * m3-r2: 10*2 + 20 + 0 = 40.
   */
  static MatchingProblem metricsProblem(List<TopicRequest> m2Topics) {
    return MatchingProblem.builder()
        .competence(Competence.of("genai")).competence(Competence.of("excel")).competence(Competence.of("tiktok"))
        .employee(Employee.of("m1", "IT", 8))
        .employee(Employee.of("m2", "HR", 8))
        .employee(Employee.of("m3", "IT", 8))
        .employee(Employee.of("r1", "OPS", 2))
        .employee(Employee.of("r2", "IT", 4))
        .mentee(Mentee.of("m1", 1, List.of(new TopicRequest("genai", 3), new TopicRequest("excel", 1))))
        .mentee(Mentee.of("m2", 1, m2Topics))
        .mentee(Mentee.of("m3", 2, List.of(new TopicRequest("excel", 1))))
        .mentor(Mentor.of("r1", 2, List.of(new Proficiency("genai", 5))))
        .mentor(Mentor.of("r2", 1, List.of(new Proficiency("tiktok", 3), new Proficiency("excel", 2))))
        .build();
  }

  @Test
  void metricsOnATinyHandExample() {
    MatchingProblem p = metricsProblem(List.of(new TopicRequest("genai", 2), new TopicRequest("tiktok", 2)));
    Evaluation ev = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("m1", "r2"), Pair.of("m2", "r1"))));
    Metrics mx = ev.metrics();
    // soft 40 + 150, no shared link, loads 1; m3 unmatched (priority 2)
    assertThat(ev.score()).isEqualTo(Score.of(0, -2, 190));
    assertThat(mx.mentees()).isEqualTo(3);
    assertThat(mx.matched()).isEqualTo(2);
    assertThat(mx.unmatched()).isEqualTo(1);
    assertThat(mx.matchedPriority()).isEqualTo(2);
    assertThat(mx.unmatchedPriority()).isEqualTo(2);
    // top topics: m1 genai (r2 lacks it), m2 genai (first of the two weight-2 topics; r1 holds it) -> 1/2
    assertThat(mx.topTopicCoverage()).isEqualTo(0.5);
    assertThat(mx.pairScoreMean()).isEqualTo(95.0);
    assertThat(mx.pairScoreMin()).isEqualTo(40);
    assertThat(mx.pairScoreP10()).isEqualTo(40); // ceil(0.1 * 2) = 1st smallest
    // gaps: m1-r2 8-4 = 4, m2-r1 8-2 = 6 -> 5
    assertThat(mx.meanLevelGap()).isEqualTo(5.0);
    // IT-IT same, HR-OPS cross -> 1/2
    assertThat(mx.crossDepartmentShare()).isEqualTo(0.5);
    assertThat(mx.departmentLinks()).isEqualTo(2);
    assertThat(mx.largestLinkCount()).isEqualTo(1);
    assertThat(mx.mentorsUsed()).isEqualTo(2);
    assertThat(mx.largestLoad()).isEqualTo(1);
    // blocking: m1 prefers r1 (200) to r2 (40) and r1 has room -> blocks.
    // m2 prefers r1 (150) to r2 (110): no. m3-r2: r2 is full and holds m1 at the same score 40,
    // tie broken by id: r2 prefers m1 -> no. One blocking pair.
    assertThat(mx.blockingPairs()).isEqualTo(1);
    assertThat(ev.unmatched()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED);
      assertThat(u.excludedBy()).isEqualTo(Map.of(Rule.NO_TOPIC, 1));
    });
    // the pair parts of m2-r1: topic 100, gap 20, cross 30
    PairEvaluation m2 = ev.pairs().get(1);
    assertThat(m2.parts().topic()).isEqualTo(100);
    assertThat(m2.parts().levelGap()).isEqualTo(20);
    assertThat(m2.parts().crossDepartment()).isEqualTo(30);
    assertThat(m2.pairScore()).isEqualTo(150);
  }

  @Test
  void topTopicTiesGoToTheFirstListed() {
    // m2 lists tiktok first among its weight-2 topics: its top topic is tiktok, which r1 lacks -> 0/2
    MatchingProblem p = metricsProblem(List.of(new TopicRequest("tiktok", 2), new TopicRequest("genai", 2)));
    Evaluation ev = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("m1", "r2"), Pair.of("m2", "r1"))));
    assertThat(ev.metrics().topTopicCoverage()).isZero();
  }

  @Test
  void theStableMatchingOfTheExampleHasNoBlockingPair() {
    MatchingProblem p = metricsProblem(List.of(new TopicRequest("genai", 2), new TopicRequest("tiktok", 2)));
    // m1-r1 (200), m2-r1 (150) fill r1; m3-r2 (40): m2 would prefer r1 (has it); r2 prefers m3? it holds m3
    // and nobody else wants it more: m1 prefers r1 (has it). No blocking pair.
    Evaluation ev = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("m1", "r1"), Pair.of("m2", "r1"), Pair.of("m3", "r2"))));
    assertThat(ev.metrics().blockingPairs()).isZero();
    // links: (IT,OPS) 1, (HR,OPS) 1, (IT,IT) 1; r1 load 2 -> 15; soft 200 + 150 + 40 - 15 = 375
    assertThat(ev.score()).isEqualTo(Score.of(0, 0, 375));
  }

  @Test
  void p10IsTheNearestRankPercentile() {
    // 11 mentees, 11 mentors, only listed pairs i-i with explicit scores, zero weights
    long[] scores = {50, -5, 30, 7, 7, 100, 0, 12, 3, 90, 60};
    MatchingProblem.Builder b = MatchingProblem.builder().policy(Policy.builder().minLevelGap(0)
        .reportingLine(ReportingLine.ALLOW).requireTopicMatch(false).candidatePairs(CandidatePairs.LISTED_ONLY)
        .weights(Weights.ZERO).build());
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      b.employee(Employee.of("m" + i, "A", 1)).employee(Employee.of("r" + i, "A", 1))
          .mentee(Mentee.of("m" + i, 1, List.of())).mentor(Mentor.of("r" + i, 1, List.of()))
          .pairScore("m" + i, "r" + i, scores[i]);
      pairs.add(Pair.of("m" + i, "r" + i));
    }
    MatchingProblem p = b.build();
    // sorted: -5, 0, 3, 7, 7, 12, 30, 50, 60, 90, 100; ceil(0.1 * 11) = 2 -> 0
    Metrics mx = Evaluator.evaluate(p, Matching.of(p, pairs)).metrics();
    assertThat(mx.pairScoreP10()).isZero();
    assertThat(mx.pairScoreMin()).isEqualTo(-5);
    assertThat(mx.pairScoreMean()).isCloseTo(354.0 / 11, within(1e-9));
    // first 10 pairs: ceil(0.1 * 10) = 1 -> the minimum -5
    assertThat(Evaluator.evaluate(p, Matching.of(p, pairs.subList(0, 10))).metrics().pairScoreP10()).isEqualTo(-5);
    // every mentee has its one listed mentor: n blocking pairs when nobody is matched
    assertThat(Evaluator.evaluate(p, Matching.empty(p)).metrics().blockingPairs()).isEqualTo(11);
  }
}
