package dev.tandem.solver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.bound.Bound;
import dev.tandem.core.bound.Bounds;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.Progress;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.core.testing.RandomProblems;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** {@code optaplanner} with the proven bound: warm start, stop at the bound, progress with the bound. */
class OptaPlannerBoundTest {
  private final MatchingStrategy strategy = StrategyRegistry.standard().get(OptaPlannerStrategy.NAME);

  @Test
  void withoutSpreadItStopsAtOnceWithExactsOptimum() {
    MatchingProblem p = RandomProblems.generate(3, RandomProblems.Shape.large(150));
    p = p.toBuilder().policy(p.policy().withWeights(p.policy().weights().withDepartmentSpreadWeight(0))).build();
    Eligibility el = Eligibility.of(p);
    List<Progress> reports = new CopyOnWriteArrayList<>();
    long start = System.nanoTime();
    Matching m = strategy.match(el, MatchOptions.builder().timeLimit(Duration.ofSeconds(60)).progress(reports::add).build());
    long millis = (System.nanoTime() - start) / 1_000_000;
    Score exact = Evaluator.evaluate(el, StrategyRegistry.standard().get("exact").match(el, MatchOptions.DEFAULTS)).score();
    assertThat(Evaluator.evaluate(el, m).score()).isEqualTo(exact);
    assertThat(millis).as("returns at once, long before the 60 s limit").isLessThan(20_000);
    assertThat(reports).isNotEmpty().allSatisfy(r -> assertThat(r.bound()).hasValue(exact));
  }

  @Test
  void withSpreadEveryReportCarriesABoundAtOrAboveItsScore() {
    MatchingProblem p = RandomProblems.generate(5, RandomProblems.Shape.large(120));
    Eligibility el = Eligibility.of(p);
    List<Progress> reports = new CopyOnWriteArrayList<>();
    // an iteration limit (not the clock) ends the warm start, so the lagrangian run below is the same one
    MatchOptions options = MatchOptions.builder().timeLimit(Duration.ofSeconds(120)).setting("lagrangian.maxIterations", "6")
        .setting("unimprovedTime", "PT1S").progress(reports::add).build();
    Matching m = strategy.match(el, options);
    Score score = Evaluator.evaluate(el, m).score();
    Score lagrangian = Evaluator.evaluate(el, StrategyRegistry.standard().get("lagrangian")
        .match(el, options.toBuilder().progress(ignored -> { }).build())).score();
    assertThat(score).isGreaterThanOrEqualTo(lagrangian);
    assertThat(reports).isNotEmpty();
    for (Progress r : reports) {
      assertThat(r.bound()).isPresent();
      assertThat(r.bound().get()).isGreaterThanOrEqualTo(r.bestScore());
    }
    assertThat(reports.get(reports.size() - 1).bestScore()).isEqualTo(score);
  }

  @Property(tries = 40)
  void theBoundIsNeverBelowTheScoreOfAnyStrategyOptaplannerIncluded(@ForAll long seed) {
    MatchingProblem p = RandomProblems.generate(seed);
    Eligibility el = Eligibility.of(p);
    Bound bound = Bounds.bound(el, MatchOptions.DEFAULTS);
    StrategyRegistry registry = StrategyRegistry.standard();
    assertThat(registry.names()).contains("optaplanner", "lagrangian");
    for (String name : registry.names()) {
      MatchOptions options = MatchOptions.builder().seed(seed).setting("stepCountLimit", "200")
          .setting("unimprovedTime", "PT0.2S").build();
      Score score = Evaluator.evaluate(el, registry.get(name).match(el, name.equals("optaplanner") ? options : MatchOptions.DEFAULTS)).score();
      assertThat(bound.score()).as(name + ": " + score + " vs " + bound).isGreaterThanOrEqualTo(score);
    }
  }
}
