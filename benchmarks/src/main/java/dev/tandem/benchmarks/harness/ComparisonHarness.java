package dev.tandem.benchmarks.harness;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableList;
import dev.tandem.benchmarks.peers.Peer;
import dev.tandem.benchmarks.peers.PeerResult;
import dev.tandem.benchmarks.peers.PeerUnavailableException;
import com.google.common.collect.ImmutableMap;
import dev.tandem.core.bound.Bound;
import dev.tandem.core.bound.Bounds;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.Progress;
import dev.tandem.core.strategy.StrategyOutcome;
import dev.tandem.core.strategy.StrategyRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs problems × strategies × seeds and judges every matching with the one {@link Evaluator}:
 * the library behind {@code ./tandem compare}. Per problem it also proves a bound on the optimum
 * ({@link Bounds}, within the config's bound time limit), so every run gets a proven gap.
 *
 * <p>Per problem the eligibility structure is built once (and timed) and shared by every run;
 * each run gets {@link MatchOptions} with its seed, the time limit, the config's settings and a
 * progress listener whose reports are kept for the "best score over time" chart. Peers
 * ({@link Peer}) run in child processes and report their own solve time and memory.
 *
 * <p>Guarantee: one {@link RunResult} per problem × strategy × seed, in that order; a run that
 * throws (a peer that cannot run, a strategy failure) becomes a result with that status instead
 * of failing the comparison; unknown strategy names fail before anything runs, listing the known
 * ones. Runs are sequential (timings are not disturbed by each other).
 */
public final class ComparisonHarness {
  private final StrategyRegistry registry;
  private final Consumer<String> log;

  /** The standard strategies on the class path plus every peer; logs nowhere. */
  public ComparisonHarness() {
    this(StrategyRegistry.standard(), s -> {});
  }

  /**
   * The strategies of {@code registry} plus every peer (a strategy of the registry keeps its name).
   *
   * @param log receives one line per run (ids and figures only, never personal data)
   */
  public ComparisonHarness(StrategyRegistry registry, Consumer<String> log) {
    StrategyRegistry r = requireNonNull(registry, "registry");
    for (Peer p : Peer.all()) {
      if (r.find(p.name()).isEmpty()) {
        r = r.with(p);
      }
    }
    this.registry = r;
    this.log = requireNonNull(log, "log");
  }

  /** Every strategy name this harness knows (ours and peers). */
  public ImmutableList<String> strategyNames() {
    return registry.names().asList();
  }

  /**
   * Runs the comparison.
   *
   * @throws IllegalArgumentException when a strategy name is unknown (before anything runs)
   */
  public ComparisonResults run(ComparisonConfig config) {
    List<MatchingStrategy> strategies = config.strategies().stream().map(registry::get).toList();
    Instant started = Instant.now();
    List<RunResult> runs = new ArrayList<>();
    Map<String, Bound> bounds = new LinkedHashMap<>();
    for (MatchingProblem problem : config.problems()) {
      Stopwatch eligibilityWatch = Stopwatch.createStarted();
      Eligibility eligibility = Eligibility.of(problem);
      long eligibilityMillis = eligibilityWatch.elapsed(TimeUnit.MILLISECONDS);
      log.accept(problem.name() + ": " + problem.mentees().size() + " mentees, " + problem.mentors().size()
          + " mentors, " + eligibility.pairCount() + " eligible pairs in " + eligibilityMillis + " ms");
      if (!config.boundTimeLimit().isZero()) {
        Bound bound = Bounds.bound(eligibility, MatchOptions.builder().timeLimit(config.boundTimeLimit()).settings(config.settings()).build());
        bounds.put(problem.name(), bound);
        log.accept("  bound " + bound.score() + " (" + bound.method() + ", " + bound.iterations() + " solves, "
            + bound.elapsedMillis() + " ms)");
      }
      for (MatchingStrategy strategy : strategies) {
        for (long seed : config.seeds()) {
          RunResult r = runOne(config, problem, eligibility, eligibilityMillis, strategy, seed);
          log.accept("  " + strategy.name() + " seed " + seed + ": " + describe(r));
          runs.add(r);
        }
      }
    }
    return new ComparisonResults(config, ImmutableList.copyOf(runs), started, machine(), ImmutableMap.copyOf(bounds));
  }

  private RunResult runOne(ComparisonConfig config, MatchingProblem problem, Eligibility eligibility,
      long eligibilityMillis, MatchingStrategy strategy, long seed) {
    boolean peer = strategy instanceof Peer;
    List<Progress> progress = Collections.synchronizedList(new ArrayList<>());
    MatchOptions options = MatchOptions.builder()
        .seed(seed)
        .timeLimit(config.timeLimit())
        .settings(config.settings())
        .progress(progress::add)
        .build();
    String status = RunResult.OK;
    Optional<Evaluation> evaluation = Optional.empty();
    Optional<Score> bound = Optional.empty();
    boolean stoppedEarly = false;
    long wall;
    long solve;
    long memory;
    List<MemoryPoolMXBean> heap = heapPools();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    Stopwatch watch = Stopwatch.createStarted();
    try {
      if (peer) {
        PeerResult result = ((Peer) strategy).solve(eligibility, config.timeLimit());
        wall = watch.elapsed(TimeUnit.MILLISECONDS);
        solve = result.solveMillis();
        memory = result.peakMemoryBytes();
        evaluation = Optional.of(Evaluator.evaluate(eligibility, result.matching()));
      } else {
        StrategyOutcome outcome = strategy.solve(eligibility, options);
        Matching matching = outcome.matching();
        wall = watch.elapsed(TimeUnit.MILLISECONDS);
        bound = outcome.bound();
        stoppedEarly = outcome.stoppedEarly();
        solve = wall;
        memory = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        evaluation = Optional.of(Evaluator.evaluate(eligibility, matching));
      }
    } catch (PeerUnavailableException e) {
      wall = watch.elapsed(TimeUnit.MILLISECONDS);
      solve = -1;
      memory = -1;
      status = "unavailable: " + e.getMessage();
    } catch (RuntimeException | OutOfMemoryError e) {
      wall = watch.elapsed(TimeUnit.MILLISECONDS);
      solve = -1;
      memory = -1;
      status = "failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
    }
    for (Progress p : progress) {
      if (p.bound().isPresent() && (bound.isEmpty() || p.bound().get().compareTo(bound.get()) < 0)) {
        bound = p.bound();
      }
    }
    return new RunResult(problem.name(), problem.mentees().size(), problem.mentors().size(), eligibility.pairCount(),
        strategy.name(), peer, seed, status, evaluation, wall, solve, eligibilityMillis, memory, ImmutableList.copyOf(progress), bound,
        stoppedEarly);
  }

  private static String describe(RunResult r) {
    if (!r.ok()) {
      return r.status();
    }
    Evaluation e = r.evaluation().orElseThrow();
    return e.score() + ", matched " + e.metrics().matched() + "/" + e.metrics().mentees() + ", " + r.solveMillis() + " ms";
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
        .toList();
  }

  /** Processors, memory, operating system and Java version of this machine. */
  public static String machine() {
    Runtime rt = Runtime.getRuntime();
    return rt.availableProcessors() + " cores, max heap " + (rt.maxMemory() >> 20) + " MB, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
        + System.getProperty("java.version");
  }
}
