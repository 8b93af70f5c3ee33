package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@code exact} against every feasible matching of tiny random problems. */
class ExactBruteForceProperties {
  private final ExactStrategy exact = new ExactStrategy();

  @Property(tries = 150)
  void exactIsTheBestMatchingWithoutSpread(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 7, 6, seed % 3 == 0, false);
    Eligibility el = Eligibility.of(p);
    Score[] best = {null};
    BruteForce.forEach(el, a -> {
      Score s = Assignments.score(el, a);
      if (best[0] == null || s.compareTo(best[0]) > 0) {
        best[0] = s;
      }
    });
    for (String mode : new String[] {"combined:64", "combined:1", "combined:2", "lexicographic:1"}) {
      String[] parts = mode.split(":");
      Matching m = exact.match(el, MatchOptions.builder().setting(ExactStrategy.ARITHMETIC, parts[0])
          .setting(ExactStrategy.ROW_CACHE, parts[1]).build());
      assertThat(Evaluator.evaluate(el, m).score()).as(mode).isEqualTo(best[0]);
    }
  }

  @Property(tries = 100)
  void exactIsBestOnEveryTermButSpread(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 7, 6, seed % 2 == 0, true);
    Eligibility el = Eligibility.of(p);
    long[][] best = {null};
    BruteForce.forEach(el, a -> {
      long[] s = BruteForce.coveredTerms(el, a);
      if (best[0] == null || BruteForce.compare(s, best[0]) > 0) {
        best[0] = s;
      }
    });
    Matching m = exact.match(el, MatchOptions.DEFAULTS);
    assertThat(BruteForce.coveredTerms(el, el.assignmentOf(m))).containsExactly(best[0]);
    assertThat(Evaluator.evaluate(el, m).score().hard()).isZero();
  }

  @Property(tries = 60)
  void rowCacheAndArithmeticNeverChangeTheOptimum(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 60, 40, seed % 2 == 0, false);
    Eligibility el = Eligibility.of(p);
    Score reference = Evaluator.evaluate(el, exact.match(el, MatchOptions.builder()
        .setting(ExactStrategy.ARITHMETIC, "lexicographic").build())).score();
    for (String cache : new String[] {"1", "3", "64"}) {
      Matching m = exact.match(el, MatchOptions.builder().setting(ExactStrategy.ARITHMETIC, "combined")
          .setting(ExactStrategy.ROW_CACHE, cache).build());
      assertThat(Evaluator.evaluate(el, m).score()).as("cache " + cache).isEqualTo(reference);
    }
  }

  /**
   * exact's optimal objective (the terms of its model, spread left out) is never below any
   * matching's score while every other term is in its model.
   */
  @Property(tries = 80)
  void exactsObjectiveIsNeverBelowAnyMatching(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 6, 5, seed % 2 == 0, seed % 3 != 0);
    Eligibility el = Eligibility.of(p);
    Score bound = exact.run(el, MatchOptions.DEFAULTS).objective();
    Score[] best = {null};
    BruteForce.forEach(el, a -> {
      Score s = Evaluator.evaluate(el, el.toMatching(a)).score();
      assertThat(s).isLessThanOrEqualTo(bound);
      if (best[0] == null || s.compareTo(best[0]) > 0) {
        best[0] = s;
      }
    });
    if (p.policy().weights().departmentSpreadWeight() == 0) {
      assertThat(bound).isEqualTo(best[0]);
    }
  }
}
