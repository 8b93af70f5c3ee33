package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import java.io.IOException;
import java.io.StreamTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opt-in: {@code exact} on the OR-Library linear assignment instances (J. E. Beasley) written as
 * problems ({@code candidatePairs LISTED_ONLY}, pair score = -cost, capacity 1, zero weights),
 * checked against the published optima. Skipped when the reference data is absent; the data is
 * read in place, never copied into the project.
 */
class OrLibraryAssignmentTest {
  static Optional<Path> folder() {
    return Stream.of(Path.of("../../shared/reference-data/orlib-assign"), Path.of("/work/shared/reference-data/orlib-assign"))
        .filter(p -> Files.isRegularFile(p.resolve("assignopt.txt")))
        .findFirst();
  }

  @ParameterizedTest
  @ValueSource(strings = {"assign100", "assign200", "assign300", "assign400", "assign500", "assign600", "assign700",
      "assign800", "assignp800", "assignp1500", "assignp3000", "assignp5000"})
  void exactReachesThePublishedOptimum(String instance) throws IOException {
    Optional<Path> dir = folder();
    assumeTrue(dir.isPresent(), "reference data absent");
    Map<String, Long> optima = optima(dir.get().resolve("assignopt.txt"));
    MatchingProblem problem = read(dir.get().resolve(instance + ".txt"), instance, instance.startsWith("assignp"));
    Eligibility el = Eligibility.of(problem);
    Matching m = new ExactStrategy().match(el, MatchOptions.DEFAULTS);
    Evaluation ev = Evaluator.evaluate(el, m);
    assertThat(ev.score().hard()).isZero();
    assertThat(ev.metrics().unmatched()).isZero();
    assertThat(-ev.score().soft()).isEqualTo(optima.get(instance));
  }

  static Map<String, Long> optima(Path file) throws IOException {
    Map<String, Long> out = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("assign")) {
        String[] parts = line.trim().split("\\s+");
        out.put(parts[0], Long.parseLong(parts[1]));
      }
    }
    return out;
  }

  /** Reads a dense ({@code n}, then n*n costs) or sparse ({@code n}, then {@code i j c}) instance. */
  static MatchingProblem read(Path file, String name, boolean sparse) throws IOException {
    try (var reader = Files.newBufferedReader(file)) {
      StreamTokenizer t = new StreamTokenizer(reader);
      t.parseNumbers();
      t.nextToken();
      int n = (int) t.nval;
      MatchingProblem.Builder b = MatchingProblem.builder().name(name);
      for (int i = 1; i <= n; i++) {
        b.employee(Employee.of("a" + i, "A", 1));
        b.employee(Employee.of("t" + i, "T", 1));
        b.mentee(Mentee.of("a" + i, 1, List.of()));
        b.mentor(Mentor.of("t" + i, 1, List.of()));
      }
      if (sparse) {
        while (t.nextToken() != StreamTokenizer.TT_EOF) {
          int i = (int) t.nval;
          t.nextToken();
          int j = (int) t.nval;
          t.nextToken();
          b.pairScore("a" + i, "t" + j, -(long) t.nval);
        }
      } else {
        for (int i = 1; i <= n; i++) {
          for (int j = 1; j <= n; j++) {
            t.nextToken();
            b.pairScore("a" + i, "t" + j, -(long) t.nval);
          }
        }
      }
      b.policy(Policy.builder()
          .candidatePairs(CandidatePairs.LISTED_ONLY)
          .weights(Weights.ZERO)
          .minLevelGap(0)
          .reportingLine(ReportingLine.ALLOW)
          .requireTopicMatch(false)
          .build());
      return b.build();
    }
  }
}
