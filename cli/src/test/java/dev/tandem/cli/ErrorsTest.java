package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An {@link Error} ends a command with exit code 1 and a readable message, never a stack trace; for
 * running out of memory the message says what ran out, what the command was working on and how to
 * give Java more memory.
 */
class ErrorsTest {
  @Test
  void outOfMemorySaysWhatRanOutTheProblemSizeAndHowToGiveMoreMemory() {
    List<String> lines = Tandem.errorLines(new OutOfMemoryError("Java heap space"),
        Optional.of("running strategy exact on problem \"XL-spread\" from xl.json: 100,000 employees, 10,000 mentees,"
            + " 20,000 mentors, 9,876,543 eligible pairs"),
        512L << 20, new String[] {"solve", "xl.json"});
    assertThat(lines).containsExactly(
        "tandem: out of memory (Java heap space; Java may use at most 512 MB) while running strategy exact on problem"
            + " \"XL-spread\" from xl.json: 100,000 employees, 10,000 mentees, 20,000 mentors, 9,876,543 eligible pairs",
        "tandem: give Java more memory and run it again, e.g. TANDEM_JAVA_OPTS=-Xmx2g ./tandem solve xl.json");
    // the suggestion doubles the limit, in whole gigabytes
    assertThat(Tandem.errorLines(new OutOfMemoryError(), Optional.empty(), 3L << 30, new String[] {"demo"}))
        .containsExactly("tandem: out of memory (Java heap space; Java may use at most 3,072 MB)",
            "tandem: give Java more memory and run it again, e.g. TANDEM_JAVA_OPTS=-Xmx6g ./tandem demo");
  }

  @Test
  void anyOtherErrorIsOneLineWithoutAStackTrace() {
    assertThat(Tandem.errorLines(new StackOverflowError(), Optional.of("reading x.json (12 KB)"), 1L << 30, new String[] {}))
        .containsExactly("tandem: internal error java.lang.StackOverflowError while reading x.json (12 KB)",
            "tandem: set TANDEM_DEBUG=1 to see the stack trace, and please report it");
  }

  /**
   * The real thing in a separate JVM with a 32 MB heap: generating a million employees runs out
   * of memory.
   */
  @Test
  void aJvmThatRunsOutOfMemoryExitsWithOneAndNoStackTrace() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-cp", System.getProperty("java.class.path"), Tandem.class.getName(),
        "generate", "--employees", "1000000", "--seed", "3"));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(1);
    assertThat(err).contains("tandem: out of memory (Java heap space", "Java may use at most",
        "while generating an organisation of 1,000,000 employees",
        "TANDEM_JAVA_OPTS=-Xmx2g ./tandem generate --employees 1000000 --seed 3");
    assertThat(err).doesNotContain("\tat ", "Exception in thread");
  }
}
