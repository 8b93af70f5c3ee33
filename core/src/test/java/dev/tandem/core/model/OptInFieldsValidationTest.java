package dev.tandem.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Validation of the opt-in fields (attributes, self-declarations, perspectives, topic targets,
 * attribute rules, the new weights): every problem at once, each naming its item.
 */
class OptInFieldsValidationTest {
  static MatchingProblem.Builder valid() {
    return MatchingProblem.builder()
        .competence(Competence.of("genai"))
        .competence(Competence.diversityTopic("wit", "Women in tech", "women-in-tech"))
        .employee(Employee.of("boss", "BOARD", 8).withAttribute("tz", List.of("1")).withAttribute("language", List.of("de", "en")))
        .employee(Employee.of("jr", "IT", 1).withAttribute("tz", List.of(" -3 "))
            .withSelfDeclaration(SelfDeclaration.of(List.of("women-in-tech"), new Consent(LocalDate.of(2026, 1, 5), "form-1"))))
        .mentee(Mentee.of("boss", 1, List.of(new TopicRequest("wit", 2))))
        .mentor(Mentor.of("jr", 1, List.of(new Proficiency("wit", 3))))
        .topicTarget("wit", 3)
        .policy(Policy.builder()
            .attributeRule(AttributeRule.mustShare("language"))
            .attributeRule(AttributeRule.atMostApart("tz", 4))
            .weights(Weights.DEFAULTS.withPerspectiveWeight(5).withTopicTargetWeight(40))
            .build());
  }

  @Test
  void acceptsAValidProblemWithEveryOptInField() {
    MatchingProblem p = valid().build();
    assertThat(p.topicTargets()).containsExactly(new TopicTarget("wit", 3));
    assertThat(p.employee("jr").perspectives()).containsExactly("women-in-tech");
    assertThat(p.employee("boss").attribute("language")).containsExactly("de", "en");
    assertThat(p.employee("jr").toString()).doesNotContain("women-in-tech", "form-1");
    assertThat(p.toBuilder().build().topicTargets()).isEqualTo(p.topicTargets());
  }

  @Test
  void reportsEveryProblemOfTheOptInFieldsAtOnce() {
    MatchingProblem.Builder b = valid()
        .competence(new Competence("ops", "Operations", false, Optional.of("women-in-tech")))
        .competence(new Competence("blank", "Blank", true, Optional.of(" ")))
        .employee(Employee.of("x1", "IT", 1).withAttribute("tz", List.of("east")))
        .employee(Employee.of("x2", "IT", 1).withAttribute("tz", List.of("1", "2")))
        .employee(Employee.of("x3", "IT", 1).withAttribute("tz", List.of("2000000000")))
        .employee(Employee.of("x4", "IT", 1).withSelfDeclaration(SelfDeclaration.of(List.of(""), new Consent(LocalDate.of(2026, 1, 5), " "))))
        .topicTarget("gnai", 2)
        .topicTarget("genai", 0)
        .topicTarget("wit", 1);
    b.policy(Policy.builder()
        .attributeRule(new AttributeRule("language", AttributeRule.Kind.MUST_SHARE, 2, AttributeRule.WhenMissing.ALLOW))
        .attributeRule(new AttributeRule("tz", AttributeRule.Kind.AT_MOST_APART, -1, AttributeRule.WhenMissing.ALLOW))
        .attributeRule(AttributeRule.mustShare(" "))
        .weights(Weights.DEFAULTS.withPerspectiveWeight(-1).withTopicTargetWeight(2_000_000_000L))
        .build());
    ValidationException e = catchThrowableOfType(ValidationException.class, b::build);
    assertThat(e.problems()).extracting(ValidationProblem::toString).contains(
        "competences[2].perspective: only a diversity topic names a perspective",
        "competences[3].perspective: perspective must not be blank",
        "employees[2].attributes.tz: \"east\" is not an integer (an AT_MOST_APART rule reads it)",
        "employees[3].attributes.tz: needs exactly one integer value for an AT_MOST_APART rule, has 2",
        "employees[4].attributes.tz: 2000000000 is outside -1000000000..1000000000",
        "employees[5].selfDeclaration.consent.reference: consent reference must not be blank",
        "employees[5].selfDeclaration.perspectives: perspective must not be blank",
        "topicTargets[1].competence: unknown competence \"gnai\"",
        "topicTargets[2].pairs: 0 is outside 1..1000000",
        "topicTargets[3].competence: duplicate target for topic \"wit\"",
        "policy.attributeRules[0].maxDistance: a MUST_SHARE rule has no distance (2)",
        "policy.attributeRules[1].maxDistance: -1 is outside 0..1000000000",
        "policy.attributeRules[2].attribute: attribute must not be blank",
        "policy.weights.perspectiveWeight: -1 is outside 0..1000000000",
        "policy.weights.topicTargetWeight: 2000000000 is outside 0..1000000000");
  }

  @Test
  void aNonIntegerValueIsFineWhenNoDistanceRuleReadsIt() {
    MatchingProblem p = valid().employee(Employee.of("x1", "IT", 1).withAttribute("tz", List.of("east")))
        .policy(Policy.builder().attributeRule(AttributeRule.mustShare("tz")).build())
        .build();
    assertThat(p.employee("x1").attribute("tz")).containsExactly("east");
  }
}
