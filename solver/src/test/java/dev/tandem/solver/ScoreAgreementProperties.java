package dev.tandem.solver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.testing.RandomProblems;
import dev.tandem.solver.domain.MentoringPlan;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The proof that the two implementations of the objective agree: for random problems and random
 * (also infeasible) matchings, the OptaPlanner score through {@code SolutionManager} equals core's
 * {@code Evaluator} score exactly on hard, medium and soft.
 */
class ScoreAgreementProperties {

  @Property(tries = 150)
  void optaPlannerScoreEqualsEvaluatorScore(@ForAll long seed) {
    Random rnd = new Random(seed);
    var problem = RandomProblems.generate(seed, RandomProblems.Shape.small(rnd));
    Eligibility el = Eligibility.of(problem);
    for (int round = 0; round < 3; round++) {
      int[] mentorOf = RandomProblems.randomAssignment(rnd, el);
      MentoringPlan plan = MentoringPlan.of(el, mentorOf);
      HardMediumSoftLongScore s = MentoringSolverConfigs.solutionManager().update(plan);
      Score expected = Evaluator.evaluate(el, el.toMatching(mentorOf)).score();
      assertThat(Score.of(s.hardScore(), s.mediumScore(), s.softScore()))
          .as("seed %d round %d", seed, round)
          .isEqualTo(expected);
    }
  }

  /** The same on the general generator: every rule, reporting-line depth, listed-only candidates, zero weights. */
  @Property(tries = 100)
  void optaPlannerScoreEqualsEvaluatorScoreOnGeneralProblems(@ForAll long seed) {
    Random rnd = new Random(seed);
    var problem = RandomProblems.generate(seed);
    Eligibility el = Eligibility.of(problem);
    for (int round = 0; round < 3; round++) {
      int[] mentorOf = RandomProblems.randomAssignment(rnd, el);
      MentoringPlan plan = MentoringPlan.of(el, mentorOf);
      HardMediumSoftLongScore s = MentoringSolverConfigs.solutionManager().update(plan);
      Score expected = Evaluator.evaluate(el, el.toMatching(mentorOf)).score();
      assertThat(Score.of(s.hardScore(), s.mediumScore(), s.softScore()))
          .as("seed %d round %d", seed, round)
          .isEqualTo(expected);
    }
  }
}
