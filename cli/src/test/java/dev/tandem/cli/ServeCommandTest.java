package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The serve command's usage (starting it for real is covered by the server module's LauncherTest). */
class ServeCommandTest {
  @Test
  void helpNamesEveryOption() {
    CliRun r = CliRun.of("serve", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--port", "--data", "--db", "--demo", "--public-url");
  }

  @Test
  void dataAndDbTogetherIsWrongUsage() {
    CliRun r = CliRun.of("serve", "--data", "x", "--db", "jdbc:postgresql://localhost/x");
    assertThat(r.exit()).isEqualTo(Tandem.USAGE);
    assertThat(r.err()).contains("mutually exclusive");
    assertThat(r.clean()).isTrue();
  }

  @Test
  void anUnreachableDatabaseIsOneLineNotAStackTrace() {
    CliRun r = CliRun.of("serve", "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/none");
    assertThat(r.exit()).isEqualTo(Tandem.INVALID);
    assertThat(r.err()).startsWith("tandem: ");
    assertThat(r.clean()).isTrue();
  }
}
