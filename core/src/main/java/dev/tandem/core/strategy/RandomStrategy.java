package dev.tandem.core.strategy;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import java.util.SplittableRandom;

/**
 * {@code random}: the seeded baseline. Visits the mentees that are not pinned in a random order
 * and gives each a mentor drawn uniformly among its eligible mentors with a free slot.
 *
 * <p>Guarantee: hard = 0 (pinned pairs kept, eligible pairs only, capacities respected); the same
 * matching for the same problem and seed ({@link SplittableRandom} from the seed); a mentee stays
 * unmatched only when all its eligible mentors are full when its turn comes.
 *
 * <p>Complexity: {@code O(mentees + mentors + E)} time for {@code E} eligible pairs (one pass
 * over each row with reservoir sampling), {@code O(mentees + mentors)} memory. The time limit and
 * the cancellation cover the whole run from the call and are checked by the work done (about
 * every 65,536 pairs read and at least every 256 mentees; see {@code WorkPoller}); a stopped run
 * returns the pairs drawn so far and says {@code stoppedEarly}.
 */
public final class RandomStrategy implements MatchingStrategy {
  @Override
  public String name() {
    return "random";
  }

  @Override
  public String description() {
    return "seeded baseline: random mentee order, random eligible mentor with room";
  }

  @Override
  public Matching match(Eligibility el, MatchOptions options) {
    return solve(el, options).matching();
  }

  /** Stopped early when the time limit or a cancellation cut the run short. */
  @Override
  public StrategyOutcome solve(Eligibility el, MatchOptions options) {
    long start = System.nanoTime();
    java.util.function.BooleanSupplier stop = options.stopCondition(start);
    boolean stopped = false;
    SplittableRandom rnd = new SplittableRandom(options.seed());
    int n = el.menteeCount();
    int[] mentorOf = Assignments.pinned(el);
    int[] load = Assignments.loads(el, mentorOf);
    int[] order = new int[n];
    int count = 0;
    for (int m = 0; m < n; m++) {
      if (mentorOf[m] < 0) {
        order[count++] = m;
      }
    }
    for (int i = count - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    WorkPoller poller = new WorkPoller(stop);
    for (int i = 0; i < count; i++) {
      int m = order[i];
      if (poller.afterRow(el.eligibleCount(m))) {
        stopped = true;
        break;
      }
      int chosen = -1;
      int seen = 0;
      for (int k = el.start(m); k < el.end(m); k++) {
        int r = el.mentorAt(k);
        if (load[r] < el.capacity(r) && rnd.nextInt(++seen) == 0) {
          chosen = r;
        }
      }
      if (chosen >= 0) {
        mentorOf[m] = chosen;
        load[chosen]++;
      }
    }
    Assignments.report(options, name(), start, el, mentorOf);
    return new StrategyOutcome(el.toMatching(mentorOf), stopped, java.util.Optional.empty());
  }
}
