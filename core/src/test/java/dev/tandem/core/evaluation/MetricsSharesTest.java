package dev.tandem.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shares whose complement would pass a 50% example: cross-department share and top-topic coverage
 * on three pairs, one mentee without topics.
 */
class MetricsSharesTest {

  @Test
  void sharesOfThreePairsWithAMenteeWithoutTopics() {
    // ReasonsAndMetricsTest.metricsProblem with m2 (HR) asking for no topic
    MatchingProblem p = ReasonsAndMetricsTest.metricsProblem(List.of());
    Matching matching = Matching.of(p, List.of(Pair.of("m1", "r1"), Pair.of("m2", "r1"), Pair.of("m3", "r2")));
    Metrics mx = Evaluator.evaluate(p, matching).metrics();
    // departments: m1 IT - r1 OPS cross, m2 HR - r1 OPS cross, m3 IT - r2 IT same -> 2/3
    assertThat(mx.crossDepartmentShare()).isCloseTo(2.0 / 3, within(1e-12));
    // top topics: m1 genai (r1 holds it), m2 none (never covered), m3 excel (r2 holds it) -> 2/3
    assertThat(mx.topTopicCoverage()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void aMenteeWithoutTopicsIsNeverCovered() {
    MatchingProblem p = ReasonsAndMetricsTest.metricsProblem(List.of());
    Metrics mx = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("m2", "r2")))).metrics();
    assertThat(mx.topTopicCoverage()).isZero();
    assertThat(mx.crossDepartmentShare()).isEqualTo(1.0); // HR - IT
  }
}
