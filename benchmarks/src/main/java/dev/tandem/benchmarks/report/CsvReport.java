package dev.tandem.benchmarks.report;

import com.google.common.collect.ImmutableList;
import dev.tandem.benchmarks.harness.ComparisonResults;
import dev.tandem.benchmarks.harness.RunResult;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Metrics;
import dev.tandem.io.SpreadsheetCells;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV of a comparison: a header and one row per problem × strategy × seed (RFC 4180 quoting).
 * Columns: {@link #COLUMNS}. Metric columns are empty for runs without a result. The last four:
 * {@code stopped_early} ({@code true} when the time limit or a cancellation ended one of our
 * strategies before it finished, empty for peers, which do not say), {@code own_bound_soft} (the
 * soft level of the bound the run proved itself, empty if none), {@code bound_soft} (the problem's
 * best proven bound, the least of the one proven before the runs and those the runs proved) and
 * {@code gap} (the run's soft shortfall below that bound relative to its magnitude, as a fraction
 * with six decimals; empty without a bound or when the hard or medium levels differ, see
 * docs/bound.md).
 *
 * <p>Guarantee: deterministic for the same results; numbers use a dot and no grouping; no text
 * cell (problem name, strategy, status or error text) can start a spreadsheet formula: it is
 * written like the pairings export ({@link SpreadsheetCells#neutralise}).
 */
public final class CsvReport {
  public static final ImmutableList<String> COLUMNS = ImmutableList.of(
      "problem", "mentees", "mentors", "eligible_pairs", "strategy", "kind", "seed", "status",
      "hard", "medium", "soft", "matched", "unmatched", "unmatched_priority", "top_topic_coverage",
      "pair_score_mean", "pair_score_min", "pair_score_p10", "mean_level_gap", "cross_department_share",
      "department_links", "largest_link_count", "mentors_used", "largest_load", "blocking_pairs",
      "spread_penalty", "load_penalty", "wall_ms", "solve_ms", "eligibility_ms", "peak_memory_mb",
      "stopped_early", "own_bound_soft", "bound_soft", "gap");

  private CsvReport() {}

  public static void write(ComparisonResults results, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", COLUMNS));
      w.write("\r\n");
      for (RunResult r : results.runs()) {
        w.write(String.join(",", row(results, r)));
        w.write("\r\n");
      }
    }
  }

  static List<String> row(ComparisonResults results, RunResult r) {
    List<String> c = new ArrayList<>();
    c.add(text(r.problem()));
    c.add(Integer.toString(r.mentees()));
    c.add(Integer.toString(r.mentors()));
    c.add(Long.toString(r.eligiblePairs()));
    c.add(text(r.strategy()));
    c.add(r.peer() ? "peer" : "ours");
    c.add(Long.toString(r.seed()));
    c.add(text(r.status()));
    if (r.ok()) {
      Evaluation e = r.evaluation().orElseThrow();
      Metrics m = e.metrics();
      c.add(Long.toString(e.score().hard()));
      c.add(Long.toString(e.score().medium()));
      c.add(Long.toString(e.score().soft()));
      c.add(Integer.toString(m.matched()));
      c.add(Integer.toString(m.unmatched()));
      c.add(Long.toString(m.unmatchedPriority()));
      c.add(decimal(m.topTopicCoverage()));
      c.add(decimal(m.pairScoreMean()));
      c.add(Long.toString(m.pairScoreMin()));
      c.add(Long.toString(m.pairScoreP10()));
      c.add(decimal(m.meanLevelGap()));
      c.add(decimal(m.crossDepartmentShare()));
      c.add(Integer.toString(m.departmentLinks()));
      c.add(Integer.toString(m.largestLinkCount()));
      c.add(Integer.toString(m.mentorsUsed()));
      c.add(Integer.toString(m.largestLoad()));
      c.add(Long.toString(m.blockingPairs()));
      c.add(Long.toString(e.terms().spreadPenalty()));
      c.add(Long.toString(e.terms().loadPenalty()));
    } else {
      for (int i = 0; i < 19; i++) {
        c.add("");
      }
    }
    c.add(Long.toString(r.wallMillis()));
    c.add(r.solveMillis() < 0 ? "" : Long.toString(r.solveMillis()));
    c.add(Long.toString(r.eligibilityMillis()));
    c.add(r.peakMemoryBytes() < 0 ? "" : decimal(r.peakMemoryBytes() / 1048576.0));
    c.add(r.peer() ? "" : Boolean.toString(r.stoppedEarly()));
    c.add(r.bound().map(b -> Long.toString(b.soft())).orElse(""));
    c.add(results.bound(r.problem()).map(b -> Long.toString(b.soft())).orElse(""));
    java.util.OptionalDouble gap = results.gap(r);
    c.add(gap.isPresent() ? String.format(Locale.ROOT, "%.6f", gap.getAsDouble()) : "");
    return c;
  }

  static String decimal(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** A text cell: formula-safe ({@link SpreadsheetCells#neutralise}), then quoted. */
  static String text(String s) {
    return quote(SpreadsheetCells.neutralise(s));
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
