package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class PairingsCsvTest {
  private static final String FORMULA_START = "=+-@\t\r";

  static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
  }

  static MatchingProblem hostile() {
    return MatchingProblem.builder()
        .competence(dev.tandem.core.model.Competence.of("genai"))
        .employee(Employee.of("=HYPERLINK(\"http://x\")", "+IT", 8).withDisplayName("=cmd|' /C calc'!A0"))
        .employee(Employee.of("@dev", "-RISK", 1).withDisplayName("  -2+3"))
        .employee(Employee.of("\tceo", "\rBOARD", 7).withDisplayName("plain"))
        .mentee(Mentee.of("=HYPERLINK(\"http://x\")", 1, List.of(new TopicRequest("genai", 3))))
        .mentee(Mentee.of("\tceo", 1, List.of(new TopicRequest("genai", 1))))
        .mentor(Mentor.of("@dev", 1, List.of(new Proficiency("genai", 5))))
        .build();
  }

  @Test
  void noExportedCellStartsAFormulaAndNamesAppearOnlyWhenAskedFor() throws IOException {
    MatchingProblem p = hostile();
    Evaluation e = Evaluator.evaluate(p, Matching.of(p, List.of(Pair.of("=HYPERLINK(\"http://x\")", "@dev"))));
    String withNames = PairingsCsv.toCsv(p, e, true);
    List<CSVRecord> rows = parse(withNames);
    assertThat(rows.get(0).toList()).containsExactly("status", "mentee", "mentee_name", "mentee_department", "mentor",
        "mentor_name", "mentor_department", "pair_score", "pinned", "shared_topics", "reason");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).toList()).containsExactly("matched", "'=HYPERLINK(\"http://x\")", "'=cmd|' /C calc'!A0",
        "'+IT", "'@dev", "'  -2+3", "'-RISK", rows.get(1).get(7), "false", "genai", "");
    assertThat(rows.get(2).get(0)).isEqualTo("unmatched");
    assertThat(rows.get(2).get(1)).isEqualTo("'\tceo");
    assertThat(rows.get(2).get(3)).isEqualTo("'\rBOARD");
    assertThat(rows.get(2).get(10)).isEqualTo("CAPACITY_EXHAUSTED");
    for (CSVRecord r : rows) {
      for (String cell : r) {
        assertThat(cell.isEmpty() || FORMULA_START.indexOf(cell.stripLeading().isEmpty() ? 'x' : cell.stripLeading().charAt(0)) < 0)
            .as("cell %s", cell).isTrue();
      }
    }
    String withoutNames = PairingsCsv.toCsv(p, e, false);
    assertThat(parse(withoutNames).get(0).toList()).doesNotContain("mentee_name", "mentor_name");
    assertThat(withoutNames).doesNotContain("calc", "-2+3", "plain");
  }
}
