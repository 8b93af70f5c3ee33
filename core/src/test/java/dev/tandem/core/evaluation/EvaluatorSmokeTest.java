package dev.tandem.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorSmokeTest {
  // board (8, BOARD) manages head (6, IT) who manages trainee t1 (1, IT); t2 (1, HR) elsewhere.
  static MatchingProblem problem() {
    return MatchingProblem.builder()
        .competence(Competence.of("genai"))
        .competence(Competence.of("tiktok"))
        .employee(Employee.of("board", "BOARD", 8))
        .employee(Employee.of("head", "IT", 6, "board"))
        .employee(Employee.of("t1", "IT", 1, "head"))
        .employee(Employee.of("t2", "HR", 1))
        .mentee(Mentee.of("board", 3, List.of(new TopicRequest("genai", 3))))
        .mentee(Mentee.of("head", 1, List.of(new TopicRequest("genai", 1), new TopicRequest("tiktok", 2))))
        .mentor(Mentor.of("t1", 1, List.of(new Proficiency("genai", 5))))
        .mentor(Mentor.of("t2", 2, List.of(new Proficiency("tiktok", 4))))
        .build();
  }

  @Test
  void reportingLineAndTopicRulesShapeTheCandidates() {
    Eligibility e = Eligibility.of(problem());
    // board: t1 is below board (REPORTING_LINE), t2 lacks genai (NO_TOPIC)
    assertThat(e.eligibleCount(0)).isZero();
    assertThat(e.excludedBy(0)).containsEntry(Rule.REPORTING_LINE, 1).containsEntry(Rule.NO_TOPIC, 1);
    // head: t1 reports to head (REPORTING_LINE); t2 holds tiktok: eligible
    assertThat(e.eligibleCount(1)).isEqualTo(1);
    assertThat(e.mentorAt(e.start(1))).isEqualTo(1);
    // head-t2: fit 2*4=8 -> 80; gap min(5,4)=4 -> 20; cross IT/HR -> 30; total 130
    assertThat(e.scoreAt(e.start(1))).isEqualTo(130);
  }

  @Test
  void scoresAMatching() {
    MatchingProblem p = problem();
    Evaluation ev = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("head", "t2"))));
    assertThat(ev.score()).isEqualTo(Score.of(0, -3, 130));
    assertThat(ev.unmatched()).singleElement().satisfies(u -> {
      assertThat(u.mentee()).isEqualTo("board");
      assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_ELIGIBLE_MENTOR);
    });
    // a forbidden pair costs one hard point and is still scored: board-t1 fit 3*5=15 -> 150, gap 7 capped 4 -> 20, same dept? BOARD vs IT -> 30
    Evaluation bad = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("board", "t1"), Pair.of("head", "t2"))));
    assertThat(bad.score()).isEqualTo(Score.of(-1, 0, 130 + 200));
    assertThat(bad.pairs().get(0).broken()).containsExactly(Rule.REPORTING_LINE);
  }
}
