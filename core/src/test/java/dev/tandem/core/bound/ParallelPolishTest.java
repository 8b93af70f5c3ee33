package dev.tandem.core.bound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.StrategyOutcome;
import dev.tandem.core.testing.RandomProblems;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The second thread of a timed search: what it returns, and that it always ends. */
class ParallelPolishTest {
  private static final MatchingProblem PROBLEM = spread(RandomProblems.generate(7, new RandomProblems.Shape(90, 60, 6, 6, false, false)));

  private static MatchingProblem spread(MatchingProblem p) {
    return p.toBuilder().policy(p.policy().withWeights(p.policy().weights().withDepartmentSpreadWeight(20))).build();
  }

  @Test
  void itReturnsTheDeepRepairOfTheLastMatchingHandedOver() {
    Eligibility el = Eligibility.of(PROBLEM);
    Links links = Links.of(el);
    int[] order = LagrangianSearch.orderFor(el.menteeCount(), 5);
    int[] first = el.assignmentOf(RandomProblems.feasibleMatching(el, new Random(1)));
    int[] last = el.assignmentOf(RandomProblems.feasibleMatching(el, new Random(2)));
    ParallelPolish.Result r;
    try (ParallelPolish polish = new ParallelPolish(el, links, order, () -> false)) {
      polish.offer(first, Evaluator.evaluate(el, el.toMatching(first)).score());
      polish.offer(last, Evaluator.evaluate(el, el.toMatching(last)).score());
      r = polish.finish();
    }
    // the same repair on this thread, from whichever of the two the worker took up last
    LocalRepair fromLast = new LocalRepair(el, links, last, order);
    fromLast.improveDeep(() -> false, () -> false);
    Score after = Evaluator.evaluate(el, el.toMatching(r.mentorOf())).score();
    assertThat(r.score()).isEqualTo(after);
    assertThat(after.compareTo(fromLast.score())).isGreaterThanOrEqualTo(0);
    assertThat(after.compareTo(Evaluator.evaluate(el, el.toMatching(last)).score())).isPositive();
  }

  @Test
  void withNothingHandedOverItEndsWithNothing() {
    Eligibility el = Eligibility.of(PROBLEM);
    try (ParallelPolish polish = new ParallelPolish(el, Links.of(el), LagrangianSearch.orderFor(el.menteeCount(), 1), () -> false)) {
      assertThat(polish.finish()).isNull();
    }
  }

  @Test
  void closingStopsAWorkerWhoseStopConditionNeverAnswers() throws Exception {
    Eligibility el = Eligibility.of(PROBLEM);
    ParallelPolish polish = new ParallelPolish(el, Links.of(el), LagrangianSearch.orderFor(el.menteeCount(), 1), () -> false);
    polish.close();
    Thread worker = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("tandem-polish") && t.isAlive())
        .findAny().orElse(null);
    assertThat(worker).as("no polish thread left alive").isNull();
  }

  /** With a time limit the strategy runs the polish beside the search: feasible, bounded, scored. */
  @Test
  void aTimedSearchReturnsAFeasibleMatchingWithinItsBound() {
    Eligibility el = Eligibility.of(PROBLEM);
    StrategyOutcome out = new LagrangianStrategy().solve(el, MatchOptions.builder().timeLimit(Duration.ofSeconds(2)).build());
    Score score = Evaluator.evaluate(el, out.matching()).score();
    assertThat(score.hard()).isZero();
    assertThat(out.bound().orElseThrow().compareTo(score)).isGreaterThanOrEqualTo(0);
    Score exact = Evaluator.evaluate(el, new dev.tandem.core.strategy.ExactStrategy().match(el, MatchOptions.DEFAULTS)).score();
    assertThat(score.compareTo(exact)).isGreaterThanOrEqualTo(0);
  }
}
