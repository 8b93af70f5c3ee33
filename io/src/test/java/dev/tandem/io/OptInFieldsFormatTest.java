package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tandem.core.model.AttributeRule;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Consent;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.SelfDeclaration;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.model.Weights;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The opt-in problem keys (employee attributes and self-declarations, a diversity topic's
 * perspective, topic targets, attribute rules, the perspective and topic-target weights): written,
 * read back, and a file without them is written as before.
 */
class OptInFieldsFormatTest {
  static MatchingProblem problem() {
    return MatchingProblem.builder()
        .competence(Competence.of("genai"))
        .competence(Competence.diversityTopic("wit", "Women in tech", "women-in-tech"))
        .employee(Employee.of("boss", "BOARD", 8).withAttribute("language", List.of("en", "de")).withAttribute("tz", List.of("1")))
        .employee(Employee.of("jr", "IT", 1).withAttribute("tz", List.of("-2"))
            .withSelfDeclaration(SelfDeclaration.of(List.of("women-in-tech"), new Consent(LocalDate.of(2026, 2, 3), "form-9"))))
        .mentee(Mentee.of("boss", 2, List.of(new TopicRequest("wit", 3))))
        .mentor(Mentor.of("jr", 1, List.of(new Proficiency("wit", 4))))
        .topicTarget("wit", 2)
        .policy(Policy.builder()
            .attributeRule(AttributeRule.mustShare("language"))
            .attributeRule(AttributeRule.atMostApart("tz", 3).excludingMissing())
            .weights(Weights.DEFAULTS.withPerspectiveWeight(6).withTopicTargetWeight(40))
            .build())
        .build();
  }

  @Test
  void writesAndReadsEveryOptInKey() throws Exception {
    String json = ProblemFiles.toJson(problem());
    assertThat(json).contains("\"perspective\": \"women-in-tech\"", "\"topicTargets\"", "\"attributeRules\"",
        "\"kind\": \"AT_MOST_APART\"", "\"maxDistance\": 3", "\"whenMissing\": \"EXCLUDE\"", "\"selfDeclaration\"",
        "\"givenOn\": \"2026-02-03\"", "\"reference\": \"form-9\"", "\"perspectiveWeight\": 6", "\"topicTargetWeight\": 40",
        "\"language\": [");
    RoundTripProperties.assertSameContent(problem(), ProblemFiles.parse(json));
  }

  @Test
  void aProblemWithoutOptInDataIsWrittenWithoutTheNewKeys() throws Exception {
    MatchingProblem plain = MatchingProblem.builder().competence(Competence.of("genai"))
        .employee(Employee.of("boss", "BOARD", 8)).employee(Employee.of("jr", "IT", 1))
        .mentee(Mentee.of("boss", 1, List.of(new TopicRequest("genai", 1))))
        .mentor(Mentor.of("jr", 1, List.of(new Proficiency("genai", 2))))
        .build();
    String json = ProblemFiles.toJson(plain);
    assertThat(json).doesNotContain("perspective", "topicTargets", "attributeRules", "attributes", "selfDeclaration",
        "topicTargetWeight");
    RoundTripProperties.assertSameContent(plain, ProblemFiles.parse(json));
  }

  @Test
  void badOptInValuesAreReportedWithTheirPaths() {
    String json = """
        {"format": "tandem-problem/1",
         "competences": [{"id": "ops", "perspective": "x"}],
         "employees": [{"id": "a", "department": "D", "level": 5, "attributes": {"tz": ["east"]},
                        "selfDeclaration": {"perspectives": ["p"], "consent": {"givenOn": "yesterday", "reference": "f"}}}],
         "mentees": [], "mentors": [],
         "topicTargets": [{"competence": "ops", "pairs": 0}],
         "policy": {"attributeRules": [{"attribute": "tz", "kind": "CLOSE"}]}}
        """;
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> ProblemFiles.parse(json));
    assertThat(e.problems()).extracting(ValidationProblem::toString).anySatisfy(x -> assertThat(x).startsWith("$.employees[0].selfDeclaration.consent.givenOn"))
        .anySatisfy(x -> assertThat(x).startsWith("$.policy.attributeRules[0].kind"));
    String shapeOk = json.replace("\"yesterday\"", "\"2026-01-01\"").replace("\"CLOSE\"", "\"AT_MOST_APART\"");
    ValidationException model = catchThrowableOfType(ValidationException.class, () -> ProblemFiles.parse(shapeOk));
    assertThat(model.problems()).extracting(ValidationProblem::toString).contains(
        "$.competences[0].perspective: only a diversity topic names a perspective",
        "$.employees[0].attributes.tz: \"east\" is not an integer (an AT_MOST_APART rule reads it)",
        "$.topicTargets[0].pairs: 0 is outside 1..1000000");
  }
}
