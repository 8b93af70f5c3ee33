package dev.tandem.benchmarks.harness;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.strategy.Progress;
import java.util.Optional;

/**
 * One run of the comparison: a strategy on a problem with a seed, judged by the one evaluator.
 *
 * <p>Guarantee: {@code evaluation} is present exactly when {@code status} is {@code "ok"};
 * otherwise {@code status} says why the run has no result (a peer that cannot run, a time limit, an
 * exception). {@code wallMillis} is the time of the strategy call (for a peer, the child process
 * including its start), {@code solveMillis} the solving time alone (for a peer as it measured it,
 * for ours the same as the wall time), {@code eligibilityMillis} the time to build the shared
 * eligibility structure of the problem (once per problem), {@code peakMemoryBytes} the peak heap
 * use during the run (for a peer its peak resident set), -1 when unknown. {@code bound} is the
 * proven upper bound the run itself reported (in its outcome or its last progress report), when
 * the strategy proves one. {@code stoppedEarly}: the time limit or a cancellation ended one of our
 * strategies before it finished ({@code StrategyOutcome.stoppedEarly}); always false for peers,
 * which do not say.
 */
public record RunResult(
    String problem,
    int mentees,
    int mentors,
    long eligiblePairs,
    String strategy,
    boolean peer,
    long seed,
    String status,
    Optional<Evaluation> evaluation,
    long wallMillis,
    long solveMillis,
    long eligibilityMillis,
    long peakMemoryBytes,
    ImmutableList<Progress> progress,
    Optional<Score> bound,
    boolean stoppedEarly) {

  public static final String OK = "ok";

  public RunResult {
    requireNonNull(problem, "problem");
    requireNonNull(strategy, "strategy");
    requireNonNull(status, "status");
    requireNonNull(evaluation, "evaluation");
    progress = ImmutableList.copyOf(progress);
    requireNonNull(bound, "bound");
    if (evaluation.isPresent() != status.equals(OK)) {
      throw new IllegalArgumentException("status \"" + status + "\" does not fit an evaluation that is "
          + (evaluation.isPresent() ? "present" : "absent"));
    }
  }

  /** A run that finished, with the bound it proved (if any). */
  public RunResult(String problem, int mentees, int mentors, long eligiblePairs, String strategy, boolean peer, long seed,
      String status, Optional<Evaluation> evaluation, long wallMillis, long solveMillis, long eligibilityMillis,
      long peakMemoryBytes, ImmutableList<Progress> progress, Optional<Score> bound) {
    this(problem, mentees, mentors, eligiblePairs, strategy, peer, seed, status, evaluation, wallMillis, solveMillis,
        eligibilityMillis, peakMemoryBytes, progress, bound, false);
  }

  /** A run without a bound of its own. */
  public RunResult(String problem, int mentees, int mentors, long eligiblePairs, String strategy, boolean peer, long seed,
      String status, Optional<Evaluation> evaluation, long wallMillis, long solveMillis, long eligibilityMillis,
      long peakMemoryBytes, ImmutableList<Progress> progress) {
    this(problem, mentees, mentors, eligiblePairs, strategy, peer, seed, status, evaluation, wallMillis, solveMillis,
        eligibilityMillis, peakMemoryBytes, progress, Optional.empty());
  }

  public boolean ok() {
    return evaluation.isPresent();
  }
}
