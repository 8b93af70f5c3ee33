package dev.tandem.core.rules;

import dev.tandem.core.model.MatchingProblem;

/**
 * The preferences of both sides used by stable matching and by the blocking-pair metric
 * (docs/objective.md): a side's explicit ranking first (in its order), then the other eligible
 * partners by pair score, highest first, ties by employee id. Only eligible pairs are
 * acceptable; callers pass eligible partners only.
 *
 * <p>Guarantee: each comparison is a strict total order over a side's eligible partners;
 * thread-safe; constant time per comparison.
 */
public final class Preferences {
  private final Eligibility eligibility;
  private final PairScoring scoring;
  private final MatchingProblem problem;

  public Preferences(Eligibility eligibility) {
    this.eligibility = eligibility;
    this.scoring = eligibility.scoring();
    this.problem = eligibility.problem();
  }

  /**
   * Negative when mentee {@code m} prefers mentor {@code r1} (pair score {@code s1}) to
   * {@code r2} (pair score {@code s2}), positive when it prefers {@code r2}, zero when equal.
   */
  public int compareMentors(int m, int r1, long s1, int r2, long s2) {
    if (r1 == r2) {
      return 0;
    }
    int b1 = scoring.menteeRankBonus(m, r1);
    int b2 = scoring.menteeRankBonus(m, r2);
    if (b1 != b2) {
      return Integer.compare(b2, b1);
    }
    if (s1 != s2) {
      return Long.compare(s2, s1);
    }
    return eligibility.mentorId(r1).compareTo(eligibility.mentorId(r2));
  }

  /**
   * Negative when mentor {@code r} prefers mentee {@code m1} (pair score {@code s1}) to
   * {@code m2} (pair score {@code s2}), positive when it prefers {@code m2}, zero when equal.
   */
  public int compareMentees(int r, int m1, long s1, int m2, long s2) {
    if (m1 == m2) {
      return 0;
    }
    int b1 = scoring.mentorRankBonus(m1, r);
    int b2 = scoring.mentorRankBonus(m2, r);
    if (b1 != b2) {
      return Integer.compare(b2, b1);
    }
    if (s1 != s2) {
      return Long.compare(s2, s1);
    }
    return eligibility.menteeId(m1).compareTo(eligibility.menteeId(m2));
  }

  MatchingProblem problem() {
    return problem;
  }
}
