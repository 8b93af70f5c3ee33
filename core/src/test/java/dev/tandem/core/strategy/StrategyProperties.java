package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rules.Eligibility;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Exact against every other registered strategy, and properties of single strategies. The
 * contract every strategy keeps is {@link dev.tandem.core.testing.StrategyContract}, run for the
 * whole registry by {@link RegisteredStrategiesContractTest}.
 */
class StrategyProperties {
  private final StrategyRegistry registry = StrategyRegistry.standard();

  @Property(tries = 60)
  void exactIsNeverBeatenOnTheTermsItCovers(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 30, 20, seed % 3 == 0, seed % 2 == 0);
    Eligibility el = Eligibility.of(p);
    long[] exact = BruteForce.coveredTerms(el, el.assignmentOf(registry.get("exact").match(el, MatchOptions.DEFAULTS)));
    for (String name : registry.names()) {
      Matching other = registry.get(name).match(el, MatchOptions.builder().seed(seed).build());
      assertThat(BruteForce.compare(exact, BruteForce.coveredTerms(el, el.assignmentOf(other)))).as(name).isGreaterThanOrEqualTo(0);
    }
  }

  @Property(tries = 30)
  void randomDependsOnTheSeedOnly(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 30, 20, false, false);
    Matching a = new RandomStrategy().match(p, MatchOptions.builder().seed(seed).build());
    Matching b = new RandomStrategy().match(p, MatchOptions.builder().seed(seed).build());
    assertThat(a).isEqualTo(b);
  }

  @Property(tries = 40)
  void aMenteeIsLeftOutByGreedyOnlyWhenItsMentorsAreFull(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 30, 20, true, false);
    Evaluation ev = Evaluator.evaluate(p, new GreedyStrategy().match(p));
    assertThat(ev.unmatched()).allSatisfy(u -> assertThat(u.reason().name()).isNotEqualTo("LEFT_OUT"));
  }

  @Property(tries = 40)
  void cancelledExactStillReturnsAFeasibleMatching(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 30, 20, true, false);
    Cancellation c = Cancellation.create();
    c.cancel();
    Matching m = new ExactStrategy().match(p, MatchOptions.builder().cancellation(c).build());
    Evaluation ev = Evaluator.evaluate(p, m);
    assertThat(ev.score().hard()).isZero();
    assertThat(m.pairs()).containsAll(p.pinnedPairs());
    for (Pair pin : p.pinnedPairs()) {
      assertThat(m.mentorOf(pin.mentee())).contains(pin.mentor());
    }
  }

  @Property(tries = 60)
  void stableMatchingsHaveNoBlockingPairWithoutPins(@ForAll long seed, @ForAll boolean menteesPropose) {
    MatchingProblem p = TinyProblems.random(seed, 40, 25, false, seed % 2 == 0);
    Eligibility el = Eligibility.of(p);
    MatchingStrategy s = menteesPropose ? new StableStrategy() : new StableMentorStrategy();
    assertThat(Evaluator.evaluate(el, s.match(el, MatchOptions.DEFAULTS)).metrics().blockingPairs()).isZero();
  }
}
