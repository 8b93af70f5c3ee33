package dev.tandem.core.strategy;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Eligibility;

/**
 * Helpers shared by the strategies on assignment arrays ({@code mentorOf[m]} is a mentor index
 * or -1): the pinned start, loads, and the score of an assignment without a full evaluation.
 */
final class Assignments {
  private Assignments() {}

  /** The assignment holding only the pinned pairs. */
  static int[] pinned(Eligibility el) {
    int[] out = new int[el.menteeCount()];
    for (int m = 0; m < out.length; m++) {
      out[m] = el.pinnedMentor(m);
    }
    return out;
  }

  /** The load of every mentor under {@code mentorOf}. */
  static int[] loads(Eligibility el, int[] mentorOf) {
    int[] load = new int[el.mentorCount()];
    for (int r : mentorOf) {
      if (r >= 0) {
        load[r]++;
      }
    }
    return load;
  }

  /**
   * The score of the objective ({@code docs/objective.md}) of an assignment, in
   * {@code O(mentees * log(degree) + mentors)} (no per-pair report, no metrics): the same numbers
   * as the evaluator's score; the terms over several pairs (load, spread, topic targets) come from
   * core's one {@link Aggregates}.
   */
  static Score score(Eligibility el, int[] mentorOf) {
    return Evaluator.score(el, mentorOf);
  }

  /** Reports the score of {@code mentorOf} to the options' listener. */
  static void report(MatchOptions options, String strategy, long startNanos, Eligibility el, int[] mentorOf) {
    if (options.progress() == ProgressListener.NONE) {
      return;
    }
    long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
    options.progress().onProgress(new Progress(strategy, elapsed, score(el, mentorOf)));
  }
}
