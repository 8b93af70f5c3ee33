package dev.tandem.core.rematch;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Test-only strategy: keeps the pins, then gives each mentee (highest priority first, then
 * problem order) its best-scoring eligible mentor with room (lowest index on ties).
 */
public final class GreedyTestStrategy implements MatchingStrategy {
  @Override
  public String name() {
    return "greedy-test";
  }

  @Override
  public String description() {
    return "test only: pins, then best-scoring free mentor by mentee priority";
  }

  @Override
  public Matching match(Eligibility e, MatchOptions options) {
    int n = e.menteeCount();
    int[] mentorOf = new int[n];
    Arrays.fill(mentorOf, -1);
    int[] load = new int[e.mentorCount()];
    for (int m = 0; m < n; m++) {
      if (e.pinnedMentor(m) >= 0) {
        mentorOf[m] = e.pinnedMentor(m);
        load[mentorOf[m]]++;
      }
    }
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt((Integer m) -> -e.priority(m)).thenComparingInt(m -> m));
    for (int m : order) {
      if (mentorOf[m] >= 0) {
        continue;
      }
      int best = -1;
      long bestScore = Long.MIN_VALUE;
      for (int k = e.start(m); k < e.end(m); k++) {
        int r = e.mentorAt(k);
        if (load[r] < e.capacity(r) && e.scoreAt(k) > bestScore) {
          best = r;
          bestScore = e.scoreAt(k);
        }
      }
      if (best >= 0) {
        mentorOf[m] = best;
        load[best]++;
      }
    }
    return e.toMatching(mentorOf);
  }
}
