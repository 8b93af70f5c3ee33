package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo and the examples run through the command line (small sizes, short time limits). */
class DemoCommandTest {
  @Test
  void exampleListsAndRunsExamplesAndDemoRuns() {
    CliRun list = CliRun.of("example");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains("enterprise");
    CliRun unknown = CliRun.of("example", "nope");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown example 'nope'; known: enterprise");
    CliRun demo = CliRun.of("demo", "--small", "--time-limit", "1s");
    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("Tandem demo");
    CliRun example = CliRun.of("example", "enterprise", "--small", "--time-limit", "1s");
    assertThat(example.exit()).as(example.err()).isZero();
    assertThat(example.out()).contains("Tandem demo");
  }
}
