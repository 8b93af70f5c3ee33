package dev.tandem.core.strategy;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * {@code greedy}: best pair first. Repeatedly takes, among the unmatched mentees of the highest
 * priority still waiting, the eligible pair with a free slot of the highest value
 * {@code pairScore - mentorLoadWeight * load(mentor)} (the load increment the pair would add) and
 * fixes it; ties go to the lower mentee index, then the lower mentor index.
 *
 * <p>Guarantee: hard = 0 (pinned pairs kept, eligible pairs only, capacities respected);
 * deterministic (the seed is not used); a mentee stays unmatched only when every eligible mentor
 * is full; every pair fixed was the best one available at that moment. No optimality guarantee
 * (compare with {@code exact}).
 *
 * <p>Complexity: a lazy priority queue over mentees, each holding its current best pair; an entry
 * whose mentor's load changed is rescanned when it reaches the top. {@code O(E + (n + s) log n +
 * s * d)} for {@code E} eligible pairs, {@code n} mentees, {@code s} rescans and row length
 * {@code d}; memory {@code O(mentees + mentors)}. The time limit and the cancellation cover the
 * whole run from the call and are checked by the work done (about every 65,536 pairs read, and at
 * least every 256 mentees of the first scan and every 65,536 steps; see {@code WorkPoller}); a
 * stopped run returns the pairs fixed so far, plus, for each mentee still waiting in the queue,
 * the best mentor it last found when that mentor still has room (no row is read again), and
 * says {@code stoppedEarly}.
 */
public final class GreedyStrategy implements MatchingStrategy {
  @Override
  public String name() {
    return "greedy";
  }

  @Override
  public String description() {
    return "best pair first (pair score minus load increment), top priority first, deterministic ties";
  }

  @Override
  public Matching match(Eligibility el, MatchOptions options) {
    return solve(el, options).matching();
  }

  /** Stopped early when the time limit or a cancellation cut the run short. */
  @Override
  public StrategyOutcome solve(Eligibility el, MatchOptions options) {
    long start = System.nanoTime();
    BooleanSupplier stop = options.stopCondition(start);
    boolean stopped = false;
    long w = el.problem().policy().weights().mentorLoadWeight();
    int n = el.menteeCount();
    int[] mentorOf = Assignments.pinned(el);
    int[] load = Assignments.loads(el, mentorOf);
    int[] best = new int[n];
    long[] bestValue = new long[n];
    int[] bestLoad = new int[n];
    PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> {
      if (el.priority(a) != el.priority(b)) {
        return Integer.compare(el.priority(b), el.priority(a));
      }
      if (bestValue[a] != bestValue[b]) {
        return Long.compare(bestValue[b], bestValue[a]);
      }
      return Integer.compare(a, b);
    });
    WorkPoller poller = new WorkPoller(stop);
    for (int m = 0; m < n; m++) {
      if (poller.afterRow(mentorOf[m] < 0 ? el.eligibleCount(m) : 0)) {
        stopped = true; // the mentees queued so far are placed below
        break;
      }
      if (mentorOf[m] < 0 && findBest(el, m, w, load, best, bestValue, bestLoad)) {
        queue.add(m);
      }
    }
    while (!queue.isEmpty()) {
      if (poller.after(1)) {
        stopped = true;
        break;
      }
      int m = queue.poll();
      int r = best[m];
      if (load[r] != bestLoad[m] || load[r] >= el.capacity(r)) {
        poller.afterRow(el.eligibleCount(m)); // counted here, acted on at the next turn
        if (findBest(el, m, w, load, best, bestValue, bestLoad)) {
          queue.add(m);
        }
        continue;
      }
      mentorOf[m] = r;
      load[r]++;
    }
    // stopped: the mentees still waiting take the best mentor they last found, while it has room
    // (no row is read again, so this costs a few microseconds per mentee)
    while (!queue.isEmpty()) {
      int m = queue.poll();
      int r = best[m];
      if (load[r] < el.capacity(r)) {
        mentorOf[m] = r;
        load[r]++;
      }
    }
    Assignments.report(options, name(), start, el, mentorOf);
    return new StrategyOutcome(el.toMatching(mentorOf), stopped, java.util.Optional.empty());
  }

  /** Finds the mentee's best pair with a free slot now; false when there is none. */
  private static boolean findBest(Eligibility el, int m, long w, int[] load, int[] best, long[] bestValue, int[] bestLoad) {
    int found = -1;
    long value = Long.MIN_VALUE;
    for (int k = el.start(m); k < el.end(m); k++) {
      int r = el.mentorAt(k);
      if (load[r] < el.capacity(r)) {
        long v = el.scoreAt(k) - w * load[r];
        if (found < 0 || v > value) {
          found = r;
          value = v;
        }
      }
    }
    if (found < 0) {
      return false;
    }
    best[m] = found;
    bestValue[m] = value;
    bestLoad[m] = load[found];
    return true;
  }
}
