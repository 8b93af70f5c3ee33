package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.examples.Example;
import dev.tandem.examples.Examples;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo and every example run through the command line (small sizes, short time limits). */
class DemoCommandTest {
  static Stream<String> exampleNames() {
    return Examples.all().stream().map(Example::name);
  }

  @Test
  void demoRunsTheEnterpriseExample() {
    CliRun demo = CliRun.of("demo", "--small", "--time-limit", "1s");
    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("Tandem demo");
  }

  @Test
  void exampleWithoutANameListsThemAndAnUnknownNameIsWrongUsage() {
    CliRun list = CliRun.of("example");
    assertThat(list.exit()).isZero();
    exampleNames().forEach(name -> assertThat(list.out()).contains("  " + name + " "));
    CliRun unknown = CliRun.of("example", "nope");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown example 'nope'; known: enterprise");
  }

  @ParameterizedTest
  @MethodSource("exampleNames")
  void everyExampleRunsByName(String name) {
    CliRun run = CliRun.of("example", name, "--small", "--time-limit", "1s");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isNotBlank();
    assertThat(run.clean()).isTrue();
  }
}
