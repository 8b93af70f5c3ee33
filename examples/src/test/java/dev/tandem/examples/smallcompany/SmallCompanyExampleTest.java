package dev.tandem.examples.smallcompany;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.examples.ExampleContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SmallCompanyExampleTest {
  private static String out;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SmallCompanyExample().run(ExampleContext.small(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    out = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void suggestsWhomToApproachFromTheSkillsInventoryAndTheRules() {
    // Mehmet (e08) knows genai and reports three steps below the director, so he may mentor her;
    // Bernd (e02) is his manager's manager and is therefore not among the mentees he could serve.
    assertThat(out).contains("Mehmet Yilmaz (e08)      could mentor Katrin Holz (e01), Uwe Brandt (e04)");
    assertThat(out).doesNotContain("Mehmet Yilmaz (e08)      could mentor Katrin Holz (e01), Bernd Maier (e02)");
    assertThat(out).contains("management approaches Mehmet Yilmaz (e08) for genai",
        "management approaches Lisa Berger (e09) for social-media",
        "management approaches Paul Wagner (e18) for online-shop");
  }

  @Test
  void theCycleRefusesMatchingWithoutTheCharterThenRunsToTheReport() {
    assertThat(out).contains("refused: cannot start matching in phase FRAMEWORK", "charterAccepted");
    assertThat(out).contains("review: draft by exact", "published:");
    assertThat(out).containsPattern("Katrin Holz \\(e01\\)\\s+<- \\S+ \\S+ \\(e\\d\\d\\)\\n\\s+why: genai");
    assertThat(out).contains("participation: 4 mentees, 4 mentors (3 approached directly), 4 pairs, 0 ended early");
    assertThat(out).contains("sessions: 24 planned, 23 held, 1 cancelled; feedback: 7 of 8 received");
  }

  @Test
  void missingFeedbackIsListedNotInvented() {
    assertThat(out).containsPattern("still missing: the mentor side of \\S+ \\S+ \\(e\\d\\d\\)");
    assertThat(out).contains("missing feedback: [");
    assertThat(out).contains("its history (4 pairs with ratings)");
  }

  @Test
  void aJointKickOffThenHealthChecksThePace() {
    assertThat(out).contains("2026-03-02, 7 people; agenda: why reverse mentoring: the director goes first;");
    assertThat(out).containsPattern("\\S+ \\S+ \\(e\\d\\d\\)\\s+missed it: starts anyway, goal to follow");
    assertThat(out).containsPattern("\\S+ \\S+ \\(e\\d\\d\\)\\s+set its goal at the first session");
    assertThat(out).contains("fit after the first session: 8 answers, 0 re-match proposals");
    // due by week 7: weeks 2, 4 and 6; the second pair cancelled week 6
    assertThat(out).contains("health on 2026-04-20: needs attention");
    assertThat(out).containsPattern("behind the cadence: \\S+ \\S+ \\(e\\d\\d\\) and \\S+ \\S+ \\(e\\d\\d\\), 2 of 3 sessions due held");
    assertThat(out).doesNotContain("still without kick-off", "no session for");
  }
}
