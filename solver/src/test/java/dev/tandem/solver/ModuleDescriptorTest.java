package dev.tandem.solver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.core.testing.ModuleDescriptors;
import dev.tandem.solver.domain.MentoringPlan;
import dev.tandem.solver.score.MentoringConstraintProvider;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins solver's {@code module-info.java}: the exported packages are exactly the API list of
 * docs/architecture.md, the constraint provider stays internal, OptaPlanner (and only OptaPlanner)
 * may reflect on the planning model and the constraints, and {@code optaplanner} is registered the
 * same way on the module path and the class path.
 */
class ModuleDescriptorTest {
  private static final Set<String> API = Set.of(
      "dev.tandem.solver",
      "dev.tandem.solver.domain",
      "dev.tandem.solver.explain",
      "dev.tandem.solver.rematch");
  private static final Set<String> INTERNAL = Set.of("dev.tandem.solver.score");
  private static final String OPTAPLANNER = "org.optaplanner.core.impl";

  private final ModuleDescriptor descriptor = ModuleDescriptors.of(OptaPlannerStrategy.class);

  @Test
  void exportsExactlyTheApiPackagesAndEveryPackageIsDecided() {
    assertThat(descriptor.name()).isEqualTo("dev.tandem.solver");
    assertThat(ModuleDescriptors.exports(descriptor)).containsExactlyInAnyOrderElementsOf(API);
    assertThat(ModuleDescriptors.qualifiedExports(descriptor)).isEmpty();
    assertThat(ModuleDescriptors.packages(descriptor)).containsExactlyInAnyOrderElementsOf(
        com.google.common.collect.Sets.union(API, INTERNAL));
  }

  @Test
  void everyPackageHasAPackageInfo() {
    assertThat(ModuleDescriptors.packagesWithoutPackageInfo(descriptor, Path.of("src/main/java"))).isEmpty();
  }

  @Test
  void onlyOptaPlannerReflectsOnThePlanningModelAndTheConstraints() {
    assertThat(descriptor.isOpen()).isFalse();
    assertThat(ModuleDescriptors.opens(descriptor)).isEqualTo(Map.of(
        "dev.tandem.solver.domain", Set.of(OPTAPLANNER),
        "dev.tandem.solver.score", Set.of(OPTAPLANNER)));
  }

  @Test
  void requiresCoreOptaPlannerAndTheSlf4jApi() {
    assertThat(ModuleDescriptors.requires(descriptor)).isEqualTo(Map.of(
        "java.base", false,
        "dev.tandem.core", true,
        OPTAPLANNER, true,
        "org.optaplanner.constraint.streams.bavet", false,
        "org.slf4j", false));
  }

  @Test
  void optaplannerIsRegisteredTheSameWayOnTheModulePathAndTheClassPath() {
    assertThat(descriptor.uses()).isEmpty();
    assertThat(ModuleDescriptors.provides(descriptor, MatchingStrategy.class))
        .containsExactly(OptaPlannerStrategy.class.getName())
        .containsExactlyElementsOf(ModuleDescriptors.servicesFile(ModuleDescriptors.referenceOf(OptaPlannerStrategy.class),
            MatchingStrategy.class));
  }

  /** solver's tests run on the module path (except the class-path group); this fails if they silently stop. */
  @Test
  void theTestsRunInTheNamedModuleWithTheDeclaredAccess() {
    Module solver = OptaPlannerStrategy.class.getModule();
    assertThat(solver.getName()).isEqualTo("dev.tandem.solver");
    Module optaplanner = ModuleLayer.boot().findModule(OPTAPLANNER).orElseThrow();
    assertThat(solver.isExported("dev.tandem.solver.domain")).isTrue();
    assertThat(solver.isExported(MentoringConstraintProvider.class.getPackageName())).isFalse();
    assertThat(solver.isOpen(MentoringPlan.class.getPackageName(), optaplanner)).isTrue();
    assertThat(solver.isOpen(MentoringConstraintProvider.class.getPackageName(), optaplanner)).isTrue();
    assertThat(StrategyRegistry.standard().get(OptaPlannerStrategy.NAME)).isInstanceOf(OptaPlannerStrategy.class);
  }
}
