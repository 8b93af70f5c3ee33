package dev.tandem.solver;

import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.core.testing.StrategyContract;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link StrategyContract} for every strategy on the solver's class path: core's, optaplanner and
 * the test-only first-fit warm start. Optaplanner runs step-bounded (and so reproducibly, see
 * {@link SolverSettings}) on fewer problems, to keep the run short.
 */
class SolverStrategiesContractTest {
  @TestFactory
  Stream<DynamicContainer> everyRegisteredStrategyKeepsTheContract() {
    return StrategyContract.forEveryStrategyIn(StrategyRegistry.standard(), s -> !s.name().equals(OptaPlannerStrategy.NAME)
        ? StrategyContract.of(s) : new StrategyContract() {
          @Override
          protected MatchingStrategy strategy() {
            return s;
          }

          @Override
          protected long[] seeds() {
            return new long[] {11, 12, 13, 14, 15, 16};
          }

          @Override
          protected MatchOptions options(long seed) {
            return MatchOptions.builder().seed(seed).setting("stepCountLimit", "60").setting("acceptedCountLimit", "20").build();
          }
        });
  }
}
