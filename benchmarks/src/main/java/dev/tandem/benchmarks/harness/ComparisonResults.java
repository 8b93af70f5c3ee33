package dev.tandem.benchmarks.harness;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.tandem.core.bound.Bound;
import dev.tandem.core.evaluation.Score;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every run of a comparison, in the order problems × strategies × seeds, with when and where it
 * ran, and the proven bound of each problem ({@link dev.tandem.core.bound.Bounds}, computed once
 * per problem within the config's bound time limit).
 *
 * <p>Guarantee: immutable; {@link #runs()} holds exactly one result per problem × strategy × seed
 * of the config; {@link #bound} is the least of the problem's bound and every bound a run proved,
 * so it is never below any run's score.
 */
public record ComparisonResults(ComparisonConfig config, ImmutableList<RunResult> runs, Instant started, String machine,
    ImmutableMap<String, Bound> problemBounds) {

  public ComparisonResults {
    requireNonNull(config, "config");
    runs = ImmutableList.copyOf(runs);
    requireNonNull(started, "started");
    requireNonNull(machine, "machine");
    problemBounds = ImmutableMap.copyOf(problemBounds);
  }

  /** The best proven bound of a problem: the least of its computed bound and the bounds its runs proved. */
  public Optional<Score> bound(String problem) {
    Optional<Score> out = Optional.ofNullable(problemBounds.get(problem)).map(Bound::score);
    for (RunResult r : runsOf(problem)) {
      if (r.bound().isPresent() && (out.isEmpty() || r.bound().get().compareTo(out.get()) < 0)) {
        out = r.bound();
      }
    }
    return out;
  }

  /** A run's proven gap to {@link #bound} (see {@link Bound#gap}); empty without a result, a bound or equal levels. */
  public OptionalDouble gap(RunResult run) {
    Optional<Score> b = bound(run.problem());
    if (b.isEmpty() || !run.ok()) {
      return OptionalDouble.empty();
    }
    return Bound.gap(b.get(), run.evaluation().orElseThrow().score());
  }

  /** Problem names in config order. */
  public ImmutableList<String> problems() {
    return config.problems().stream().map(p -> p.name()).collect(ImmutableList.toImmutableList());
  }

  /** Strategy names in config order. */
  public ImmutableList<String> strategies() {
    return config.strategies();
  }

  /** The runs of one problem. */
  public ImmutableList<RunResult> runsOf(String problem) {
    return runs.stream().filter(r -> r.problem().equals(problem)).collect(ImmutableList.toImmutableList());
  }

  /** The run of a problem, strategy and seed. */
  public Optional<RunResult> find(String problem, String strategy, long seed) {
    return runs.stream()
        .filter(r -> r.problem().equals(problem) && r.strategy().equals(strategy) && r.seed() == seed)
        .findFirst();
  }

  /** The run of a problem and strategy with the first seed of the config. */
  public Optional<RunResult> first(String problem, String strategy) {
    return find(problem, strategy, config.seeds().get(0));
  }

  /** The best score reached on a problem by any run. */
  public Optional<Score> bestScore(String problem) {
    return runsOf(problem).stream().filter(RunResult::ok).map(r -> r.evaluation().orElseThrow().score())
        .max(Comparator.naturalOrder());
  }

  /** Names of the strategies that are peers, in config order. */
  public ImmutableList<String> peers() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    runs.stream().filter(RunResult::peer).forEach(r -> out.add(r.strategy()));
    return ImmutableList.copyOf(out);
  }
}
