package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.testing.ModuleDescriptors;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins io's {@code module-info.java}: one exported package, the document records open to Jackson
 * databind alone, and the JSON Schemas readable by anyone, also when io is a named module.
 */
class ModuleDescriptorTest {
  private static final String DATABIND = "com.fasterxml.jackson.databind";

  private final ModuleDescriptor descriptor = ModuleDescriptors.of(ProblemFiles.class);

  @Test
  void exportsExactlyTheApiPackageAndEveryPackageIsDecided() {
    assertThat(descriptor.name()).isEqualTo("dev.tandem.io");
    assertThat(ModuleDescriptors.exports(descriptor)).containsExactly("dev.tandem.io");
    assertThat(ModuleDescriptors.qualifiedExports(descriptor)).isEmpty();
    assertThat(ModuleDescriptors.packages(descriptor)).containsExactly("dev.tandem.io", "dev.tandem.io.schema");
  }

  @Test
  void everyPackageHasAPackageInfo() {
    assertThat(ModuleDescriptors.packagesWithoutPackageInfo(descriptor, Path.of("src/main/java"))).isEmpty();
  }

  @Test
  void theRecordsAreOpenToJacksonAndTheSchemasToEveryone() {
    assertThat(descriptor.isOpen()).isFalse();
    assertThat(ModuleDescriptors.opens(descriptor)).isEqualTo(Map.of(
        "dev.tandem.io", Set.of(DATABIND),
        "dev.tandem.io.schema", Set.of()));
  }

  @Test
  void requiresCoreJacksonDatabindAndCommonsCsv() {
    assertThat(ModuleDescriptors.requires(descriptor)).isEqualTo(Map.of(
        "java.base", false,
        "dev.tandem.core", true,
        DATABIND, false,
        "org.apache.commons.csv", false));
  }

  /** io's tests run on the module path; this fails if they silently stop doing so. */
  @Test
  void theTestsRunInTheNamedModule() {
    Module io = ProblemFiles.class.getModule();
    assertThat(io.getName()).isEqualTo("dev.tandem.io");
    assertThat(io.isOpen("dev.tandem.io", ModuleLayer.boot().findModule(DATABIND).orElseThrow())).isTrue();
    assertThat(io.isOpen("dev.tandem.io.schema")).isTrue();
  }

  /** A resource of a named module's package is found by other modules only when the package is open. */
  @ParameterizedTest
  @ValueSource(strings = {"tandem-problem-1", "tandem-result-1", "tandem-programme-1"})
  void everySchemaLoadsFromTheModuleAndThroughAnyClassLoader(String name) throws IOException {
    String path = "dev/tandem/io/schema/" + name + ".schema.json";
    try (InputStream fromModule = ProblemFiles.class.getModule().getResourceAsStream(path);
        InputStream fromLoader = ClassLoader.getSystemClassLoader().getResourceAsStream(path)) {
      assertThat(fromModule).isNotNull();
      assertThat(fromLoader).isNotNull();
      assertThat(new String(fromLoader.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"$id\": \"urn:tandem:schema:" + name + "\"");
    }
  }
}
