package dev.tandem.core.rules;

import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.PairScore;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.Weights;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The pair score of docs/objective.md, the one place its formula lives on the core side.
 *
 * <pre>
 * pairScore = explicit score, when the problem lists one; otherwise
 *   topicWeight * fit + levelGapWeight * min(gap, levelGapCap) + crossDepartmentWeight * [dept differs]
 *   + ratingWeight * ratingBonus(mentor) + preferenceWeight * (rankBonus(mentee lists mentor) + rankBonus(mentor lists mentee))
 *   + perspectiveWeight * perspectiveMatch(mentee, mentor)
 * </pre>
 *
 * <p>Guarantee: immutable after construction, thread-safe, all arithmetic on {@code long} and
 * exact (never wraps; {@link dev.tandem.core.model.ScoreLimits} bounds every pair score of a valid
 * problem); defined for every mentee × mentor pair of the problem, eligible or not. Indices are the
 * positions in {@link MatchingProblem#mentees()} and {@link MatchingProblem#mentors()}.
 */
public final class PairScoring {
  private final Weights weights;
  private final int mentorCount;
  private final int[] menteeLevel;
  private final String[] menteeDept;
  private final int[][] menteeTopic;
  private final int[][] menteeTopicWeight;
  private final int[] mentorLevel;
  private final String[] mentorDept;
  private final int[][] mentorComp;
  private final int[][] mentorProf;
  private final long[] ratingBonus;
  // per mentee: the perspectives its diversity topics name (ids) and those topics' weights;
  // per mentor: the perspectives it declared with consent (sorted ids)
  private final int[][] menteePerspective;
  private final int[][] menteePerspectiveWeight;
  private final int[][] mentorPerspective;
  private final Map<Long, Integer> menteeRank = new HashMap<>();
  private final Map<Long, Integer> mentorRank = new HashMap<>();
  private final Map<Long, Long> explicit = new HashMap<>();

  /** Prepares the scoring of {@code problem}: linear in its size. */
  public PairScoring(MatchingProblem problem) {
    weights = problem.policy().weights();
    int n = problem.mentees().size();
    int mCount = problem.mentors().size();
    mentorCount = mCount;
    menteeLevel = new int[n];
    menteeDept = new String[n];
    menteeTopic = new int[n][];
    menteeTopicWeight = new int[n][];
    for (int i = 0; i < n; i++) {
      Mentee m = problem.mentees().get(i);
      Employee e = problem.employee(m.employee());
      menteeLevel[i] = e.level();
      menteeDept[i] = e.department();
      menteeTopic[i] = new int[m.topics().size()];
      menteeTopicWeight[i] = new int[m.topics().size()];
      for (int t = 0; t < m.topics().size(); t++) {
        TopicRequest r = m.topics().get(t);
        menteeTopic[i][t] = problem.competenceIndex(r.competence());
        menteeTopicWeight[i][t] = r.weight();
      }
      int k = m.ranking().size();
      for (int pos = 0; pos < k; pos++) {
        menteeRank.put(key(i, problem.mentorIndex(m.ranking().get(pos))), k - pos);
      }
    }
    mentorLevel = new int[mCount];
    mentorDept = new String[mCount];
    mentorComp = new int[mCount][];
    mentorProf = new int[mCount][];
    for (int j = 0; j < mCount; j++) {
      Mentor r = problem.mentors().get(j);
      Employee e = problem.employee(r.employee());
      mentorLevel[j] = e.level();
      mentorDept[j] = e.department();
      mentorComp[j] = new int[r.competences().size()];
      mentorProf[j] = new int[r.competences().size()];
      for (int c = 0; c < r.competences().size(); c++) {
        Proficiency p = r.competences().get(c);
        mentorComp[j][c] = problem.competenceIndex(p.competence());
        mentorProf[j][c] = p.proficiency();
      }
      int k = r.ranking().size();
      for (int pos = 0; pos < k; pos++) {
        mentorRank.put(key(problem.menteeIndex(r.ranking().get(pos)), j), k - pos);
      }
    }
    ratingBonus = new long[mCount];
    long[] sum = new long[mCount];
    long[] count = new long[mCount];
    for (PastPair p : problem.history()) {
      int j = problem.mentorIndex(p.mentor());
      if (j >= 0 && p.rating().isPresent()) {
        sum[j] += p.rating().getAsInt() - 3;
        count[j]++;
      }
    }
    for (int j = 0; j < mCount; j++) {
      ratingBonus[j] = count[j] == 0 ? 0 : Math.floorDiv(sum[j], count[j]);
    }
    Map<String, Integer> perspectiveIds = new HashMap<>();
    menteePerspective = new int[n][];
    menteePerspectiveWeight = new int[n][];
    for (int i = 0; i < n; i++) {
      Mentee m = problem.mentees().get(i);
      int[] ids = new int[m.topics().size()];
      int[] ws = new int[m.topics().size()];
      int w = 0;
      for (TopicRequest t : m.topics()) {
        Optional<String> p = problem.competences().get(problem.competenceIndex(t.competence())).perspective();
        if (p.isPresent()) {
          ids[w] = perspectiveIds.computeIfAbsent(p.get(), x -> perspectiveIds.size());
          ws[w++] = t.weight();
        }
      }
      menteePerspective[i] = Arrays.copyOf(ids, w);
      menteePerspectiveWeight[i] = Arrays.copyOf(ws, w);
    }
    mentorPerspective = new int[mCount][];
    for (int j = 0; j < mCount; j++) {
      Set<String> declared = problem.employee(problem.mentors().get(j).employee()).perspectives();
      mentorPerspective[j] = declared.stream().filter(perspectiveIds::containsKey).mapToInt(perspectiveIds::get).sorted().toArray();
    }
    for (PairScore s : problem.pairScores()) {
      explicit.putIfAbsent(key(problem.menteeIndex(s.mentee()), problem.mentorIndex(s.mentor())), s.score());
    }
  }

  private long key(int mentee, int mentor) {
    return (long) mentee * mentorCount + mentor;
  }

  public Weights weights() {
    return weights;
  }

  /**
   * The formula part of docs/objective.md from its inputs: the single combination used by
   * {@link #parts} and by {@link Eligibility}'s bulk computation.
   */
  public static long combine(Weights w, long fit, long gap, boolean crossDepartment, long ratingBonus, long rankBonusSum,
      long perspectiveMatch) {
    long sum = Math.multiplyExact(w.topicWeight(), fit);
    sum = Math.addExact(sum, Math.multiplyExact(w.levelGapWeight(), Math.min(gap, w.levelGapCap())));
    sum = Math.addExact(sum, crossDepartment ? w.crossDepartmentWeight() : 0);
    sum = Math.addExact(sum, Math.multiplyExact(w.ratingWeight(), ratingBonus));
    sum = Math.addExact(sum, Math.multiplyExact(w.preferenceWeight(), rankBonusSum));
    return Math.addExact(sum, Math.multiplyExact(w.perspectiveWeight(), perspectiveMatch));
  }

  /**
   * {@code sum over the mentee's diversity topics t naming a perspective the mentor declared (with
   * consent) of weight(t)}; 0 when none. Whether the mentor holds t does not matter here (the
   * topic fit rewards that).
   */
  public long perspectiveMatch(int mentee, int mentor) {
    int[] ids = menteePerspective[mentee];
    if (ids.length == 0) {
      return 0;
    }
    long sum = 0;
    for (int t = 0; t < ids.length; t++) {
      if (Arrays.binarySearch(mentorPerspective[mentor], ids[t]) >= 0) {
        sum += menteePerspectiveWeight[mentee][t];
      }
    }
    return sum;
  }

  /** {@code sum over the mentee's topics of weight * proficiency} (0 for a topic the mentor lacks). */
  public long fit(int mentee, int mentor) {
    long fit = 0;
    int[] topics = menteeTopic[mentee];
    for (int t = 0; t < topics.length; t++) {
      int[] comps = mentorComp[mentor];
      for (int c = 0; c < comps.length; c++) {
        if (comps[c] == topics[t]) {
          fit += (long) menteeTopicWeight[mentee][t] * mentorProf[mentor][c];
        }
      }
    }
    return fit;
  }

  /** The number of topics the mentee asks for. */
  public int topicCount(int mentee) {
    return menteeTopic[mentee].length;
  }

  /** The competence index of the mentee's {@code k}-th topic (in the order listed). */
  public int topicAt(int mentee, int k) {
    return menteeTopic[mentee][k];
  }

  /** Whether the mentor holds the competence (index into the problem's competences). */
  public boolean holds(int mentor, int competence) {
    for (int c : mentorComp[mentor]) {
      if (c == competence) {
        return true;
      }
    }
    return false;
  }

  /** {@code level(mentee) - level(mentor)}. */
  public long gap(int mentee, int mentor) {
    return (long) menteeLevel[mentee] - mentorLevel[mentor];
  }

  public boolean crossDepartment(int mentee, int mentor) {
    return !menteeDept[mentee].equals(mentorDept[mentor]);
  }

  /** {@code floorDiv(sum of (rating - 3), count)} over the mentor's past ratings; 0 without any. */
  public long ratingBonus(int mentor) {
    return ratingBonus[mentor];
  }

  /** {@code K - k + 1} when the mentee's ranking of K entries names the mentor at position k; else 0. */
  public int menteeRankBonus(int mentee, int mentor) {
    return menteeRank.getOrDefault(key(mentee, mentor), 0);
  }

  /** {@code K - k + 1} when the mentor's ranking of K entries names the mentee at position k; else 0. */
  public int mentorRankBonus(int mentee, int mentor) {
    return mentorRank.getOrDefault(key(mentee, mentor), 0);
  }

  /** Whether any mentor ranks any mentee. */
  boolean anyMentorRanking() {
    return !mentorRank.isEmpty();
  }

  /** The explicit score of the pair, when listed. */
  public OptionalLong explicitScore(int mentee, int mentor) {
    Long s = explicit.get(key(mentee, mentor));
    return s == null ? OptionalLong.empty() : OptionalLong.of(s);
  }

  /** The pair score. */
  public long score(int mentee, int mentor) {
    OptionalLong e = explicitScore(mentee, mentor);
    if (e.isPresent()) {
      return e.getAsLong();
    }
    return combine(weights, fit(mentee, mentor), gap(mentee, mentor), crossDepartment(mentee, mentor),
        ratingBonus(mentor), menteeRankBonus(mentee, mentor) + mentorRankBonus(mentee, mentor), perspectiveMatch(mentee, mentor));
  }

  /** The pair score and its weighted parts. */
  public PairParts parts(int mentee, int mentor) {
    long rank = menteeRankBonus(mentee, mentor) + mentorRankBonus(mentee, mentor);
    return new PairParts(
        Math.multiplyExact(weights.topicWeight(), fit(mentee, mentor)),
        Math.multiplyExact(weights.levelGapWeight(), Math.min(gap(mentee, mentor), weights.levelGapCap())),
        crossDepartment(mentee, mentor) ? weights.crossDepartmentWeight() : 0,
        Math.multiplyExact(weights.ratingWeight(), ratingBonus(mentor)),
        Math.multiplyExact(weights.preferenceWeight(), rank),
        Math.multiplyExact(weights.perspectiveWeight(), perspectiveMatch(mentee, mentor)),
        explicitScore(mentee, mentor));
  }
}
