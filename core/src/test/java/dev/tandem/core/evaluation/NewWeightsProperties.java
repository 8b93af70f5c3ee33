package dev.tandem.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.testing.ProblemParts;
import dev.tandem.core.testing.RandomProblems;
import dev.tandem.core.testing.ReferenceObjective;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The perspective and topic-target weights default to 0 so that earlier scores keep their values:
 * with both weights 0, perspectives, self-declarations and topic targets change no score; with any
 * weights, the evaluator agrees with the reference implementation written from docs/objective.md.
 */
class NewWeightsProperties {

  @Property(tries = 150)
  void withBothWeightsZeroTheOptInDataChangesNoScore(@ForAll long seed) {
    Random rnd = new Random(seed);
    MatchingProblem generated = RandomProblems.generate(seed);
    ProblemParts parts = ProblemParts.of(generated);
    parts.policy = generated.policy().withWeights(generated.policy().weights().withPerspectiveWeight(0).withTopicTargetWeight(0));
    MatchingProblem with = parts.build();
    parts.topicTargets.clear();
    parts.employees.replaceAll(Employee::withoutSelfDeclaration);
    parts.competences.replaceAll(c -> new Competence(c.id(), c.name(), c.diversity(), Optional.empty()));
    MatchingProblem without = parts.build();
    Eligibility a = Eligibility.of(with);
    Eligibility b = Eligibility.of(without);
    for (int round = 0; round < 3; round++) {
      int[] mentorOf = RandomProblems.randomAssignment(rnd, a);
      assertThat(Evaluator.evaluate(a, a.toMatching(mentorOf)).score())
          .isEqualTo(Evaluator.evaluate(b, b.toMatching(mentorOf)).score());
    }
  }

  @Property(tries = 150)
  void theEvaluatorAgreesWithTheReferenceOnTheNewTerms(@ForAll long seed) {
    Random rnd = new Random(seed);
    MatchingProblem p = RandomProblems.generate(seed, RandomProblems.Shape.small(rnd));
    Eligibility el = Eligibility.of(p);
    for (int round = 0; round < 3; round++) {
      var matching = el.toMatching(RandomProblems.randomAssignment(rnd, el));
      assertThat(Evaluator.evaluate(el, matching).score()).isEqualTo(ReferenceObjective.score(p, matching));
    }
  }
}
