package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.testing.RandomProblems;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The strategies' fast score equals the evaluator's score on every assignment, every term included. */
class AssignmentsScoreProperties {

  @Property(tries = 200)
  void theFastScoreIsTheEvaluatorsScore(@ForAll long seed) {
    Random rnd = new Random(seed);
    MatchingProblem p = rnd.nextBoolean() ? RandomProblems.generate(seed) : RandomProblems.generate(seed, RandomProblems.Shape.small(rnd));
    Eligibility el = Eligibility.of(p);
    for (int round = 0; round < 3; round++) {
      int[] a = RandomProblems.randomAssignment(rnd, el);
      assertThat(Assignments.score(el, a)).as("seed %d", seed).isEqualTo(Evaluator.evaluate(el, el.toMatching(a)).score());
    }
  }
}
