package dev.tandem.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of core point one way: {@code rules} reads {@code model}, never the other
 * way round. Read from the sources (the test runs in the module directory).
 */
class PackageDependencyTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/tandem/core");

  @Test
  void modelImportsNothingOfTheOtherCorePackages() throws IOException {
    assertThat(importsOf("model", "dev.tandem.core.")).allMatch(line -> line.startsWith("import dev.tandem.core.model."));
  }

  @Test
  void rulesDoNotImportEvaluationStrategiesOrCycles() throws IOException {
    assertThat(importsOf("rules", "dev.tandem.core."))
        .isNotEmpty()
        .allMatch(line -> line.startsWith("import dev.tandem.core.model.") || line.startsWith("import dev.tandem.core.rules."));
  }

  private static List<String> importsOf(String pkg, String prefix) throws IOException {
    assertThat(SOURCES.resolve(pkg)).isDirectory();
    try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
      return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
        try {
          return Files.readAllLines(f).stream();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).map(String::strip).filter(l -> l.startsWith("import " + prefix) || l.startsWith("import static " + prefix)).toList();
    }
  }
}
