package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.io.ProblemFiles;
import dev.tandem.io.ResultFile;
import dev.tandem.io.ResultFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsTest {
  @TempDir
  Path dir;

  Path problem;

  @BeforeEach
  void copyExample() throws IOException {
    problem = dir.resolve("acme.json");
    try (InputStream in = getClass().getResourceAsStream("/formats-example.json")) {
      Files.copy(in, problem);
    }
  }

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "example", "generate", "validate", "solve", "evaluate", "compare", "strategies", "import-csv"})
  void everyCommandHasHelp(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: tandem " + command);
  }

  @Test
  void wrongUsageExitsWithTwoAndAPointerToHelp() {
    CliRun none = CliRun.of();
    assertThat(none.exit()).isEqualTo(2);
    CliRun unknown = CliRun.of("solve", problem.toString(), "--strategy", "exact", "--frobnicate");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--frobnicate'", "Try 'tandem solve --help'.");
    CliRun badDuration = CliRun.of("solve", problem.toString(), "--time-limit", "soon");
    assertThat(badDuration.exit()).isEqualTo(2);
    assertThat(badDuration.err()).contains("'soon' is not a duration");
    CliRun badStrategy = CliRun.of("solve", problem.toString(), "--strategy", "magic");
    assertThat(badStrategy.exit()).isEqualTo(2);
    assertThat(badStrategy.err()).contains("unknown strategy 'magic'; known: ", "exact");
    assertThat(CliRun.of("nonsense").exit()).isEqualTo(2);
    assertThat(CliRun.of("generate", "--employees", "3").exit()).isEqualTo(2);
    assertThat(CliRun.of("generate", "--suite", "Q-spread").exit()).isEqualTo(2);
  }

  @Test
  void strategiesListsTheRegisteredOnes() {
    CliRun run = CliRun.of("strategies");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("exact ", "optaplanner ");
  }

  @Test
  void generateWritesTheSameValidProblemForTheSameSeed() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    CliRun run = CliRun.of("generate", "--employees", "120", "--seed", "7", "--history", "--rankings", "--out", a.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote " + a, "120 employees");
    assertThat(CliRun.of("generate", "--employees", "120", "--seed", "7", "--history", "--rankings", "-o", b.toString()).exit()).isZero();
    assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    MatchingProblem p = ProblemFiles.read(a);
    assertThat(p.employees()).hasSize(120);
    assertThat(p.history()).isNotEmpty();
    CliRun toStdout = CliRun.of("generate", "--employees", "40", "--seed", "1");
    assertThat(toStdout.exit()).isZero();
    assertThat(ProblemFiles.parse(toStdout.out()).employees()).hasSize(40);
  }

  @Test
  void validateAcceptsAGoodFileAndNamesEveryProblemOfABadOne() throws IOException {
    CliRun good = CliRun.of("validate", problem.toString());
    assertThat(good.exit()).isZero();
    assertThat(good.out()).contains("valid tandem-problem/1 \"acme-2026\"", "6 employees", "2 mentees");
    String text = Files.readString(problem)
        .replace("\"weight\": 3", "\"weight\": 7")
        .replace("\"capacity\": 1", "\"capcity\": 1");
    Path bad = write("bad.json", text);
    CliRun run = CliRun.of("validate", bad.toString(), problem.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(bad + ": $.mentors[0].capcity: unknown key \"capcity\"");
    assertThat(run.clean()).isTrue();
    Path bad2 = write("bad2.json", Files.readString(problem).replace("\"capacity\": 1", "\"capacity\": 1, \"priority\": 2")
        .replace("\"weight\": 3", "\"weight\": 7"));
    CliRun model = CliRun.of("validate", bad2.toString());
    assertThat(model.exit()).isEqualTo(1);
    assertThat(model.err()).contains(bad2 + ": $.mentors[0].priority: unknown key");
    Path bad3 = write("bad3.json", Files.readString(problem).replace("\"weight\": 3", "\"weight\": 7"));
    CliRun range = CliRun.of("validate", bad3.toString());
    assertThat(range.exit()).isEqualTo(1);
    assertThat(range.err().strip()).isEqualTo(bad3 + ": $.mentees[0].topics[0].weight: 7 is outside 1..3");
  }

  @Test
  void aScoreThatCouldOverflowIsRefusedBeforeAnyStrategyRuns() throws IOException {
    // an explicit pair score near 2^63: stable used to succeed and evaluate printed a wrapped, negative soft score
    Path huge = write("huge.json", Files.readString(problem).replace("\"score\": 120", "\"score\": 9200000000000000000"));
    for (String[] args : List.of(new String[] {"validate", huge.toString()},
        new String[] {"solve", huge.toString(), "--strategy", "stable"})) {
      CliRun run = CliRun.of(args);
      assertThat(run.exit()).as(run.err()).isEqualTo(1);
      assertThat(run.err().strip())
          .isEqualTo(huge + ": $.pairScores[0].score: 9200000000000000000 is outside -1000000000000000..1000000000000000");
      assertThat(run.clean()).isTrue();
    }
  }

  @Test
  void validateReadsProgrammeFiles() throws IOException {
    Path good = write("programme.json", "{\"format\": \"tandem-programme/1\", \"organisation\": \"acme\", \"cycles\": []}");
    CliRun ok = CliRun.of("validate", good.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).contains("valid tandem-programme/1 \"acme\": 0 cycles");
    Path bad = write("bad-programme.json", "{\"format\": \"tandem-programme/1\", \"organisation\": \"acme\","
        + " \"cycles\": [{\"id\": \"c\", \"phase\": \"RUNNING\", \"employees\": [], \"mentees\": [], \"mentors\": []}]}");
    CliRun run = CliRun.of("validate", bad.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(bad + ": $.cycles[0].matching: a cycle in phase RUNNING needs a published matching");
  }

  @Test
  void aFloodOfProblemsIsCappedAndCounted() throws IOException {
    // 150 pairs naming strangers: 300 problems; the first 100 are printed, the rest counted.
    StringBuilder pairs = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      pairs.append(i == 0 ? "" : ",").append("{\"mentee\": \"x").append(i).append("\", \"mentor\": \"y").append(i).append("\"}");
    }
    Path strangers = write("many.json", "{\"format\": \"tandem-result/1\", \"pairs\": [" + pairs + "]}");
    CliRun r = CliRun.of("evaluate", problem.toString(), strangers.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(Tandem.MAX_PROBLEM_LINES + 1);
    assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("... and 200 more problems (300 in all)");
    assertThat(r.clean()).isTrue();
  }

  @Test
  void aFileThatIsNotUtf8IsNamedOnceWithItsEncoding() throws IOException {
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, Files.readString(problem).replace("Generative AI", "IA g\u00e9n\u00e9rative")
        .getBytes(StandardCharsets.ISO_8859_1));
    CliRun r = CliRun.of("validate", latin1.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith(latin1 + ": not UTF-8 text: byte 0xE9 on line 4 is not valid UTF-8; the file"
        + " looks like Windows-1252").doesNotContain("\n");
    assertThat(r.clean()).isTrue();
  }

  @Test
  void aBrokenPinIsPlacedByItsJsonPathLikeEveryOtherProblem() throws IOException {
    Path pinned = write("pinned.json", Files.readString(problem).replace(
        "\"pinnedPairs\": [{\"mentee\": \"e2\", \"mentor\": \"e6\"}]", "\"pinnedPairs\": [{\"mentee\": \"e1\", \"mentor\": \"e9\"}]"));
    CliRun r = CliRun.of("validate", pinned.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith(pinned + ": $.pinnedPairs[0]: pinned pair").doesNotContain("\n");
  }

  @Test
  void evaluateWithAProblemInPlaceOfTheResultSaysSoFirstAndOnly() {
    CliRun r = CliRun.of("evaluate", problem.toString(), problem.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo(problem
        + ": $.format: this is a problem file (tandem-problem/1), not a result file (tandem-result/1)");
    assertThat(r.clean()).isTrue();
  }

  @Test
  void badFilesOfEveryKindExitWithOneAndNameTheItem() throws IOException {
    Path notJson = write("broken.json", "{\"format\": \"tandem-problem/1\",");
    CliRun a = CliRun.of("solve", notJson.toString());
    assertThat(a.exit()).isEqualTo(1);
    assertThat(a.err()).startsWith(notJson + ": $: not valid JSON at line 1");
    assertThat(a.clean()).isTrue();
    CliRun missing = CliRun.of("solve", dir.resolve("nope.json").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err().strip()).isEqualTo(dir.resolve("nope.json") + ": no such file");
    CliRun directory = CliRun.of("validate", dir.toString());
    assertThat(directory.exit()).isEqualTo(1);
    assertThat(directory.err()).contains("is a directory");
    Path badResult = write("r.json", "{\"format\": \"tandem-result/1\", \"pairs\": [{\"mentee\": \"e1\"}], \"scroe\": 1}");
    CliRun r = CliRun.of("evaluate", problem.toString(), badResult.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(badResult + ": $.scroe: unknown key \"scroe\"", badResult + ": $.pairs[0].mentor: missing required key");
    assertThat(r.clean()).isTrue();
    Path strangers = write("s.json", "{\"format\": \"tandem-result/1\", \"pairs\": [{\"mentee\": \"e1\", \"mentor\": \"ghost\"}]}");
    CliRun s = CliRun.of("evaluate", problem.toString(), strangers.toString());
    assertThat(s.exit()).isEqualTo(1);
    assertThat(s.err().strip()).isEqualTo(strangers + ": $.pairs[0].mentor: unknown mentor \"ghost\"");
    CliRun v = CliRun.of("validate", "--problem", problem.toString(), strangers.toString());
    assertThat(v.exit()).isEqualTo(1);
    assertThat(v.err()).contains("unknown mentor \"ghost\"");
    Path badCsv = write("employees.csv", "id,department,level\nceo,BOARD,high\n");
    Path mentees = write("mentees.csv", "employee,topics\nceo,genai:3\n");
    Path mentors = write("mentors.csv", "employee,competences\n");
    CliRun c = CliRun.of("import-csv", "--employees", badCsv.toString(), "--mentees", mentees.toString(), "--mentors", mentors.toString());
    assertThat(c.exit()).isEqualTo(1);
    assertThat(c.err().strip()).isEqualTo("employees.csv, row 2, column level: \"high\" is not an integer");
  }

  @Test
  void solveWritesAResultAndASummary() throws IOException {
    Path out = dir.resolve("result.json");
    Path csv = dir.resolve("pairs.csv");
    CliRun run = CliRun.of("solve", problem.toString(), "--strategy", "exact", "--seed", "3", "--out", out.toString(),
        "--csv", csv.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("problem    acme-2026", "strategy   exact, seed 3", "score      0hard/", "matched    1 of 2 mentees", "unmatched  1: NO_ELIGIBLE_MENTOR 1");
    // one mentee can be matched: exact's matching is optimal, and the bound proves it
    assertThat(run.out()).containsPattern("bound      0hard/-\\d+medium/-?\\d+soft: optimal \\(proven\\)");
    ResultFile r = ResultFiles.read(out);
    assertThat(r.strategy()).contains("exact");
    assertThat(r.seed().getAsLong()).isEqualTo(3);
    assertThat(r.pairs()).hasSize(1);
    assertThat(r.unmatched().get(0).mentee()).isEqualTo("e1");
    assertThat(r.metrics().orElseThrow().count("wallMillis")).isPresent();
    assertThat(r.bound()).isPresent();
    assertThat(r.gap()).hasValue(0.0);
    assertThat(r.bound().get()).isEqualTo(r.score().orElseThrow());
    assertThat(Files.readString(csv)).startsWith("status,mentee,mentee_department,mentor");
    CliRun toStdout = CliRun.of("solve", problem.toString(), "--option", "exact.rowCache=8");
    assertThat(toStdout.exit()).isZero();
    assertThat(ResultFiles.parse(toStdout.out()).pairs()).hasSize(1);
    assertThat(toStdout.err()).contains("score      0hard/");
  }

  @Test
  void anUnknownOptionKeyIsRefusedWithTheValidOnesAndAMalformedValueNamesItsKey() {
    CliRun typo = CliRun.of("solve", problem.toString(), "--strategy", "optaplanner", "--option", "lateAcceptanceSise=100");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown --option key 'lateAcceptanceSise' for strategy optaplanner; valid keys: ",
        "lateAcceptanceSize", "stepCountLimit", "unimprovedStepCountLimit", "exact.rowCache", "lagrangian.scale");
    CliRun none = CliRun.of("solve", problem.toString(), "--strategy", "stable", "--option", "seed=3");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("unknown --option key 'seed' for strategy stable; they take no --option keys");
    CliRun compare = CliRun.of("compare", problem.toString(), "--strategies", "exact,greedy", "--option", "exact.rowCache=8",
        "--option", "colour=red");
    assertThat(compare.exit()).isEqualTo(2);
    assertThat(compare.err()).contains("unknown --option key 'colour' for strategies exact, greedy; valid keys: exact.arithmetic, exact.rowCache");
    CliRun malformed = CliRun.of("solve", problem.toString(), "--strategy", "optaplanner", "--option", "lateAcceptanceSize=many",
        "--option", "exact.rowCache=0");
    assertThat(malformed.exit()).isEqualTo(1);
    assertThat(malformed.err()).contains("settings.lateAcceptanceSize: \"many\" is not an integer");
    CliRun cache = CliRun.of("solve", problem.toString(), "--option", "exact.rowCache=lots");
    assertThat(cache.exit()).isEqualTo(1);
    assertThat(cache.err()).contains("settings.exact.rowCache: \"lots\" is not an integer of at least 1");
  }

  @Test
  void solveWithOptaPlannerHonoursTheTimeLimit() throws IOException {
    Path out = dir.resolve("opta.json");
    CliRun run = CliRun.of("solve", problem.toString(), "--strategy", "optaplanner", "--time-limit", "1s", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(ResultFiles.read(out).strategy()).contains("optaplanner");
  }

  @Test
  void evaluateRescoresAndFailsOnAHardBreak() throws IOException {
    Path out = dir.resolve("result.json");
    assertThat(CliRun.of("solve", problem.toString(), "-o", out.toString()).exit()).isZero();
    CliRun ok = CliRun.of("evaluate", problem.toString(), out.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).contains("(feasible)", "optimal (proven)").doesNotContain("note");
    // e1 -> e5 is listed as forbidden (CONFLICT) and e1 manages e5 (REPORTING_LINE); e2 -> e6 is pinned.
    Path forbidden = write("forbidden.json", "{\"format\": \"tandem-result/1\", \"pairs\": [{\"mentee\": \"e1\", \"mentor\": \"e5\"},"
        + " {\"mentee\": \"e2\", \"mentor\": \"e6\"}], \"score\": {\"hard\": 0, \"medium\": 0, \"soft\": 1}}");
    CliRun bad = CliRun.of("evaluate", problem.toString(), forbidden.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("BREAKS HARD RULES", "pair e1 -> e5 breaks REPORTING_LINE, CONFLICT", "note       the file claims 0hard/0medium/1soft",
        "breaks hard rules that a matching can keep (best hard level 0)");
    assertThat(bad.err()).contains(forbidden + ": breaks hard rules: 1 forbidden pairs, 0 over capacity, 0 broken pins");
  }

  @Test
  void evaluateFailsOnAResultThatDropsOrMovesAPinnedPair() throws IOException {
    // the problem pins e2 -> e6; both results are otherwise feasible (e1 has no eligible mentor, e2 -> e9 is eligible)
    Path dropped = write("dropped.json", "{\"format\": \"tandem-result/1\", \"pairs\": []}");
    CliRun drop = CliRun.of("evaluate", problem.toString(), dropped.toString());
    assertThat(drop.exit()).as(drop.out()).isEqualTo(1);
    assertThat(drop.out()).contains("BREAKS HARD RULES", "0 forbidden pairs, 0 over capacity, 1 broken pins",
        "pinned pair e2->e6 is broken: e2 is unmatched");
    assertThat(drop.err()).contains(dropped + ": pinned pair e2->e6 is broken: e2 is unmatched");
    Path moved = write("moved.json", "{\"format\": \"tandem-result/1\", \"pairs\": [{\"mentee\": \"e2\", \"mentor\": \"e9\"}]}");
    CliRun move = CliRun.of("evaluate", problem.toString(), moved.toString());
    assertThat(move.exit()).as(move.out()).isEqualTo(1);
    assertThat(move.err()).contains(moved + ": breaks hard rules: 0 forbidden pairs, 0 over capacity, 1 broken pins",
        moved + ": pinned pair e2->e6 is broken: e2 has mentor e9");
  }

  @Test
  void compareWritesATableAndAReport() throws IOException {
    Path report = dir.resolve("report");
    CliRun run = CliRun.of("compare", problem.toString(), "--strategies", "exact", "--seeds", "1,2", "--time-limit", "2s",
        "--report", report.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("acme-2026", "exact", "1/2");
    assertThat(run.out().lines().filter(l -> l.startsWith("acme-2026"))).hasSize(2);
    assertThat(run.out()).containsPattern("bound of acme-2026: 0hard/-?\\d+medium/-?\\d+soft \\(proven\\)");
    assertThat(Files.list(report).map(p -> p.getFileName().toString())).contains("report.html", "results.csv");
    CliRun unknown = CliRun.of("compare", problem.toString(), "--strategies", "exact,magic");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown strategy 'magic'");
    assertThat(CliRun.of("compare").exit()).isEqualTo(2);
    CliRun bad = CliRun.of("compare", dir.resolve("missing.json").toString(), "--strategies", "exact");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("missing.json: no such file");
  }

  @Test
  void importCsvWritesAProblemFile() throws IOException {
    Path employees = write("employees.csv", "id,department,level,manager,name\nceo,BOARD,8,,Jane\nhead,IT,6,,\ndev,IT,1,head,Sam\n");
    Path mentees = write("mentees.csv", "employee,topics,priority\nceo,genai:3,2\n");
    Path mentors = write("mentors.csv", "employee,competences,capacity\ndev,genai:5,1\n");
    Path out = dir.resolve("hr.json");
    CliRun run = CliRun.of("import-csv", "--employees", employees.toString(), "--mentees", mentees.toString(),
        "--mentors", mentors.toString(), "--name", "hr", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    MatchingProblem p = ProblemFiles.read(out);
    assertThat(p.name()).isEqualTo("hr");
    assertThat(p.mentees().get(0).priority()).isEqualTo(2);
    CliRun solve = CliRun.of("solve", out.toString(), "--csv", dir.resolve("p.csv").toString(), "--names", "-o",
        dir.resolve("r.json").toString());
    assertThat(solve.exit()).isZero();
    assertThat(Files.readString(dir.resolve("p.csv"))).contains("matched,ceo,Jane,BOARD,dev,Sam,IT");
    assertThat(solve.out()).doesNotContain("Jane");
  }
}
