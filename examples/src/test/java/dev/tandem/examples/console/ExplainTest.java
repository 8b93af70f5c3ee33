package dev.tandem.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainTest {
  private static final MatchingProblem PROBLEM = MatchingProblem.builder()
      .competences(List.of(Competence.of("genai"), Competence.of("cloud")))
      .employees(List.of(
          Employee.of("ceo", "Board", 5).withDisplayName("Secret Name"),
          Employee.of("cfo", "Finance", 4, "ceo"),
          Employee.of("j1", "IT", 1, "cfo"),
          Employee.of("j2", "IT", 1, "ceo")))
      .mentees(List.of(
          Mentee.of("ceo", 3, List.of(new TopicRequest("genai", 3), new TopicRequest("cloud", 1))),
          Mentee.of("cfo", 2, List.of(new TopicRequest("genai", 2)))))
      .mentors(List.of(
          Mentor.of("j1", 1, List.of(new Proficiency("genai", 5), new Proficiency("cloud", 2))),
          Mentor.of("j2", 1, List.of(new Proficiency("cloud", 4)))))
      .build();

  @Test
  void thePairLineShowsSharedTopicsAndTheScoreParts() {
    Evaluation ev = Evaluator.evaluate(PROBLEM, Matching.of(PROBLEM, List.of(Pair.of("ceo", "j1"))));
    String line = Explain.pair(PROBLEM, ev.pairs().get(0));
    long score = ev.pairs().get(0).pairScore();
    assertThat(line).startsWith("ceo (Board, L5)").contains("<- j1 (IT, L1)");
    assertThat(line).contains("why: genai 3x5, cloud 1x2; score " + score + " = topic ");
    assertThat(line).contains("cross-dept").doesNotContain("Secret Name");
  }

  @Test
  void negativePartsAreSubtracted() {
    var parts = new dev.tandem.core.rules.PairParts(120, 15, 0, -20, 0, java.util.OptionalLong.empty());
    assertThat(Explain.why(parts)).isEqualTo("score 115 = topic 120 + gap 15 - rating 20");
    var explicit = new dev.tandem.core.rules.PairParts(0, 5, 0, 0, 0, java.util.OptionalLong.of(42));
    assertThat(Explain.why(explicit)).isEqualTo("score 42 (set explicitly; formula gap 5)");
  }

  @Test
  void theUnmatchedLineGivesTheReasonAndTheRulesThatExcluded() {
    // cfo is j1's manager: the reporting line excludes j1, and j2 lacks genai.
    Evaluation ev = Evaluator.evaluate(PROBLEM, Matching.of(PROBLEM, List.of(Pair.of("ceo", "j2"))));
    assertThat(ev.unmatched()).hasSize(1);
    String line = Explain.unmatched(PROBLEM, ev.unmatched().get(0));
    assertThat(line).startsWith("cfo (Finance, L4)").contains("priority 2", "NO_ELIGIBLE_MENTOR",
        "REPORTING_LINE 1", "NO_TOPIC 1");
  }

  @Test
  void tablesAlignColumns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Table.of("name", "count>").row("a", 5).row("longer", 12345).print(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2);
    assertThat(bytes.toString(StandardCharsets.UTF_8).split("\\R")).containsExactly(
        "  name    count",
        "  ------  -----",
        "  a           5",
        "  longer  12345");
  }
}
