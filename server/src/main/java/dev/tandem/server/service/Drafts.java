package dev.tandem.server.service;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.StepRefusedException;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.strategy.Cancellation;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.server.auth.Principal;
import dev.tandem.server.auth.Tokens;
import dev.tandem.server.service.Refusal.Kind;
import dev.tandem.server.store.Database;
import dev.tandem.server.store.Store;
import dev.tandem.server.store.Store.CycleRow;
import dev.tandem.server.store.Store.JobRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts a matching in the background: core's {@link Cycle#draft} with the chosen strategy and
 * time limit, in a bounded pool. The job, its best score so far and its heartbeat live in the
 * database ({@code solve_jobs}), so any server sharing the database answers progress and cancel.
 *
 * <p>Guarantee: at most one live job per cycle; a job whose heartbeat is older than
 * {@code staleAfter} (its server died) is marked {@code ABANDONED}, after which the draft can be
 * started again. A finished draft is stored only if the cycle is still at the version the job
 * started from (else the job ends {@code FAILED} and nothing changes); a cancelled job changes
 * nothing. Job states: RUNNING, CANCEL_REQUESTED, DONE, CANCELLED, FAILED, ABANDONED.
 */
public final class Drafts implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Drafts.class);
  static final List<String> LIVE = List.of("RUNNING", "CANCEL_REQUESTED");
  /** The longest time limit a draft may ask for. */
  public static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(10);

  private final Platform platform;
  private final Database db;
  private final StrategyRegistry registry;
  private final Duration heartbeat;
  private final Duration staleAfter;
  private final ThreadPoolExecutor pool;
  private final ScheduledExecutorService beats;

  /**
   * @param threads how many drafts solve at once on this server
   * @param queue how many more may wait
   * @param heartbeat how often a running job records its heartbeat and reads cancel requests
   * @param staleAfter after how long without a heartbeat a job counts as abandoned
   */
  public Drafts(Platform platform, StrategyRegistry registry, int threads, int queue, Duration heartbeat, Duration staleAfter) {
    this.platform = requireNonNull(platform);
    this.db = platform.database();
    this.registry = requireNonNull(registry);
    this.heartbeat = heartbeat;
    this.staleAfter = staleAfter;
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
      Thread t = new Thread(r, "tandem-draft");
      t.setDaemon(true);
      return t;
    });
    this.beats = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tandem-draft-heartbeat");
      t.setDaemon(true);
      return t;
    });
  }

  public StrategyRegistry registry() {
    return registry;
  }

  /**
   * Starts drafting; answers at once with the job.
   *
   * @throws Refusal for a wrong role, a stale version, an unknown strategy, a time limit out of
   *     range, a cycle not in matching, a live draft of the same cycle, or a full pool
   */
  public JobRow start(Principal who, String programmeId, String cycleId, Optional<Long> version, String strategy,
      Duration timeLimit, long seed) {
    Access.requireAdmin(who);
    List<ValidationProblem> problems = new ArrayList<>();
    if (version.isEmpty()) {
      problems.add(new ValidationProblem("version", "required: the version of the cycle this draft is based on"));
    }
    Optional<MatchingStrategy> found = registry.find(strategy);
    if (found.isEmpty()) {
      problems.add(new ValidationProblem("strategy", "unknown strategy \"" + strategy + "\"; known: " + String.join(", ", registry.names())));
    }
    if (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
      problems.add(new ValidationProblem("timeLimitSeconds", timeLimit.toSeconds() + " is outside 1.." + MAX_TIME_LIMIT.toSeconds()));
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    Instant now = platform.now();
    JobRow job = db.inTransaction(c -> {
      CycleRow row = platform.cycle(who, programmeId, cycleId);
      if (row.version() != version.get()) {
        throw Platform.stale(cycleId, version.get(), row.version());
      }
      if (!Platform.drafting(row.cycle())) {
        throw new StepRefusedException(row.cycle().phase(), "draft a matching",
            List.of("this step belongs to phase MATCHING; the cycle is in " + row.cycle().phase()));
      }
      Store.abandonStale(c, now.minus(staleAfter), now);
      Optional<JobRow> live = Store.jobs(c, programmeId, cycleId).stream().filter(j -> LIVE.contains(j.status())).findFirst();
      if (live.isPresent()) {
        throw new Refusal(Kind.CONFLICT, "draft " + live.get().id() + " of cycle \"" + cycleId + "\" is still running; cancel it or wait",
            List.of(new ValidationProblem("strategy", "a draft is already running (job " + live.get().id() + ")")));
      }
      JobRow j = new JobRow(Tokens.id("job"), programmeId, cycleId, strategy, timeLimit.toMillis(), seed, row.version(), "RUNNING",
          Optional.empty(), Optional.empty(), who.personId(), now, now, Optional.empty());
      Store.insertJob(c, j);
      return j;
    });
    try {
      pool.execute(() -> run(job, found.get()));
    } catch (RejectedExecutionException e) {
      finish(job.id(), "FAILED", Optional.of("too many drafts waiting on this server; try again shortly"), Optional.empty());
      throw new Refusal(Kind.BUSY, "too many drafts are running or waiting on this server; try again shortly");
    }
    LOG.info("person {} started draft {} of cycle {}/{} with {}", who.personId(), job.id(), programmeId, cycleId, strategy);
    return job;
  }

  /** A job of a cycle (administrator only); marks it abandoned first when its heartbeat is stale. */
  public JobRow job(Principal who, String programmeId, String cycleId, String jobId) {
    Access.requireAdmin(who);
    Instant now = platform.now();
    return db.inTransaction(c -> {
      Store.abandonStale(c, now.minus(staleAfter), now);
      return Store.job(c, jobId).filter(j -> j.programmeId().equals(programmeId) && j.cycleId().equals(cycleId))
          .orElseThrow(() -> new Refusal(Kind.NOT_FOUND, "no draft job \"" + jobId + "\" in cycle \"" + cycleId + "\""));
    });
  }

  /** The jobs of a cycle, newest first (administrator only). */
  public List<JobRow> jobs(Principal who, String programmeId, String cycleId) {
    Access.requireAdmin(who);
    Instant now = platform.now();
    return db.inTransaction(c -> {
      Store.abandonStale(c, now.minus(staleAfter), now);
      return Store.jobs(c, programmeId, cycleId);
    });
  }

  /** Asks a live job to stop; the draft is discarded and the cycle unchanged. */
  public JobRow cancel(Principal who, String programmeId, String cycleId, String jobId) {
    JobRow j = job(who, programmeId, cycleId, jobId);
    boolean asked = db.inTransaction(c -> Store.setJobStatus(c, jobId, List.of("RUNNING"), "CANCEL_REQUESTED", Optional.empty(),
        Optional.empty(), platform.now(), false));
    if (!asked && !j.status().equals("CANCEL_REQUESTED")) {
      throw new Refusal(Kind.CONFLICT, "draft " + jobId + " is " + j.status() + "; only a running draft can be cancelled");
    }
    LOG.info("person {} asked draft {} to stop", who.personId(), jobId);
    return job(who, programmeId, cycleId, jobId);
  }

  private void run(JobRow job, MatchingStrategy strategy) {
    Cancellation cancellation = Cancellation.create();
    AtomicReference<Score> best = new AtomicReference<>();
    Runnable beat = () -> {
      try {
        Optional<String> status = db.inTransaction(c -> Store.heartbeat(c, job.id(), Optional.ofNullable(best.get()).map(Score::toString),
            platform.now()));
        if (status.isEmpty() || !status.get().equals("RUNNING")) {
          cancellation.cancel();
        }
      } catch (RuntimeException e) {
        LOG.warn("heartbeat of draft {} failed: {}", job.id(), e.toString());
      }
    };
    var beating = beats.scheduleWithFixedDelay(beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    try {
      CycleRow row = db.inTransaction(c -> Store.cycle(c, job.programmeId(), job.cycleId())).orElseThrow();
      if (row.version() != job.baseVersion()) {
        finish(job.id(), "FAILED", Optional.of("the cycle changed before drafting started (version " + row.version() + "); draft again"),
            Optional.empty());
        return;
      }
      MatchOptions options = MatchOptions.builder().seed(job.seed()).timeLimit(Duration.ofMillis(job.timeLimitMillis()))
          .progress(p -> best.set(p.bestScore())).cancellation(cancellation).build();
      Cycle drafted = row.cycle().draft(strategy, options);
      beating.cancel(false);
      if (cancellation.isCancelled()) {
        finish(job.id(), "CANCELLED", Optional.of("cancelled; the cycle is unchanged"), Optional.ofNullable(best.get()).map(Score::toString));
        return;
      }
      String score = drafted.evaluation().map(e -> e.score().toString()).orElse("");
      db.inTransaction(c -> {
        String programmeName = Store.programme(c, job.programmeId()).orElseThrow().name();
        if (!Store.updateCycle(c, job.programmeId(), programmeName, drafted, job.baseVersion(), platform.now())) {
          Store.setJobStatus(c, job.id(), LIVE, "FAILED", Optional.of("the cycle changed while drafting; draft again"), Optional.of(score),
              platform.now(), true);
          return null;
        }
        Store.log(c, job.programmeId(), job.cycleId(), job.baseVersion() + 1, "draft", job.personId(), platform.now());
        if (!Store.setJobStatus(c, job.id(), LIVE, "DONE", Optional.of("stored as version " + (job.baseVersion() + 1)), Optional.of(score),
            platform.now(), true)) {
          // cancelled or abandoned meanwhile: keep the cycle unchanged
          throw new CancelledMeanwhile();
        }
        return null;
      });
      LOG.info("draft {} of cycle {}/{} done", job.id(), job.programmeId(), job.cycleId());
    } catch (CancelledMeanwhile e) {
      finish(job.id(), "CANCELLED", Optional.of("cancelled; the cycle is unchanged"), Optional.empty());
    } catch (StepRefusedException | ValidationException e) {
      finish(job.id(), "FAILED", Optional.of(e.getMessage()), Optional.empty());
    } catch (RuntimeException e) {
      LOG.warn("draft {} failed: {}", job.id(), e.toString());
      finish(job.id(), "FAILED", Optional.of("the draft failed: " + e.getClass().getSimpleName()), Optional.empty());
    } finally {
      beating.cancel(false);
    }
  }

  private void finish(String jobId, String status, Optional<String> message, Optional<String> score) {
    db.inTransaction(c -> Store.setJobStatus(c, jobId, LIVE, status, message, score, platform.now(), true));
  }

  private static final class CancelledMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Stops taking drafts; running ones are interrupted and, without heartbeat, become abandoned. */
  @Override
  public void close() {
    pool.shutdownNow();
    beats.shutdownNow();
  }
}
