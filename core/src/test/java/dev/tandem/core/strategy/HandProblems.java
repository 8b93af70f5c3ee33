package dev.tandem.core.strategy;

import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.Weights;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made problems from a score table for hand-computed examples: mentees {@code a0, a1, ...}
 * and mentors {@code t0, t1, ...}, only the listed pairs eligible ({@code LISTED_ONLY}, every
 * other rule off, all weights 0 but the load weight), so the pair score of a listed pair is
 * exactly its table entry.
 */
final class HandProblems {
  /** Marks a pair that is not eligible. */
  static final Long NO = null;

  private final Long[][] scores;
  private int[] priorities;
  private int[] capacities;
  private long loadWeight;
  private String[] menteeDepartments;
  private String[] mentorDepartments;
  private final List<int[]> pins = new ArrayList<>();
  private final List<List<String>> menteeRankings = new ArrayList<>();
  private final List<List<String>> mentorRankings = new ArrayList<>();

  private HandProblems(Long[][] scores) {
    this.scores = scores;
    int n = scores.length;
    int mentors = scores[0].length;
    priorities = new int[n];
    java.util.Arrays.fill(priorities, 1);
    capacities = new int[mentors];
    java.util.Arrays.fill(capacities, 1);
    menteeDepartments = new String[n];
    java.util.Arrays.fill(menteeDepartments, "A");
    mentorDepartments = new String[mentors];
    java.util.Arrays.fill(mentorDepartments, "B");
    for (int m = 0; m < n; m++) {
      menteeRankings.add(List.of());
    }
    for (int r = 0; r < mentors; r++) {
      mentorRankings.add(List.of());
    }
  }

  /** A table {@code scores[mentee][mentor]}, {@link #NO} for a pair that is not eligible. */
  static HandProblems table(Long[]... scores) {
    return new HandProblems(scores);
  }

  /** A row of the table. */
  static Long[] row(Long... scores) {
    return scores;
  }

  HandProblems priorities(int... values) {
    priorities = values;
    return this;
  }

  HandProblems capacities(int... values) {
    capacities = values;
    return this;
  }

  HandProblems loadWeight(long value) {
    loadWeight = value;
    return this;
  }

  HandProblems menteeDepartments(String... values) {
    menteeDepartments = values;
    return this;
  }

  HandProblems mentorDepartments(String... values) {
    mentorDepartments = values;
    return this;
  }

  HandProblems pin(int mentee, int mentor) {
    pins.add(new int[] {mentee, mentor});
    return this;
  }

  /** Mentee {@code m}'s explicit ranking of mentors, best first (mentor indices). */
  HandProblems menteeRanking(int m, int... mentors) {
    List<String> ids = new ArrayList<>();
    for (int r : mentors) {
      ids.add("t" + r);
    }
    menteeRankings.set(m, ids);
    return this;
  }

  /** Mentor {@code r}'s explicit ranking of mentees, best first (mentee indices). */
  HandProblems mentorRanking(int r, int... mentees) {
    List<String> ids = new ArrayList<>();
    for (int m : mentees) {
      ids.add("a" + m);
    }
    mentorRankings.set(r, ids);
    return this;
  }

  MatchingProblem build() {
    MatchingProblem.Builder b = MatchingProblem.builder().name("hand");
    int n = scores.length;
    int mentors = scores[0].length;
    for (int m = 0; m < n; m++) {
      b.employee(Employee.of("a" + m, menteeDepartments[m], 5));
      b.mentee(Mentee.of("a" + m, priorities[m], List.of()).withRanking(menteeRankings.get(m)));
    }
    for (int r = 0; r < mentors; r++) {
      b.employee(Employee.of("t" + r, mentorDepartments[r], 1));
      b.mentor(Mentor.of("t" + r, capacities[r], List.of()).withRanking(mentorRankings.get(r)));
    }
    for (int m = 0; m < n; m++) {
      for (int r = 0; r < mentors; r++) {
        if (scores[m][r] != null) {
          b.pairScore("a" + m, "t" + r, scores[m][r]);
        }
      }
    }
    for (int[] p : pins) {
      b.pin("a" + p[0], "t" + p[1]);
    }
    return b.policy(Policy.builder().candidatePairs(CandidatePairs.LISTED_ONLY).minLevelGap(0)
        .reportingLine(ReportingLine.ALLOW).requireTopicMatch(false)
        .weights(Weights.ZERO.withMentorLoadWeight(loadWeight)).build()).build();
  }
}
