package dev.tandem.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.tandem.benchmarks.harness.ComparisonConfig;
import dev.tandem.benchmarks.harness.ComparisonResults;
import dev.tandem.benchmarks.harness.RunResult;
import dev.tandem.core.generator.Suite;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvReportTest {
  private static RunResult failed(String problem, String strategy, String status) {
    return new RunResult(problem, 3, 2, 6, strategy, false, 1, status, Optional.empty(), 5, -1, 1, -1, ImmutableList.of(), Optional.empty());
  }

  private static List<String> row(RunResult r) {
    ComparisonConfig config = ComparisonConfig.builder().suite(Suite.S, false).strategy("exact").build();
    return CsvReport.row(new ComparisonResults(config, ImmutableList.of(r), Instant.EPOCH, "test", ImmutableMap.of()), r);
  }

  @Test
  void aFailedRunHasNoBoundNoGapAndDoesNotSayItStopped() {
    List<String> row = row(failed("suite-s", "exact", "failed: x"));
    assertThat(row.subList(CsvReport.COLUMNS.indexOf("stopped_early"), row.size())).containsExactly("false", "", "", "");
  }

  @Test
  void problemNamesStrategiesAndErrorTextsCannotStartAFormula() {
    List<String> row = row(failed("=HYPERLINK(\"http://x\",\"a\")", "@evil", "-error: out of memory, 512 MB"));
    assertThat(row.get(CsvReport.COLUMNS.indexOf("problem"))).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"");
    assertThat(row.get(CsvReport.COLUMNS.indexOf("strategy"))).isEqualTo("'@evil");
    assertThat(row.get(CsvReport.COLUMNS.indexOf("status"))).isEqualTo("\"'-error: out of memory, 512 MB\"");
    assertThat(row).hasSize(CsvReport.COLUMNS.size());
  }

  @Test
  void plainTextIsUnchanged() {
    List<String> row = row(failed("suite-s", "exact", "timeout"));
    assertThat(row.subList(0, 8)).containsExactly("suite-s", "3", "2", "6", "exact", "ours", "1", "timeout");
  }
}
