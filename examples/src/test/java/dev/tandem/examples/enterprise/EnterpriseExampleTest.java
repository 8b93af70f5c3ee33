package dev.tandem.examples.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.examples.ExampleContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnterpriseExampleTest {
  private static String out;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new EnterpriseExample().run(ExampleContext.small(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    out = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theBundledOrganisationLeavesSomeExecutivesWithoutASeat() {
    MatchingProblem problem = ProblemGenerator.generate(EnterpriseExample.settings(true));
    int seats = problem.mentors().stream().mapToInt(m -> m.capacity()).sum();
    assertThat(seats).isLessThan(problem.mentees().size());
    assertThat(out).contains(String.format("%d executives enrolled as mentees", problem.mentees().size()));
  }

  @Test
  void printsTopicDemandAndWhoMayMentorWhom() {
    assertThat(out).contains("Topic demand", "Generative AI", "Who may mentor whom", "eligible pairs out of");
  }

  @Test
  void everyShownPairHasItsWhyLine() {
    Matcher pairs = Pattern.compile("(?m)^  \\S+ \\([^)]+, L\\d\\)\\s+<- \\S+ \\([^)]+, L\\d\\)$").matcher(out);
    Matcher whys = Pattern.compile("(?m)^      why: .*score -?\\d+ = topic \\d+").matcher(out);
    int p = 0;
    while (pairs.find()) {
      p++;
    }
    int w = 0;
    while (whys.find()) {
      w++;
    }
    assertThat(p).isPositive().isEqualTo(w);
  }

  @Test
  void theUnmatchedAreListedWithTheirReasonsAsTheEvaluatorGivesThem() {
    MatchingProblem problem = ProblemGenerator.generate(EnterpriseExample.settings(true));
    Evaluation exact = Evaluator.evaluate(problem, StrategyRegistry.standard().get("exact").match(problem));
    assertThat(exact.unmatched()).isNotEmpty();
    assertThat(out).contains("Unmatched executives, with reasons");
    assertThat(out).containsPattern("priority \\d+  (CAPACITY_EXHAUSTED|NO_ELIGIBLE_MENTOR|LEFT_OUT) \\(");
  }

  @Test
  void comparesTheStrategiesOnTheMetrics() {
    assertThat(out).contains("How the strategies compare", "coverage", "cross-dept", "dept links", "min pair",
        "p10 pair");
    for (String strategy : EnterpriseExample.STRATEGIES) {
      assertThat(out).containsPattern("(?m)^  " + strategy + "\\s+\\d+/\\d+\\s+\\d+\\.\\d%");
    }
    assertThat(out).doesNotContain("failed:");
    for (String strategy : EnterpriseExample.STRATEGIES) {
      Matcher m = Pattern.compile("(?m)^  " + strategy + "\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(-?\\d+)$").matcher(out);
      assertThat(m.find()).as("soft terms of %s", strategy).isTrue();
      long soft = Long.parseLong(m.group(1)) - Long.parseLong(m.group(2)) - Long.parseLong(m.group(3));
      assertThat(m.group(4)).isEqualTo(String.valueOf(soft));
    }
    assertThat(out).doesNotContain("null");
  }
}
