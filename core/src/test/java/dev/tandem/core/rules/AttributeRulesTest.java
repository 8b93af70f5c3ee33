package dev.tandem.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.evaluation.UnmatchedReason;
import dev.tandem.core.model.AttributeRule;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.strategy.StrategyRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attribute rules on hand-made problems: a shared language, time zones at most d apart, a
 * person without the attribute, the precedence of ATTRIBUTE among the rules, and every strategy
 * keeping to them.
 *
 * <pre>
 * mentee boss (level 8, language {de, en}, tz 1)
 * mentors          language   tz
 *   anna           {en}       -2    shares en; 3 hours apart
 *   bo             {fr}        1    shares nothing; same zone
 *   cy             (none)     (none)
 *   dee            {de}        6    shares de; 5 hours apart
 * </pre>
 */
class AttributeRulesTest {
  static MatchingProblem problem(Policy policy) {
    MatchingProblem.Builder b = MatchingProblem.builder().competence(Competence.of("genai")).policy(policy)
        .employee(Employee.of("boss", "BOARD", 8).withAttribute("language", List.of("de", "en")).withAttribute("tz", List.of("1")))
        .employee(Employee.of("anna", "IT", 1).withAttribute("language", List.of("en")).withAttribute("tz", List.of("-2")))
        .employee(Employee.of("bo", "IT", 1).withAttribute("language", List.of("fr")).withAttribute("tz", List.of("1")))
        .employee(Employee.of("cy", "IT", 1))
        .employee(Employee.of("dee", "IT", 1).withAttribute("language", List.of("de")).withAttribute("tz", List.of("6")))
        .mentee(Mentee.of("boss", 1, List.of(new TopicRequest("genai", 2))));
    for (String m : List.of("anna", "bo", "cy", "dee")) {
      b.mentor(Mentor.of(m, 1, List.of(new Proficiency("genai", 3))));
    }
    return b.build();
  }

  static List<String> eligible(MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    return java.util.stream.IntStream.range(el.start(0), el.end(0)).mapToObj(k -> el.mentorId(el.mentorAt(k))).toList();
  }

  @Test
  void mustShareNeedsACommonValueAndLetsAPersonWithoutTheAttributePass() {
    MatchingProblem p = problem(Policy.builder().attributeRule(AttributeRule.mustShare("language")).build());
    assertThat(Rules.violated(p, "boss", "anna")).isEmpty();
    assertThat(Rules.violated(p, "boss", "bo")).containsExactly(Rule.ATTRIBUTE);
    assertThat(Rules.violated(p, "boss", "cy")).isEmpty();
    assertThat(Rules.violated(p, "boss", "dee")).isEmpty();
    assertThat(eligible(p)).containsExactly("anna", "cy", "dee");
    assertThat(Eligibility.of(p).excludedBy(0)).isEqualTo(Map.of(Rule.ATTRIBUTE, 1));
  }

  @Test
  void excludingMissingAlsoForbidsAPersonWithoutTheAttribute() {
    MatchingProblem p = problem(Policy.builder().attributeRule(AttributeRule.mustShare("language").excludingMissing()).build());
    assertThat(Rules.violated(p, "boss", "cy")).containsExactly(Rule.ATTRIBUTE);
    assertThat(eligible(p)).containsExactly("anna", "dee");
    assertThat(Eligibility.of(p).excludedBy(0)).isEqualTo(Map.of(Rule.ATTRIBUTE, 2));
  }

  @Test
  void atMostApartComparesTheIntegersWithTheDistanceIncluded() {
    // |1 - (-2)| = 3 passes at 3; |1 - 6| = 5 does not; bo is in the same zone; cy has none
    MatchingProblem three = problem(Policy.builder().attributeRule(AttributeRule.atMostApart("tz", 3)).build());
    assertThat(eligible(three)).containsExactly("anna", "bo", "cy");
    assertThat(Rules.violated(three, "boss", "dee")).containsExactly(Rule.ATTRIBUTE);
    MatchingProblem two = problem(Policy.builder().attributeRule(AttributeRule.atMostApart("tz", 2)).build());
    assertThat(eligible(two)).containsExactly("bo", "cy");
  }

  @Test
  void everyRuleMustHold() {
    // language: bo out; tz at most 3: dee out
    MatchingProblem p = problem(Policy.builder()
        .attributeRule(AttributeRule.mustShare("language"))
        .attributeRule(AttributeRule.atMostApart("tz", 3))
        .build());
    assertThat(eligible(p)).containsExactly("anna", "cy");
    assertThat(Eligibility.of(p).excludedBy(0)).isEqualTo(Map.of(Rule.ATTRIBUTE, 2));
  }

  @Test
  void anEarlierRuleTakesTheCountAndTheUnmatchedReasonNamesAttribute() {
    // bo is also listed as forbidden: counted under CONFLICT, which comes first; dee and cy too far / none
    MatchingProblem p = problem(Policy.builder()
        .attributeRule(AttributeRule.mustShare("language"))
        .attributeRule(AttributeRule.atMostApart("tz", 0).excludingMissing())
        .build()).toBuilder().forbid("boss", "bo").build();
    assertThat(Rules.violated(p, "boss", "bo")).containsExactly(Rule.CONFLICT, Rule.ATTRIBUTE);
    Eligibility el = Eligibility.of(p);
    assertThat(el.eligibleCount(0)).isZero();
    assertThat(el.excludedBy(0)).isEqualTo(Map.of(Rule.CONFLICT, 1, Rule.ATTRIBUTE, 3));
    UnmatchedMentee u = Evaluator.evaluate(el, Matching.of(p, List.of())).unmatched().get(0);
    assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_ELIGIBLE_MENTOR);
    assertThat(u.excludedBy()).isEqualTo(Map.of(Rule.CONFLICT, 1, Rule.ATTRIBUTE, 3));
  }

  @Test
  void everyStrategyKeepsToTheAttributeRules() {
    // only anna meets both rules; boss has priority, so every strategy that matches pairs boss with anna
    MatchingProblem p = problem(Policy.builder()
        .attributeRule(AttributeRule.mustShare("language").excludingMissing())
        .attributeRule(AttributeRule.atMostApart("tz", 3))
        .build());
    StrategyRegistry registry = StrategyRegistry.standard();
    for (String name : registry.names()) {
      Matching m = registry.get(name).match(p, dev.tandem.core.strategy.MatchOptions.builder().seed(1).build());
      assertThat(m.pairs()).as(name).allSatisfy(x -> assertThat(x.mentor()).isEqualTo("anna"));
      assertThat(Evaluator.evaluate(p, m).score().hard()).as(name).isZero();
    }
  }
}
