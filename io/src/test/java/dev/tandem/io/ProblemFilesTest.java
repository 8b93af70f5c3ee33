package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemFilesTest {
  static MatchingProblem example() throws IOException {
    try (Reader in = new InputStreamReader(
        ProblemFilesTest.class.getResourceAsStream("/formats-example.json"), StandardCharsets.UTF_8)) {
      return ProblemFiles.read(in);
    }
  }

  static List<String> problemsOf(String json) {
    try {
      ProblemFiles.parse(json);
    } catch (ValidationException e) {
      return e.problems().stream().map(ValidationProblem::toString).toList();
    }
    throw new AssertionError("expected the file to be rejected: " + json);
  }

  private static final String MINIMAL_EMPLOYEES = "\"employees\": [{\"id\": \"a\", \"department\": \"X\", \"level\": 5},"
      + " {\"id\": \"b\", \"department\": \"Y\", \"level\": 1, \"manager\": \"a\"}]";

  @Test
  void readsTheFormatsExampleWithEveryKey() throws IOException {
    MatchingProblem p = example();
    assertThat(p.name()).isEqualTo("acme-2026");
    assertThat(p.competences().get(0).name()).isEqualTo("Generative AI");
    assertThat(p.employee("e1").manager()).isEmpty();
    assertThat(p.employee("e17").manager()).contains("e9");
    assertThat(p.mentees().get(0).priority()).isEqualTo(3);
    assertThat(p.mentees().get(0).ranking()).containsExactly("e17");
    assertThat(p.mentees().get(1).priority()).isEqualTo(1);
    assertThat(p.mentors().get(1).capacity()).isEqualTo(1);
    assertThat(p.history().get(0).rating()).isEqualTo(OptionalInt.of(4));
    assertThat(p.forbiddenPairs()).hasSize(1);
    assertThat(p.pinnedPairs().get(0).mentor()).isEqualTo("e6");
    assertThat(p.explicitScore(dev.tandem.core.model.Pair.of("e1", "e17")).getAsLong()).isEqualTo(120);
    assertThat(p.policy()).isEqualTo(Policy.DEFAULT);
  }

  @Test
  void absentOptionalKeysTakeTheirDefaults() {
    MatchingProblem p = ProblemFiles.parse("{\"format\": \"tandem-problem/1\", " + MINIMAL_EMPLOYEES
        + ", \"mentees\": [{\"employee\": \"a\"}], \"mentors\": [{\"employee\": \"b\"}],"
        + " \"policy\": {\"reportingLine\": \"ALLOW\", \"weights\": {\"topicWeight\": 3}}}");
    assertThat(p.name()).isEqualTo("problem");
    assertThat(p.mentees().get(0).priority()).isEqualTo(1);
    assertThat(p.mentees().get(0).topics()).isEmpty();
    assertThat(p.mentors().get(0).capacity()).isEqualTo(1);
    assertThat(p.mentors().get(0).nominated()).isFalse();
    assertThat(p.policy().reportingLine()).isEqualTo(ReportingLine.ALLOW);
    assertThat(p.policy().minLevelGap()).isEqualTo(1);
    assertThat(p.policy().weights().topicWeight()).isEqualTo(3);
    assertThat(p.policy().weights().crossDepartmentWeight()).isEqualTo(30);
  }

  @Test
  void reportsEveryParsingProblemAtOnceWithItsPath() {
    List<String> problems = problemsOf("{\"format\": \"tandem-problem/1\", \"nmae\": \"x\", " + MINIMAL_EMPLOYEES
        + ", \"mentees\": [{\"employee\": \"a\", \"priority\": \"high\", \"topcs\": []}],"
        + " \"mentors\": [{\"employee\": \"b\", \"capacity\": 1.5, \"competences\": [{\"competence\": \"x\"}]}],"
        + " \"policy\": {\"reportingLine\": \"NEVER\", \"weights\": {\"topicWeight\": true}}}");
    assertThat(problems).containsExactlyInAnyOrder(
        "$.nmae: unknown key \"nmae\" (known keys here: format, name, competences, employees, mentees, mentors, history, forbiddenPairs, pinnedPairs, pairScores, policy, topicTargets)",
        "$.mentees[0].topcs: unknown key \"topcs\" (known keys here: employee, priority, topics, ranking)",
        "$.mentees[0].priority: expected an integer, got a string (\"high\")",
        "$.mentors[0].capacity: expected an integer, got a number (1.5)",
        "$.mentors[0].competences[0].proficiency: missing required key",
        "$.policy.reportingLine: \"NEVER\" is not one of FORBID_CHAIN, FORBID_DIRECT, ALLOW",
        "$.policy.weights.topicWeight: expected an integer, got a boolean (true)");
  }

  @Test
  void reportsMissingRequiredKeys() {
    assertThat(problemsOf("{\"format\": \"tandem-problem/1\", \"mentees\": []}"))
        .containsExactly("$.employees: missing required key", "$.mentors: missing required key");
    assertThat(problemsOf("{\"employees\": [], \"mentees\": [], \"mentors\": []}"))
        .containsExactly("$.format: missing required key");
  }

  @Test
  void reportsTheModelsProblemsAsJsonPaths() {
    List<String> problems = problemsOf("{\"format\": \"tandem-problem/1\", \"competences\": [{\"id\": \"genai\"}], "
        + MINIMAL_EMPLOYEES
        + ", \"mentees\": [{\"employee\": \"a\", \"topics\": [{\"competence\": \"genai\", \"weight\": 7}]}],"
        + " \"mentors\": [{\"employee\": \"zz\", \"competences\": [{\"competence\": \"gnai\", \"proficiency\": 5}]}]}");
    assertThat(problems).containsExactlyInAnyOrder(
        "$.mentees[0].topics[0].weight: 7 is outside 1..3",
        "$.mentors[0].employee: unknown employee \"zz\"",
        "$.mentors[0].competences[0].competence: unknown competence \"gnai\"");
  }

  @Test
  void rejectsOtherFormatsSyntaxErrorsAndDuplicateKeys() {
    assertThat(problemsOf("{\"format\": \"tandem-problem/2\", " + MINIMAL_EMPLOYEES + ", \"mentees\": [], \"mentors\": []}"))
        .containsExactly("$.format: unsupported version \"tandem-problem/2\" (this version reads tandem-problem/1)");
    assertThat(problemsOf("{\"format\": \"tandem-result/1\", " + MINIMAL_EMPLOYEES + ", \"mentees\": [], \"mentors\": []}"))
        .containsExactly("$.format: this is a result file (tandem-result/1), not a problem file (tandem-problem/1)");
    assertThat(problemsOf("{\"format\": \"csv\", \"nmae\": 1}")).containsExactly("$.format: \"csv\" is not tandem-problem/1");
    assertThat(problemsOf("{\"format\": \"tandem-problem/1\",\n \"employees\": [}")).singleElement()
        .isEqualTo("$: not valid JSON at line 2, column 16: Unexpected close marker '}': expected ']'");
    assertThat(problemsOf("{\"format\": \"tandem-problem/1\", \"format\": \"x\"}")).singleElement()
        .asString().contains("Duplicate field 'format'");
    assertThat(problemsOf("[1, 2]")).containsExactly("$: expected an object, got an array");
    assertThat(problemsOf("")).singleElement().asString().contains("empty");
  }

  @Test
  void rejectsBlankIdsAndWrongNulls() {
    assertThat(problemsOf("{\"format\": \"tandem-problem/1\", \"employees\": [{\"id\": \" \", \"department\": \"X\", \"level\": null}],"
        + " \"mentees\": [], \"mentors\": null}")).containsExactlyInAnyOrder(
        "$.employees[0].id: must not be blank",
        "$.employees[0].level: expected an integer, got null",
        "$.mentors: expected an array, got null");
  }

  @Test
  void writesTheShapeOfFormatsMd() throws IOException {
    String json = ProblemFiles.toJson(example());
    assertThat(json).startsWith("{\n  \"format\": \"tandem-problem/1\",\n  \"name\": \"acme-2026\"");
    assertThat(json).contains("\"manager\": null");
    assertThat(json).contains("\"minLevelGap\": 1");
    assertThat(json).contains("\"reportingLine\": \"FORBID_CHAIN\"");
  }

  @Test
  void aFileWithAByteOrderMarkIsRead(@TempDir Path dir) throws IOException {
    String json = ProblemFiles.toJson(example());
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF" + json, StandardCharsets.UTF_8);
    assertThat(ProblemFiles.toJson(ProblemFiles.read(file))).isEqualTo(json);
    assertThat(FileFormats.formatOf(file)).contains(ProblemFiles.FORMAT);
    assertThat(ProblemFiles.toJson(ProblemFiles.parse("\uFEFF" + json))).isEqualTo(json);
  }

  @Test
  void aFileThatIsNotUtf8NamesTheFileAndTheEncoding(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.json");
    String text = ProblemFiles.toJson(example()).replace("Generative AI", "Intelligence g\u00e9n\u00e9rative");
    Files.write(latin1, text.getBytes(StandardCharsets.ISO_8859_1));
    long line = text.substring(0, text.indexOf('\u00e9')).chars().filter(c -> c == '\n').count() + 1;
    assertThatThrownBy(() -> ProblemFiles.read(latin1)).isInstanceOfSatisfying(NotUtf8Exception.class, e -> {
      assertThat(e.file()).isEqualTo(latin1);
      assertThat(e.getMessage()).isEqualTo(latin1 + ": not UTF-8 text: byte 0xE9 on line " + line + " is not valid UTF-8; the file"
          + " looks like Windows-1252 or ISO-8859-1 (Latin-1), as some spreadsheet programs save CSV. Save it as UTF-8");
    });
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, ("\uFEFF" + ProblemFiles.toJson(example())).getBytes(StandardCharsets.UTF_16BE));
    assertThatThrownBy(() -> ResultFiles.read(utf16)).isInstanceOf(NotUtf8Exception.class)
        .hasMessage(utf16 + ": the file is UTF-16BE (it starts with that byte-order mark), expected UTF-8");
  }
}
