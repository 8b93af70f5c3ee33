package dev.tandem.solver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.ExactStrategy;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.core.testing.RandomProblems;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * A step-bounded {@code optaplanner} run reads no clock: no time limit, no unimproved time, a cap
 * on the moves of one step instead; and the same seed gives the same matching.
 */
class ReproducibleRunTest {
  private static MatchOptions stepBounded(long seed) {
    return MatchOptions.builder().seed(seed).setting("stepCountLimit", "100").setting("acceptedCountLimit", "50").build();
  }

  @Test
  void aStepLimitLeavesNoTerminationThatReadsTheClock() {
    SolverSettings s = SolverSettings.of(MatchOptions.builder().setting("stepCountLimit", "500").build());
    assertThat(s.timeLimit()).isEmpty();
    assertThat(s.unimprovedTime()).isEmpty();
    assertThat(s.clockFree()).isTrue();
    assertThat(s.stepMoveLimit()).hasValue(SolverSettings.DEFAULT_STEP_MOVE_LIMIT);
    SolverConfig config = OptaPlannerStrategy.config(s, s.timeLimit(), 7);
    TerminationConfig t = config.getTerminationConfig();
    assertThat(t.getSpentLimit()).isNull();
    assertThat(t.getUnimprovedSpentLimit()).isNull();
    assertThat(t.getMillisecondsSpentLimit()).isNull();
    LocalSearchPhaseConfig ls = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(config.getPhaseConfigList().size() - 1);
    assertThat(ls.getTerminationConfig().getStepCountLimit()).isEqualTo(500);
    assertThat(((UnionMoveSelectorConfig) ls.getMoveSelectorConfig()).getSelectedCountLimit()).isEqualTo(100_000L);
    assertThat(config.getEnvironmentMode().isReproducible()).isTrue();
  }

  @Test
  void theClockStillCountsWhenATimeLimitOrAnUnimprovedTimeIsGiven() {
    SolverSettings timed = SolverSettings.of(MatchOptions.builder().timeLimit(Duration.ofSeconds(3)).setting("stepCountLimit", "500").build());
    assertThat(timed.timeLimit()).contains(Duration.ofSeconds(3));
    assertThat(timed.clockFree()).isFalse();
    assertThat(timed.stepMoveLimit()).isEmpty();
    SolverSettings unimproved = SolverSettings.of(MatchOptions.builder().setting("stepCountLimit", "500").setting("unimprovedTime", "PT1S").build());
    assertThat(unimproved.clockFree()).isFalse();
    SolverSettings plain = SolverSettings.of(MatchOptions.DEFAULTS);
    assertThat(plain.timeLimit()).contains(SolverSettings.DEFAULT_TIME_LIMIT);
    assertThat(plain.unimprovedTime()).contains(SolverSettings.DEFAULT_UNIMPROVED_TIME);
    assertThat(OptaPlannerStrategy.config(plain, plain.timeLimit(), 1).getTerminationConfig().getSpentLimit())
        .isEqualTo(SolverSettings.DEFAULT_TIME_LIMIT);
  }

  @Test
  void theSameSeedGivesTheSameMatchingAndEveryRunEnds() {
    for (long seed = 1; seed <= 6; seed++) {
      // small problems too: a step stuck at a strict local optimum ends at the move cap, not by the clock
      MatchingProblem p = seed % 3 == 0 ? RandomProblems.generate(seed)
          : RandomProblems.generate(seed, RandomProblems.Shape.large(20 + (int) seed * 10));
      Eligibility el = Eligibility.of(p);
      OptaPlannerStrategy s = new OptaPlannerStrategy();
      Matching first = s.match(el, stepBounded(seed));
      Matching second = s.match(Eligibility.of(p), stepBounded(seed));
      assertThat(second).as("seed %d", seed).isEqualTo(first);
    }
  }

  @Test
  void optaplannerAcceptsTheKeysOfItsWarmStartsToo() {
    assertThat(new OptaPlannerStrategy().settingKeys()).containsAll(SolverSettings.KEYS)
        .contains(ExactStrategy.ARITHMETIC, ExactStrategy.ROW_CACHE, "lagrangian.scale")
        .containsAll(StrategyRegistry.standard().get("lagrangian").settingKeys());
  }
}
