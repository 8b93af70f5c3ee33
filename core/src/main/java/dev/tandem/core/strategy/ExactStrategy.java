package dev.tandem.core.strategy;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import java.util.Optional;

/**
 * {@code exact}: an optimal matching for the lexicographic objective (hard, medium, soft) of
 * docs/objective.md whenever {@code departmentSpreadWeight == 0} and {@code topicTargetWeight == 0},
 * and optimal for every other term otherwise (spread and the topic-target bonus are ignored while
 * optimising and only scored). Every per-pair term, the perspective bonus included, is part of the
 * pair score and therefore optimised exactly.
 *
 * <p>Guarantee: hard = 0 (pinned pairs kept, only eligible pairs, capacities respected); the
 * medium level (priority of the matched mentees) is maximal; among those matchings the sum of pair
 * scores minus {@code mentorLoadWeight * sum load(load-1)/2} is maximal. A mentee stays unmatched
 * only when matching it would lower that objective. Deterministic (the seed is not used).
 *
 * <p>Algorithm: a min-cost flow over mentor slots solved by successive shortest augmenting paths
 * with Dijkstra on reduced costs (Jonker and Volgenant 1987, "A shortest augmenting path
 * algorithm for dense and sparse linear assignment problems", Computing 38:325-340; potentials
 * after Edmonds and Karp 1972, JACM 19:248-264). The convex load term is exact in the slot model:
 * the k-th mentee of a mentor costs {@code mentorLoadWeight * (k - 1)}, so each mentor is one
 * node whose next slot is always its cheapest. See {@code SlotAssignment} for the model;
 * worst-case time {@code O(E + n (E + V log V))} for {@code n} mentees, {@code E} eligible pairs
 * and {@code V} participants, in practice close to {@code O(E)} on sparse rectangular problems
 * because each search stops at the first free slot it can prove best. Memory
 * {@code O(mentees + mentors)} beyond the eligibility rows.
 *
 * <p>The two levels are combined as {@code priority * M + soft} in {@code long} arithmetic when
 * that cannot overflow; otherwise the same algorithm runs on lexicographic pairs of {@code long}.
 * The setting {@code exact.arithmetic} ({@code auto}, {@code combined}, {@code lexicographic})
 * forces one of them.
 *
 * <p>Cancellation and the time limit cover the whole run from the call (the eligibility structure
 * is the caller's): they are polled from the first row of the set-up on (every 65,536 pairs or so
 * while the magnitudes are checked, then every 32 entering mentees); when either stops the run the
 * remaining mentees are placed greedily (best free mentor among about
 * {@code max(512, 2^22 / mentees left)} positions, in blocks of 256, of a row longer than 1,024,
 * so the completion stays short on rows of 10,000 pairs) and the result is feasible but not proven optimal: {@link #solve} then
 * says {@code stoppedEarly} and {@link #run} returns a solution that is not
 * {@link ExactSolution#optimal()}. A finished run carries its dual values as an
 * {@link ExactCertificate} that anyone can check without solving again.
 * Progress reports the score of the mentees placed so far (non-decreasing when spread is 0).
 */
public final class ExactStrategy implements MatchingStrategy {
  /** The setting choosing the arithmetic: {@code auto} (default), {@code combined}, {@code lexicographic}. */
  public static final String ARITHMETIC = "exact.arithmetic";

  /**
   * The setting for how many best positions of each eligibility row the combined-arithmetic
   * search caches (default: a 64th of the average row length, between 16 and 256; at least 1); a
   * tuning knob that never changes the result.
   */
  public static final String ROW_CACHE = "exact.rowCache";

  @Override
  public String name() {
    return "exact";
  }

  @Override
  public String description() {
    return "optimal (hard, medium, soft) by min-cost flow over mentor slots; spread and topic targets not optimised";
  }

  @Override
  public com.google.common.collect.ImmutableSortedSet<String> settingKeys() {
    return com.google.common.collect.ImmutableSortedSet.of(ARITHMETIC, ROW_CACHE);
  }

  @Override
  public Matching match(Eligibility eligibility, MatchOptions options) {
    return run(eligibility, options).toMatching();
  }

  /**
   * Runs {@code exact}: stopped early (and then not proven optimal) when the time limit or a
   * cancellation cut it short. No bound is reported here: exact's optimum covers only the terms
   * of its model (see {@link ExactSolution#objective()}); {@code dev.tandem.core.bound} turns it
   * into a bound on the whole score.
   */
  @Override
  public StrategyOutcome solve(Eligibility eligibility, MatchOptions options) {
    ExactSolution s = run(eligibility, options);
    return new StrategyOutcome(s.toMatching(), !s.optimal(), Optional.empty());
  }

  private static int rowCache(String text) {
    try {
      int cache = Integer.parseInt(text.trim());
      if (cache >= 1) {
        return cache;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new dev.tandem.core.model.ValidationException(java.util.List.of(new dev.tandem.core.model.ValidationProblem(
        "settings." + ROW_CACHE, "\"" + text + "\" is not an integer of at least 1")));
  }

  /**
   * Runs {@code exact} and returns its full outcome: the assignment, whether it is proven optimal
   * (false when the time limit or a cancellation stopped it) and the dual values that prove it.
   */
  public ExactSolution run(Eligibility eligibility, MatchOptions options) {
    long start = System.nanoTime();
    String mode = options.setting(ARITHMETIC).orElse("auto");
    ExactSolver.Arithmetic arithmetic = switch (mode) {
      case "auto" -> ExactSolver.Arithmetic.AUTO;
      case "lexicographic" -> ExactSolver.Arithmetic.LEXICOGRAPHIC;
      case "combined" -> ExactSolver.Arithmetic.COMBINED;
      default -> throw new IllegalArgumentException(
          "unknown " + ARITHMETIC + " \"" + mode + "\"; known: auto, combined, lexicographic");
    };
    int cache = options.setting(ROW_CACHE).map(ExactStrategy::rowCache).orElse(SlotAssignment.defaultCache(eligibility));
    ExactSolver solver = ExactSolver.of(eligibility, arithmetic, cache);
    long[] lastReport = {start};
    java.util.function.BooleanSupplier stop = options.stopCondition(start);
    ExactSolution solution = solver.solve(1, PairAdjustment.NONE, stop,
        () -> tick(options, eligibility, start, lastReport, solver.currentAssignment()));
    Assignments.report(options, name(), start, eligibility, solver.currentAssignment());
    return solution;
  }

  /** Reports progress at most every half second. */
  private void tick(MatchOptions options, Eligibility el, long start, long[] lastReport, int[] mentorOf) {
    long now = System.nanoTime();
    if (options.progress() != ProgressListener.NONE && now - lastReport[0] > 500_000_000L) {
      lastReport[0] = now;
      Assignments.report(options, name(), start, el, mentorOf);
    }
  }
}
