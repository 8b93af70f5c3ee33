package dev.tandem.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.benchmarks.FirstFit;
import dev.tandem.benchmarks.report.CsvReport;
import dev.tandem.benchmarks.report.ReportWriter;
import dev.tandem.core.generator.Suite;
import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end on the S suite entry: runs, CSV rows, HTML report and charts. */
class ComparisonHarnessTest {

  /** A strategy that always fails, to show a failing run becomes a row, not an exception. */
  static final class Broken implements MatchingStrategy {
    @Override
    public String name() {
      return "broken";
    }

    @Override
    public String description() {
      return "test strategy that throws";
    }

    @Override
    public Matching match(Eligibility eligibility, MatchOptions options) {
      throw new IllegalStateException("deliberately broken");
    }
  }

  @Test
  void runsSuiteSEndToEndAndWritesOneCsvRowPerProblemStrategyAndSeed(@TempDir Path dir) throws Exception {
    List<String> log = new ArrayList<>();
    ComparisonHarness harness = new ComparisonHarness(
        StrategyRegistry.standard().with(new FirstFit()).with(new Broken()), log::add);
    ComparisonConfig config = ComparisonConfig.builder()
        .suite(Suite.S, true, false)
        .strategies(List.of("first-fit", "scipy", "broken"))
        .seeds(List.of(1L, 2L))
        .timeLimit(Duration.ofSeconds(20))
        .build();

    ComparisonResults results = harness.run(config);
    ReportWriter.Report report = ReportWriter.write(results, dir);

    assertThat(results.runs()).hasSize(2 * 3 * 2);
    List<String> lines = Files.readAllLines(report.csv(), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1 + 2 * 3 * 2);
    assertThat(lines.get(0).split(",")).containsExactlyElementsOf(CsvReport.COLUMNS);
    Set<String> keys = lines.stream().skip(1).map(l -> {
      String[] c = l.split(",");
      return c[0] + "|" + c[4] + "|" + c[6];
    }).collect(Collectors.toSet());
    assertThat(keys).hasSize(12).contains("S-spread|first-fit|1", "S-nospread|scipy|2", "S-nospread|broken|2");

    RunResult firstFit = results.find("S-spread", "first-fit", 1).orElseThrow();
    assertThat(firstFit.ok()).isTrue();
    assertThat(firstFit.evaluation().orElseThrow().score().hard()).isZero();
    assertThat(firstFit.evaluation().orElseThrow().metrics().matched()).isPositive();
    assertThat(firstFit.progress()).isNotEmpty();
    assertThat(firstFit.mentees()).isEqualTo(60);
    assertThat(results.find("S-spread", "broken", 1).orElseThrow().status()).contains("deliberately broken");

    RunResult scipy = results.find("S-nospread", "scipy", 1).orElseThrow();
    if (scipy.ok()) {
      // The scipy peer solves the linear objective optimally: without spread nothing beats it.
      RunResult ours = results.find("S-nospread", "first-fit", 1).orElseThrow();
      assertThat(scipy.evaluation().orElseThrow().score())
          .isGreaterThanOrEqualTo(ours.evaluation().orElseThrow().score());
      assertThat(scipy.peer()).isTrue();
    } else {
      assertThat(scipy.status()).startsWith("unavailable");
    }

    String html = Files.readString(report.html(), StandardCharsets.UTF_8);
    assertThat(html).contains("S-spread", "S-nospread", "first-fit", "Peers side by side",
        "charts/score-by-strategy.png", "charts/time-by-size.png", "deliberately broken");
    assertThat(report.charts()).isNotEmpty().allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(5_000));
    assertThat(dir.resolve("charts/best-score-over-time-s-spread.png")).exists();
    assertThat(dir.resolve("charts/pair-scores-s-nospread.png")).exists();
    assertThat(log).anySatisfy(l -> assertThat(l).contains("S-spread").contains("eligible pairs"));
  }

  @Test
  void everyRunGetsAProvenGapAndTheReportShowsIt(@TempDir Path dir) throws Exception {
    ComparisonHarness harness = new ComparisonHarness(StrategyRegistry.standard().with(new FirstFit()), s -> {});
    ComparisonConfig config = ComparisonConfig.builder()
        .suite(Suite.S, true, false)
        .strategies(List.of("first-fit", "exact", "lagrangian"))
        .timeLimit(Duration.ofSeconds(20))
        .boundTimeLimit(Duration.ofSeconds(20))
        .build();
    ComparisonResults results = harness.run(config);
    for (String problem : results.problems()) {
      var bound = results.bound(problem).orElseThrow();
      for (RunResult r : results.runsOf(problem)) {
        assertThat(bound).isGreaterThanOrEqualTo(r.evaluation().orElseThrow().score());
        assertThat(results.gap(r)).isPresent();
        assertThat(results.gap(r).getAsDouble()).isGreaterThanOrEqualTo(0.0);
      }
    }
    // without spread exact is optimal and the bound is its score
    RunResult exact = results.find("S-nospread", "exact", 1).orElseThrow();
    assertThat(results.bound("S-nospread")).contains(exact.evaluation().orElseThrow().score());
    assertThat(results.gap(exact)).hasValue(0.0);
    // lagrangian proves its own bound, never below its score
    RunResult lagrangian = results.find("S-spread", "lagrangian", 1).orElseThrow();
    assertThat(lagrangian.bound()).isPresent();
    assertThat(lagrangian.bound().get()).isGreaterThanOrEqualTo(lagrangian.evaluation().orElseThrow().score());
    assertThat(results.problemBounds()).containsKeys("S-spread", "S-nospread");

    ReportWriter.write(results, dir);
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("Proven bound on the optimum: " + results.bound("S-spread").orElseThrow(), "<th>gap</th>", "0.000%");
    assertThat(dir.resolve("charts/best-score-over-time-s-spread.png")).exists();

    // the CSV carries the same bound and gap, and the run's own bound
    List<String> lines = Files.readAllLines(dir.resolve("results.csv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(","));
    java.util.function.BiFunction<String, String, String> cell = (strategy, column) -> lines.stream().skip(1)
        .map(l -> l.split(",", -1))
        .filter(c -> c[header.indexOf("problem")].equals(strategy.split("/")[0]) && c[header.indexOf("strategy")].equals(strategy.split("/")[1]))
        .findFirst().orElseThrow()[header.indexOf(column)];
    assertThat(cell.apply("S-nospread/exact", "gap")).isEqualTo("0.000000");
    assertThat(cell.apply("S-nospread/exact", "bound_soft")).isEqualTo(Long.toString(exact.evaluation().orElseThrow().score().soft()));
    assertThat(cell.apply("S-spread/lagrangian", "own_bound_soft")).isEqualTo(Long.toString(lagrangian.bound().get().soft()));
    assertThat(cell.apply("S-spread/lagrangian", "bound_soft")).isEqualTo(Long.toString(results.bound("S-spread").orElseThrow().soft()));
    assertThat(cell.apply("S-spread/lagrangian", "gap")).isEqualTo(String.format(java.util.Locale.ROOT, "%.6f", results.gap(lagrangian).getAsDouble()));
    assertThat(cell.apply("S-spread/first-fit", "stopped_early")).isEqualTo("false");
  }

  @Test
  void unknownStrategyFailsBeforeAnythingRuns() {
    ComparisonHarness harness = new ComparisonHarness(StrategyRegistry.standard(), s -> {});
    ComparisonConfig config = ComparisonConfig.builder().suite(Suite.S, false).strategy("nope").build();
    assertThatThrownBy(() -> harness.run(config))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"nope\"").hasMessageContaining("scipy");
  }

  @Test
  void configRejectsDuplicatesAndEmptyParts() {
    assertThatThrownBy(() -> ComparisonConfig.builder().strategy("scipy").build())
        .hasMessageContaining("problems");
    assertThatThrownBy(() -> ComparisonConfig.builder().suite(Suite.S, true, true).strategy("scipy").build())
        .hasMessageContaining("S-spread");
    assertThatThrownBy(() -> ComparisonConfig.builder().suite(Suite.S, true).strategy("scipy").timeLimit(Duration.ZERO).build())
        .hasMessageContaining("timeLimit");
  }
}
