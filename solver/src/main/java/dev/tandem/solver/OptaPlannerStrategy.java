package dev.tandem.solver;

import com.google.common.collect.ImmutableSortedSet;
import dev.tandem.core.bound.Bound;
import dev.tandem.core.bound.BoundedMatching;
import dev.tandem.core.bound.Bounds;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.Cancellation;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.Progress;
import dev.tandem.core.strategy.ProgressListener;
import dev.tandem.core.strategy.StrategyOutcome;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.solver.domain.MentoringPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code optaplanner} strategy: optimises the whole objective of docs/objective.md, department
 * spread included, with OptaPlanner 10.1 (Bavet constraint streams).
 *
 * <p>How: by default the warm start is the best matching of the Lagrangian bound search of
 * {@link Bounds} (its first iterate is {@code exact}'s matching, so it is the better of
 * {@code exact} and {@code lagrangian}; see "Time" for its share), and the search stops as soon as its best
 * score meets that proven bound (at once when the department spread weight is 0: {@code exact} is
 * then optimal); progress reports carry the bound, so the gap is known throughout. An explicit
 * {@code warmStart} setting names another strategy instead (no bound then), cleaned to keep only
 * eligible pairs within capacity and every pinned pair. Then a construction
 * heuristic for the mentees still unmatched and a local search (late acceptance by default) over
 * change and swap moves, each mentee's moves limited to its eligible mentors. Pinned mentees are
 * {@code @PlanningPin}ned. Best-score events go to {@link MatchOptions#progress()}; setting
 * {@link MatchOptions#cancellation()} from another thread stops the search, which returns the best
 * matching found so far.
 *
 * <p>Time: the time limit covers the whole run from the call (the eligibility structure is the
 * caller's): warm start, solver set-up, search and the final scoring. The default warm start
 * gets {@value #WARM_SHARE} of the limit, its first solve ({@code exact}'s) included: a local
 * search from a worse start rarely catches up, and if that solve is stopped its completion is
 * short (see {@code ExactStrategy}). An explicit {@code warmStart} strategy may run until
 * {@value #WARM_HARD_SHARE} of it. Both are stopped by a cancellation counted from
 * this strategy's start, not their own. The search then starts only when the time left covers the
 * solver's set-up ({@link #minimumSearchNanos}); otherwise the warm start is the result. The solver
 * gets the rest (its own spent limit, and a watcher that stops it at the deadline whatever
 * OptaPlanner counts), and only the fast score ({@link Evaluator#score}) is computed outside the
 * search. A run ended by the time limit or a cancellation before its best score met the proven
 * bound says {@code stoppedEarly} ({@link #solve}).
 *
 * <p>Guarantee: the result keeps every pinned pair, uses only eligible pairs, respects every
 * capacity and its score (by core's {@code Evaluator}) is never below that of the warm start.
 * Reproducible with a step limit ({@link SolverSettings}, "Reproducible runs"): the same problem,
 * seed and settings give the same matching whatever the machine's speed (a time limit makes the
 * result depend on it).
 */
public final class OptaPlannerStrategy implements MatchingStrategy {
  /** The registry name. */
  public static final String NAME = "optaplanner";

  private static final Logger LOG = LoggerFactory.getLogger(OptaPlannerStrategy.class);
  private static final long CANCEL_POLL_MILLIS = 20;
  /**
   * The share of the time limit the default warm start gets: its deep repair finds most of what
   * the local search would (measured at L-spread, 30 s: with half the limit and no repair the
   * result, 663,995, stayed below {@code lagrangian} alone).
   */
  static final double WARM_SHARE = 0.75;
  /** The share of the time limit after which the warm start is stopped whatever it is doing. */
  static final double WARM_HARD_SHARE = 0.85;
  /** The least search worth starting (beyond the solver's set-up), in milliseconds. */
  static final long MIN_SEARCH_MILLIS = 50;
  /**
   * The solver's set-up per mentee (plan, solver, first score calculation): measured 74 us on XL
   * (10,000 mentees, 737 ms) with the machine loaded.
   */
  static final long SETUP_NANOS_PER_MENTEE = 60_000;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "OptaPlanner local search on the full score (department spread included), warm-started from exact and lagrangian, stops at the proven bound; never worse than its warm start";
  }

  /**
   * The keys of {@link SolverSettings}, and those of every other registered strategy: the warm
   * start (exact, the Lagrangian bound search, or the strategy {@code warmStart} names) runs with
   * the same settings.
   */
  @Override
  public ImmutableSortedSet<String> settingKeys() {
    ImmutableSortedSet.Builder<String> keys = ImmutableSortedSet.<String>naturalOrder().addAll(SolverSettings.KEYS)
        .addAll(Bounds.SETTINGS);
    StrategyRegistry registry = StrategyRegistry.standard();
    for (String name : registry.names()) {
      if (!name.equals(NAME)) {
        keys.addAll(registry.get(name).settingKeys());
      }
    }
    return keys.build();
  }

  @Override
  public Matching match(Eligibility el, MatchOptions options) {
    return solve(el, options).matching();
  }

  /**
   * Runs the strategy and says whether the time limit or a cancellation ended it before the
   * search met its proven bound ({@code stoppedEarly}: no proof of optimality), with the bound of
   * the warm start's Lagrangian search when the default warm start ran.
   */
  @Override
  public StrategyOutcome solve(Eligibility el, MatchOptions options) {
    long start = System.nanoTime();
    SolverSettings settings = SolverSettings.of(options);
    Optional<Long> deadline = settings.timeLimit().map(t -> start + t.toNanos());
    BooleanSupplier pastDeadline = () -> deadline.filter(d -> System.nanoTime() - d > 0).isPresent();
    BooleanSupplier stop = () -> options.cancellation().isCancelled() || pastDeadline.getAsBoolean();
    ProgressReporter reporter = new ProgressReporter(options.progress(), start);
    Warm warm = settings.warmStart().isEmpty()
        ? lagrangianWarmStart(el, options, settings, start, deadline, reporter)
        : new Warm(warmStart(el, warmOptions(options, start, deadline).build(), settings), Optional.empty());
    int[] initial = warm.mentorOf();
    Optional<Bound> bound = warm.bound();
    Score warmScore = Evaluator.score(el, initial);
    reporter.report(warmScore, bound.map(Bound::score));
    long warmNanos = System.nanoTime() - start;
    if (bound.filter(b -> b.isMetBy(warmScore)).isPresent() || !anyMovable(el)) {
      return outcome(el, initial, false, bound);
    }
    if (stop.getAsBoolean() || deadline.filter(d -> d - System.nanoTime() < minimumSearchNanos(el)).isPresent()) {
      LOG.debug("optaplanner: {} mentees, warm start {} in {} ms, no time left for the search", el.menteeCount(), warmScore,
          warmNanos / 1_000_000);
      return outcome(el, initial, true, bound);
    }
    MentoringPlan plan = MentoringPlan.of(el, initial);
    Optional<Duration> remaining = deadline.map(d -> Duration.ofNanos(Math.max(d - System.nanoTime(), 1_000_000L))
        .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    SolverConfig solverConfig = config(settings, remaining, options.seed());
    // stop as soon as the best score meets the proven bound: nothing better exists
    bound.ifPresent(b -> solverConfig.getTerminationConfig().withBestScoreLimit(
        HardMediumSoftLongScore.of(b.score().hard(), b.score().medium(), b.score().soft()).toString()));
    Solver<MentoringPlan> solver = SolverFactory.<MentoringPlan>create(solverConfig).buildSolver();
    solver.addEventListener(event -> {
      HardMediumSoftLongScore s = (HardMediumSoftLongScore) event.getNewBestScore();
      if (s.isSolutionInitialized()) {
        reporter.report(Score.of(s.hardScore(), s.mediumScore(), s.softScore()));
      }
    });
    MentoringPlan best;
    AtomicBoolean done = new AtomicBoolean();
    Thread watcher = new Thread(() -> watch(stop, solver, done), "tandem-optaplanner-cancellation");
    watcher.setDaemon(true);
    watcher.start();
    long searchStart = System.nanoTime();
    LOG.debug("optaplanner: warm start {} ms, plan and solver built in {} ms", warmNanos / 1_000_000, (searchStart - start - warmNanos) / 1_000_000);
    try {
      best = solver.solve(plan);
    } finally {
      done.set(true);
      watcher.interrupt();
    }
    int[] result = best.mentorOf();
    Score resultScore = Evaluator.score(el, result);
    boolean improved = resultScore.compareTo(warmScore) > 0;
    Score finalScore = improved ? resultScore : warmScore;
    boolean stopped = stop.getAsBoolean() && bound.filter(b -> b.isMetBy(finalScore)).isEmpty();
    LOG.debug("optaplanner: {} mentees, warm start {} in {} ms, search {} ms, result {}, {}", el.menteeCount(), warmScore,
        warmNanos / 1_000_000, (System.nanoTime() - searchStart) / 1_000_000, resultScore,
        bound.map(b -> "bound " + b.score() + ": " + b.describe(finalScore)).orElse("no bound"));
    // never below the warm start: a search that found nothing better returns it unchanged
    return outcome(el, improved ? result : initial, stopped, bound);
  }

  private static StrategyOutcome outcome(Eligibility el, int[] mentorOf, boolean stoppedEarly, Optional<Bound> bound) {
    return new StrategyOutcome(el.toMatching(mentorOf), stoppedEarly, bound.map(Bound::score));
  }

  /** The warm start's assignment and, from the Lagrangian search, its proven bound. */
  private record Warm(int[] mentorOf, Optional<Bound> bound) {}

  /**
   * The default warm start: the Lagrangian bound search of {@link Bounds}, whose first solve is
   * {@code exact}'s. Its time: {@value #WARM_SHARE} of the time limit, with its own deep repair of
   * the best matchings (on a second thread beside the search when there are two processors),
   * counted from this strategy's start; a cancellation at {@link #WARM_HARD_SHARE} of the limit
   * (or the caller's) stops it whatever it is doing. Its progress reports (score and bound) go to the listener.
   */
  private Warm lagrangianWarmStart(Eligibility el, MatchOptions options, SolverSettings settings, long start,
      Optional<Long> deadline, ProgressReporter reporter) {
    MatchOptions.Builder warmOptions = warmOptions(options, start, deadline)
        .progress(p -> reporter.report(p.bestScore(), p.bound()));
    settings.timeLimit().ifPresent(t -> warmOptions.timeLimit(Duration.ofNanos(
        Math.max(1, (long) (t.toNanos() * WARM_SHARE) - (System.nanoTime() - start)))));
    BoundedMatching w = Bounds.search(el, warmOptions.build());
    return new Warm(el.assignmentOf(w.matching()), Optional.of(w.bound()));
  }

  /**
   * The options of a warm start: no progress, the same settings and seed, and instead of a time
   * limit (which the warm start would count from its own start, after its set-up) a cancellation
   * that holds when the caller's does, once {@link #WARM_HARD_SHARE} of the whole limit has passed
   * since {@code start}. The default warm start adds its own time limit (see {@link #WARM_SHARE}).
   */
  private static MatchOptions.Builder warmOptions(MatchOptions options, long start, Optional<Long> deadline) {
    Optional<Long> warmDeadline = deadline.map(d -> start + (long) ((d - start) * WARM_HARD_SHARE));
    return options.toBuilder().progress(ProgressListener.NONE).noTimeLimit()
        .cancellation(Cancellation.when(() -> options.cancellation().isCancelled()
            || warmDeadline.filter(w -> System.nanoTime() - w > 0).isPresent()));
  }

  /**
   * The least time worth starting the search with: the solver's set-up
   * ({@value #SETUP_NANOS_PER_MENTEE} ns per mentee) plus {@value #MIN_SEARCH_MILLIS} ms of search
   * (less finds little). With less time left the warm start is returned as it is.
   */
  static long minimumSearchNanos(Eligibility el) {
    return MIN_SEARCH_MILLIS * 1_000_000L + el.menteeCount() * SETUP_NANOS_PER_MENTEE;
  }

  /**
   * Polls the cancellation flag and the deadline of the whole run while the solver runs; repeats
   * the request until solving ends.
   */
  private static void watch(BooleanSupplier stop, Solver<MentoringPlan> solver, AtomicBoolean done) {
    while (!done.get()) {
      if (stop.getAsBoolean()) {
        solver.terminateEarly();
      }
      try {
        Thread.sleep(CANCEL_POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * The solver configuration: domain and engine, environment, seed, threads, phases, termination.
   * Without a time limit (a step-bounded run) and without {@code unimprovedTime} no termination
   * reads the clock.
   */
  static SolverConfig config(SolverSettings s, Optional<Duration> timeLimit, long seed) {
    TerminationConfig solverTermination = new TerminationConfig();
    timeLimit.ifPresent(solverTermination::withSpentLimit);
    s.unimprovedTime().ifPresent(d -> solverTermination.withUnimprovedSpentLimit(d.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
    List<PhaseConfig> phases = new ArrayList<>();
    s.constructionHeuristic().ifPresent(t -> phases.add(new ConstructionHeuristicPhaseConfig().withConstructionHeuristicType(t)));
    LocalSearchPhaseConfig ls = new LocalSearchPhaseConfig();
    // OptaPlanner refuses a type together with explicit acceptor/forager configs: for late
    // acceptance and tabu search the type is spelled out as acceptor + forager
    if (s.localSearch() == LocalSearchType.LATE_ACCEPTANCE) {
      ls.withAcceptorConfig(new LocalSearchAcceptorConfig().withAcceptorTypeList(List.of(AcceptorType.LATE_ACCEPTANCE))
              .withLateAcceptanceSize(s.lateAcceptanceSize().orElse(SolverSettings.DEFAULT_LATE_ACCEPTANCE_SIZE)))
          .withForagerConfig(new LocalSearchForagerConfig()
              .withAcceptedCountLimit(s.acceptedCountLimit().orElse(SolverSettings.DEFAULT_LATE_ACCEPTANCE_ACCEPTED_COUNT)));
    } else if (s.localSearch() != LocalSearchType.TABU_SEARCH) {
      ls.withLocalSearchType(s.localSearch());
    } else {
      LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig().withAcceptorTypeList(List.of(AcceptorType.ENTITY_TABU));
      if (s.entityTabuSize().isPresent()) {
        acceptor.withEntityTabuSize(s.entityTabuSize().getAsInt());
      } else {
        acceptor.withEntityTabuRatio(0.1);
      }
      ls.withAcceptorConfig(acceptor)
          .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(s.acceptedCountLimit().orElse(1000)));
    }
    // the default move selector (change and swap moves), spelled out to cap the moves of one step
    s.stepMoveLimit().ifPresent(limit -> ls.withMoveSelectorConfig(new UnionMoveSelectorConfig()
        .withMoveSelectors(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()).withSelectedCountLimit((long) limit)));
    if (s.stepCountLimit().isPresent() || s.unimprovedStepCountLimit().isPresent()) {
      TerminationConfig phaseTermination = new TerminationConfig();
      s.stepCountLimit().ifPresent(phaseTermination::withStepCountLimit);
      s.unimprovedStepCountLimit().ifPresent(phaseTermination::withUnimprovedStepCountLimit);
      ls.withTerminationConfig(phaseTermination);
    }
    phases.add(ls);
    return MentoringSolverConfigs.base()
        .withEnvironmentMode(s.environmentMode())
        .withRandomSeed(seed)
        .withMoveThreadCount(s.moveThreadCount())
        .withTerminationConfig(solverTermination)
        .withPhases(phases.toArray(new PhaseConfig[0]));
  }

  /**
   * The warm-start assignment: pinned pairs first, then the warm strategy's eligible pairs while
   * the mentor has room (a well-behaved strategy loses nothing here).
   */
  private int[] warmStart(Eligibility el, MatchOptions options, SolverSettings settings) {
    int[] mentorOf = new int[el.menteeCount()];
    Arrays.fill(mentorOf, -1);
    int[] load = new int[el.mentorCount()];
    for (int m = 0; m < mentorOf.length; m++) {
      int r = el.pinnedMentor(m);
      if (r >= 0) {
        mentorOf[m] = r;
        load[r]++;
      }
    }
    Optional<MatchingStrategy> warm = warmStrategy(settings);
    if (warm.isEmpty() || options.cancellation().isCancelled()) {
      return mentorOf;
    }
    MatchOptions warmOptions = options.toBuilder().progress(ProgressListener.NONE).build();
    int[] proposed = el.assignmentOf(warm.get().match(el, warmOptions));
    for (int m = 0; m < proposed.length; m++) {
      int r = proposed[m];
      if (mentorOf[m] < 0 && r >= 0 && el.isEligible(m, r) && load[r] < el.capacity(r)) {
        mentorOf[m] = r;
        load[r]++;
      }
    }
    return mentorOf;
  }

  private static Optional<MatchingStrategy> warmStrategy(SolverSettings settings) {
    StrategyRegistry registry = StrategyRegistry.standard();
    boolean explicit = settings.warmStart().isPresent();
    for (String name : settings.warmStartCandidates()) {
      if (name.equals(NAME)) {
        throw new ValidationException(List.of(new ValidationProblem("settings.warmStart", "the optaplanner strategy cannot warm-start from itself")));
      }
      Optional<MatchingStrategy> s = registry.find(name);
      if (s.isPresent()) {
        return s;
      }
      if (explicit) {
        throw new ValidationException(List.of(new ValidationProblem("settings.warmStart",
            "unknown strategy \"" + name + "\"; known: " + String.join(", ", registry.names()) + ", none")));
      }
    }
    return Optional.empty();
  }

  private static boolean anyMovable(Eligibility el) {
    for (int m = 0; m < el.menteeCount(); m++) {
      if (el.pinnedMentor(m) < 0 && el.eligibleCount(m) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Forwards strictly improving best scores with the time since the strategy started and the
   * best proven bound known (from the warm start's Lagrangian search).
   */
  private static final class ProgressReporter {
    private final ProgressListener listener;
    private final long start;
    private Optional<Score> bound = Optional.empty();
    private Score last;

    ProgressReporter(ProgressListener listener, long start) {
      this.listener = listener;
      this.start = start;
    }

    synchronized void report(Score score, Optional<Score> newBound) {
      newBound.filter(b -> bound.isEmpty() || b.compareTo(bound.get()) < 0).ifPresent(b -> bound = Optional.of(b));
      report(score);
    }

    synchronized void report(Score score) {
      if (last == null || score.compareTo(last) > 0) {
        last = score;
        listener.onProgress(new Progress(NAME, (System.nanoTime() - start) / 1_000_000, score, bound));
      }
    }
  }
}
