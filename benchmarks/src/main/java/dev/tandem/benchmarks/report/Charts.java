package dev.tandem.benchmarks.report;

import dev.tandem.benchmarks.harness.ComparisonResults;
import dev.tandem.benchmarks.harness.RunResult;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.strategy.Progress;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The PNG charts of a comparison report, drawn headless with JFreeChart: score by strategy per
 * problem, solve time by size (log-log), best score and proven bound over time from progress
 * events, and the pair score distribution per strategy.
 *
 * <p>Guarantee: each method writes one PNG (or nothing and returns false when there is no data to
 * draw); colours are fixed per strategy position, so every chart of a report agrees.
 */
final class Charts {
  static final int WIDTH = 1100;
  static final int HEIGHT = 560;

  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    new Color(0xbcbd22), new Color(0x17becf)
  };

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font("SansSerif", Font.BOLD, 20));
    theme.setLargeFont(new Font("SansSerif", Font.BOLD, 15));
    theme.setRegularFont(new Font("SansSerif", Font.PLAIN, 13));
    theme.setSmallFont(new Font("SansSerif", Font.PLAIN, 11));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xdddddd));
    theme.setRangeGridlinePaint(new Color(0xdddddd));
    ChartFactory.setChartTheme(theme);
  }

  private Charts() {}

  static Color color(int index) {
    return PALETTE[index % PALETTE.length];
  }

  /**
   * Grouped bars: per problem, each strategy's soft score as a percentage of the best run's soft
   * score on that problem (first seed). Runs whose hard or medium level is below the best are
   * drawn too; the table shows those levels.
   */
  static boolean scoreByStrategy(ComparisonResults results, Path file) throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String problem : results.problems()) {
      Optional<Score> best = results.bestScore(problem);
      if (best.isEmpty()) {
        continue;
      }
      for (String strategy : results.strategies()) {
        Optional<RunResult> run = results.first(problem, strategy).filter(RunResult::ok);
        if (run.isPresent()) {
          data.addValue(relative(run.get().evaluation().orElseThrow().score(), best.get()), strategy, problem);
        }
      }
    }
    if (data.getRowCount() == 0) {
      return false;
    }
    JFreeChart chart = ChartFactory.createBarChart(
        "Score by strategy (soft score, % of the best run on each problem)", "problem",
        "% of best soft score", data, PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat("0.#")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font("SansSerif", Font.PLAIN, 10));
    // Vertical labels above each bar, so that many strategies per problem do not overlap.
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
        ItemLabelAnchor.OUTSIDE12, TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2));
    colourSeries(results, data.getRowKeys(), renderer::setSeriesPaint);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setAutoRangeIncludesZero(true);
    range.setUpperMargin(0.12);
    CategoryAxis domain = plot.getDomainAxis();
    domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    return true;
  }

  /** The soft score as a percentage of the best's, 0 when the best soft score is not positive. */
  static double relative(Score score, Score best) {
    return best.soft() <= 0 ? 0 : 100.0 * score.soft() / best.soft();
  }

  /** Log-log lines: mean solve time (ms) per number of mentees, one line per strategy. */
  static boolean timeBySize(ComparisonResults results, Path file) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    double[] bounds = {Double.MAX_VALUE, 0, Double.MAX_VALUE, 0};
    for (String strategy : results.strategies()) {
      Map<Integer, double[]> bySize = new TreeMap<>();
      for (RunResult r : results.runs()) {
        if (r.strategy().equals(strategy) && r.ok() && r.mentees() > 0) {
          double[] acc = bySize.computeIfAbsent(r.mentees(), k -> new double[2]);
          acc[0] += Math.max(1, r.solveMillis());
          acc[1]++;
        }
      }
      if (bySize.isEmpty()) {
        continue;
      }
      XYSeries series = new XYSeries(strategy);
      bySize.forEach((size, acc) -> {
        double ms = acc[0] / acc[1];
        series.add((double) size, ms);
        bounds[0] = Math.min(bounds[0], size);
        bounds[1] = Math.max(bounds[1], size);
        bounds[2] = Math.min(bounds[2], ms);
        bounds[3] = Math.max(bounds[3], ms);
      });
      data.addSeries(series);
    }
    if (data.getSeriesCount() == 0) {
      return false;
    }
    JFreeChart chart = ChartFactory.createXYLineChart("Solve time by problem size (log-log)",
        "mentees", "solve time (ms)", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    LogAxis x = logAxis("mentees (log scale)", bounds[0] / 2, bounds[1] * 2);
    LogAxis y = logAxis("solve time (ms, log scale)", Math.max(0.5, bounds[2] / 2), bounds[3] * 2);
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int s = 0; s < data.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, color(results.strategies().indexOf((String) data.getSeriesKey(s))));
      renderer.setSeriesStroke(s, new BasicStroke(2.5f));
    }
    plot.setRenderer(renderer);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    return true;
  }

  /** A base-10 log axis over {@code [lo, hi]} with one labelled tick per decade. */
  private static LogAxis logAxis(String label, double lo, double hi) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setSmallestValue(0.1);
    axis.setRange(lo, Math.max(hi, lo * 10));
    axis.setAutoTickUnitSelection(false);
    axis.setTickUnit(new NumberTickUnit(1.0), false, false);
    axis.setMinorTickCount(9);
    axis.setMinorTickMarksVisible(true);
    axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#"));
    return axis;
  }

  /**
   * Steps: the best soft score reported by progress events over time on one problem (first seed),
   * one line per strategy that reported at least two progress events, and, dashed in the same
   * colour, the proven bound each strategy reported with them; a grey horizontal line marks the
   * problem's best bound. Events below the final hard and medium levels are left out so that the
   * soft axis compares like with like.
   */
  static boolean bestScoreOverTime(ComparisonResults results, String problem, Path file) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    List<Color> colours = new ArrayList<>();
    List<Boolean> dashed = new ArrayList<>();
    double end = 0;
    for (String strategy : results.strategies()) {
      Optional<RunResult> run = results.first(problem, strategy).filter(RunResult::ok);
      if (run.isEmpty() || run.get().progress().isEmpty()) {
        continue;
      }
      Score last = run.get().progress().get(run.get().progress().size() - 1).bestScore();
      XYSeries series = new XYSeries(strategy);
      XYSeries bound = new XYSeries(strategy + " bound");
      for (Progress p : run.get().progress()) {
        if (p.bestScore().hard() == last.hard() && p.bestScore().medium() == last.medium()) {
          series.add(p.elapsedMillis() / 1000.0, p.bestScore().soft());
          p.bound().filter(b -> b.hard() == last.hard() && b.medium() == last.medium())
              .ifPresent(b -> bound.add(p.elapsedMillis() / 1000.0, b.soft()));
        }
        end = Math.max(end, p.elapsedMillis() / 1000.0);
      }
      end = Math.max(end, run.get().wallMillis() / 1000.0);
      Color colour = color(results.strategies().indexOf(strategy));
      if (series.getItemCount() > 1 || bound.getItemCount() > 1) {
        data.addSeries(series);
        colours.add(colour);
        dashed.add(false);
        if (bound.getItemCount() > 0) {
          data.addSeries(bound);
          colours.add(colour);
          dashed.add(true);
        }
      }
    }
    if (data.getSeriesCount() == 0) {
      return false;
    }
    Optional<Score> best = results.bound(problem);
    Optional<Score> top = results.bestScore(problem);
    if (best.isPresent() && top.isPresent() && best.get().hard() == top.get().hard() && best.get().medium() == top.get().medium()) {
      XYSeries line = new XYSeries("best proven bound");
      line.add(0, best.get().soft());
      line.add(Math.max(end, 0.001), best.get().soft());
      data.addSeries(line);
      colours.add(Color.GRAY);
      dashed.add(false);
    }
    JFreeChart chart = ChartFactory.createXYLineChart("Best score and proven bound over time: " + problem,
        "elapsed (s)", "soft score (solid: best found, dashed: proven bound)", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    XYStepRenderer renderer = new XYStepRenderer();
    for (int s = 0; s < data.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, colours.get(s));
      renderer.setSeriesStroke(s, dashed.get(s)
          ? new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f)
          : new BasicStroke(2.5f));
    }
    plot.setRenderer(renderer);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setAutoRangeIncludesZero(false);
    range.setAutoRangeMinimumSize(10);
    range.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
    ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    return true;
  }

  /** Box plots: the pair scores of each strategy's matching on one problem (first seed). */
  static boolean pairScoreDistribution(ComparisonResults results, String problem, Path file) throws IOException {
    DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
    List<String> drawn = new ArrayList<>();
    for (String strategy : results.strategies()) {
      Optional<RunResult> run = results.first(problem, strategy).filter(RunResult::ok);
      if (run.isEmpty()) {
        continue;
      }
      Evaluation e = run.get().evaluation().orElseThrow();
      List<Long> scores = e.pairs().stream().map(PairEvaluation::pairScore).toList();
      if (scores.isEmpty()) {
        continue;
      }
      data.add(scores, "pair score", strategy);
      drawn.add(strategy);
    }
    if (drawn.isEmpty()) {
      return false;
    }
    JFreeChart chart = ChartFactory.createBoxAndWhiskerChart("Pair score distribution: " + problem,
        "strategy", "pair score", data, false);
    CategoryPlot plot = chart.getCategoryPlot();
    BoxAndWhiskerRenderer renderer = (BoxAndWhiskerRenderer) plot.getRenderer();
    renderer.setMeanVisible(false);
    renderer.setMaximumBarWidth(0.08);
    renderer.setSeriesPaint(0, color(0));
    renderer.setFillBox(true);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    return true;
  }

  private static void colourSeries(ComparisonResults results, List<?> keys,
      java.util.function.BiConsumer<Integer, Color> set) {
    for (int i = 0; i < keys.size(); i++) {
      set.accept(i, color(results.strategies().indexOf((String) keys.get(i))));
    }
  }
}
