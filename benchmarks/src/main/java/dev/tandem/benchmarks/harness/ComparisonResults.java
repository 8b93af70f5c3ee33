package dev.tandem.benchmarks.harness;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.evaluation.Score;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * Every run of a comparison, in the order problems × strategies × seeds, with when and where it
 * ran.
 *
 * <p>Guarantee: immutable; {@link #runs()} holds exactly one result per problem × strategy × seed
 * of the config.
 */
public record ComparisonResults(ComparisonConfig config, ImmutableList<RunResult> runs, Instant started, String machine) {

  public ComparisonResults {
    requireNonNull(config, "config");
    runs = ImmutableList.copyOf(runs);
    requireNonNull(started, "started");
    requireNonNull(machine, "machine");
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
