package dev.tandem.core.bound;

import com.google.common.collect.ImmutableSortedSet;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import java.util.function.BooleanSupplier;

/**
 * Proven bounds on the best score of a problem, and the best matching met while proving them.
 *
 * <p>The bound is lexicographic: hard and medium are the best levels any matching reaches (those
 * of {@code exact}, which optimises both exactly with the pins fixed); soft bounds the soft score
 * of every matching at those levels. When {@code departmentSpreadWeight} is 0 the soft part is
 * {@code exact}'s own soft score (it is then optimal). Otherwise it is the Lagrangian bound: for
 * multipliers {@code y} per department link {@code L},
 * <pre>
 * U(y) = max over matchings x at the best levels of [ sum over pairs of (pairScore - y_L)
 *                                                     - mentorLoadWeight * sum load(load-1)/2 ]
 *        + sum over links L of max over P_L &lt;= k &lt;= K_L of ( y_L k - w k(k-1)/2 )
 * </pre>
 * with {@code w} the spread weight, {@code P_L} the pinned pairs on {@code L} and {@code K_L} a
 * count no matching exceeds. For every matching {@code x} and every {@code y},
 * {@code -w k(k-1)/2 <= -y k + max_k (y k - w k(k-1)/2)} at {@code k = k_L(x)}; summing over links
 * gives {@code soft(x) <= U(y)}. The first part is one {@code exact} solve on priced pair scores
 * (the load term stays convex, pins are constants, priorities come first exactly as in exact),
 * the second is closed form. Multipliers are rationals {@code Y / S} with integer {@code Y} and a
 * fixed scale {@code S}; everything is computed exactly in {@code long}, and the soft bound is
 * {@code floor(S U / S)} since soft scores are integers. {@link LagrangianSearch} minimises
 * {@code U} by subgradient steps; every matching the oracle returns is feasible, and the best of
 * them after a local repair is kept.
 *
 * <p>Every other soft term is a sum over pairs (it lives in the pair score) or the load term,
 * except the topic-target bonus {@code topicTargetWeight * sum_t min(c_t, target_t)}: it enters
 * {@code U} with its largest possible value, {@code topicTargetWeight * sum_t min(target_t,
 * mentees asking for t)} (a mentee is in one pair at most). Any future soft term that is not a sum
 * over pairs keeps the bound valid the same way: 0 for a penalty (dropping a penalty only
 * relaxes), the weight times its cap for a capped bonus.
 *
 * <p>Guarantee: {@code bound.score()} is at least the {@link dev.tandem.core.evaluation.Evaluator}'s
 * score of every matching that keeps the pins (hard levels aside: a matching may break rules
 * freely and still not beat the bound's hard level, which only pins can lower), at every moment
 * of the run; time limits, progress and cancellation come from {@link MatchOptions}. When no
 * oracle solve finishes in time the bound is {@link #trivial}.
 *
 * <p>Complexity: one {@code exact} solve per iteration ({@code O(E + n (E' + V' log V'))}, see
 * {@code ExactStrategy}), plus {@code O(E + links)} for the price, the bound and the repair.
 */
public final class Bounds {
  private Bounds() {}

  /** The settings the bound and the {@code lagrangian} strategy read. */
  public static final ImmutableSortedSet<String> SETTINGS = Settings.KEYS;

  /**
   * The share of a time limit the search for the bound gets when a matching is wanted too and the
   * deep repair runs after it (one processor); the rest repairs the best matching.
   */
  static final double SEARCH_SHARE = 0.8;

  /** The proven bound of the problem within the options' time limit (all of it for the bound). */
  public static Bound bound(Eligibility eligibility, MatchOptions options) {
    return run(eligibility, options, "bound", 1, false).bound();
  }

  /**
   * The bound and the best matching met while proving it, improved by the deep repair (department
   * flows, moves and swaps): beside the search on a second thread when there is a time limit and
   * more than one processor, else after it in the last fifth of the time limit (or to its end
   * without one).
   */
  public static BoundedMatching search(Eligibility eligibility, MatchOptions options) {
    return search(eligibility, options, "bound");
  }

  static BoundedMatching search(Eligibility el, MatchOptions options, String strategy) {
    long start = System.nanoTime();
    boolean parallel = options.timeLimit().isPresent() && Runtime.getRuntime().availableProcessors() > 1;
    LagrangianSearch.BoundedMatchingArrays r = run(el, options, strategy, SEARCH_SHARE, parallel);
    int[] best = r.mentorOf();
    Score score = r.score();
    boolean stopped = r.stoppedEarly();
    if (!r.polished() && !r.bound().isMetBy(score)) {
      BooleanSupplier stop = options.stopCondition(start);
      LocalRepair polish = new LocalRepair(el, r.links(), r.tops(), best, LagrangianSearch.orderFor(el.menteeCount(), options.seed()));
      polish.improveDeep(stop, () -> false);
      stopped |= stop.getAsBoolean();
      if (polish.score().compareTo(score) > 0) {
        best = polish.mentorOf();
        score = polish.score();
      }
    }
    return new BoundedMatching(el.toMatching(best), score, r.bound(), stopped && !r.bound().isMetBy(score));
  }

  /** The search with {@code share} of the time limit, on a coarser price scale if the default overflows. */
  private static LagrangianSearch.BoundedMatchingArrays run(Eligibility el, MatchOptions options, String strategy, double share, boolean parallel) {
    try {
      return new LagrangianSearch(el, options, oracle(el), strategy, Settings.scale(options), share, parallel).run();
    } catch (ArithmeticException e) {
      if (Settings.scaleGiven(options)) {
        throw e;
      }
      // scores near the limits of long arithmetic: whole-point prices
      return new LagrangianSearch(el, options, oracle(el), strategy, 1, share, parallel).run();
    }
  }

  static LinkPricedExact oracle(Eligibility el) {
    return new SolverOracle(el);
  }

  /**
   * A bound that needs no solve: the hard level of the pins alone, the medium level of leaving
   * out only the mentees without any eligible mentor, and the soft sum of the pinned pairs' scores
   * and of each other mentee's best positive pair score, minus the load and spread penalties the
   * pins force, plus the cap of the topic-target bonus. Valid because loads and link counts never
   * fall below the pinned ones and {@code k(k-1)/2} does not decrease in {@code k >= 0}.
   */
  public static Score trivial(Eligibility el) {
    var w = el.problem().policy().weights();
    int[] pinnedLoad = new int[el.mentorCount()];
    int d = Math.max(1, el.departments().size());
    java.util.Map<Long, Long> pinnedPerLink = new java.util.HashMap<>();
    long hard = 0;
    long medium = 0;
    long soft = 0;
    for (int m = 0; m < el.menteeCount(); m++) {
      int r = el.pinnedMentor(m);
      if (r >= 0) {
        pinnedLoad[r]++;
        pinnedPerLink.merge((long) el.menteeDepartment(m) * d + el.mentorDepartment(r), 1L, Long::sum);
        if (!el.isEligible(m, r)) {
          hard--;
        }
        soft = Math.addExact(soft, el.pairScore(m, r));
        continue;
      }
      if (el.eligibleCount(m) == 0) {
        medium -= el.priority(m);
      }
      soft = Math.addExact(soft, Math.max(0, el.maxScore(m)));
    }
    for (int r = 0; r < pinnedLoad.length; r++) {
      hard -= Math.max(0, pinnedLoad[r] - el.capacity(r));
      soft -= w.mentorLoadWeight() * ((long) pinnedLoad[r] * (pinnedLoad[r] - 1) / 2);
    }
    for (long p : pinnedPerLink.values()) {
      soft -= w.departmentSpreadWeight() * (p * (p - 1) / 2);
    }
    return Score.of(hard, medium, Math.addExact(soft, TopicTargets.cap(el)));
  }
}
