package dev.tandem.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.Rule;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generator reaches every corner the properties rely on, and is a function of its seed. */
class RandomProblemsTest {

  /** The opt-in fields reach the properties: both generators draw them and they change scores. */
  @Test
  void reachesTheOptInFieldsAndTheirTerms() {
    for (boolean shape : new boolean[] {false, true}) {
      int mustShare = 0;
      int apart = 0;
      int required = 0;
      int declared = 0;
      int perspectiveTopics = 0;
      int targets = 0;
      long perspectiveParts = 0;
      long targetBonus = 0;
      for (long seed = 0; seed < 300; seed++) {
        Random rnd = new Random(seed);
        MatchingProblem p = shape ? RandomProblems.generate(seed, RandomProblems.Shape.small(rnd)) : RandomProblems.generate(seed);
        for (var r : p.policy().attributeRules()) {
          mustShare += r.kind() == dev.tandem.core.model.AttributeRule.Kind.MUST_SHARE ? 1 : 0;
          apart += r.kind() == dev.tandem.core.model.AttributeRule.Kind.AT_MOST_APART ? 1 : 0;
          required += r.whenMissing() == dev.tandem.core.model.AttributeRule.WhenMissing.EXCLUDE ? 1 : 0;
        }
        declared += (int) p.employees().stream().filter(e -> !e.perspectives().isEmpty()).count();
        perspectiveTopics += (int) p.competences().stream().filter(c -> c.perspective().isPresent()).count();
        targets += p.topicTargets().size();
        Eligibility el = Eligibility.of(p);
        var ev = dev.tandem.core.evaluation.Evaluator.evaluate(el, el.toMatching(RandomProblems.randomAssignment(rnd, el)));
        perspectiveParts += ev.pairs().stream().filter(x -> x.parts().perspective() > 0).count();
        targetBonus += ev.terms().topicTargetBonus();
      }
      assertThat(List.of(mustShare, apart, required, declared, perspectiveTopics, targets)).as("shape %s", shape).allMatch(x -> x > 0);
      assertThat(perspectiveParts).as("shape %s", shape).isPositive();
      assertThat(targetBonus).as("shape %s", shape).isPositive();
    }
  }

  @Test
  void coversEveryRuleAndEveryPolicyCorner() {
    Map<Rule, Integer> excluded = new EnumMap<>(Rule.class);
    Map<ReportingLine, Integer> lines = new EnumMap<>(ReportingLine.class);
    int listedOnly = 0;
    int pinned = 0;
    int noMentees = 0;
    int noMentors = 0;
    int rated = 0;
    int zeroWeights = 0;
    int explicit = 0;
    long eligible = 0;
    for (long seed = 0; seed < 300; seed++) {
      MatchingProblem p = RandomProblems.generate(seed);
      Eligibility el = Eligibility.of(p);
      for (int m = 0; m < el.menteeCount(); m++) {
        el.excludedBy(m).forEach((rule, count) -> excluded.merge(rule, count, Integer::sum));
      }
      eligible += el.pairCount();
      lines.merge(p.policy().reportingLine(), 1, Integer::sum);
      listedOnly += p.policy().candidatePairs() == CandidatePairs.LISTED_ONLY ? 1 : 0;
      pinned += p.pinnedPairs().size();
      noMentees += p.mentees().isEmpty() ? 1 : 0;
      noMentors += p.mentors().isEmpty() ? 1 : 0;
      rated += (int) p.history().stream().filter(h -> h.rating().isPresent()).count();
      zeroWeights += p.policy().weights().equals(Weights.ZERO) ? 1 : 0;
      explicit += p.pairScores().size();
    }
    assertThat(excluded.keySet()).containsExactlyInAnyOrder(Rule.values());
    assertThat(lines.keySet()).containsExactlyInAnyOrder(ReportingLine.values());
    assertThat(eligible).isPositive();
    assertThat(listedOnly).isPositive();
    assertThat(pinned).isPositive();
    assertThat(noMentees).isPositive();
    assertThat(noMentors).isPositive();
    assertThat(rated).isPositive();
    assertThat(zeroWeights).isPositive();
    assertThat(explicit).isPositive();
  }

  @Test
  void theSameSeedGivesTheSameProblem() {
    for (long seed = 0; seed < 20; seed++) {
      MatchingProblem a = RandomProblems.generate(seed);
      MatchingProblem b = RandomProblems.generate(seed);
      assertThat(a.mentees()).isEqualTo(b.mentees());
      assertThat(a.mentors()).isEqualTo(b.mentors());
      assertThat(a.employees()).isEqualTo(b.employees());
      assertThat(a.history()).isEqualTo(b.history());
      assertThat(a.pinnedPairs()).isEqualTo(b.pinnedPairs());
      assertThat(a.pairScores()).isEqualTo(b.pairScores());
      assertThat(a.policy()).isEqualTo(b.policy());
    }
  }

  @Test
  void smallShapesAndRandomAssignmentsReachTheScoreAgreementCorners() {
    int pinned = 0;
    int negative = 0;
    int randomWeights = 0;
    int overCapacity = 0;
    int ineligible = 0;
    int unmatched = 0;
    for (long seed = 0; seed < 200; seed++) {
      Random rnd = new Random(seed);
      MatchingProblem p = RandomProblems.generate(seed, RandomProblems.Shape.small(rnd));
      pinned += p.pinnedPairs().size();
      negative += (int) p.pairScores().stream().filter(s -> s.score() < 0).count();
      randomWeights += p.policy().weights().equals(Policy.DEFAULT.weights()) ? 0 : 1;
      Eligibility el = Eligibility.of(p);
      int[] mentorOf = RandomProblems.randomAssignment(rnd, el);
      int[] load = new int[el.mentorCount()];
      for (int m = 0; m < mentorOf.length; m++) {
        if (mentorOf[m] < 0) {
          unmatched++;
        } else {
          load[mentorOf[m]]++;
          ineligible += el.position(m, mentorOf[m]) < 0 ? 1 : 0;
        }
      }
      for (int r = 0; r < load.length; r++) {
        overCapacity += load[r] > el.capacity(r) ? 1 : 0;
      }
    }
    assertThat(pinned).isPositive();
    assertThat(negative).isPositive();
    assertThat(randomWeights).isPositive();
    assertThat(overCapacity).isPositive();
    assertThat(ineligible).isPositive();
    assertThat(unmatched).isPositive();
  }

  @Test
  void largeShapesHaveTheAskedSizeAndTheDefaultPolicy() {
    MatchingProblem p = RandomProblems.generate(5, RandomProblems.Shape.large(120));
    assertThat(p.mentees()).hasSize(120);
    assertThat(p.mentors()).hasSize(80);
    assertThat(p.policy()).isEqualTo(Policy.DEFAULT);
    assertThat(p.pinnedPairs()).isEmpty();
    assertThat(RandomProblems.generate(5, RandomProblems.Shape.large(120)).mentors()).isEqualTo(p.mentors());
  }

  @Test
  void personalDataAddsNamesAndSkillsAndKeepsEverythingElse() {
    int named = 0;
    int unnamed = 0;
    int skilled = 0;
    int oddCompetenceNames = 0;
    for (long seed = 0; seed < 50; seed++) {
      MatchingProblem p = RandomProblems.generate(seed);
      MatchingProblem q = RandomProblems.withPersonalData(p, new Random(seed));
      assertThat(q.employees()).hasSameSizeAs(p.employees());
      for (int e = 0; e < p.employees().size(); e++) {
        Employee a = p.employees().get(e);
        Employee b = q.employees().get(e);
        assertThat(List.of(b.id(), b.department(), b.level(), b.manager())).isEqualTo(List.of(a.id(), a.department(), a.level(), a.manager()));
        named += b.displayName().isPresent() ? 1 : 0;
        unnamed += b.displayName().isEmpty() ? 1 : 0;
        skilled += b.skills().isEmpty() ? 0 : 1;
      }
      for (int c = 0; c < p.competences().size(); c++) {
        assertThat(q.competences().get(c).id()).isEqualTo(p.competences().get(c).id());
        assertThat(q.competences().get(c).diversity()).isEqualTo(p.competences().get(c).diversity());
        oddCompetenceNames += q.competences().get(c).name().equals(p.competences().get(c).name()) ? 0 : 1;
      }
      assertThat(q.mentees()).isEqualTo(p.mentees());
      assertThat(q.mentors()).isEqualTo(p.mentors());
      assertThat(q.history()).isEqualTo(p.history());
      assertThat(q.forbiddenPairs()).isEqualTo(p.forbiddenPairs());
      assertThat(q.pinnedPairs()).isEqualTo(p.pinnedPairs());
      assertThat(q.pairScores()).isEqualTo(p.pairScores());
      assertThat(q.policy()).isEqualTo(p.policy());
      assertThat(Eligibility.of(q).pairCount()).isEqualTo(Eligibility.of(p).pairCount());
    }
    assertThat(named).isPositive();
    assertThat(unnamed).isPositive();
    assertThat(skilled).isPositive();
    assertThat(oddCompetenceNames).isPositive();
  }
}
