package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrategyRegistryTest {
  @Test
  void findsTheFiveCoreStrategiesByName() {
    StrategyRegistry registry = StrategyRegistry.standard();
    assertThat(registry.names()).contains("random", "greedy", "exact", "stable", "stable-mentor");
    assertThat(registry.get("exact")).isInstanceOf(ExactStrategy.class);
    assertThat(registry.get("stable")).isInstanceOf(StableStrategy.class);
    assertThat(registry.get("stable-mentor")).isInstanceOf(StableMentorStrategy.class);
    assertThat(registry.get("greedy")).isInstanceOf(GreedyStrategy.class);
    assertThat(registry.get("random")).isInstanceOf(RandomStrategy.class);
    for (String name : registry.names()) {
      assertThat(registry.get(name).name()).isEqualTo(name);
      assertThat(registry.get(name).description()).isNotBlank();
    }
  }
}
