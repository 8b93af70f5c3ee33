package dev.tandem.benchmarks;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.Progress;
import java.util.Arrays;

/** A test strategy: mentees in a seeded rotation take their first eligible mentor with room. */
public final class FirstFit implements MatchingStrategy {
  @Override
  public String name() {
    return "first-fit";
  }

  @Override
  public String description() {
    return "test strategy: first eligible mentor with room";
  }

  @Override
  public Matching match(Eligibility e, MatchOptions options) {
    int n = e.menteeCount();
    int[] load = new int[e.mentorCount()];
    int[] mentorOf = new int[n];
    Arrays.fill(mentorOf, -1);
    for (int m = 0; m < n; m++) {
      if (e.pinnedMentor(m) >= 0) {
        mentorOf[m] = e.pinnedMentor(m);
        load[mentorOf[m]]++;
      }
    }
    int offset = (int) Math.floorMod(options.seed(), (long) Math.max(1, n));
    for (int i = 0; i < n; i++) {
      int m = (i + offset) % n;
      if (mentorOf[m] >= 0) {
        continue;
      }
      for (int k = e.start(m); k < e.end(m); k++) {
        int r = e.mentorAt(k);
        if (load[r] < e.capacity(r)) {
          mentorOf[m] = r;
          load[r]++;
          break;
        }
      }
    }
    Matching result = e.toMatching(mentorOf);
    // Two reports of the final best score (at 0 and 1 ms), so the best-score-over-time chart has a line.
    dev.tandem.core.evaluation.Score score = dev.tandem.core.evaluation.Evaluator.evaluate(e, result).score();
    options.progress().onProgress(new Progress(name(), 0, score));
    options.progress().onProgress(new Progress(name(), 1, score));
    return result;
  }
}
