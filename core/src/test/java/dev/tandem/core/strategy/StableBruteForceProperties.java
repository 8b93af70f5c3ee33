package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.Preferences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@code stable} and {@code stable-mentor} against every stable matching of tiny problems. */
class StableBruteForceProperties {

  @Property(tries = 150)
  void menteeProposingIsStableAndMenteeOptimal(@ForAll long seed) {
    menteeProposingIsStableAndMenteeOptimal(TinyProblems.random(seed, 7, 6, false, seed % 2 == 0));
  }

  /**
   * With pins: no blocking pair among the unpinned mentees and the seats the pins leave free, and
   * mentee-optimal over every such stable matching (the brute force keeps every pin).
   */
  @Property(tries = 150)
  void menteeProposingWithPinsIsStableOnTheUnpinnedPartAndMenteeOptimal(@ForAll long seed) {
    menteeProposingIsStableAndMenteeOptimal(TinyProblems.random(seed, 7, 6, true, seed % 2 == 0));
  }

  private static void menteeProposingIsStableAndMenteeOptimal(MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    Preferences prefs = new Preferences(el);
    Matching m = new StableStrategy().match(el, MatchOptions.DEFAULTS);
    assertThat(Evaluator.evaluate(el, m).metrics().blockingPairs()).isZero();
    int[] result = el.assignmentOf(m);
    List<int[]> stable = stableMatchings(el, prefs);
    assertThat(stable).anySatisfy(s -> assertThat(s).containsExactly(result));
    for (int[] other : stable) {
      for (int x = 0; x < el.menteeCount(); x++) {
        assertThat(menteeCompare(el, prefs, x, result[x], other[x])).as("mentee %d", x).isLessThanOrEqualTo(0);
      }
    }
  }

  @Property(tries = 150)
  void mentorProposingIsStableAndMentorOptimal(@ForAll long seed) {
    mentorProposingIsStableAndMentorOptimal(TinyProblems.random(seed, 7, 6, false, seed % 2 == 0));
  }

  @Property(tries = 150)
  void mentorProposingWithPinsIsStableOnTheUnpinnedPartAndMentorOptimal(@ForAll long seed) {
    mentorProposingIsStableAndMentorOptimal(TinyProblems.random(seed, 7, 6, true, seed % 2 == 0));
  }

  private static void mentorProposingIsStableAndMentorOptimal(MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    Preferences prefs = new Preferences(el);
    Matching m = new StableMentorStrategy().match(el, MatchOptions.DEFAULTS);
    assertThat(Evaluator.evaluate(el, m).metrics().blockingPairs()).isZero();
    int[] result = el.assignmentOf(m);
    List<int[]> stable = stableMatchings(el, prefs);
    assertThat(stable).anySatisfy(s -> assertThat(s).containsExactly(result));
    for (int[] other : stable) {
      for (int x = 0; x < el.menteeCount(); x++) {
        // mentor-optimal is mentee-pessimal
        assertThat(menteeCompare(el, prefs, x, result[x], other[x])).as("mentee %d", x).isGreaterThanOrEqualTo(0);
      }
      for (int r = 0; r < el.mentorCount(); r++) {
        int[] mine = sortedMentees(el, prefs, result, r);
        int[] theirs = sortedMentees(el, prefs, other, r);
        assertThat(mine.length).isEqualTo(theirs.length); // rural hospitals theorem
        for (int i = 0; i < mine.length; i++) {
          int a = mine[i];
          int b = theirs[i];
          assertThat(prefs.compareMentees(r, a, el.pairScore(a, r), b, el.pairScore(b, r))).isLessThanOrEqualTo(0);
        }
      }
    }
  }

  /** Negative when mentee {@code m} prefers mentor {@code r1} to {@code r2} (-1: unmatched, worst). */
  static int menteeCompare(Eligibility el, Preferences prefs, int m, int r1, int r2) {
    if (r1 == r2) {
      return 0;
    }
    if (r1 < 0) {
      return 1;
    }
    if (r2 < 0) {
      return -1;
    }
    return prefs.compareMentors(m, r1, el.pairScore(m, r1), r2, el.pairScore(m, r2));
  }

  /** The mentees of {@code r} that are not pinned to it, most preferred first. */
  private static int[] sortedMentees(Eligibility el, Preferences prefs, int[] mentorOf, int r) {
    List<Integer> ms = new ArrayList<>();
    for (int m = 0; m < mentorOf.length; m++) {
      if (mentorOf[m] == r && el.pinnedMentor(m) != r) {
        ms.add(m);
      }
    }
    ms.sort((a, b) -> prefs.compareMentees(r, a, el.pairScore(a, r), b, el.pairScore(b, r)));
    return ms.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Every feasible matching without a blocking pair (by the definition of docs/objective.md): with
   * pins, the stable matchings of the remaining problem, pins added.
   */
  static List<int[]> stableMatchings(Eligibility el, Preferences prefs) {
    List<int[]> out = new ArrayList<>();
    BruteForce.forEach(el, a -> {
      if (blocking(el, prefs, a) == 0) {
        out.add(a);
      }
    });
    return out;
  }

  /**
   * The blocking pairs of a feasible assignment, written from the definition: a pinned mentee
   * never blocks, and a mentor never prefers anyone to a mentee pinned to it.
   */
  static int blocking(Eligibility el, Preferences prefs, int[] mentorOf) {
    int[] load = Assignments.loads(el, mentorOf);
    int count = 0;
    for (int m = 0; m < el.menteeCount(); m++) {
      if (el.pinnedMentor(m) >= 0) {
        continue;
      }
      for (int k = el.start(m); k < el.end(m); k++) {
        int r = el.mentorAt(k);
        if (r == mentorOf[m] || menteeCompare(el, prefs, m, r, mentorOf[m]) >= 0) {
          continue;
        }
        boolean mentorWants = load[r] < el.capacity(r);
        for (int o = 0; o < mentorOf.length && !mentorWants; o++) {
          if (mentorOf[o] == r && el.pinnedMentor(o) != r && prefs.compareMentees(r, m, el.scoreAt(k), o, el.pairScore(o, r)) < 0) {
            mentorWants = true;
          }
        }
        if (mentorWants) {
          count++;
        }
      }
    }
    return count;
  }

  @Property(tries = 100)
  void bruteForceFindsTheStableMatchingsOfTheEvaluator(@ForAll long seed) {
    MatchingProblem p = TinyProblems.random(seed, 5, 4, seed % 2 == 0, false);
    Eligibility el = Eligibility.of(p);
    Preferences prefs = new Preferences(el);
    int[] some = Arrays.copyOf(el.assignmentOf(new RandomStrategy().match(el, MatchOptions.builder().seed(seed).build())), el.menteeCount());
    assertThat(blocking(el, prefs, some))
        .isEqualTo(Evaluator.evaluate(el, el.toMatching(some)).metrics().blockingPairs());
  }
}
