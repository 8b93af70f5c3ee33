package dev.tandem.solver;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded random problem generator for the solver's tests and measurements: departments,
 * an org chart (managers), senior mentees asking for 1..3 topics, junior mentors with 1..4
 * competences and capacity 1..3, rated history, rankings, conflicts, explicit (also negative) pair
 * scores, random weights and a few pinned pairs. The same seed gives the same problem.
 */
final class RandomProblems {
  private RandomProblems() {}

  /** Shape of a generated problem. */
  record Shape(int mentees, int mentors, int departments, int competences, boolean randomWeights, boolean extras) {
    static Shape small(Random rnd) {
      return new Shape(1 + rnd.nextInt(12), 1 + rnd.nextInt(8), 1 + rnd.nextInt(4), 1 + rnd.nextInt(5), true, true);
    }

    static Shape large(int mentees) {
      return new Shape(mentees, Math.max(1, mentees * 2 / 3), Math.max(2, mentees / 40), Math.max(5, mentees / 25), false, false);
    }
  }

  static MatchingProblem generate(long seed, Shape shape) {
    Random rnd = new Random(seed);
    MatchingProblem.Builder b = MatchingProblem.builder().name("random-" + seed);
    for (int c = 0; c < shape.competences(); c++) {
      b.competence(Competence.of("c" + c));
    }
    // employees: mentees e0.., mentors after; sometimes a mentee is also a mentor
    List<String> ids = new ArrayList<>();
    Map<String, Integer> level = new LinkedHashMap<>();
    for (int i = 0; i < shape.mentees(); i++) {
      ids.add("x" + i);
      level.put("x" + i, 4 + rnd.nextInt(5));
    }
    for (int j = 0; j < shape.mentors(); j++) {
      ids.add("y" + j);
      level.put("y" + j, 1 + rnd.nextInt(4));
    }
    // managers: an earlier employee (mentees come first, so executives manage juniors)
    for (int e = 0; e < ids.size(); e++) {
      String id = ids.get(e);
      String dept = "d" + rnd.nextInt(shape.departments());
      Employee emp = Employee.of(id, dept, level.get(id));
      if (e > 0 && rnd.nextInt(10) < 7) {
        emp = emp.withManager(ids.get(rnd.nextInt(e)));
      }
      b.employee(emp);
    }
    List<Mentee> mentees = new ArrayList<>();
    for (int i = 0; i < shape.mentees(); i++) {
      int[] topics = distinct(rnd, shape.competences(), 1 + rnd.nextInt(Math.min(3, shape.competences())));
      List<TopicRequest> ts = new ArrayList<>();
      for (int t : topics) {
        ts.add(new TopicRequest("c" + t, 1 + rnd.nextInt(3)));
      }
      mentees.add(Mentee.of("x" + i, 1 + rnd.nextInt(5), ts));
    }
    List<Mentor> mentors = new ArrayList<>();
    for (int j = 0; j < shape.mentors(); j++) {
      int[] comps = distinct(rnd, shape.competences(), 1 + rnd.nextInt(Math.min(4, shape.competences())));
      List<Proficiency> ps = new ArrayList<>();
      for (int c : comps) {
        ps.add(new Proficiency("c" + c, 1 + rnd.nextInt(5)));
      }
      mentors.add(Mentor.of("y" + j, 1 + rnd.nextInt(3), ps));
    }
    if (shape.extras()) {
      // one executive who also mentors (SAME_PERSON)
      if (rnd.nextBoolean()) {
        mentors.add(Mentor.of("x0", 1, List.of(new Proficiency("c0", 3))));
      }
      // rankings
      for (int i = 0; i < mentees.size(); i++) {
        if (rnd.nextInt(3) == 0) {
          mentees.set(i, mentees.get(i).withRanking(pick(rnd, mentors.stream().map(Mentor::employee).toList(), 3)));
        }
      }
      for (int j = 0; j < mentors.size(); j++) {
        if (rnd.nextInt(3) == 0) {
          mentors.set(j, mentors.get(j).withRanking(pick(rnd, mentees.stream().map(Mentee::employee).toList(), 3)));
        }
      }
    }
    b.mentees(mentees).mentors(mentors);
    if (shape.extras()) {
      for (int h = rnd.nextInt(shape.mentees() + 1); h > 0; h--) {
        String m = "x" + rnd.nextInt(shape.mentees());
        String r = "y" + rnd.nextInt(shape.mentors());
        b.history(rnd.nextBoolean() ? PastPair.rated("2025", m, r, 1 + rnd.nextInt(5)) : PastPair.of("2025", m, r));
      }
      for (int f = rnd.nextInt(3); f > 0; f--) {
        b.forbid("x" + rnd.nextInt(shape.mentees()), "y" + rnd.nextInt(shape.mentors()));
      }
      for (int s = rnd.nextInt(4); s > 0; s--) {
        String m = "x" + rnd.nextInt(shape.mentees());
        String r = "y" + rnd.nextInt(shape.mentors());
        if (b.build().explicitScore(dev.tandem.core.model.Pair.of(m, r)).isEmpty()) {
          b.pairScore(m, r, rnd.nextInt(400) - 100);
        }
      }
    }
    Policy.Builder policy = Policy.builder();
    if (shape.randomWeights()) {
      policy.weights(new Weights(rnd.nextInt(20), rnd.nextInt(10), rnd.nextInt(6), rnd.nextInt(50), rnd.nextInt(20),
          rnd.nextInt(10), rnd.nextInt(40), rnd.nextInt(30)));
      policy.reportingLine(ReportingLine.values()[rnd.nextInt(ReportingLine.values().length)]);
      policy.minLevelGap(rnd.nextInt(3));
      policy.allowRepeatPairs(rnd.nextInt(4) == 0);
      policy.requireTopicMatch(rnd.nextInt(5) != 0);
    }
    b.policy(policy.build());
    if (shape.extras() && rnd.nextBoolean()) {
      // pin a few eligible pairs within capacity
      MatchingProblem unpinned = b.build();
      Eligibility el = Eligibility.of(unpinned);
      int[] load = new int[el.mentorCount()];
      for (int m = 0; m < el.menteeCount(); m++) {
        if (el.eligibleCount(m) > 0 && rnd.nextInt(4) == 0) {
          int r = el.mentorAt(el.start(m) + rnd.nextInt(el.eligibleCount(m)));
          if (load[r] < el.capacity(r)) {
            load[r]++;
            b.pin(el.menteeId(m), el.mentorId(r));
          }
        }
      }
    }
    return b.build();
  }

  /** A random assignment, also infeasible: unmatched, eligible, or any mentor (over capacity, forbidden). */
  static int[] randomAssignment(Random rnd, Eligibility el) {
    int[] out = new int[el.menteeCount()];
    Arrays.fill(out, -1);
    if (el.mentorCount() == 0) {
      return out;
    }
    for (int m = 0; m < out.length; m++) {
      int roll = rnd.nextInt(10);
      if (roll < 5 && el.eligibleCount(m) > 0) {
        out[m] = el.mentorAt(el.start(m) + rnd.nextInt(el.eligibleCount(m)));
      } else if (roll < 8) {
        out[m] = rnd.nextInt(el.mentorCount());
      }
    }
    return out;
  }

  private static int[] distinct(Random rnd, int bound, int count) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < bound; i++) {
      all.add(i);
    }
    java.util.Collections.shuffle(all, rnd);
    return all.subList(0, count).stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<String> pick(Random rnd, List<String> from, int max) {
    List<String> copy = new ArrayList<>(from);
    java.util.Collections.shuffle(copy, rnd);
    return copy.subList(0, Math.min(copy.size(), rnd.nextInt(max + 1)));
  }
}
