package dev.tandem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.UnmatchedReason;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.Rule;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API snippet of the README, kept compiling and true. */
class ReadmeApiTest {

  @ParameterizedTest
  @ValueSource(strings = {"exact", "optaplanner"})
  void theReadmeSnippetMatchesTopManagementFirstAndExplainsTheRest(String name) {
    MatchingProblem problem = MatchingProblem.builder()
        .competence(new Competence("genai", "Generative AI", false))
        .employee(Employee.of("ceo", "BOARD", 8))
        .employee(Employee.of("cio", "IT", 7, "ceo"))
        .employee(Employee.of("t17", "IT", 1, "cio"))
        .employee(Employee.of("t42", "SALES", 1))
        .mentee(Mentee.of("ceo", 3, List.of(new TopicRequest("genai", 3))))
        .mentee(Mentee.of("cio", 2, List.of(new TopicRequest("genai", 2))))
        .mentor(Mentor.of("t17", 1, List.of(new Proficiency("genai", 5))))
        .mentor(Mentor.of("t42", 1, List.of(new Proficiency("genai", 4))))
        .policy(Policy.DEFAULT)
        .build();

    MatchingStrategy strategy = StrategyRegistry.standard().get(name);
    Matching matching = strategy.match(problem, MatchOptions.builder().seed(7).timeLimit(Duration.ofSeconds(2)).build());
    Evaluation evaluation = Evaluator.evaluate(problem, matching);

    // t17 reports to cio, who reports to ceo: both pairs with t17 break the reporting line.
    // t42 has one seat; the ceo (priority 3) goes first.
    assertThat(matching.pairs()).containsExactly(Pair.of("ceo", "t42"));
    // ceo-t42: topic 10 * 3*4 = 120, gap min(7, 4) * 5 = 20, cross-department 30 -> 170
    assertThat(evaluation.pairs().get(0).pairScore()).isEqualTo(170);
    assertThat(evaluation.unmatched()).singleElement().satisfies(u -> {
      assertThat(u.mentee()).isEqualTo("cio");
      assertThat(u.reason()).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED);
      assertThat(u.excludedBy()).containsEntry(Rule.REPORTING_LINE, 1);
    });
  }
}
