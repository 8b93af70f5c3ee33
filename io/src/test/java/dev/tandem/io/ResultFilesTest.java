package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.UnmatchedReason;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rules.Rule;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFilesTest {
  static List<String> problemsOf(String json) {
    try {
      ResultFiles.parse(json);
    } catch (ValidationException e) {
      return e.problems().stream().map(ValidationProblem::toString).toList();
    }
    throw new AssertionError("expected the file to be rejected: " + json);
  }

  @Test
  void readsTheFormatsExample() throws IOException {
    ResultFile r;
    try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/formats-result.json"), StandardCharsets.UTF_8)) {
      r = ResultFiles.read(in);
    }
    assertThat(r.problem()).contains("acme-2026");
    assertThat(r.strategy()).contains("exact");
    assertThat(r.seed().getAsLong()).isEqualTo(1);
    assertThat(r.pairs().get(0).pair()).isEqualTo(Pair.of("e1", "e17"));
    assertThat(r.pairs().get(0).pairScore().getAsLong()).isEqualTo(180);
    assertThat(r.pairs().get(0).parts().orElseThrow().total()).isEqualTo(200);
    assertThat(r.unmatched().get(0).reason()).contains(UnmatchedReason.NO_ELIGIBLE_MENTOR);
    assertThat(r.unmatched().get(0).excludedBy()).containsEntry(Rule.LEVEL_GAP, 10).containsEntry(Rule.NO_TOPIC, 40);
    assertThat(r.score()).contains(Score.of(0, -1, 12345));
    assertThat(r.metrics().orElseThrow().count("wallMillis").getAsLong()).isEqualTo(12);
    assertThat(r.metrics().orElseThrow().count("mentorsUsed")).isEmpty();
  }

  @Test
  void aResultWithOnlyPairsIsEnoughToRescore() throws IOException {
    MatchingProblem problem = ProblemFilesTest.example();
    ResultFile r = ResultFiles.parse("{\"format\": \"tandem-result/1\", \"pairs\": [{\"mentee\": \"e2\", \"mentor\": \"e6\"}]}");
    Matching m = r.matching(problem);
    assertThat(m.pairs()).containsExactly(Pair.of("e2", "e6"));
    assertThat(m.unmatched()).containsExactly("e1");
    Evaluation e = Evaluator.evaluate(problem, m);
    assertThat(e.score().medium()).isEqualTo(-3);
  }

  @Test
  void reportsEveryProblemWithItsPath() {
    assertThat(problemsOf("{\"format\": \"tandem-result/1\", \"seed\": \"one\", \"pairs\": [{\"mentee\": \"a\", \"mentr\": \"b\","
        + " \"parts\": {\"topic\": 1}}], \"unmatched\": [{\"mentee\": \"c\", \"reason\": \"BORED\", \"excludedBy\": {\"LEVEL\": 3, \"NO_TOPIC\": -1}}],"
        + " \"score\": {\"hard\": 0, \"medium\": 0}, \"metrics\": {\"matched\": 1.5, \"speed\": 3}}"))
        .containsExactlyInAnyOrder(
            "$.seed: expected an integer, got a string (\"one\")",
            "$.pairs[0].mentr: unknown key \"mentr\" (known keys here: mentee, mentor, pairScore, parts)",
            "$.pairs[0].mentor: missing required key",
            "$.pairs[0].parts.levelGap: missing required key",
            "$.pairs[0].parts.crossDepartment: missing required key",
            "$.pairs[0].parts.rating: missing required key",
            "$.pairs[0].parts.preference: missing required key",
            "$.unmatched[0].reason: \"BORED\" is not one of NO_ELIGIBLE_MENTOR, CAPACITY_EXHAUSTED, LEFT_OUT",
            "$.unmatched[0].excludedBy.LEVEL: unknown key \"LEVEL\" (known keys here: SAME_PERSON, LEVEL_GAP, REPORTING_LINE, NO_TOPIC, REPEAT, CONFLICT, ATTRIBUTE, NOT_LISTED)",
            "$.unmatched[0].excludedBy.NO_TOPIC: -1 is outside 0..2147483647",
            "$.score.soft: missing required key",
            "$.metrics.speed: unknown key \"speed\" (known keys here: " + String.join(", ", ResultFile.ResultMetrics.KEYS) + ")",
            "$.metrics.matched: expected an integer, got a number (1.5)");
  }

  @Test
  void aMatchingNamingStrangersIsRejectedWithPaths() throws IOException {
    MatchingProblem problem = ProblemFilesTest.example();
    ResultFile r = ResultFiles.parse("{\"format\": \"tandem-result/1\", \"pairs\": [{\"mentee\": \"e2\", \"mentor\": \"e6\"},"
        + " {\"mentee\": \"e2\", \"mentor\": \"nobody\"}, {\"mentee\": \"e77\", \"mentor\": \"e6\"}],"
        + " \"unmatched\": [{\"mentee\": \"e2\"}]}");
    assertThatThrownBy(() -> r.matching(problem)).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.problems()).extracting(ValidationProblem::toString).containsExactly(
            "$.pairs[1].mentee: mentee \"e2\" is matched twice",
            "$.pairs[1].mentor: unknown mentor \"nobody\"",
            "$.pairs[2].mentee: unknown mentee \"e77\"",
            "$.unmatched[0].mentee: mentee \"e2\" is also in a pair"));
  }

  @Test
  void writesEveryMetricWithTheFormatsKeysFirst() throws IOException {
    MatchingProblem problem = ProblemFilesTest.example();
    Evaluation e = Evaluator.evaluate(problem, Matching.of(problem, List.of(Pair.of("e2", "e6"), Pair.of("e1", "e17"))));
    String json = ResultFiles.toJson(ResultFile.of(problem, "exact", 7, e, 3, 12));
    assertThat(json).contains("\"format\": \"tandem-result/1\"", "\"problem\": \"acme-2026\"", "\"strategy\": \"exact\"",
        "\"seed\": 7", "\"pairScore\": 120", "\"explicit\": 120");
    assertThat(json.indexOf("\"matched\"")).isLessThan(json.indexOf("\"wallMillis\""));
    assertThat(json.indexOf("\"wallMillis\"")).isLessThan(json.indexOf("\"mentorsUsed\""));
  }

  @Test
  void aProblemFileGivenAsAResultGetsThatOneMessageFirst() throws IOException {
    assertThat(problemsOf(ProblemFiles.toJson(ProblemFilesTest.example())))
        .containsExactly("$.format: this is a problem file (tandem-problem/1), not a result file (tandem-result/1)");
    assertThat(problemsOf("{\"format\": \"tandem-programme/1\", \"organisation\": \"x\", \"cycles\": []}"))
        .containsExactly("$.format: this is a programme file (tandem-programme/1), not a result file (tandem-result/1)");
  }
}
