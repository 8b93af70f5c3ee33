package dev.tandem.examples.twocycles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.examples.ExampleContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TwoCyclesExampleTest {
  private static String out;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new TwoCyclesExample().run(ExampleContext.small(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    out = bytes.toString(StandardCharsets.UTF_8);
  }

  private static Matcher find(String regex) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(out);
    assertThat(m.find()).as("%s in%n%s", regex, out).isTrue();
    return m;
  }

  @Test
  void noPairOfTheFirstCycleIsFormedAgain() {
    int pairs2025 = Integer.parseInt(find("^  history: (\\d+) pairs of 2025").group(1));
    assertThat(pairs2025).isPositive();
    assertThat(find("the rules exclude (\\d+) pairs as repeats of 2025").group(1)).isEqualTo(String.valueOf(pairs2025));
    Matcher with = find("^  with the 2025 feedback\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)");
    assertThat(with.group(2)).isEqualTo("0");
  }

  @Test
  void ignoringTheHistoryWouldRepeatPairsAndUseFewerWellRatedMentors() {
    Matcher with = find("^  with the 2025 feedback\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)");
    Matcher without = find("^  ignoring it\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)");
    assertThat(Integer.parseInt(without.group(2))).isPositive();
    assertThat(Integer.parseInt(with.group(3))).isGreaterThanOrEqualTo(Integer.parseInt(without.group(3)));
    assertThat(Integer.parseInt(with.group(4))).isLessThanOrEqualTo(Integer.parseInt(without.group(4)));
  }

  @Test
  void ratingsShowInTheWhyLinesAndShortTopicsAreRecruitedFor() {
    assertThat(out).containsPattern("why: .*score \\d+ = topic \\d+.* [+-] rating \\d+");
    assertThat(out).containsPattern("was short: \\d+ pairs formed, \\d+ mentees unserved -> announced with a target of \\d+ pairs");
    assertThat(out).containsPattern("approached \\S+ \\([a-z-]+, L\\d\\), who could mentor \\d+ of the mentees asking");
    assertThat(out).contains("feedback: ", "2026 bonus of a mentor with this mean rating", "+20 per pair", "-20 per pair");
  }

  @Test
  void theCarryOverBringsTheWaitlistTheReturningMentorsAndTheLearnings() {
    int waiting = Integer.parseInt(find("^  waitlist: (\\d+) executives left unmatched, each enrolled in 2026 with priority \\+ 1").group(1));
    int raised = Integer.parseInt(find("^  (\\d+) of the waitlisted executives enrolled with a raised priority").group(1));
    assertThat(waiting).isPositive();
    assertThat(raised).isEqualTo(waiting);
    assertThat(Integer.parseInt(find("^  returning mentors: (\\d+) said they would take part again").group(1))).isPositive();
    assertThat(out).containsPattern("learnings on \\S+:\\s+\\d+, e\\.g\\. \"");
  }
}
