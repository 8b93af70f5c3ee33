package dev.tandem.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.testing.RandomProblems;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The derivation of {@link ScoreLimits} is sound: on random problems and random (also infeasible)
 * matchings, no pair score, no soft score and no medium score exceeds the bound the validation
 * computed for the problem.
 */
class ScoreLimitsProperties {
  @Provide
  Arbitrary<MatchingProblem> problems() {
    return RandomProblems.problems();
  }

  @Property(tries = 300)
  void noMatchingExceedsTheBoundOfItsProblem(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    ScoreLimits.SoftBound bound = ScoreLimits.softBound(p.employees(), p.mentees(), p.mentors(), p.pairScores(), p.policy().weights());
    BigInteger soft = bound.total();
    // the pair part of the bound is n * (largest pair score)
    BigInteger pair = p.mentees().isEmpty() ? BigInteger.ZERO : bound.pairs().divide(BigInteger.valueOf(p.mentees().size()));
    Random rnd = new Random(seed);
    for (int t = 0; t < 5; t++) {
      Evaluation ev = Evaluator.evaluate(p, RandomProblems.anyMatching(p, rnd));
      assertThat(BigInteger.valueOf(ev.score().soft()).abs()).isLessThanOrEqualTo(soft);
      assertThat(BigInteger.valueOf(ev.terms().pairScoreSum()).abs().add(BigInteger.valueOf(ev.terms().spreadPenalty()))
          .add(BigInteger.valueOf(ev.terms().loadPenalty()))).isLessThanOrEqualTo(soft);
      for (PairEvaluation pe : ev.pairs()) {
        assertThat(BigInteger.valueOf(pe.pairScore()).abs()).isLessThanOrEqualTo(pair);
        assertThat(BigInteger.valueOf(pe.parts().formula()).abs()).isLessThanOrEqualTo(pair);
      }
    }
  }
}
