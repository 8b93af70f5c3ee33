package dev.tandem.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.core.testing.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins core's {@code module-info.java}: the exported packages are exactly the API list of
 * docs/architecture.md, core requires nothing but {@code java.base} and Guava, and the strategies
 * are registered the same way on the module path ({@code provides}) and the class path
 * ({@code META-INF/services}).
 */
class ModuleDescriptorTest {
  private static final Set<String> API = Set.of(
      "dev.tandem.core.bound",
      "dev.tandem.core.cycle",
      "dev.tandem.core.evaluation",
      "dev.tandem.core.generator",
      "dev.tandem.core.model",
      "dev.tandem.core.rematch",
      "dev.tandem.core.rules",
      "dev.tandem.core.strategy");

  private final ModuleDescriptor descriptor = ModuleDescriptors.of(StrategyRegistry.class);

  @Test
  void exportsExactlyTheApiPackagesAndEveryPackageIsDecided() {
    assertThat(descriptor.name()).isEqualTo("dev.tandem.core");
    assertThat(ModuleDescriptors.exports(descriptor)).containsExactlyInAnyOrderElementsOf(API);
    assertThat(ModuleDescriptors.qualifiedExports(descriptor)).isEmpty();
    assertThat(ModuleDescriptors.opens(descriptor)).isEmpty();
    assertThat(descriptor.isOpen()).isFalse();
    // a new package fails here until module-info.java says whether it is API (exported) or internal
    assertThat(ModuleDescriptors.packages(descriptor)).containsExactlyInAnyOrderElementsOf(API);
  }

  @Test
  void everyPackageHasAPackageInfo() {
    assertThat(ModuleDescriptors.packagesWithoutPackageInfo(descriptor, Path.of("src/main/java"))).isEmpty();
  }

  @Test
  void requiresNothingButJavaBaseAndGuava() {
    assertThat(ModuleDescriptors.requires(descriptor))
        .isEqualTo(Map.of("java.base", false, "com.google.common", true));
  }

  @Test
  void theStrategiesAreTheSameOnTheModulePathAndTheClassPath() {
    assertThat(descriptor.uses()).containsExactly(MatchingStrategy.class.getName());
    assertThat(ModuleDescriptors.provides(descriptor, MatchingStrategy.class))
        .containsExactlyElementsOf(ModuleDescriptors.servicesFile(ModuleDescriptors.referenceOf(StrategyRegistry.class),
            MatchingStrategy.class))
        .hasSize(6);
    assertThat(descriptor.provides()).hasSize(1);
  }

  /** The build runs core's tests on the module path; this fails if it silently stops doing so. */
  @Test
  void theTestsRunInTheNamedModule() {
    Module module = StrategyRegistry.class.getModule();
    assertThat(module.isNamed()).isTrue();
    assertThat(module.getName()).isEqualTo("dev.tandem.core");
    assertThat(module.getDescriptor().exports()).isEqualTo(descriptor.exports());
    assertThat(StrategyRegistry.standard().names())
        .containsExactlyInAnyOrder("exact", "greedy", "lagrangian", "random", "stable", "stable-mentor");
  }
}
