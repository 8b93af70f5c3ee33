package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.bound.Bound;
import dev.tandem.core.bound.BoundedMatching;
import dev.tandem.core.bound.Bounds;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The bound of {@code dev.tandem.core.bound} against the optimum found by enumerating every
 * feasible matching of tiny random problems (pins, priorities, capacities, explicit scores).
 */
class BoundBruteForceProperties {

  private static Score optimum(Eligibility el) {
    Score[] best = {null};
    BruteForce.forEach(el, a -> {
      Score s = Evaluator.evaluate(el, el.toMatching(a)).score();
      if (best[0] == null || s.compareTo(best[0]) > 0) {
        best[0] = s;
      }
    });
    return best[0];
  }

  @Property(tries = 150)
  void theBoundIsNeverBelowTheOptimum(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 7, 6, seed % 3 == 0, true);
    Eligibility el = Eligibility.of(p);
    Score optimum = optimum(el);
    for (String scale : new String[] {"1", "7"}) {
      BoundedMatching r = Bounds.search(el, MatchOptions.builder().setting("lagrangian.scale", scale).build());
      Bound b = r.bound();
      assertThat(b.score().hard()).as("hard").isEqualTo(optimum.hard());
      assertThat(b.score().medium()).as("medium").isEqualTo(optimum.medium());
      assertThat(b.score().soft()).as("soft, scale " + scale).isGreaterThanOrEqualTo(optimum.soft());
      // the matching met on the way is real, scored right, and never above the optimum
      assertThat(Evaluator.evaluate(el, r.matching()).score()).isEqualTo(r.score());
      assertThat(r.score().compareTo(optimum)).isLessThanOrEqualTo(0);
    }
  }

  @Property(tries = 150)
  void theBoundIsTheOptimumWithoutSpread(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 7, 6, seed % 3 == 0, false);
    Eligibility el = Eligibility.of(p);
    Score optimum = optimum(el);
    BoundedMatching r = Bounds.search(el, MatchOptions.DEFAULTS);
    assertThat(r.bound().score()).isEqualTo(optimum);
    assertThat(r.bound().method()).isEqualTo(Bound.Method.EXACT);
    assertThat(r.score()).isEqualTo(optimum);
    assertThat(r.bound().gap(optimum)).hasValue(0.0);
  }

  /** The problem of {@code seed} with a target on some topics and a topic-target weight (a bonus over several pairs). */
  private static MatchingProblem withTopicTargets(long seed, boolean spread) {
    MatchingProblem p = TinyProblems.random(seed, 7, 6, seed % 3 == 0, spread);
    java.util.Random rnd = new java.util.Random(seed);
    MatchingProblem.Builder b = p.toBuilder();
    for (var c : p.competences()) {
      if (rnd.nextBoolean()) {
        b.topicTarget(c.id(), 1 + rnd.nextInt(3));
      }
    }
    var w = p.policy().weights().withTopicTargetWeight(1 + rnd.nextInt(80));
    return b.policy(p.policy().withWeights(w)).build();
  }

  @Property(tries = 120)
  void theBoundCoversTheTopicTargetBonus(@ForAll long seed) {
    Eligibility el = Eligibility.of(withTopicTargets(seed, seed % 2 == 0));
    Score optimum = optimum(el);
    BoundedMatching r = Bounds.search(el, MatchOptions.DEFAULTS);
    assertThat(r.bound().score().compareTo(optimum)).isGreaterThanOrEqualTo(0);
    assertThat(r.bound().score().medium()).isEqualTo(optimum.medium());
    assertThat(Evaluator.evaluate(el, r.matching()).score()).isEqualTo(r.score());
    assertThat(Bounds.trivial(el).compareTo(optimum)).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 60)
  void aCancelledSearchStillReturnsAValidBoundAndAFeasibleMatching(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 7, 6, seed % 2 == 0, true);
    Eligibility el = Eligibility.of(p);
    Cancellation cancelled = Cancellation.create();
    cancelled.cancel();
    BoundedMatching r = Bounds.search(el, MatchOptions.builder().cancellation(cancelled).build());
    // the first solve always runs; on a problem this small it ends before its first poll, so its
    // bound is proven from that one solve, else the bound is the trivial one
    assertThat(r.bound().iterations()).isLessThanOrEqualTo(1);
    if (r.bound().iterations() == 0) {
      assertThat(r.bound().method()).isEqualTo(Bound.Method.TRIVIAL);
    }
    assertThat(r.bound().score().compareTo(optimum(el))).isGreaterThanOrEqualTo(0);
    assertThat(Evaluator.evaluate(el, r.matching()).score()).isEqualTo(r.score());
    assertThat(r.stoppedEarly()).isEqualTo(!r.bound().isMetBy(r.score()));
  }

  @Property(tries = 100)
  void theTrivialBoundIsNeverBelowTheOptimum(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 7, 6, seed % 2 == 0, seed % 4 < 2);
    Eligibility el = Eligibility.of(p);
    assertThat(Bounds.trivial(el).compareTo(optimum(el))).isGreaterThanOrEqualTo(0);
  }
}
