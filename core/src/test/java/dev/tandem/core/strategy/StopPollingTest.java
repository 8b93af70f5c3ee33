package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.testing.RandomProblems;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The classical strategies poll their stop condition (cancellation and time limit) often enough:
 * stable once per mentee (mentor) while it sorts the preference lists, greedy and random every 256
 * mentees. Counted with a {@link Cancellation#when} condition, never timed; a strategy stopped at
 * once keeps the pins, stays feasible and says {@code stoppedEarly}.
 */
class StopPollingTest {
  private static final MatchingProblem PROBLEM = RandomProblems.generate(5, RandomProblems.Shape.large(600));
  private static final Eligibility EL = Eligibility.of(PROBLEM);

  /** Never cancels; counts the polls. */
  private static MatchOptions counting(AtomicInteger polls) {
    return MatchOptions.builder().cancellation(Cancellation.when(() -> {
      polls.incrementAndGet();
      return false;
    })).build();
  }

  @Test
  void stablePollsOncePerRowWhileItSortsThePreferences() {
    AtomicInteger menteeSide = new AtomicInteger();
    StrategyOutcome o = new StableStrategy().solve(EL, counting(menteeSide));
    assertThat(o.stoppedEarly()).isFalse();
    assertThat(menteeSide.get()).isGreaterThanOrEqualTo(EL.menteeCount());
    AtomicInteger mentorSide = new AtomicInteger();
    new StableMentorStrategy().solve(EL, counting(mentorSide));
    assertThat(mentorSide.get()).isGreaterThanOrEqualTo(EL.mentorCount());
  }

  @Test
  void greedyAndRandomPollEvery256Mentees() {
    AtomicInteger greedy = new AtomicInteger();
    new GreedyStrategy().solve(EL, counting(greedy));
    assertThat(greedy.get()).isGreaterThanOrEqualTo(EL.menteeCount() / 256);
    AtomicInteger random = new AtomicInteger();
    new RandomStrategy().solve(EL, counting(random));
    assertThat(random.get()).isGreaterThanOrEqualTo(EL.menteeCount() / 256 - 1);
  }

  @Test
  void aStrategyStoppedAtOnceKeepsThePinsAndSaysSo() {
    for (MatchingStrategy s : new MatchingStrategy[] {new StableStrategy(), new StableMentorStrategy(), new GreedyStrategy(), new RandomStrategy()}) {
      AtomicInteger polls = new AtomicInteger();
      BooleanSupplier always = () -> polls.incrementAndGet() > 0;
      StrategyOutcome o = s.solve(EL, MatchOptions.builder().cancellation(Cancellation.when(always)).build());
      assertThat(o.stoppedEarly()).as(s.name()).isTrue();
      assertThat(o.matching().pairs()).as(s.name()).containsAll(PROBLEM.pinnedPairs());
      assertThat(Evaluator.evaluate(EL, o.matching()).score().hard()).as(s.name()).isZero();
      assertThat(polls.get()).as(s.name()).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void aTimeLimitThatHasPassedStopsTheRun() {
    MatchOptions past = MatchOptions.builder().timeLimit(Duration.ofNanos(1)).build();
    BooleanSupplier stop = past.stopCondition(System.nanoTime() - 1_000_000);
    assertThat(stop.getAsBoolean()).isTrue();
    assertThat(MatchOptions.DEFAULTS.stopCondition(System.nanoTime() - 1_000_000_000_000L).getAsBoolean()).isFalse();
    assertThat(new StableStrategy().solve(EL, MatchOptions.builder().timeLimit(Duration.ZERO).build()).matching().pairs())
        .containsExactlyInAnyOrderElementsOf(PROBLEM.pinnedPairs());
  }
}
