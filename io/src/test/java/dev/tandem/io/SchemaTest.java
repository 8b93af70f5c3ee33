package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.testing.RandomProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schemas accept every example in the repository and everything the writers
 * produce, and refuse what the readers refuse.
 */
class SchemaTest {
  /** The repository root: the parent of the {@code io} module, where the tests run. */
  static Path repository() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("io").resolve("pom.xml")) ? here : here.getParent();
  }

  /** Every JSON file of the repository (outside build output) that claims one of the three formats. */
  static List<Path> exampleFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(repository())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String s = f.toString();
        if (s.endsWith(".json") && !s.contains("/target/") && !s.contains("/.git/") && !s.contains("/node_modules/")
            && !s.contains("/schema/")) {
          Optional<String> format = FileFormats.formatOf(f);
          if (format.isPresent() && Schemas.FILES.containsKey(format.get())) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyExampleFileOfTheRepositoryIsValid() throws IOException {
    List<Path> files = exampleFiles();
    assertThat(files).extracting(f -> f.getFileName().toString())
        .contains("formats-example.json", "formats-result.json");
    for (Path f : files) {
      String json = Files.readString(f, StandardCharsets.UTF_8);
      assertThat(Schemas.violations(FileFormats.formatOf(f).orElseThrow(), json)).as(f.toString()).isEmpty();
    }
  }

  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyCompleteJsonExampleOfTheDocsIsValidAndReadable() throws IOException {
    Path docs = repository().resolve("docs");
    int checked = 0;
    if (Files.isDirectory(docs)) {
      try (Stream<Path> pages = Files.list(docs)) {
        for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
          Matcher m = JSON_BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
          while (m.find()) {
            String json = m.group(1);
            Optional<String> format = formatOf(json);
            if (format.isPresent() && Schemas.FILES.containsKey(format.get())) {
              assertThat(Schemas.violations(format.get(), json)).as(page + ": " + json).isEmpty();
              checked++;
            }
          }
        }
      }
      assertThat(checked).as("examples in docs/formats.md").isGreaterThanOrEqualTo(2);
    }
  }

  private static Optional<String> formatOf(String json) {
    try {
      return Optional.ofNullable(JsonDocuments.MAPPER.readTree(json).get("format")).map(n -> n.asText());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Property(tries = 60)
  void everyWrittenProblemAndResultIsValid(@ForAll long seed) {
    MatchingProblem problem = RoundTripProperties.problem(seed);
    assertThat(Schemas.violations(ProblemFiles.FORMAT, ProblemFiles.toJson(problem))).isEmpty();
    Matching matching = RandomProblems.anyMatching(problem, new Random(seed));
    ResultFile full = ResultFile.of(problem, "random", seed, Evaluator.evaluate(problem, matching), 3, 12);
    assertThat(Schemas.violations(ResultFiles.FORMAT, ResultFiles.toJson(full))).isEmpty();
    assertThat(Schemas.violations(ResultFiles.FORMAT, ResultFiles.toJson(ResultFile.ofPairs(matching.pairs())))).isEmpty();
  }

  @Property(tries = 8)
  void everyWrittenProgrammeIsValid(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    String json = ProgrammeFiles.toJson(ProgrammeFilesProperties.programme(seed));
    assertThat(Schemas.violations(ProgrammeFiles.FORMAT, json)).isEmpty();
  }

  @Test
  void theSchemasRefuseWhatTheReadersRefuse() {
    String employees = "\"employees\": [{\"id\": \"a\", \"department\": \"X\", \"level\": 5}]";
    List<String> bad = List.of(
        "{\"format\": \"tandem-problem/1\", " + employees + ", \"mentees\": [], \"mentors\": [], \"nmae\": \"x\"}",
        "{\"format\": \"tandem-problem/1\", " + employees + ", \"mentees\": []}",
        "{\"format\": \"tandem-problem/1\", " + employees + ", \"mentees\": [{\"employee\": \"a\", \"priority\": \"high\"}], \"mentors\": []}",
        "{\"format\": \"tandem-problem/1\", " + employees + ", \"mentees\": [], \"mentors\": [], \"policy\": {\"reportingLine\": \"NEVER\"}}",
        "{\"format\": \"tandem-problem/1\", \"employees\": [{\"id\": \" \", \"department\": \"X\", \"level\": 1}], \"mentees\": [], \"mentors\": []}",
        "{\"format\": \"tandem-problem/2\", " + employees + ", \"mentees\": [], \"mentors\": []}");
    for (String json : bad) {
      assertThat(Schemas.violations(ProblemFiles.FORMAT, json)).as(json).isNotEmpty();
      assertThat(readerRefuses(() -> ProblemFiles.parse(json))).as(json).isTrue();
    }
    List<String> badResults = List.of(
        "{\"format\": \"tandem-result/1\", \"pairs\": [{\"mentee\": \"a\"}]}",
        "{\"format\": \"tandem-result/1\", \"pairs\": [], \"unmatched\": [{\"mentee\": \"c\", \"excludedBy\": {\"LEVEL\": 3}}]}",
        "{\"format\": \"tandem-result/1\", \"pairs\": [], \"unmatched\": [{\"mentee\": \"c\", \"excludedBy\": {\"NO_TOPIC\": -1}}]}",
        "{\"format\": \"tandem-result/1\", \"pairs\": [], \"metrics\": {\"matched\": 1.5}}");
    for (String json : badResults) {
      assertThat(Schemas.violations(ResultFiles.FORMAT, json)).as(json).isNotEmpty();
      assertThat(readerRefuses(() -> ResultFiles.parse(json))).as(json).isTrue();
    }
    String programme = ProgrammeFiles.toJson(ProgrammeFilesProperties.programme(3));
    for (String json : List.of(
        programme.replaceFirst("\"type\": \"DRAFT\"", "\"type\": \"UNDO\""),
        programme.replaceFirst("\"type\": \"DRAFT\"", "\"type\": \"SWAP\""),
        programme.replaceFirst("\"phase\": \"CLOSED\"", "\"phase\": \"DONE\""),
        programme.replaceFirst("\"level\": ", "\"levle\": "),
        programme.replaceFirst("\"date\": \"\\d{4}-\\d{2}-\\d{2}\"", "\"date\": \"tomorrow\""))) {
      assertThat(Schemas.violations(ProgrammeFiles.FORMAT, json)).isNotEmpty();
      assertThat(readerRefuses(() -> ProgrammeFiles.parse(json))).isTrue();
    }
  }

  private static boolean readerRefuses(Runnable read) {
    try {
      read.run();
      return false;
    } catch (dev.tandem.core.model.ValidationException e) {
      return true;
    }
  }
}
