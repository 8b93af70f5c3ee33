package dev.tandem.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.OrgChart;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PairScore;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The sparse candidate structure of a problem, computed once and shared by every strategy and
 * the evaluator: for each mentee its eligible mentors (ascending mentor index) with their pair
 * scores, in compressed-row form over primitive arrays, plus, per mentee, how many mentors each
 * {@link Rule} excluded (first rule in declaration order).
 *
 * <p>Indices are positions in {@link MatchingProblem#mentees()} and
 * {@link MatchingProblem#mentors()}. Row {@code m} spans positions {@code [start(m), end(m))};
 * {@link #mentorAt(int)} and {@link #scoreAt(int)} read one entry.
 *
 * <p>How it scales: mentors are indexed by competence and sorted by level, so with
 * {@code requireTopicMatch} a mentee only visits mentors who hold one of its topics and are
 * junior enough; the reporting line is checked through a precomputed list of the mentors below
 * each mentee; exclusion counts for the other mentors come from counting, not scanning. Work is
 * {@code O(mentees * log(mentors) + visited pairs)}, memory {@code 12 bytes} per eligible pair
 * plus linear terms; rows are built in parallel. Attribute rules ({@link AttributeRules}) are
 * checked for the candidates that pass every earlier rule, {@code O(rules * values)} each, and
 * cost nothing when the policy has none.
 *
 * <p>Guarantee: immutable and thread-safe after {@link #of}; a pair is listed exactly when
 * {@link Rules#violated} is empty for it, and its score equals {@link PairScoring#score}.
 */
public final class Eligibility {
  private static final Rule[] RULES = Rule.values();

  private final MatchingProblem problem;
  private final PairScoring scoring;
  private final int menteeCount;
  private final int mentorCount;
  private final int[] rowStart;
  private final int[] mentors;
  private final long[] scores;
  private final long[] rowMax;
  private final int[] excluded;
  private final int[] capacity;
  private final int[] priority;
  private final int[] pinned;
  private final int[] menteeDept;
  private final int[] mentorDept;
  private final ImmutableList<String> departments;

  private Eligibility(Builder b) {
    problem = b.problem;
    scoring = b.scoring;
    menteeCount = b.n;
    mentorCount = b.mCount;
    rowStart = b.rowStart;
    mentors = b.outMentors;
    scores = b.outScores;
    rowMax = b.rowMax;
    excluded = b.excluded;
    capacity = b.capacity;
    priority = b.priority;
    pinned = b.pinned;
    menteeDept = b.menteeDept;
    mentorDept = b.mentorDept;
    departments = b.departments;
  }

  /**
   * Computes the candidate structure of {@code problem}.
   *
   * @throws ValidationException when a pinned pair breaks a rule ({@link Rules#pinProblems}): a
   *     pin is part of every solution, so no strategy could meet the rules
   */
  public static Eligibility of(MatchingProblem problem) {
    List<ValidationProblem> pins = Rules.pinProblems(problem);
    if (!pins.isEmpty()) {
      throw new ValidationException(pins);
    }
    return new Eligibility(new Builder(problem).build());
  }

  public MatchingProblem problem() {
    return problem;
  }

  public PairScoring scoring() {
    return scoring;
  }

  public int menteeCount() {
    return menteeCount;
  }

  public int mentorCount() {
    return mentorCount;
  }

  /** The number of eligible pairs. */
  public long pairCount() {
    return rowStart[menteeCount];
  }

  public int start(int mentee) {
    return rowStart[mentee];
  }

  public int end(int mentee) {
    return rowStart[mentee + 1];
  }

  public int eligibleCount(int mentee) {
    return rowStart[mentee + 1] - rowStart[mentee];
  }

  public int mentorAt(int position) {
    return mentors[position];
  }

  /** The highest pair score of mentee {@code mentee}'s row, {@code Long.MIN_VALUE} when it is empty. */
  public long maxScore(int mentee) {
    return rowMax[mentee];
  }

  public long scoreAt(int position) {
    return scores[position];
  }

  /** The position of {@code (mentee, mentor)} in the rows, or -1 when the pair is not eligible. */
  public int position(int mentee, int mentor) {
    int k = Arrays.binarySearch(mentors, rowStart[mentee], rowStart[mentee + 1], mentor);
    return k < 0 ? -1 : k;
  }

  public boolean isEligible(int mentee, int mentor) {
    return position(mentee, mentor) >= 0;
  }

  /** The pair score of any pair, eligible or not. */
  public long pairScore(int mentee, int mentor) {
    int k = position(mentee, mentor);
    return k >= 0 ? scores[k] : scoring.score(mentee, mentor);
  }

  public int capacity(int mentor) {
    return capacity[mentor];
  }

  public int priority(int mentee) {
    return priority[mentee];
  }

  /** The mentor index the mentee is pinned to, or -1. */
  public int pinnedMentor(int mentee) {
    return pinned[mentee];
  }

  /** The department index of a mentee, into {@link #departments()}. */
  public int menteeDepartment(int mentee) {
    return menteeDept[mentee];
  }

  /** The department index of a mentor, into {@link #departments()}. */
  public int mentorDepartment(int mentor) {
    return mentorDept[mentor];
  }

  /** The departments of all participants, sorted by name. */
  public ImmutableList<String> departments() {
    return departments;
  }

  /** How many mentors {@code rule} excluded for the mentee (each mentor counted under its first rule). */
  public int excludedCount(int mentee, Rule rule) {
    return excluded[mentee * RULES.length + rule.ordinal()];
  }

  /** The non-zero exclusion counts of a mentee, in rule order. */
  public ImmutableSortedMap<Rule, Integer> excludedBy(int mentee) {
    Map<Rule, Integer> out = new EnumMap<>(Rule.class);
    for (Rule r : RULES) {
      int c = excludedCount(mentee, r);
      if (c > 0) {
        out.put(r, c);
      }
    }
    return ImmutableSortedMap.copyOf(out);
  }

  public String menteeId(int mentee) {
    return problem.mentees().get(mentee).employee();
  }

  public String mentorId(int mentor) {
    return problem.mentors().get(mentor).employee();
  }

  /** A matching from an assignment array ({@code mentorOf[m]} is a mentor index or -1). */
  public Matching toMatching(int[] mentorOf) {
    List<Pair> pairs = new ArrayList<>();
    for (int m = 0; m < menteeCount; m++) {
      if (mentorOf[m] >= 0) {
        pairs.add(Pair.of(menteeId(m), mentorId(mentorOf[m])));
      }
    }
    return Matching.of(problem, pairs);
  }

  /** The assignment array of a matching of this problem ({@code -1} for unmatched). */
  public int[] assignmentOf(Matching matching) {
    int[] out = new int[menteeCount];
    Arrays.fill(out, -1);
    for (Pair p : matching.pairs()) {
      out[problem.menteeIndex(p.mentee())] = problem.mentorIndex(p.mentor());
    }
    return out;
  }

  /** Does the one-time work; kept apart so the final object only holds what it needs. */
  private static final class Builder {
    final MatchingProblem problem;
    final PairScoring scoring;
    final Policy policy;
    final int n;
    final int mCount;
    final int[] capacity;
    final int[] priority;
    final int[] pinned;
    final int[] menteeDept;
    final int[] mentorDept;
    ImmutableList<String> departments;
    final int[] menteeLevel;
    final int[] mentorLevel;
    final int[] sameMentor;
    // mentors sorted by level, and their levels in that order
    final int[] byLevel;
    final int[] sortedLevels;
    // per competence: mentors holding it (sorted by level), their proficiency and level
    final int[][] compMentors;
    final int[][] compProf;
    final int[][] compLevel;
    // per mentee: mentors whose reporting line forbids the pair (CSR), sorted
    final int[] lineStart;
    final int[] lineMentors;
    // per mentee sorted mentor lists: history, conflicts, listed (with scores)
    final int[][] repeatOf;
    final int[][] conflictOf;
    final int[][] listedOf;
    final long[][] listedScore;
    // per mentee: mentors with an explicit score (sorted) and those scores
    final int[][] explicitOf;
    final long[][] explicitScore;
    final int[][] menteeRanking;
    // attribute rules over org chart positions, and each participant's position
    final AttributeRules.Prepared attributes;
    final int[] menteeEmployee;
    final int[] mentorEmployee;
    int[] rowStart;
    int[] outMentors;
    long[] outScores;
    long[] rowMax;
    final int[] excluded;

    Builder(MatchingProblem problem) {
      this.problem = problem;
      this.scoring = new PairScoring(problem);
      this.policy = problem.policy();
      n = problem.mentees().size();
      mCount = problem.mentors().size();
      capacity = new int[mCount];
      priority = new int[n];
      pinned = new int[n];
      menteeDept = new int[n];
      mentorDept = new int[mCount];
      menteeLevel = new int[n];
      mentorLevel = new int[mCount];
      sameMentor = new int[n];
      excluded = new int[n * RULES.length];
      TreeSet<String> depts = new TreeSet<>();
      for (Mentee m : problem.mentees()) {
        depts.add(problem.employee(m.employee()).department());
      }
      for (Mentor r : problem.mentors()) {
        depts.add(problem.employee(r.employee()).department());
      }
      departments = ImmutableList.copyOf(depts);
      for (int i = 0; i < n; i++) {
        Mentee m = problem.mentees().get(i);
        Employee e = problem.employee(m.employee());
        priority[i] = m.priority();
        menteeLevel[i] = e.level();
        sameMentor[i] = problem.mentorIndex(m.employee());
        pinned[i] = -1;
      }
      String[] deptArray = departments.toArray(new String[0]);
      for (int i = 0; i < n; i++) {
        menteeDept[i] = Arrays.binarySearch(deptArray, problem.employee(problem.mentees().get(i).employee()).department());
      }
      for (int j = 0; j < mCount; j++) {
        Mentor r = problem.mentors().get(j);
        Employee e = problem.employee(r.employee());
        capacity[j] = r.capacity();
        mentorLevel[j] = e.level();
        mentorDept[j] = Arrays.binarySearch(deptArray, e.department());
      }
      for (Pair p : problem.pinnedPairs()) {
        pinned[problem.menteeIndex(p.mentee())] = problem.mentorIndex(p.mentor());
      }
      byLevel = IntStream.range(0, mCount).boxed()
          .sorted((a, b) -> a.equals(b) ? 0 : mentorLevel[a] != mentorLevel[b] ? Integer.compare(mentorLevel[a], mentorLevel[b]) : Integer.compare(a, b))
          .mapToInt(Integer::intValue).toArray();
      sortedLevels = new int[mCount];
      for (int k = 0; k < mCount; k++) {
        sortedLevels[k] = mentorLevel[byLevel[k]];
      }
      int cCount = problem.competences().size();
      int[] compSize = new int[cCount];
      for (Mentor r : problem.mentors()) {
        for (Proficiency p : r.competences()) {
          compSize[problem.competenceIndex(p.competence())]++;
        }
      }
      compMentors = new int[cCount][];
      compProf = new int[cCount][];
      compLevel = new int[cCount][];
      for (int c = 0; c < cCount; c++) {
        compMentors[c] = new int[compSize[c]];
        compProf[c] = new int[compSize[c]];
        compLevel[c] = new int[compSize[c]];
      }
      int[] fill = new int[cCount];
      for (int j : byLevel) {
        for (Proficiency p : problem.mentors().get(j).competences()) {
          int c = problem.competenceIndex(p.competence());
          compMentors[c][fill[c]] = j;
          compProf[c][fill[c]] = p.proficiency();
          compLevel[c][fill[c]] = mentorLevel[j];
          fill[c]++;
        }
      }
      // Reporting line: walk up from every mentor; each manager who is a mentee gets the mentor.
      OrgChart chart = problem.orgChart();
      int[] menteeOfEmployee = new int[chart.size()];
      Arrays.fill(menteeOfEmployee, -1);
      for (int i = 0; i < n; i++) {
        menteeOfEmployee[chart.indexOf(problem.mentees().get(i).employee())] = i;
      }
      List<long[]> lines = new ArrayList<>();
      int[] lineCount = new int[n + 1];
      if (policy.reportingLine() != ReportingLine.ALLOW) {
        int maxDepth = policy.reportingLine() == ReportingLine.FORBID_DIRECT ? 1
            : policy.reportingLineDepth() == 0 ? Integer.MAX_VALUE : policy.reportingLineDepth();
        for (int j = 0; j < mCount; j++) {
          int e = chart.indexOf(problem.mentors().get(j).employee());
          int d = 1;
          for (int p = chart.parent(e); p >= 0 && d <= maxDepth; p = chart.parent(p), d++) {
            int i = menteeOfEmployee[p];
            if (i >= 0) {
              lines.add(new long[] {i, j});
              lineCount[i + 1]++;
            }
          }
        }
      }
      lineStart = new int[n + 1];
      for (int i = 0; i < n; i++) {
        lineStart[i + 1] = lineStart[i] + lineCount[i + 1];
      }
      lineMentors = new int[lineStart[n]];
      int[] lf = Arrays.copyOf(lineStart, n);
      for (long[] l : lines) {
        lineMentors[lf[(int) l[0]]++] = (int) l[1];
      }
      for (int i = 0; i < n; i++) {
        Arrays.sort(lineMentors, lineStart[i], lineStart[i + 1]);
      }
      repeatOf = perMentee(policy.allowRepeatPairs() ? List.of() : problem.history().stream().map(PastPair::pair).toList());
      conflictOf = perMentee(problem.forbiddenPairs());
      explicitOf = perMentee(problem.pairScores().stream().map(PairScore::pair).toList());
      explicitScore = new long[n][];
      for (int i = 0; i < n; i++) {
        explicitScore[i] = new long[explicitOf[i].length];
        for (int k = 0; k < explicitOf[i].length; k++) {
          explicitScore[i][k] = scoring.explicitScore(i, explicitOf[i][k]).orElseThrow();
        }
      }
      if (policy.candidatePairs() == CandidatePairs.LISTED_ONLY) {
        listedOf = explicitOf;
        listedScore = explicitScore;
      } else {
        listedOf = null;
        listedScore = null;
      }
      attributes = new AttributeRules.Prepared(problem);
      menteeEmployee = new int[n];
      mentorEmployee = new int[mCount];
      for (int i = 0; i < n; i++) {
        menteeEmployee[i] = chart.indexOf(problem.mentees().get(i).employee());
      }
      for (int j = 0; j < mCount; j++) {
        mentorEmployee[j] = chart.indexOf(problem.mentors().get(j).employee());
      }
      menteeRanking = new int[n][];
      for (int i = 0; i < n; i++) {
        menteeRanking[i] = problem.mentees().get(i).ranking().stream().mapToInt(problem::mentorIndex).toArray();
      }
    }

    private int[][] perMentee(List<Pair> pairs) {
      int[] count = new int[n];
      for (Pair p : pairs) {
        int i = problem.menteeIndex(p.mentee());
        if (i >= 0 && problem.mentorIndex(p.mentor()) >= 0) {
          count[i]++;
        }
      }
      int[][] out = new int[n][];
      for (int i = 0; i < n; i++) {
        out[i] = new int[count[i]];
      }
      int[] fill = new int[n];
      for (Pair p : pairs) {
        int i = problem.menteeIndex(p.mentee());
        int j = problem.mentorIndex(p.mentor());
        if (i >= 0 && j >= 0) {
          out[i][fill[i]++] = j;
        }
      }
      for (int i = 0; i < n; i++) {
        Arrays.sort(out[i]);
        // remove duplicates (a pair may appear in several past cycles)
        int w = 0;
        for (int k = 0; k < out[i].length; k++) {
          if (w == 0 || out[i][w - 1] != out[i][k]) {
            out[i][w++] = out[i][k];
          }
        }
        if (w != out[i].length) {
          out[i] = Arrays.copyOf(out[i], w);
        }
      }
      return out;
    }

    Builder build() {
      int chunks = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors() * 4));
      int[] count = new int[n];
      IntStream.range(0, chunks).parallel().forEach(c -> {
        Scratch s = new Scratch(mCount);
        for (int i = lo(c, chunks); i < lo(c + 1, chunks); i++) {
          count[i] = row(i, s, null, null, 0, true);
        }
      });
      rowStart = new int[n + 1];
      long total = 0;
      for (int i = 0; i < n; i++) {
        total += count[i];
        if (total > Integer.MAX_VALUE - 16) {
          throw new IllegalArgumentException("too many eligible pairs: more than " + (Integer.MAX_VALUE - 16));
        }
        rowStart[i + 1] = (int) total;
      }
      outMentors = new int[(int) total];
      outScores = new long[(int) total];
      rowMax = new long[n];
      IntStream.range(0, chunks).parallel().forEach(c -> {
        Scratch s = new Scratch(mCount);
        for (int i = lo(c, chunks); i < lo(c + 1, chunks); i++) {
          row(i, s, outMentors, outScores, rowStart[i], false);
          long max = Long.MIN_VALUE;
          for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
            max = Math.max(max, outScores[k]);
          }
          rowMax[i] = max;
        }
      });
      return this;
    }

    private int lo(int chunk, int chunks) {
      return (int) ((long) n * chunk / chunks);
    }

    /** Per-thread scratch arrays indexed by mentor. */
    private static final class Scratch {
      final int[] seen;
      final int[] line;
      final int[] attr;
      final long[] fit;
      final int[] rank;
      int[] cand;
      int stamp;

      Scratch(int mentors) {
        seen = new int[mentors];
        line = new int[mentors];
        attr = new int[mentors];
        fit = new long[mentors];
        rank = new int[mentors];
        cand = new int[16];
      }
    }

    /**
     * Computes row {@code i}: in the counting pass returns the number of eligible mentors and
     * records the exclusion counts; in the filling pass writes mentors and scores at {@code at}.
     */
    private int row(int i, Scratch s, int[] outM, long[] outS, int at, boolean counting) {
      int stamp = ++s.stamp;
      long maxLevel = (long) menteeLevel[i] - policy.minLevelGap();
      int same = sameMentor[i];
      // LEVEL_GAP count: mentors above maxLevel, the same person excluded (counted as SAME_PERSON).
      int allowed = upperBound(sortedLevels, maxLevel);
      int levelExcluded = mCount - allowed;
      boolean sameAllowedByLevel = same >= 0 && mentorLevel[same] <= maxLevel;
      if (same >= 0 && !sameAllowedByLevel) {
        levelExcluded--;
      }
      int lineExcluded = 0;
      for (int k = lineStart[i]; k < lineStart[i + 1]; k++) {
        int j = lineMentors[k];
        if (j != same && mentorLevel[j] <= maxLevel) {
          s.line[j] = stamp;
          lineExcluded++;
        }
      }
      int passing = mCount - (same >= 0 ? 1 : 0) - levelExcluded - lineExcluded;
      // Candidates: mentors passing the first three rules (and covering a topic when required).
      int candCount = 0;
      int[] topics = menteeTopics(i);
      int[] topicWeights = menteeTopicWeights(i);
      if (policy.requireTopicMatch()) {
        for (int t = 0; t < topics.length; t++) {
          int c = topics[t];
          int w = topicWeights[t];
          int[] ms = compMentors[c];
          int[] lv = compLevel[c];
          int[] pf = compProf[c];
          int end = upperBound(lv, maxLevel);
          for (int k = 0; k < end; k++) {
            int j = ms[k];
            if (j == same || s.line[j] == stamp) {
              continue;
            }
            if (s.seen[j] != stamp) {
              s.seen[j] = stamp;
              s.fit[j] = 0;
              if (candCount == s.cand.length) {
                s.cand = Arrays.copyOf(s.cand, candCount * 2);
              }
              s.cand[candCount++] = j;
            }
            s.fit[j] += (long) w * pf[k];
          }
        }
      } else {
        for (int k = 0; k < allowed; k++) {
          int j = byLevel[k];
          if (j == same || s.line[j] == stamp) {
            continue;
          }
          s.seen[j] = stamp;
          if (!counting) {
            s.fit[j] = scoring.fit(i, j);
          }
          if (candCount == s.cand.length) {
            s.cand = Arrays.copyOf(s.cand, candCount * 2);
          }
          s.cand[candCount++] = j;
        }
      }
      int noTopic = passing - candCount;
      int repeat = 0;
      int conflict = 0;
      for (int j : repeatOf[i]) {
        if (s.seen[j] == stamp) {
          repeat++;
        }
      }
      for (int j : conflictOf[i]) {
        if (s.seen[j] == stamp && Arrays.binarySearch(repeatOf[i], j) < 0) {
          conflict++;
        }
      }
      // ATTRIBUTE: candidates not excluded by an earlier rule that an attribute rule forbids
      int attribute = 0;
      if (!attributes.isEmpty()) {
        for (int k = 0; k < candCount; k++) {
          int j = s.cand[k];
          if (Arrays.binarySearch(repeatOf[i], j) < 0 && Arrays.binarySearch(conflictOf[i], j) < 0
              && attributes.excludes(menteeEmployee[i], mentorEmployee[j])) {
            s.attr[j] = stamp;
            attribute++;
          }
        }
      }
      int eligible;
      int notListed = 0;
      if (listedOf != null) {
        eligible = 0;
        int[] listed = listedOf[i];
        for (int k = 0; k < listed.length; k++) {
          int j = listed[k];
          if (s.seen[j] == stamp && s.attr[j] != stamp
              && Arrays.binarySearch(repeatOf[i], j) < 0 && Arrays.binarySearch(conflictOf[i], j) < 0) {
            if (!counting) {
              outM[at + eligible] = j;
              outS[at + eligible] = listedScore[i][k];
            }
            eligible++;
          }
        }
        notListed = candCount - repeat - conflict - attribute - eligible;
      } else {
        eligible = candCount - repeat - conflict - attribute;
        if (!counting) {
          sortCandidates(s, candCount, stamp);
          int[] ranking = menteeRanking[i];
          int[] explicitMentors = explicitOf[i];
          for (int pos = 0; pos < ranking.length; pos++) {
            s.rank[ranking[pos]] = ranking.length - pos;
          }
          boolean mentorRanks = scoring.anyMentorRanking();
          int w = at;
          for (int k = 0; k < candCount; k++) {
            int j = s.cand[k];
            if (s.attr[j] == stamp || Arrays.binarySearch(repeatOf[i], j) >= 0 || Arrays.binarySearch(conflictOf[i], j) >= 0) {
              continue;
            }
            long score;
            int e = explicitMentors.length == 0 ? -1 : Arrays.binarySearch(explicitMentors, j);
            if (e >= 0) {
              score = explicitScore[i][e];
            } else {
              int rankSum = s.rank[j] + (mentorRanks ? scoring.mentorRankBonus(i, j) : 0);
              score = PairScoring.combine(scoring.weights(), s.fit[j], (long) menteeLevel[i] - mentorLevel[j],
                  menteeDept[i] != mentorDept[j], scoring.ratingBonus(j), rankSum, scoring.perspectiveMatch(i, j));
            }
            outM[w] = j;
            outS[w] = score;
            w++;
          }
          for (int r : ranking) {
            s.rank[r] = 0;
          }
        }
      }
      if (counting) {
        int base = i * RULES.length;
        excluded[base + Rule.SAME_PERSON.ordinal()] = same >= 0 ? 1 : 0;
        excluded[base + Rule.LEVEL_GAP.ordinal()] = levelExcluded;
        excluded[base + Rule.REPORTING_LINE.ordinal()] = lineExcluded;
        excluded[base + Rule.NO_TOPIC.ordinal()] = noTopic;
        excluded[base + Rule.REPEAT.ordinal()] = repeat;
        excluded[base + Rule.CONFLICT.ordinal()] = conflict;
        excluded[base + Rule.ATTRIBUTE.ordinal()] = attribute;
        excluded[base + Rule.NOT_LISTED.ordinal()] = notListed;
      }
      return eligible;
    }

    /**
     * Puts the first {@code count} candidates (marked with {@code stamp} in {@code s.seen}) in
     * ascending order: by sorting when they are few, by one scan over all mentors when they are
     * many (linear instead of {@code count * log(count)}).
     */
    private void sortCandidates(Scratch s, int count, int stamp) {
      if ((long) count * 8 < mCount) {
        Arrays.sort(s.cand, 0, count);
        return;
      }
      int w = 0;
      for (int j = 0; j < mCount && w < count; j++) {
        if (s.seen[j] == stamp) {
          s.cand[w++] = j;
        }
      }
    }

    private int[] menteeTopics(int i) {
      List<TopicRequest> ts = problem.mentees().get(i).topics();
      int[] out = new int[ts.size()];
      for (int t = 0; t < out.length; t++) {
        out[t] = problem.competenceIndex(ts.get(t).competence());
      }
      return out;
    }

    private int[] menteeTopicWeights(int i) {
      return problem.mentees().get(i).topics().stream().mapToInt(TopicRequest::weight).toArray();
    }

    /** The number of entries of the ascending {@code a} that are {@code <= key}. */
    private static int upperBound(int[] a, long key) {
      int lo = 0;
      int hi = a.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] <= key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
