package dev.tandem.core.rules;

import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.ValidationProblem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The eligibility rules checked directly for one pair, straight from docs/objective.md.
 *
 * <p>Guarantee: {@link #violated} returns exactly the rules that hold for the pair. It is the
 * readable reference; {@link Eligibility} computes the same answer for all pairs at once.
 */
public final class Rules {
  private Rules() {}

  /**
   * Every rule that forbids pairing mentee {@code menteeId} with mentor {@code mentorId}; empty
   * when the pair is eligible. Both must be participants of {@code problem}.
   */
  public static Set<Rule> violated(MatchingProblem problem, String menteeId, String mentorId) {
    Mentee mentee = problem.mentee(menteeId).orElseThrow(() -> new IllegalArgumentException("unknown mentee \"" + menteeId + "\""));
    Mentor mentor = problem.mentor(mentorId).orElseThrow(() -> new IllegalArgumentException("unknown mentor \"" + mentorId + "\""));
    Policy policy = problem.policy();
    Employee a = problem.employee(menteeId);
    Employee b = problem.employee(mentorId);
    Pair pair = Pair.of(menteeId, mentorId);
    EnumSet<Rule> out = EnumSet.noneOf(Rule.class);
    if (menteeId.equals(mentorId)) {
      out.add(Rule.SAME_PERSON);
    }
    if ((long) a.level() - b.level() < policy.minLevelGap()) {
      out.add(Rule.LEVEL_GAP);
    }
    if (inReportingLine(problem, menteeId, mentorId)) {
      out.add(Rule.REPORTING_LINE);
    }
    if (policy.requireTopicMatch() && !coversTopic(mentee, mentor)) {
      out.add(Rule.NO_TOPIC);
    }
    if (!policy.allowRepeatPairs() && problem.isPastPair(pair)) {
      out.add(Rule.REPEAT);
    }
    if (problem.isForbidden(pair)) {
      out.add(Rule.CONFLICT);
    }
    if (AttributeRules.excludes(policy.attributeRules(), a, b)) {
      out.add(Rule.ATTRIBUTE);
    }
    if (policy.candidatePairs() == CandidatePairs.LISTED_ONLY && problem.explicitScore(pair).isEmpty()) {
      out.add(Rule.NOT_LISTED);
    }
    return out;
  }

  /**
   * Every pinned pair that breaks a rule, as validation problems naming the pin
   * ({@code pinnedPairs[2]: pinned pair ceo->t17 breaks [LEVEL_GAP]}); empty when every pin is
   * eligible. A pinned pair is part of every solution, so a problem with such a pin has no feasible
   * matching: {@link Eligibility#of} refuses it with these problems. Time linear in the pins
   * (times a reporting-line walk each).
   */
  public static List<ValidationProblem> pinProblems(MatchingProblem problem) {
    List<ValidationProblem> out = new ArrayList<>();
    for (int i = 0; i < problem.pinnedPairs().size(); i++) {
      Pair p = problem.pinnedPairs().get(i);
      Set<Rule> broken = violated(problem, p.mentee(), p.mentor());
      if (!broken.isEmpty()) {
        out.add(new ValidationProblem("pinnedPairs[" + i + "]", "pinned pair " + p + " breaks " + broken));
      }
    }
    return out;
  }

  /** Whether the reporting-line rule forbids the pair under the problem's policy. */
  static boolean inReportingLine(MatchingProblem problem, String menteeId, String mentorId) {
    Policy policy = problem.policy();
    var chart = problem.orgChart();
    int d = chart.distanceUp(chart.indexOf(menteeId), chart.indexOf(mentorId));
    return forbidsDistance(policy, d);
  }

  /** Whether a mentee standing {@code distanceUp} steps above the mentor (-1: not above) is forbidden. */
  static boolean forbidsDistance(Policy policy, int distanceUp) {
    if (distanceUp < 1) {
      return false;
    }
    return switch (policy.reportingLine()) {
      case ALLOW -> false;
      case FORBID_DIRECT -> distanceUp == 1;
      case FORBID_CHAIN -> policy.reportingLineDepth() == 0 || distanceUp <= policy.reportingLineDepth();
    };
  }

  /** Whether the mentor holds at least one of the mentee's topics. */
  public static boolean coversTopic(Mentee mentee, Mentor mentor) {
    for (TopicRequest t : mentee.topics()) {
      for (Proficiency p : mentor.competences()) {
        if (p.competence().equals(t.competence())) {
          return true;
        }
      }
    }
    return false;
  }
}
