package dev.tandem.core.strategy;

import dev.tandem.core.model.CandidatePairs;
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
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Small random problems for the strategy tests, from a seed: an org chart with managers,
 * departments and levels, topics and competences, capacities 1 to 3, priorities 1 to 3, some
 * rankings, history with ratings, forbidden pairs, explicit scores and (optionally) pinned pairs.
 */
final class TinyProblems {
  private TinyProblems() {}

  /** A problem with up to {@code maxMentees} mentees and {@code maxMentors} mentors. */
  static MatchingProblem random(long seed, int maxMentees, int maxMentors, boolean pins, boolean spread) {
    Random rnd = new Random(seed);
    int nMentees = 1 + rnd.nextInt(maxMentees);
    int nMentors = 1 + rnd.nextInt(maxMentors);
    int topics = 1 + rnd.nextInt(4);
    String[] depts = {"IT", "HR", "SALES"};
    MatchingProblem.Builder b = MatchingProblem.builder().name("tiny-" + seed);
    for (int c = 0; c < topics; c++) {
      b.competence(Competence.of("c" + c));
    }
    List<String> menteeIds = new ArrayList<>();
    List<String> mentorIds = new ArrayList<>();
    for (int i = 0; i < nMentees; i++) {
      String id = "e" + i;
      menteeIds.add(id);
      Employee e = Employee.of(id, depts[rnd.nextInt(depts.length)], 4 + rnd.nextInt(5));
      if (i > 0 && rnd.nextInt(3) == 0) {
        e = e.withManager("e" + rnd.nextInt(i));
      }
      b.employee(e);
    }
    for (int j = 0; j < nMentors; j++) {
      String id = "j" + j;
      mentorIds.add(id);
      Employee e = Employee.of(id, depts[rnd.nextInt(depts.length)], 1 + rnd.nextInt(5));
      if (rnd.nextInt(3) == 0) {
        e = e.withManager(menteeIds.get(rnd.nextInt(nMentees)));
      }
      b.employee(e);
    }
    List<Mentee> mentees = new ArrayList<>();
    for (String id : menteeIds) {
      List<TopicRequest> ts = new ArrayList<>();
      for (int c = 0; c < topics; c++) {
        if (rnd.nextInt(2) == 0 || (c == topics - 1 && ts.isEmpty())) {
          ts.add(new TopicRequest("c" + c, 1 + rnd.nextInt(3)));
        }
      }
      Mentee m = Mentee.of(id, 1 + rnd.nextInt(3), ts);
      if (rnd.nextInt(4) == 0) {
        List<String> rank = new ArrayList<>(mentorIds);
        Collections.shuffle(rank, rnd);
        m = m.withRanking(rank.subList(0, 1 + rnd.nextInt(rank.size())));
      }
      mentees.add(m);
    }
    for (String id : mentorIds) {
      List<Proficiency> ps = new ArrayList<>();
      for (int c = 0; c < topics; c++) {
        if (rnd.nextInt(3) > 0) {
          ps.add(new Proficiency("c" + c, 1 + rnd.nextInt(5)));
        }
      }
      Mentor r = Mentor.of(id, 1 + rnd.nextInt(3), ps);
      if (rnd.nextInt(4) == 0) {
        List<String> rank = new ArrayList<>(menteeIds);
        Collections.shuffle(rank, rnd);
        r = r.withRanking(rank.subList(0, 1 + rnd.nextInt(rank.size())));
      }
      b.mentor(r);
    }
    b.mentees(mentees);
    for (int i = 0; i < nMentees; i++) {
      for (int j = 0; j < nMentors; j++) {
        int roll = rnd.nextInt(20);
        if (roll == 0) {
          b.forbid(menteeIds.get(i), mentorIds.get(j));
        } else if (roll == 1) {
          b.history(new PastPair("2025", menteeIds.get(i), mentorIds.get(j), OptionalInt.of(1 + rnd.nextInt(5))));
        } else if (roll == 2) {
          b.pairScore(menteeIds.get(i), mentorIds.get(j), rnd.nextInt(400) - 100);
        }
      }
    }
    long spreadWeight = spread ? 1 + rnd.nextInt(30) : 0;
    Weights w = new Weights(rnd.nextInt(12), rnd.nextInt(6), 1 + rnd.nextInt(4), rnd.nextInt(31),
        rnd.nextInt(11), rnd.nextInt(6), spreadWeight, rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(60));
    Policy policy = Policy.builder()
        .minLevelGap(rnd.nextInt(3))
        .reportingLine(ReportingLine.values()[rnd.nextInt(ReportingLine.values().length)])
        .requireTopicMatch(rnd.nextInt(4) > 0)
        .allowRepeatPairs(rnd.nextInt(3) == 0)
        .candidatePairs(rnd.nextInt(8) == 0 ? CandidatePairs.LISTED_ONLY : CandidatePairs.ELIGIBLE)
        .weights(w)
        .build();
    b.policy(policy);
    MatchingProblem problem = b.build();
    if (!pins) {
      return problem;
    }
    Eligibility el = Eligibility.of(problem);
    int[] load = new int[nMentors];
    MatchingProblem.Builder pinned = problem.toBuilder();
    for (int i = 0; i < nMentees; i++) {
      if (el.eligibleCount(i) > 0 && rnd.nextInt(4) == 0) {
        int r = el.mentorAt(el.start(i) + rnd.nextInt(el.eligibleCount(i)));
        if (load[r] < el.capacity(r)) {
          load[r]++;
          pinned.pin(menteeIds.get(i), mentorIds.get(r));
        }
      }
    }
    return pinned.build();
  }
}
