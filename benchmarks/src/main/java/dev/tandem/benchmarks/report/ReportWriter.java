package dev.tandem.benchmarks.report;

import com.google.common.collect.ImmutableList;
import com.google.common.html.HtmlEscapers;
import dev.tandem.benchmarks.harness.ComparisonResults;
import dev.tandem.benchmarks.harness.RunResult;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Metrics;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.MatchingProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a comparison as {@code results.csv} (one row per problem × strategy × seed, see
 * {@link CsvReport}), PNG charts under {@code charts/} and {@code report.html} that shows the
 * tables, the peers side by side as ratios, and the charts.
 *
 * <p>Guarantee: creates {@code dir} when missing and overwrites earlier files of the same names;
 * the HTML is self-contained apart from the PNGs next to it; charts are drawn headless; only ids
 * and figures are written, never personal data.
 */
public final class ReportWriter {
  /** The files a report consists of. */
  public record Report(Path html, Path csv, ImmutableList<Path> charts) {}

  private ReportWriter() {}

  /** Writes the report into {@code dir}. */
  public static Report write(ComparisonResults results, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path chartsDir = dir.resolve("charts");
    Files.createDirectories(chartsDir);
    Path csv = dir.resolve("results.csv");
    CsvReport.write(results, csv);

    ImmutableList.Builder<Path> charts = ImmutableList.builder();
    StringBuilder chartHtml = new StringBuilder();
    Path score = chartsDir.resolve("score-by-strategy.png");
    if (Charts.scoreByStrategy(results, score)) {
      charts.add(score);
      chartHtml.append(img("charts/score-by-strategy.png", "Score by strategy per problem"));
    }
    Path time = chartsDir.resolve("time-by-size.png");
    if (Charts.timeBySize(results, time)) {
      charts.add(time);
      chartHtml.append(img("charts/time-by-size.png", "Solve time by size"));
    }
    boolean anyProgress = false;
    for (String problem : results.problems()) {
      String file = "best-score-over-time-" + slug(problem) + ".png";
      if (Charts.bestScoreOverTime(results, problem, chartsDir.resolve(file))) {
        charts.add(chartsDir.resolve(file));
        chartHtml.append(img("charts/" + file, "Best score and proven bound over time on " + problem));
        anyProgress = true;
      }
    }
    if (!anyProgress) {
      chartHtml.append("<p class=\"note\">Best score over time: no strategy reported more than one progress event in this comparison.</p>\n");
    }
    for (String problem : results.problems()) {
      String file = "pair-scores-" + slug(problem) + ".png";
      if (Charts.pairScoreDistribution(results, problem, chartsDir.resolve(file))) {
        charts.add(chartsDir.resolve(file));
        chartHtml.append(img("charts/" + file, "Pair score distribution on " + problem));
      }
    }

    Path html = dir.resolve("report.html");
    Files.writeString(html, html(results, chartHtml.toString()), StandardCharsets.UTF_8);
    return new Report(html, csv, charts.build());
  }

  private static String html(ComparisonResults results, String charts) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Tandem comparison</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;margin:1em 0}"
            + "th,td{border:1px solid #ccc;padding:3px 8px;text-align:right;font-size:13px}th{background:#f0f0f0}"
            + "td.l,th.l{text-align:left}.note{color:#555}.bad{color:#a00}.good{color:#070}img{max-width:100%;border:1px solid #eee;margin:1em 0}</style>\n")
        .append("</head><body>\n<h1>Tandem comparison</h1>\n");
    h.append("<p>Started ").append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC).format(results.started()))
        .append(" UTC on ").append(esc(results.machine())).append(". Time limit per run ")
        .append(results.config().timeLimit().toMillis() / 1000.0).append(" s; seeds ")
        .append(results.config().seeds()).append(".</p>\n");
    h.append("<p class=\"note\">Every matching is judged by the one evaluator (score = hard/medium/soft, compared in that order). "
        + "Solve time excludes building the shared eligibility structure (shown per problem); peers report their own solve time, "
        + "excluding process start and reading the model file. Memory: peak heap during the run for ours, peak resident set for peers.</p>\n");

    h.append("<h2>Problems</h2>\n<table><tr><th class=\"l\">problem</th><th>mentees</th><th>mentors</th><th>eligible pairs</th>"
        + "<th>density</th><th>spread weight</th><th>eligibility (ms)</th></tr>\n");
    for (MatchingProblem p : results.config().problems()) {
      Optional<RunResult> any = results.runsOf(p.name()).stream().findFirst();
      long pairs = any.map(RunResult::eligiblePairs).orElse(0L);
      double density = p.mentees().isEmpty() || p.mentors().isEmpty() ? 0
          : pairs / ((double) p.mentees().size() * p.mentors().size());
      h.append("<tr><td class=\"l\">").append(esc(p.name())).append("</td><td>").append(p.mentees().size())
          .append("</td><td>").append(p.mentors().size()).append("</td><td>").append(pairs)
          .append("</td><td>").append(fmt(density, 3)).append("</td><td>")
          .append(p.policy().weights().departmentSpreadWeight()).append("</td><td>")
          .append(any.map(RunResult::eligibilityMillis).orElse(0L)).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Results</h2>\n<p class=\"note\">Gap: the soft shortfall of a run below the proven bound on the optimum, "
        + "relative to the bound's soft score (docs/bound.md); no gap is shown when the hard or medium levels differ from the bound's. "
        + "The bound of a problem is the least of the one proven before the runs and those the runs proved themselves.</p>\n");
    for (String problem : results.problems()) {
      h.append("<h3>").append(esc(problem)).append("</h3>\n");
      Optional<Score> bound = results.bound(problem);
      h.append("<p>Proven bound on the optimum: ").append(bound.map(Score::toString).orElse("none"));
      Optional.ofNullable(results.problemBounds().get(problem)).ifPresent(b -> h.append(" (proven before the runs: ")
          .append(b.score()).append(", ").append(b.method().name().toLowerCase(Locale.ROOT)).append(", ")
          .append(b.iterations()).append(" exact solves in ").append(b.elapsedMillis()).append(" ms)"));
      h.append(".</p>\n");
      h.append("<table><tr><th class=\"l\">strategy</th><th class=\"l\">kind</th><th>seed</th>"
          + "<th class=\"l\">score</th><th>gap</th><th class=\"l\">own bound</th><th>matched</th><th>top-topic coverage</th><th>pair score min</th><th>p10</th><th>mean</th>"
          + "<th>cross-dept share</th><th>dept links</th><th>blocking pairs</th><th>solve (ms)</th><th>wall (ms)</th><th>peak memory (MB)</th></tr>\n");
      Optional<Score> best = results.bestScore(problem);
      for (RunResult r : results.runsOf(problem)) {
        h.append("<tr><td class=\"l\">").append(esc(r.strategy())).append("</td><td class=\"l\">")
            .append(r.peer() ? "peer" : "ours").append("</td><td>").append(r.seed()).append("</td>");
        if (r.ok()) {
          Evaluation e = r.evaluation().orElseThrow();
          Metrics m = e.metrics();
          boolean isBest = best.isPresent() && best.get().equals(e.score());
          h.append("<td class=\"l").append(isBest ? " good" : "").append("\">").append(e.score()).append("</td><td>")
              .append(gap(results.gap(r))).append("</td><td class=\"l\">").append(r.bound().map(Score::toString).orElse(""))
              .append("</td><td>")
              .append(m.matched()).append('/').append(m.mentees()).append("</td><td>").append(fmt(m.topTopicCoverage(), 3))
              .append("</td><td>").append(m.pairScoreMin()).append("</td><td>").append(m.pairScoreP10())
              .append("</td><td>").append(fmt(m.pairScoreMean(), 1)).append("</td><td>").append(fmt(m.crossDepartmentShare(), 3))
              .append("</td><td>").append(m.departmentLinks()).append("</td><td>").append(m.blockingPairs())
              .append("</td><td>").append(r.solveMillis()).append("</td><td>").append(r.wallMillis())
              .append("</td><td>").append(r.peakMemoryBytes() < 0 ? "" : fmt(r.peakMemoryBytes() / 1048576.0, 0)).append("</td>");
        } else {
          h.append("<td class=\"l bad\" colspan=\"14\">").append(esc(r.status())).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</table>\n");
    }

    h.append(peers(results));
    h.append("<h2>Charts</h2>\n").append(charts);
    h.append("<p class=\"note\">Raw figures: <a href=\"results.csv\">results.csv</a> (one row per problem × strategy × seed).</p>\n");
    h.append("</body></html>\n");
    return h.toString();
  }

  /** Our strategies against each peer per problem (first seed): time and score as ratios. */
  private static String peers(ComparisonResults results) {
    List<String> peers = results.peers();
    if (peers.isEmpty()) {
      return "<h2>Peers side by side</h2>\n<p class=\"note\">No peer was part of this comparison.</p>\n";
    }
    List<String> ours = results.strategies().stream().filter(s -> !peers.contains(s)).toList();
    StringBuilder h = new StringBuilder("<h2>Peers side by side</h2>\n<p class=\"note\">Time ratio = our solve time / "
        + "the peer's (below 1: we are faster). Soft ratio = our soft score / the peer's, shown when both reach the same "
        + "hard and medium levels; otherwise the level difference is shown. The assignment peers (jgrapht, ortools-mcf, scipy) "
        + "optimise everything but the department spread term; ortools-cpsat optimises all of it.</p>\n");
    h.append("<table><tr><th class=\"l\">problem</th><th class=\"l\">ours</th><th class=\"l\">peer</th><th>our solve (ms)</th>"
        + "<th>peer solve (ms)</th><th>time ratio</th><th class=\"l\">our score</th><th class=\"l\">peer score</th><th>soft ratio</th></tr>\n");
    for (String problem : results.problems()) {
      for (String peer : peers) {
        Optional<RunResult> p = results.first(problem, peer);
        if (p.isEmpty()) {
          continue;
        }
        if (!p.get().ok()) {
          h.append("<tr><td class=\"l\">").append(esc(problem)).append("</td><td></td><td class=\"l\">").append(esc(peer))
              .append("</td><td class=\"l bad\" colspan=\"6\">").append(esc(p.get().status())).append("</td></tr>\n");
          continue;
        }
        for (String our : ours) {
          Optional<RunResult> o = results.first(problem, our).filter(RunResult::ok);
          if (o.isEmpty()) {
            continue;
          }
          Score os = o.get().evaluation().orElseThrow().score();
          Score ps = p.get().evaluation().orElseThrow().score();
          String soft;
          if (os.hard() == ps.hard() && os.medium() == ps.medium()) {
            soft = ps.soft() == 0 ? "" : fmt((double) os.soft() / ps.soft(), 4);
          } else {
            soft = "hard " + signed(os.hard() - ps.hard()) + ", medium " + signed(os.medium() - ps.medium());
          }
          double timeRatio = (double) Math.max(1, o.get().solveMillis()) / Math.max(1, p.get().solveMillis());
          h.append("<tr><td class=\"l\">").append(esc(problem)).append("</td><td class=\"l\">").append(esc(our))
              .append("</td><td class=\"l\">").append(esc(peer)).append("</td><td>").append(o.get().solveMillis())
              .append("</td><td>").append(p.get().solveMillis()).append("</td><td class=\"").append(timeRatio <= 1 ? "good" : "bad")
              .append("\">").append(fmt(timeRatio, 3)).append("</td><td class=\"l\">").append(os).append("</td><td class=\"l\">")
              .append(ps).append("</td><td>").append(soft).append("</td></tr>\n");
        }
      }
    }
    return h.append("</table>\n").toString();
  }

  /** A gap as a percentage ({@code 0.42%}), empty when there is none. */
  static String gap(java.util.OptionalDouble gap) {
    return gap.isEmpty() ? "" : String.format(Locale.ROOT, "%.3f%%", 100 * gap.getAsDouble());
  }

  private static String img(String src, String alt) {
    return "<figure><img src=\"" + esc(src) + "\" alt=\"" + esc(alt) + "\"><figcaption>" + esc(alt) + "</figcaption></figure>\n";
  }

  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static String signed(long v) {
    return v > 0 ? "+" + v : Long.toString(v);
  }

  private static String fmt(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  private static String esc(String s) {
    return HtmlEscapers.htmlEscaper().escape(s);
  }
}
