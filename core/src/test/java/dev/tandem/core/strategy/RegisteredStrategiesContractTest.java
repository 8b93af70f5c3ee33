package dev.tandem.core.strategy;

import dev.tandem.core.testing.StrategyContract;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link StrategyContract} for every strategy core's registry holds (random, greedy, exact,
 * stable, stable-mentor, lagrangian, and any registered later): no list to keep up to date.
 */
class RegisteredStrategiesContractTest {
  @TestFactory
  Stream<DynamicContainer> everyRegisteredStrategyKeepsTheContract() {
    return StrategyContract.forEveryStrategyIn(StrategyRegistry.standard());
  }
}
