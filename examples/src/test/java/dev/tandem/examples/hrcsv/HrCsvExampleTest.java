package dev.tandem.examples.hrcsv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Policy;
import dev.tandem.examples.ExampleContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HrCsvExampleTest {
  private static String out;
  private static Path written;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new HrCsvExample().run(ExampleContext.small(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    out = bytes.toString(StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("written to (\\S+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    written = Path.of(m.group(1));
  }

  @AfterAll
  static void cleanUp() throws IOException {
    Files.deleteIfExists(written);
    Files.deleteIfExists(written.getParent());
  }

  @Test
  void theBundledExportIsValid() {
    MatchingProblem p = HrCsvExample.read(HrCsvExample.resource("employees.csv"), HrCsvExample.resource("mentees.csv"),
        HrCsvExample.resource("mentors.csv"), HrCsvExample.resource("competences.csv"), Policy.DEFAULT);
    assertThat(p.employees()).hasSize(51);
    assertThat(p.mentees()).hasSize(10);
    assertThat(p.mentors()).hasSize(14);
  }

  @Test
  void aFaultyExportIsReportedByFileRowAndColumn() {
    assertThat(out).contains(
        "mentees.csv, row 4, column topics: \"data3\" is not competence:weight",
        "mentees.csv, row 5, column priority: \"high\" is not an integer",
        "mentees.csv, row 12, column employee: unknown employee \"P-099\"");
  }

  @Test
  void theChiefExecutiveIsUnmatchedUnderTheDefaultRuleAndMatchedOnceHrNarrowsIt() {
    assertThat(out).containsPattern("unmatched: P-001 \\(Board, L6\\)\\s+priority 3  NO_ELIGIBLE_MENTOR .*REPORTING_LINE 14");
    assertThat(out).containsPattern("(?m)^  P-001 \\(Board, L6\\)\\s+<- P-\\d{3} ");
    assertThat(out).contains("10 pairs, score 0hard/0medium/");
  }

  @Test
  void theWrittenCsvIsThePrintedOneAndNeutralisesFormulaPrefixes() throws IOException {
    List<String> lines = Files.readAllLines(written, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(
        "status,mentee,mentee_name,mentee_department,mentor,mentor_name,mentor_department,pair_score,pinned,shared_topics,reason");
    assertThat(lines).hasSize(11);
    for (String line : lines) {
      assertThat(out).contains("  " + line + "\n");
    }
    assertThat(String.join("\n", lines)).contains(",'@max.power,").doesNotContain(",@max.power,");
  }
}
