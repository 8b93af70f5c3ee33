package dev.tandem.benchmarks.harness;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.tandem.core.generator.Suite;
import dev.tandem.core.model.MatchingProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to compare: named problems × strategies (ours and peers, by registry name) × seeds, with a
 * time limit per run and strategy settings passed through {@link dev.tandem.core.strategy.MatchOptions}.
 *
 * <p>Guarantee: immutable; at least one problem, strategy and seed; problem names (from
 * {@link MatchingProblem#name()}), strategy names and seeds are unique; the time limit is
 * positive. Whether each strategy name exists is checked by {@link ComparisonHarness#run}.
 * {@code boundTimeLimit} is the time for proving each problem's bound (0: no bound is computed;
 * runs that prove one still report it); by default the time limit per run.
 */
public record ComparisonConfig(
    ImmutableList<MatchingProblem> problems,
    ImmutableList<String> strategies,
    ImmutableList<Long> seeds,
    Duration timeLimit,
    ImmutableMap<String, String> settings,
    Duration boundTimeLimit) {

  /** The default time limit per run. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

  public ComparisonConfig {
    problems = ImmutableList.copyOf(problems);
    strategies = ImmutableList.copyOf(strategies);
    seeds = ImmutableList.copyOf(seeds);
    requireNonNull(timeLimit, "timeLimit");
    settings = ImmutableMap.copyOf(settings);
    requireNonNull(boundTimeLimit, "boundTimeLimit");
    checkArgument(!boundTimeLimit.isNegative(), "boundTimeLimit: %s is negative", boundTimeLimit);
    checkArgument(!problems.isEmpty(), "problems: at least one problem is needed");
    checkArgument(!strategies.isEmpty(), "strategies: at least one strategy is needed");
    checkArgument(!seeds.isEmpty(), "seeds: at least one seed is needed");
    checkArgument(!timeLimit.isNegative() && !timeLimit.isZero(), "timeLimit: %s is not positive", timeLimit);
    Set<String> names = new HashSet<>();
    for (MatchingProblem p : problems) {
      checkArgument(names.add(p.name()), "problems: two problems are named \"%s\"", p.name());
    }
    checkArgument(new HashSet<>(strategies).size() == strategies.size(), "strategies: %s names one twice", strategies);
    checkArgument(new HashSet<>(seeds).size() == seeds.size(), "seeds: %s names one twice", seeds);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComparisonConfig}; seed 1 and {@link #DEFAULT_TIME_LIMIT} unless set. */
  public static final class Builder {
    private final List<MatchingProblem> problems = new ArrayList<>();
    private final List<String> strategies = new ArrayList<>();
    private final List<Long> seeds = new ArrayList<>();
    private Duration timeLimit = DEFAULT_TIME_LIMIT;
    private Duration boundTimeLimit;
    private final Map<String, String> settings = new LinkedHashMap<>();

    private Builder() {}

    public Builder problem(MatchingProblem p) {
      problems.add(requireNonNull(p));
      return this;
    }

    public Builder problems(Collection<MatchingProblem> ps) {
      ps.forEach(this::problem);
      return this;
    }

    /** Adds the suite entry, with and/or without department spread. */
    public Builder suite(Suite suite, boolean... spread) {
      for (boolean s : spread) {
        problem(suite.problem(s));
      }
      return this;
    }

    public Builder strategy(String name) {
      strategies.add(requireNonNull(name));
      return this;
    }

    public Builder strategies(Collection<String> names) {
      names.forEach(this::strategy);
      return this;
    }

    public Builder seed(long seed) {
      seeds.add(seed);
      return this;
    }

    public Builder seeds(Collection<Long> values) {
      values.forEach(this::seed);
      return this;
    }

    public Builder timeLimit(Duration value) {
      timeLimit = requireNonNull(value);
      return this;
    }

    /** The time for proving each problem's bound; {@code Duration.ZERO} computes none. */
    public Builder boundTimeLimit(Duration value) {
      boundTimeLimit = requireNonNull(value);
      return this;
    }

    public Builder setting(String key, String value) {
      settings.put(requireNonNull(key), requireNonNull(value));
      return this;
    }

    public ComparisonConfig build() {
      List<Long> s = seeds.isEmpty() ? List.of(1L) : seeds;
      return new ComparisonConfig(ImmutableList.copyOf(problems), ImmutableList.copyOf(strategies),
          ImmutableList.copyOf(s), timeLimit, ImmutableMap.copyOf(settings), boundTimeLimit == null ? timeLimit : boundTimeLimit);
    }
  }
}
