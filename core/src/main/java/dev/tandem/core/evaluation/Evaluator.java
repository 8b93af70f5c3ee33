package dev.tandem.core.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.TopicTarget;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.Preferences;
import dev.tandem.core.rules.Rule;
import dev.tandem.core.rules.Rules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one evaluator: scores any matching of a problem by docs/objective.md, whatever produced it.
 *
 * <pre>
 * hard   = -(matched forbidden pairs) - sum over mentors of max(0, load - capacity)
 *          - (pinned pairs the matching does not keep)
 * medium = -(sum of priority over unmatched mentees)
 * soft   = sum of pair scores - departmentSpreadWeight * sum over links of k(k-1)/2
 *          - mentorLoadWeight * sum over mentors of load(load-1)/2
 *          + topicTargetWeight * sum over topics t with a target of min(pairs working on t, target)
 * </pre>
 *
 * <p>The terms over more than one pair come from {@link Aggregates}; the evaluation also holds the
 * metrics, the {@link Fairness} metrics per group (k-anonymous: groups of at least five mentees)
 * and each topic target's progress.
 *
 * <p>Guarantee: deterministic, all arithmetic on {@code long} and exact (a sum that would wrap
 * throws {@link ArithmeticException}; {@link dev.tandem.core.model.ScoreLimits} keeps valid
 * problems far from that); pinned pairs are part of the
 * matching and scored like any other pair; a pair breaking a rule costs one hard point and is
 * still scored on the soft level; a pinned pair the matching drops or replaces costs one hard
 * point and is listed in {@link Evaluation#brokenPins()}. Time is linear in the matching plus
 * the eligible pairs (for the blocking-pair count).
 */
public final class Evaluator {
  private Evaluator() {}

  /** Evaluates {@code matching}, computing the problem's eligibility first. */
  public static Evaluation evaluate(MatchingProblem problem, Matching matching) {
    return evaluate(Eligibility.of(problem), matching);
  }

  /**
   * Evaluates {@code matching} on a prepared eligibility structure.
   *
   * @throws ValidationException when the matching names people outside the problem or a mentee twice
   */
  public static Evaluation evaluate(Eligibility eligibility, Matching matching) {
    MatchingProblem problem = eligibility.problem();
    int n = eligibility.menteeCount();
    int[] mentorOf = new int[n];
    Arrays.fill(mentorOf, -1);
    int index = 0;
    for (Pair p : matching.pairs()) {
      int m = problem.menteeIndex(p.mentee());
      int r = problem.mentorIndex(p.mentor());
      if (m < 0 || r < 0 || mentorOf[m] >= 0) {
        throw new ValidationException(List.of(new ValidationProblem("pairs[" + index + "]",
            "pair " + p + " names an unknown person or a mentee matched twice")));
      }
      mentorOf[m] = r;
      index++;
    }
    Aggregates agg = Aggregates.of(eligibility, mentorOf);
    long[] pairScore = new long[n];
    boolean[] eligible = new boolean[n];
    boolean[] coversTop = new boolean[n];
    ImmutableList.Builder<PairEvaluation> pairs = ImmutableList.builder();
    long forbidden = 0;
    long pairScoreSum = 0;
    int covered = 0;
    long gapSum = 0;
    int cross = 0;
    for (Pair p : matching.pairs()) {
      int m = problem.menteeIndex(p.mentee());
      int r = mentorOf[m];
      int k = eligibility.position(m, r);
      eligible[m] = k >= 0;
      Set<Rule> broken = eligible[m] ? Set.of() : Rules.violated(problem, p.mentee(), p.mentor());
      if (!eligible[m]) {
        forbidden++;
      }
      PairParts parts = eligibility.scoring().parts(m, r);
      pairScore[m] = eligible[m] ? eligibility.scoreAt(k) : parts.total();
      pairScoreSum = Math.addExact(pairScoreSum, pairScore[m]);
      boolean pinned = eligibility.pinnedMentor(m) == r;
      pairs.add(new PairEvaluation(p, pairScore[m], parts, pinned, ImmutableSet.copyOf(broken)));
      if (holdsTopTopic(problem, m, r)) {
        coversTop[m] = true;
        covered++;
      }
      gapSum += eligibility.scoring().gap(m, r);
      if (eligibility.menteeDepartment(m) != eligibility.mentorDepartment(r)) {
        cross++;
      }
    }
    long unmatchedPriority = 0;
    long matchedPriority = 0;
    ImmutableList.Builder<UnmatchedMentee> unmatched = ImmutableList.builder();
    for (int m = 0; m < n; m++) {
      if (mentorOf[m] >= 0) {
        matchedPriority += eligibility.priority(m);
        continue;
      }
      unmatchedPriority = Math.addExact(unmatchedPriority, eligibility.priority(m));
      UnmatchedReason reason;
      if (eligibility.eligibleCount(m) == 0) {
        reason = UnmatchedReason.NO_ELIGIBLE_MENTOR;
      } else {
        reason = UnmatchedReason.CAPACITY_EXHAUSTED;
        for (int k = eligibility.start(m); k < eligibility.end(m); k++) {
          int r = eligibility.mentorAt(k);
          if (agg.load(r) < eligibility.capacity(r)) {
            reason = UnmatchedReason.LEFT_OUT;
            break;
          }
        }
      }
      unmatched.add(new UnmatchedMentee(eligibility.menteeId(m), eligibility.priority(m), reason,
          eligibility.eligibleCount(m), eligibility.excludedBy(m)));
    }
    ImmutableList.Builder<BrokenPin> brokenPins = ImmutableList.builder();
    long broken = 0;
    for (Pair pin : problem.pinnedPairs()) {
      int r = mentorOf[problem.menteeIndex(pin.mentee())];
      if (r != problem.mentorIndex(pin.mentor())) {
        brokenPins.add(new BrokenPin(pin, r < 0 ? Optional.empty() : Optional.of(eligibility.mentorId(r))));
        broken++;
      }
    }
    Terms terms = new Terms(forbidden, agg.capacityExcess(), broken, unmatchedPriority, pairScoreSum,
        agg.spreadPenalty(), agg.loadPenalty(), agg.topicTargetBonus());
    int matched = matching.pairs().size();
    long[] sorted = new long[matched];
    int w = 0;
    for (int m = 0; m < n; m++) {
      if (mentorOf[m] >= 0) {
        sorted[w++] = pairScore[m];
      }
    }
    Arrays.sort(sorted);
    Metrics metrics = new Metrics(
        n,
        matched,
        n - matched,
        matchedPriority,
        unmatchedPriority,
        matched == 0 ? 0 : (double) covered / matched,
        matched == 0 ? 0 : (double) pairScoreSum / matched,
        matched == 0 ? 0 : sorted[0],
        matched == 0 ? 0 : sorted[(matched + 9) / 10 - 1],
        matched == 0 ? 0 : (double) gapSum / matched,
        matched == 0 ? 0 : (double) cross / matched,
        agg.departmentLinks(),
        agg.largestLinkCount(),
        agg.mentorsUsed(),
        agg.largestLoad(),
        blockingPairs(eligibility, mentorOf, eligible, pairScore, agg));
    ImmutableList.Builder<TopicTargetProgress> targets = ImmutableList.builder();
    for (TopicTarget t : problem.topicTargets()) {
      targets.add(new TopicTargetProgress(t.competence(), t.pairs(), agg.topicPairs(problem.competenceIndex(t.competence()))));
    }
    return new Evaluation(terms.score(), terms, pairs.build(), unmatched.build(), brokenPins.build(), metrics,
        fairness(eligibility, mentorOf, pairScore, coversTop), targets.build());
  }

  /**
   * The outcome per mentee department, level and declared perspective group, groups of fewer than
   * {@link Fairness#MIN_GROUP_SIZE} mentees suppressed.
   */
  static Fairness fairness(Eligibility el, int[] mentorOf, long[] pairScore, boolean[] coversTop) {
    MatchingProblem problem = el.problem();
    Map<String, List<Integer>> byDepartment = new TreeMap<>();
    Map<Integer, List<Integer>> byLevel = new TreeMap<>();
    Map<String, List<Integer>> byGroup = new TreeMap<>();
    for (int m = 0; m < el.menteeCount(); m++) {
      Employee e = problem.employee(el.menteeId(m));
      byDepartment.computeIfAbsent(e.department(), x -> new ArrayList<>()).add(m);
      byLevel.computeIfAbsent(e.level(), x -> new ArrayList<>()).add(m);
      for (String g : e.perspectives()) {
        byGroup.computeIfAbsent(g, x -> new ArrayList<>()).add(m);
      }
    }
    int[] suppressed = new int[1];
    return new Fairness(groups(byDepartment, mentorOf, pairScore, coversTop, suppressed),
        groups(byLevel, mentorOf, pairScore, coversTop, suppressed),
        groups(byGroup, mentorOf, pairScore, coversTop, suppressed), suppressed[0]);
  }

  private static ImmutableList<GroupMetrics> groups(Map<?, List<Integer>> groups, int[] mentorOf, long[] pairScore,
      boolean[] coversTop, int[] suppressed) {
    ImmutableList.Builder<GroupMetrics> out = ImmutableList.builder();
    groups.forEach((name, members) -> {
      if (members.size() < Fairness.MIN_GROUP_SIZE) {
        suppressed[0]++;
        return;
      }
      int matched = 0;
      int covered = 0;
      long sum = 0;
      for (int m : members) {
        if (mentorOf[m] >= 0) {
          matched++;
          sum = Math.addExact(sum, pairScore[m]);
          covered += coversTop[m] ? 1 : 0;
        }
      }
      out.add(new GroupMetrics(String.valueOf(name), members.size(), matched, (double) matched / members.size(),
          matched == 0 ? 0 : (double) covered / matched, matched == 0 ? 0 : (double) sum / matched));
    });
    return out.build();
  }

  /**
   * The score alone of an assignment ({@code mentorOf[m]} a mentor index or -1), without pairs,
   * reasons or metrics: the same numbers as {@link #evaluate}'s score, in
   * {@code O(mentees * log(degree) + mentors)}. For strategies that compare many assignments.
   */
  public static Score score(Eligibility el, int[] mentorOf) {
    Aggregates agg = Aggregates.of(el, mentorOf);
    long hard = -agg.capacityExcess();
    long medium = 0;
    long soft = Math.subtractExact(agg.topicTargetBonus(), Math.addExact(agg.loadPenalty(), agg.spreadPenalty()));
    for (int m = 0; m < mentorOf.length; m++) {
      int r = mentorOf[m];
      if (el.pinnedMentor(m) >= 0 && r != el.pinnedMentor(m)) {
        hard--;
      }
      if (r < 0) {
        medium = Math.subtractExact(medium, el.priority(m));
        continue;
      }
      if (el.position(m, r) < 0) {
        hard--;
      }
      soft = Math.addExact(soft, el.pairScore(m, r));
    }
    return Score.of(hard, medium, soft);
  }

  /** Whether the mentor holds the mentee's top topic (the first listed of the highest weight). */
  private static boolean holdsTopTopic(MatchingProblem problem, int m, int r) {
    Mentee mentee = problem.mentees().get(m);
    TopicRequest top = null;
    for (TopicRequest t : mentee.topics()) {
      if (top == null || t.weight() > top.weight()) {
        top = t;
      }
    }
    if (top == null) {
      return false;
    }
    for (Proficiency p : problem.mentors().get(r).competences()) {
      if (p.competence().equals(top.competence())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counts eligible pairs (m, r), not matched together, where m is not pinned and is unmatched,
   * holds an ineligible mentor or prefers r to its mentor, and r has free capacity, holds an
   * ineligible mentee or prefers m to one of its mentees that are not pinned to it. A pinned pair
   * is a decision, not a preference: its mentee does not block and it cannot be displaced.
   */
  static long blockingPairs(Eligibility el, int[] mentorOf, boolean[] eligible, long[] pairScore, Aggregates agg) {
    int n = el.menteeCount();
    int mCount = el.mentorCount();
    Preferences prefs = new Preferences(el);
    // The least preferred mentee of each mentor; a mentor holding an ineligible mentee takes anyone.
    int[] worst = new int[mCount];
    boolean[] holdsIneligible = new boolean[mCount];
    Arrays.fill(worst, -1);
    for (int m = 0; m < n; m++) {
      int r = mentorOf[m];
      if (r < 0 || el.pinnedMentor(m) == r) {
        continue;
      }
      if (!eligible[m]) {
        holdsIneligible[r] = true;
      } else if (worst[r] < 0 || prefs.compareMentees(r, m, pairScore[m], worst[r], pairScore[worst[r]]) > 0) {
        worst[r] = m;
      }
    }
    long blocking = 0;
    for (int m = 0; m < n; m++) {
      int cur = mentorOf[m];
      if (el.pinnedMentor(m) >= 0) {
        continue;
      }
      for (int k = el.start(m); k < el.end(m); k++) {
        int r = el.mentorAt(k);
        if (r == cur) {
          continue;
        }
        long s = el.scoreAt(k);
        boolean menteeWants = cur < 0 || !eligible[m] || prefs.compareMentors(m, r, s, cur, pairScore[m]) < 0;
        if (!menteeWants) {
          continue;
        }
        boolean mentorWants = agg.load(r) < el.capacity(r) || holdsIneligible[r]
            || (worst[r] >= 0 && prefs.compareMentees(r, m, s, worst[r], pairScore[worst[r]]) < 0);
        if (mentorWants) {
          blocking++;
        }
      }
    }
    return blocking;
  }
}
