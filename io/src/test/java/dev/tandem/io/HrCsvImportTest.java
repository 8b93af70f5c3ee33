package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HrCsvImportTest {
  static final String EMPLOYEES = "\uFEFFid,department,level,manager,name,skills\n"
      + "ceo,BOARD,8,,\"Doe, Jane\",\n"
      + "cio,IT,7,ceo,,cloud\n"
      + "dev1,IT,2,cio,Sam,genai;cloud\n"
      + "\n"
      + "risk1,RISK,1,ceo,,genai\n";
  static final String MENTEES = "employee,priority,topics\nceo,3,genai:3;cloud:1\ncio,,genai:2\n";
  static final String MENTORS = "Employee , Capacity,nominated,competences\ndev1,2,true,genai:5;cloud:4\nrisk1,,,genai:3\n";

  static List<String> problemsOf(HrCsvImport.Builder b) {
    try {
      b.read();
    } catch (ValidationException e) {
      return e.problems().stream().map(ValidationProblem::toString).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected the import to be rejected");
  }

  @Test
  void importsTheThreeFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("employees.csv"), EMPLOYEES);
    Files.writeString(dir.resolve("mentees.csv"), MENTEES);
    Files.writeString(dir.resolve("mentors.csv"), MENTORS);
    MatchingProblem p = HrCsvImport.builder().name("acme").employees(dir.resolve("employees.csv"))
        .mentees(dir.resolve("mentees.csv")).mentors(dir.resolve("mentors.csv")).read();
    assertThat(p.name()).isEqualTo("acme");
    assertThat(p.employees()).hasSize(4);
    assertThat(p.employee("ceo").displayName()).contains("Doe, Jane");
    assertThat(p.employee("dev1").skills()).containsExactly("genai", "cloud");
    assertThat(p.employee("cio").manager()).contains("ceo");
    assertThat(p.competences()).extracting(c -> c.id()).containsExactly("cloud", "genai");
    assertThat(p.mentees().get(0).topics()).containsExactly(new TopicRequest("genai", 3), new TopicRequest("cloud", 1));
    assertThat(p.mentees().get(1).priority()).isEqualTo(1);
    assertThat(p.mentors().get(0).capacity()).isEqualTo(2);
    assertThat(p.mentors().get(0).nominated()).isTrue();
    assertThat(p.mentors().get(1).competences()).containsExactly(new Proficiency("genai", 3));
    assertThat(p.mentors().get(1).capacity()).isEqualTo(1);
  }

  @Test
  void reportsEveryProblemWithFileRowAndColumn() {
    List<String> problems = problemsOf(HrCsvImport.builder()
        .employees("employees.csv", "id,department,level,manager\nceo,BOARD,eight,\n,IT,2,ceo\n")
        .mentees("mentees.csv", "employee,topics,priorty\nceo,genai3;cloud:x,1\n")
        .mentors("mentors.csv", "employee,competences,nominated\ndev1,genai:5,maybe\ndev2,genai:4\n"));
    assertThat(problems).containsExactlyInAnyOrder(
        "employees.csv, row 2, column level: \"eight\" is not an integer",
        "employees.csv, row 3, column id: must not be empty",
        "mentees.csv, row 1, column 3: unknown column \"priorty\" (known: employee, topics, priority, ranking)",
        "mentees.csv, row 2, column topics: \"genai3\" is not competence:weight",
        "mentees.csv, row 2, column topics: \"x\" is not an integer",
        "mentors.csv, row 2, column nominated: \"maybe\" is not true or false",
        "mentors.csv, row 3: has 2 cells, the header has 3");
  }

  @Test
  void reportsMissingColumnsAndEmptyFiles() {
    assertThat(problemsOf(HrCsvImport.builder().employees("e.csv", "id,level\n").mentees("m.csv", "")
        .mentors("r.csv", "employee,competences\n"))).containsExactly(
        "e.csv, row 1: missing column \"department\"",
        "m.csv: the file is empty, expected a header row with employee, topics");
  }

  @Test
  void mapsTheModelsProblemsBackToFileAndRow() {
    List<String> problems = problemsOf(HrCsvImport.builder()
        .employees("employees.csv", EMPLOYEES)
        .mentees("mentees.csv", "employee,topics\nceo,genai:7\nnobody,genai:1\n")
        .mentors("mentors.csv", "employee,competences,capacity\ndev1,genai:9,0\n"));
    assertThat(problems).containsExactlyInAnyOrder(
        "mentees.csv, row 2, column topics: 7 is outside 1..3",
        "mentees.csv, row 3, column employee: unknown employee \"nobody\"",
        "mentors.csv, row 2, column capacity: 0 is below 1",
        "mentors.csv, row 2, column competences: 9 is outside 1..5");
  }

  @Test
  void aCompetenceCatalogueCatchesTypos() {
    List<String> problems = problemsOf(HrCsvImport.builder()
        .competences("competences.csv", "id,name,diversity\ngenai,Generative AI,false\ncloud,Cloud,\n")
        .employees("employees.csv", EMPLOYEES)
        .mentees("mentees.csv", "employee,topics\nceo,gnai:3\n")
        .mentors("mentors.csv", "employee,competences\ndev1,genai:5\n"));
    assertThat(problems).containsExactly(
        "mentees.csv, row 2, column topics: unknown competence \"gnai\" (not in competences.csv)");
  }

  @Test
  void needsAllThreeFiles() {
    assertThatThrownBy(() -> HrCsvImport.builder().employees("e.csv", EMPLOYEES).read())
        .isInstanceOf(IllegalStateException.class);
  }

  private static HrCsvImport.Builder files(Path dir, byte[] employees, String mentees, String mentors) throws IOException {
    Files.write(dir.resolve("employees.csv"), employees);
    Files.writeString(dir.resolve("mentees.csv"), mentees);
    Files.writeString(dir.resolve("mentors.csv"), mentors);
    return HrCsvImport.builder().employees(dir.resolve("employees.csv")).mentees(dir.resolve("mentees.csv"))
        .mentors(dir.resolve("mentors.csv"));
  }

  @Test
  void aFileThatIsNotUtf8NamesTheFileTheLineAndTheEncoding(@TempDir Path dir) throws IOException {
    byte[] latin1 = "id,department,level,name\nceo,BOARD,8,Jos\u00e9\ndev1,IT,2,\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(problemsOf(files(dir, latin1, MENTEES, MENTORS))).containsExactly(
        "employees.csv: not UTF-8 text: byte 0xE9 on line 2 is not valid UTF-8; the file looks like Windows-1252 or"
            + " ISO-8859-1 (Latin-1), as some spreadsheet programs save CSV. Save it as UTF-8");
    byte[] utf16 = "\uFEFFid,department,level\nceo,BOARD,8\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(problemsOf(files(dir, utf16, MENTEES, MENTORS))).containsExactly(
        "employees.csv: the file is UTF-16LE (it starts with that byte-order mark), expected UTF-8");
  }

  @Test
  void anUnclosedQuoteNamesTheFileTheRowAndTheLine(@TempDir Path dir) throws IOException {
    String mentees = "employee,priority,topics\nceo,3,genai:3\ncio,1,\"genai:2\nrisk1,1,genai:1\n";
    assertThat(problemsOf(files(dir, EMPLOYEES.getBytes(StandardCharsets.UTF_8), mentees, MENTORS))).containsExactly(
        "mentees.csv, row 3: a quoted cell opened on line 3 is never closed (a closing \" is missing);"
            + " the rest of the file could not be read");
    String stray = "employee,priority,topics\nceo,3,\"genai:3\"x\n";
    assertThat(problemsOf(files(dir, EMPLOYEES.getBytes(StandardCharsets.UTF_8), stray, MENTORS))).singleElement()
        .asString().startsWith("mentees.csv, row 2: text follows the closing quote of a quoted cell on line 2");
  }

  @Test
  void rowsAreCountedAsASpreadsheetShowsThemBlankLinesAndMultiLineCellsToo() {
    String employees = "\nid,department,level,name\nceo,BOARD,8,\"Doe,\nJane\"\n\n\ncio,IT,high,\n";
    assertThat(problemsOf(HrCsvImport.builder().employees("employees.csv", employees).mentees("mentees.csv", MENTEES)
        .mentors("mentors.csv", MENTORS))).containsExactly("employees.csv, row 6, column level: \"high\" is not an integer");
  }

  @Test
  void everyCycleOfTheManagerColumnIsReportedAtOnce() {
    String employees = "id,department,level,manager\n"
        + "a,X,5,b\n"
        + "b,X,5,a\n"
        + "x,X,5,ghost\n"
        + "c,X,5,d\n"
        + "d,X,5,c\n";
    assertThat(problemsOf(HrCsvImport.builder().employees("employees.csv", employees)
        .mentees("mentees.csv", "employee,topics\n").mentors("mentors.csv", "employee,competences\n")))
        .containsExactly(
            "employees.csv, row 4, column manager: unknown manager \"ghost\"",
            "employees.csv, row 2, column manager: reporting cycle: a -> b -> a",
            "employees.csv, row 5, column manager: reporting cycle: c -> d -> c");
  }
}
