package dev.tandem.core.strategy;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Eligibility;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The solver behind {@code exact}, reusable for many solves on one problem whose pair scores
 * change: each call maximises, lexicographically, the medium level (the priorities of the matched
 * mentees) and then {@code sum over matched pairs of (scale * pairScore(m, r) - adjustment(m, r))
 * - scale * mentorLoadWeight * sum over mentors of load (load - 1) / 2}, keeping every pin,
 * eligibility and capacity. The department spread term is not optimised. Lagrangian bounds call
 * it hundreds of times with prices on department links ({@link PairAdjustment#byLink}).
 *
 * <p>Algorithm: successive shortest augmenting paths over mentor slots (Jonker and Volgenant
 * 1987, Computing 38:325-340; see {@code SlotAssignment}). Warm start: a solve after a completed
 * solve keeps the previous flow and dual values and repairs them for the new scores (only the
 * mentees whose pair is no longer best under the old dual values enter again); pins, capacities
 * and priorities never change. The two levels are combined as {@code priority * M + soft} in one
 * {@code long} when that cannot overflow, otherwise solved on lexicographic pairs (without warm
 * start).
 *
 * <p>Guarantee: a completed solve returns a proven optimum with its {@link ExactCertificate};
 * results never depend on whether the solve started warm or cold, except among equally good
 * assignments. Deterministic. Not thread-safe: one solver per thread.
 *
 * <p>Time limit and cancellation: the {@code stop} condition is polled from the first row of the
 * set-up on (see {@link #solve(long, PairAdjustment, BooleanSupplier)}), so a stopped solve
 * returns within a few milliseconds plus its completion, which reads about 2^22 pairs plus 512
 * per mentee left at most.
 *
 * <p>Complexity per solve: {@code O(E)} to check the magnitudes and, warm, {@code O(E)} per
 * repair pass (a few passes), plus one pruned Dijkstra search per entering mentee; memory
 * {@code O(mentees * K + mentors)} beyond the eligibility rows ({@code K} the row cache size).
 */
public final class ExactSolver {
  /** How values are represented. */
  enum Arithmetic {
    AUTO,
    COMBINED,
    LEXICOGRAPHIC
  }

  private final Eligibility el;
  private final Arithmetic arithmetic;
  private final int cacheSize;
  private SlotAssignment combined;
  private boolean warm;
  private SlotFlow last;

  private ExactSolver(Eligibility el, Arithmetic arithmetic, int cacheSize) {
    this.el = el;
    this.arithmetic = arithmetic;
    this.cacheSize = cacheSize;
  }

  /** A solver for {@code eligibility}, choosing the arithmetic per solve. */
  public static ExactSolver of(Eligibility eligibility) {
    return new ExactSolver(eligibility, Arithmetic.AUTO, SlotAssignment.defaultCache(eligibility));
  }

  static ExactSolver of(Eligibility eligibility, Arithmetic arithmetic, int cacheSize) {
    if (cacheSize < 1) {
      throw new IllegalArgumentException("cacheSize must be at least 1, was " + cacheSize);
    }
    return new ExactSolver(eligibility, arithmetic, cacheSize);
  }

  public Eligibility eligibility() {
    return el;
  }

  /** Solves for the plain pair scores, to the end. */
  public ExactSolution solve() {
    return solve(1, PairAdjustment.NONE, () -> false);
  }

  /**
   * Solves for the scores {@code scale * pairScore - adjustment}, warm from the previous completed
   * solve of this solver.
   *
   * @param scale at least 1; also multiplies the load weight
   * @param stop checked from the start: every {@value WorkPoller#WORK} pairs or so while the
   *     magnitudes are checked and a warm start repairs the previous solution (set-up reads every
   *     eligible pair), then every 32 entering mentees; when it answers true the mentees not yet
   *     placed are placed greedily ({@code SlotFlow#complete}: bounded reads per row, no clock) and
   *     the solution is not {@link ExactSolution#optimal()} (the next solve starts cold)
   * @throws IllegalArgumentException when {@code scale < 1}
   * @throws ArithmeticException naming the problem when the adjusted values are too large for
   *     exact {@code long} arithmetic
   */
  public ExactSolution solve(long scale, PairAdjustment adjustment, BooleanSupplier stop) {
    return solve(scale, adjustment, stop, () -> {});
  }

  /** As above, calling {@code tick} between mentees (every 32) for progress reports. */
  ExactSolution solve(long scale, PairAdjustment adjustment, BooleanSupplier stop, Runnable tick) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale: " + scale + " is below 1");
    }
    WorkPoller poller = new WorkPoller(stop);
    SlotFlow.Magnitudes mags;
    try {
      Optional<SlotFlow.Magnitudes> measured = SlotFlow.Magnitudes.of(el, scale, adjustment, poller);
      if (measured.isEmpty()) {
        return stoppedInSetUp(scale, adjustment);
      }
      mags = measured.get();
    } catch (ArithmeticException e) {
      throw tooLarge();
    }
    long required = SlotAssignment.bigM(mags);
    boolean lexicographic = switch (arithmetic) {
      case AUTO -> required < 0;
      case LEXICOGRAPHIC -> true;
      case COMBINED -> {
        if (required < 0) {
          throw new IllegalArgumentException(ExactStrategy.ARITHMETIC + "=combined: the scores of problem \""
              + el.problem().name() + "\" are too large for one long; use auto or lexicographic");
        }
        yield false;
      }
    };
    if (lexicographic) {
      if (!mags.fitsLexicographic(el.menteeCount())) {
        throw tooLarge();
      }
      LexSlotAssignment lex = new LexSlotAssignment(el);
      last = lex;
      int[] order = lex.prepareCold(scale, adjustment);
      boolean complete = lex.solve(order, stop, tick);
      Optional<ExactCertificate> cert = Optional.empty();
      if (complete) {
        cert = Optional.of(certificate(0, lex::potentialMedium, lex::potentialSoft));
      }
      return new ExactSolution(el, lex.mentorOf(), objective(lex.mentorOf(), scale, adjustment), cert);
    }
    if (combined == null) {
      combined = new SlotAssignment(el, cacheSize);
    }
    last = combined;
    int[] order;
    if (warm && combined.multiplier() >= required && mags.fitsCombined(combined.multiplier())) {
      order = combined.prepareWarm(scale, adjustment, poller);
      if (poller.stopped()) {
        warm = false;
        combined.complete(order, 0);
        return new ExactSolution(el, combined.mentorOf(), objective(combined.mentorOf(), scale, adjustment), Optional.empty());
      }
    } else {
      long bigM = required;
      boolean plain = scale == 1 && adjustment == PairAdjustment.NONE;
      if (!plain && required <= Long.MAX_VALUE / 4 && mags.fitsCombined(required * 4)) {
        bigM = required * 4; // room for later, larger adjustments without a cold start
      }
      order = combined.prepareCold(bigM, scale, adjustment);
    }
    warm = false;
    boolean complete = combined.solve(order, stop, tick);
    warm = complete;
    Optional<ExactCertificate> cert = Optional.empty();
    if (complete) {
      SlotAssignment c = combined;
      cert = Optional.of(certificate(c.multiplier(), x -> 0, c::potential));
    }
    return new ExactSolution(el, combined.mentorOf(), objective(combined.mentorOf(), scale, adjustment), cert);
  }

  /**
   * A solve stopped before its search began (while the magnitudes were checked): the pinned pairs
   * and the completion after a stop ({@link SlotFlow#complete}) for every other mentee; not optimal.
   */
  private ExactSolution stoppedInSetUp(long scale, PairAdjustment adjustment) {
    SlotFlow flow;
    if (arithmetic == Arithmetic.LEXICOGRAPHIC) {
      flow = new LexSlotAssignment(el);
    } else {
      if (combined == null) {
        combined = new SlotAssignment(el, cacheSize);
      }
      flow = combined;
    }
    last = flow;
    warm = false;
    flow.scores(scale, adjustment);
    flow.reset();
    flow.complete(SlotFlow.order(el), 0);
    return new ExactSolution(el, flow.mentorOf(), objective(flow.mentorOf(), scale, adjustment), Optional.empty());
  }

  /** The assignment of the running or last solve (not a copy), for progress reports. */
  int[] currentAssignment() {
    return last == null ? Assignments.pinned(el) : last.mentorOf();
  }

  private ArithmeticException tooLarge() {
    return new ArithmeticException("exact: the pair scores or priorities of problem \""
        + el.problem().name() + "\" are too large for exact long arithmetic");
  }

  private ExactCertificate certificate(long multiplier, java.util.function.IntToLongFunction medium, java.util.function.IntToLongFunction soft) {
    int n = el.menteeCount();
    int mentors = el.mentorCount();
    long[] mh = new long[n];
    long[] ml = new long[n];
    for (int m = 0; m < n; m++) {
      if (el.pinnedMentor(m) < 0) {
        mh[m] = medium.applyAsLong(m);
        ml[m] = soft.applyAsLong(m);
      }
    }
    long[] rh = new long[mentors];
    long[] rl = new long[mentors];
    for (int r = 0; r < mentors; r++) {
      rh[r] = medium.applyAsLong(n + r);
      rl[r] = soft.applyAsLong(n + r);
    }
    return ExactCertificate.of(multiplier, mh, ml, rh, rl);
  }

  /** The objective of {@code mentorOf} under the scores, in exact arithmetic. */
  private Score objective(int[] mentorOf, long scale, PairAdjustment adjustment) {
    long medium = 0;
    long soft = 0;
    int[] load = Assignments.loads(el, mentorOf);
    for (int m = 0; m < mentorOf.length; m++) {
      int r = mentorOf[m];
      if (r < 0) {
        medium -= el.priority(m);
      } else {
        soft = Math.addExact(soft, Math.subtractExact(Math.multiplyExact(scale, el.pairScore(m, r)), adjustment.of(m, r)));
      }
    }
    long w = Math.multiplyExact(scale, el.problem().policy().weights().mentorLoadWeight());
    for (int l : load) {
      soft = Math.subtractExact(soft, Math.multiplyExact(w, (long) l * (l - 1) / 2));
    }
    return Score.of(0, medium, soft);
  }
}
