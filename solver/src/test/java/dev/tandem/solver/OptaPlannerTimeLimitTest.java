package dev.tandem.solver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.Cancellation;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.Progress;
import dev.tandem.core.strategy.StrategyOutcome;
import dev.tandem.core.testing.RandomProblems;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@code optaplanner} stopped by a cancellation (the time limit's twin, without timing anything):
 * it returns a feasible matching that keeps the pins, never scores below the warm start it had
 * reported, says it was stopped early, and hands on the warm start's proven bound.
 */
class OptaPlannerTimeLimitTest {
  private final OptaPlannerStrategy strategy = new OptaPlannerStrategy();

  @Test
  void cancelledOnceTheWarmStartReportsItReturnsAtLeastThatStartAndSaysItStoppedEarly() {
    MatchingProblem p = RandomProblems.generate(5, RandomProblems.Shape.large(150));
    Eligibility el = Eligibility.of(p);
    Cancellation cancellation = Cancellation.create();
    List<Progress> reports = new CopyOnWriteArrayList<>();
    MatchOptions options = MatchOptions.builder().timeLimit(Duration.ofMinutes(10)).cancellation(cancellation)
        .progress(r -> {
          reports.add(r);
          cancellation.cancel(); // the first report is the warm start's first matching (exact's, repaired)
        }).build();
    StrategyOutcome o = strategy.solve(el, options);
    Score score = Evaluator.evaluate(el, o.matching()).score();
    assertThat(reports).isNotEmpty();
    assertThat(score.hard()).isZero();
    assertThat(score).as("never below the start it reported").isGreaterThanOrEqualTo(reports.get(0).bestScore());
    assertThat(o.bound()).isPresent();
    assertThat(o.bound().get()).isGreaterThanOrEqualTo(score);
    assertThat(o.stoppedEarly()).as("stopped before meeting bound %s with %s", o.bound().get(), score)
        .isEqualTo(o.bound().get().compareTo(score) > 0);
  }

  @Test
  void cancelledBeforeTheCallItStillReturnsAFeasibleMatchingWithThePinsNotProvenOptimal() {
    Cancellation cancelled = Cancellation.create();
    cancelled.cancel();
    int stopped = 0;
    for (long seed = 1; seed <= 12; seed++) {
      MatchingProblem p = RandomProblems.generate(seed);
      Eligibility el = Eligibility.of(p);
      for (MatchOptions options : List.of(MatchOptions.builder().cancellation(cancelled).build(),
          MatchOptions.builder().cancellation(cancelled).setting("warmStart", "greedy").build())) {
        StrategyOutcome o = strategy.solve(el, options);
        assertThat(o.matching().pairs()).as("seed %d", seed).containsAll(p.pinnedPairs());
        Score score = Evaluator.evaluate(el, o.matching()).score();
        assertThat(score.hard()).as("seed %d", seed).isZero();
        long s = seed;
        o.bound().ifPresent(b -> assertThat(b).as("seed %d", s).isGreaterThanOrEqualTo(score));
        stopped += o.stoppedEarly() ? 1 : 0;
      }
    }
    assertThat(stopped).as("runs that said they were stopped").isPositive();
  }

  @Test
  void withoutATimeLimitOrCancellationAStepBoundedRunIsNotStoppedEarly() {
    MatchingProblem p = RandomProblems.generate(7, RandomProblems.Shape.large(60));
    Eligibility el = Eligibility.of(p);
    StrategyOutcome o = strategy.solve(el, MatchOptions.builder().setting("stepCountLimit", "50").build());
    assertThat(o.stoppedEarly()).isFalse();
    assertThat(o.bound()).isPresent();
    assertThat(o.bound().get()).isGreaterThanOrEqualTo(Evaluator.evaluate(el, o.matching()).score());
  }
}
