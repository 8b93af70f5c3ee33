package dev.tandem.examples.rematch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.examples.ExampleContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RematchExampleTest {
  private static String out;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new RematchExample().run(ExampleContext.small(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    out = bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> all(String regex) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(out);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void everyPairNotTouchedByTheChangeIsKept() {
    Matcher m = Pattern.compile("pairs kept unchanged: (\\d+) of (\\d+) not touched by the change").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    assertThat(m.group(1)).isEqualTo(m.group(2));
    assertThat(Integer.parseInt(m.group(2))).isPositive();
  }

  @Test
  void theAffectedMenteesAreExactlyTheLeaversMentees() {
    String leaver = all("^The change: mentor (\\S+) ").get(0);
    List<String> ended = all("^  ends: (\\S+) ");
    assertThat(ended).isNotEmpty();
    assertThat(out).contains("<- " + leaver);
    String affected = all("^  affected mentees: (.*)$").get(0);
    assertThat(List.of(affected.split(", "))).containsExactlyInAnyOrderElementsOf(ended);
  }

  @Test
  void eachAffectedMenteeGetsANewMentorOrAReason() {
    List<String> ended = all("^  ends: (\\S+) ");
    List<String> added = all("^  new:  (\\S+) ");
    List<String> without = all("^  no new mentor: (\\S+) ");
    assertThat(added.size() + without.size()).isEqualTo(ended.size());
    String leaver = all("^The change: mentor (\\S+) ").get(0);
    assertThat(all("^  new:  \\S+ \\([^)]*\\)\\s+<- (\\S+) ")).doesNotContain(leaver);
    assertThat(out).containsPattern("pairs ended: " + ended.size() + ", new pairs: " + added.size());
  }
}
