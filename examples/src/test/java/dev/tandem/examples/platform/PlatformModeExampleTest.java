package dev.tandem.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.examples.ExampleContext;
import dev.tandem.examples.Examples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlatformModeExampleTest {
  private static String out;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new PlatformModeExample().run(ExampleContext.small(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    out = bytes.toString(StandardCharsets.UTF_8);
  }

  private static Matcher find(String regex) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(out);
    assertThat(m.find()).as("%s in%n%s", regex, out).isTrue();
    return m;
  }

  @Test
  void isRegisteredUnderItsName() {
    assertThat(Examples.find("platform-mode")).containsInstanceOf(PlatformModeExample.class);
  }

  @Test
  void executivesSeeSuggestionsWithTheWhyAndRequest() {
    assertThat(out).containsPattern("\\(priority \\d\\) sees on 2026-02-\\d\\d:\\n\\s+\\S+ \\([a-z-]+, L\\d\\)\\s+\\S+ \\dx\\d.*; score \\d+ = topic");
    Matcher r = find("requests: (\\d+) made, (\\d+) accepted, (\\d+) declined, (\\d+) expired unanswered");
    int made = Integer.parseInt(r.group(1));
    int accepted = Integer.parseInt(r.group(2));
    int declined = Integer.parseInt(r.group(3));
    int expired = Integer.parseInt(r.group(4));
    assertThat(accepted).isPositive();
    assertThat(declined).isPositive();
    assertThat(expired).isPositive();
    assertThat(accepted + declined + expired).isEqualTo(made);
  }

  @Test
  void theOptimiserKeepsAcceptedPairsAvoidsDeclinedOnesAndMatchesTheRest() {
    Matcher r = find("requests: \\d+ made, (\\d+) accepted, (\\d+) declined");
    Matcher d = find("draft keeps (\\d+) of (\\d+) accepted pairs and proposes (\\d+) of the (\\d+) declined ones");
    assertThat(d.group(1)).isEqualTo(r.group(1));
    assertThat(d.group(2)).isEqualTo(r.group(1));
    assertThat(d.group(3)).isEqualTo("0");
    assertThat(d.group(4)).isEqualTo(r.group(2));
    assertThat(Integer.parseInt(find("the optimiser matched (\\d+) more executives").group(1))).isPositive();
    assertThat(out).contains("published: ");
  }
}
