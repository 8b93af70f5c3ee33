package dev.tandem.core.testing;

import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Small random valid problems for properties, reusable by every module's tests.
 *
 * <p>Each problem is a pure function of one {@code long} seed (jqwik shrinks the seed, and a
 * failing seed reproduces with {@link #generate(long)}). A problem has 0 to 12 mentees and 0 to
 * 12 mentors drawn from a random org forest (so people can be both mentee and mentor, and
 * managers of each other), random levels, departments and topics, history with and without
 * ratings, rankings on both sides, forbidden pairs, explicit pair scores, eligible pinned pairs
 * within capacity, and a random policy (every reporting-line mode and depth, topic match and
 * repeats on or off, {@code LISTED_ONLY} about a quarter of the time, weights zero or not).
 *
 * <p>Guarantee: every generated problem passes validation.
 */
public final class RandomProblems {
  private RandomProblems() {}

  /** Random valid problems with up to 12 mentees and 12 mentors. */
  public static Arbitrary<MatchingProblem> problems() {
    return problems(12, 12);
  }

  /** Random valid problems with up to {@code maxMentees} mentees and {@code maxMentors} mentors. */
  public static Arbitrary<MatchingProblem> problems(int maxMentees, int maxMentors) {
    return Arbitraries.longs().map(seed -> generate(seed, maxMentees, maxMentors));
  }

  /** The problem of {@code seed} (up to 12 mentees and 12 mentors). */
  public static MatchingProblem generate(long seed) {
    return generate(seed, 12, 12);
  }

  /** The problem of {@code seed}. */
  public static MatchingProblem generate(long seed, int maxMentees, int maxMentors) {
    Random rnd = new Random(seed);
    int menteeCount = rnd.nextInt(maxMentees + 1);
    int mentorCount = rnd.nextInt(maxMentors + 1);
    int people = Math.max(1, Math.max(menteeCount, mentorCount) + rnd.nextInt(7));
    int compCount = 1 + rnd.nextInt(6);
    int deptCount = 1 + rnd.nextInt(4);

    MatchingProblem.Builder b = MatchingProblem.builder().name("random-" + seed);
    for (int c = 0; c < compCount; c++) {
      b.competence(new Competence("c" + c, "Competence " + c, rnd.nextInt(4) == 0));
    }
    // An org forest: each person reports to an earlier one (or nobody); levels mostly fall down the tree.
    List<Employee> employees = new ArrayList<>();
    int[] level = new int[people];
    for (int e = 0; e < people; e++) {
      String dept = "D" + rnd.nextInt(deptCount);
      Optional<String> manager = Optional.empty();
      if (e > 0 && rnd.nextInt(4) != 0) {
        int p = rnd.nextInt(e);
        manager = Optional.of("e" + p);
        level[e] = Math.max(1, level[p] - rnd.nextInt(3) + (rnd.nextInt(5) == 0 ? 2 : 0));
      } else {
        level[e] = 1 + rnd.nextInt(8);
      }
      employees.add(new Employee("e" + e, dept, level[e], manager, Optional.empty(), ImmutableSet.of()));
    }
    // Present employees in a shuffled order so that managers do not always come first.
    List<Employee> shuffled = new ArrayList<>(employees);
    Collections.shuffle(shuffled, rnd);
    b.employees(shuffled);

    List<String> menteeIds = pick(rnd, people, menteeCount);
    List<String> mentorIds = pick(rnd, people, mentorCount);
    List<Mentee> mentees = new ArrayList<>();
    for (String id : menteeIds) {
      List<TopicRequest> topics = new ArrayList<>();
      for (int c : distinct(rnd, compCount, rnd.nextInt(Math.min(3, compCount) + 1))) {
        topics.add(new TopicRequest("c" + c, 1 + rnd.nextInt(3)));
      }
      Mentee m = Mentee.of(id, 1 + rnd.nextInt(5), topics);
      if (rnd.nextInt(3) == 0) {
        m = m.withRanking(subset(rnd, mentorIds));
      }
      mentees.add(m);
    }
    List<Mentor> mentors = new ArrayList<>();
    for (String id : mentorIds) {
      List<Proficiency> comps = new ArrayList<>();
      for (int c : distinct(rnd, compCount, rnd.nextInt(Math.min(3, compCount) + 1))) {
        comps.add(new Proficiency("c" + c, 1 + rnd.nextInt(5)));
      }
      Mentor r = Mentor.of(id, 1 + rnd.nextInt(3), comps).withNominated(rnd.nextBoolean());
      if (rnd.nextInt(3) == 0) {
        r = r.withRanking(subset(rnd, menteeIds));
      }
      mentors.add(r);
    }
    b.mentees(mentees).mentors(mentors);

    // History: between participants mostly, sometimes with people who left the programme.
    int historyCount = rnd.nextInt(9);
    for (int h = 0; h < historyCount; h++) {
      String a = rnd.nextInt(4) != 0 && !menteeIds.isEmpty() ? menteeIds.get(rnd.nextInt(menteeIds.size())) : "e" + rnd.nextInt(people);
      String r = rnd.nextInt(4) != 0 && !mentorIds.isEmpty() ? mentorIds.get(rnd.nextInt(mentorIds.size())) : "e" + rnd.nextInt(people);
      if (a.equals(r)) {
        continue;
      }
      String cycle = "202" + rnd.nextInt(5);
      b.history(rnd.nextInt(3) == 0 ? PastPair.of(cycle, a, r) : PastPair.rated(cycle, a, r, 1 + rnd.nextInt(5)));
    }
    List<Pair> allPairs = new ArrayList<>();
    for (String a : menteeIds) {
      for (String r : mentorIds) {
        if (!a.equals(r)) {
          allPairs.add(Pair.of(a, r));
        }
      }
    }
    if (!allPairs.isEmpty()) {
      int forbiddenCount = rnd.nextInt(5);
      for (int f = 0; f < forbiddenCount; f++) {
        b.forbid(allPairs.get(rnd.nextInt(allPairs.size())));
      }
    }
    boolean listedOnly = rnd.nextInt(4) == 0;
    int scoreOdds = listedOnly ? 2 : 8;
    for (Pair p : allPairs) {
      if (rnd.nextInt(scoreOdds) == 0) {
        b.pairScore(p.mentee(), p.mentor(), rnd.nextInt(251) - 50);
      }
    }
    b.policy(Policy.builder()
        .minLevelGap(rnd.nextInt(5) - 1)
        .reportingLine(ReportingLine.values()[rnd.nextInt(3)])
        .reportingLineDepth(rnd.nextInt(4))
        .requireTopicMatch(rnd.nextInt(3) != 0)
        .allowRepeatPairs(rnd.nextInt(3) == 0)
        .candidatePairs(listedOnly ? CandidatePairs.LISTED_ONLY : CandidatePairs.ELIGIBLE)
        .weights(randomWeights(rnd))
        .build());
    MatchingProblem unpinned = b.build();
    if (rnd.nextInt(3) != 0) {
      return unpinned;
    }
    // Pin a few eligible pairs within capacity.
    Eligibility el = Eligibility.of(unpinned);
    int[] load = new int[mentorCount];
    for (int m = 0; m < menteeCount; m++) {
      if (el.eligibleCount(m) == 0 || rnd.nextInt(3) != 0) {
        continue;
      }
      int r = el.mentorAt(el.start(m) + rnd.nextInt(el.eligibleCount(m)));
      if (load[r] < el.capacity(r)) {
        load[r]++;
        b.pin(el.menteeId(m), el.mentorId(r));
      }
    }
    return b.build();
  }

  private static Weights randomWeights(Random rnd) {
    if (rnd.nextInt(6) == 0) {
      return Weights.ZERO;
    }
    if (rnd.nextInt(6) == 0) {
      return Weights.DEFAULTS;
    }
    return new Weights(w(rnd, 20), w(rnd, 10), w(rnd, 6), w(rnd, 40), w(rnd, 20), w(rnd, 10), w(rnd, 30), w(rnd, 20));
  }

  private static long w(Random rnd, int max) {
    return rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(max + 1);
  }

  /** {@code count} distinct employee ids out of e0..e(people-1), in random order. */
  private static List<String> pick(Random rnd, int people, int count) {
    List<String> out = new ArrayList<>();
    for (int i : distinct(rnd, people, count)) {
      out.add("e" + i);
    }
    return out;
  }

  private static List<Integer> distinct(Random rnd, int bound, int count) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < bound; i++) {
      all.add(i);
    }
    Collections.shuffle(all, rnd);
    return all.subList(0, Math.min(count, bound));
  }

  private static List<String> subset(Random rnd, List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    Collections.shuffle(copy, rnd);
    return copy.subList(0, rnd.nextInt(copy.size() + 1));
  }

  /**
   * A random matching of {@code problem}: each mentee is unmatched or paired with a random
   * mentor, eligible or not, capacities ignored (so hard rules may be broken).
   */
  public static Matching anyMatching(MatchingProblem problem, Random rnd) {
    List<Pair> pairs = new ArrayList<>();
    int mentors = problem.mentors().size();
    for (Mentee m : problem.mentees()) {
      if (mentors > 0 && rnd.nextInt(3) != 0) {
        pairs.add(Pair.of(m.employee(), problem.mentors().get(rnd.nextInt(mentors)).employee()));
      }
    }
    Collections.shuffle(pairs, rnd);
    return Matching.of(problem, pairs);
  }

  /**
   * A random feasible matching: the pinned pairs, then, in random order, some mentees with a
   * random eligible mentor that still has room.
   */
  public static Matching feasibleMatching(Eligibility el, Random rnd) {
    int n = el.menteeCount();
    int[] mentorOf = new int[n];
    java.util.Arrays.fill(mentorOf, -1);
    int[] load = new int[el.mentorCount()];
    for (int m = 0; m < n; m++) {
      if (el.pinnedMentor(m) >= 0) {
        mentorOf[m] = el.pinnedMentor(m);
        load[mentorOf[m]]++;
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int m = 0; m < n; m++) {
      order.add(m);
    }
    Collections.shuffle(order, rnd);
    for (int m : order) {
      if (mentorOf[m] >= 0 || el.eligibleCount(m) == 0 || rnd.nextInt(3) == 0) {
        continue;
      }
      int r = el.mentorAt(el.start(m) + rnd.nextInt(el.eligibleCount(m)));
      if (load[r] < el.capacity(r)) {
        mentorOf[m] = r;
        load[r]++;
      }
    }
    return el.toMatching(mentorOf);
  }
}
