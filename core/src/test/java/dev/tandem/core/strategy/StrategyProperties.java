package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rules.Eligibility;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The contract of every strategy on random problems, and exact against the others. */
class StrategyProperties {
  static final List<String> NAMES = List.of("random", "greedy", "exact", "stable", "stable-mentor");
  private final StrategyRegistry registry = StrategyRegistry.standard();

  @Property(tries = 60)
  void everyStrategyIsFeasibleKeepsPinsAndIsDeterministic(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int which) {
    MatchingProblem p = TinyProblems.random(seed, 30, 20, true, seed % 2 == 0);
    Eligibility el = Eligibility.of(p);
    MatchingStrategy s = registry.get(NAMES.get(which));
    MatchOptions options = MatchOptions.builder().seed(seed).build();
    Matching m = s.match(el, options);
    Evaluation ev = Evaluator.evaluate(el, m);
    assertThat(ev.score().hard()).isZero();
    assertThat(m.pairs()).containsAll(p.pinnedPairs());
    assertThat(s.match(Eligibility.of(p), options)).isEqualTo(m);
    // the score reported at the end is the evaluator's
    List<dev.tandem.core.strategy.Progress> reports = new java.util.ArrayList<>();
    s.match(el, options.toBuilder().progress(reports::add).build());
    assertThat(reports).isNotEmpty();
    assertThat(reports.get(reports.size() - 1).bestScore()).isEqualTo(ev.score());
    assertThat(reports.get(reports.size() - 1).strategy()).isEqualTo(s.name());
  }

  @Property(tries = 60)
  void exactIsNeverBeatenOnTheTermsItCovers(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 30, 20, seed % 3 == 0, seed % 2 == 0);
    Eligibility el = Eligibility.of(p);
    long[] exact = BruteForce.coveredTerms(el, el.assignmentOf(registry.get("exact").match(el, MatchOptions.DEFAULTS)));
    for (String name : NAMES) {
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
