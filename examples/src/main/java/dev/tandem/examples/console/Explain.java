package dev.tandem.examples.console;

import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.Rule;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Console lines that explain a matching: "why this pair" from the pair's score parts and "why is
 * this mentee unmatched" from the evaluator's reason and rule counts.
 *
 * <p>Guarantee: lines name people by employee id, department and level only, never by display
 * name; each call is linear in the size of its input.
 */
public final class Explain {
  private Explain() {}

  /** {@code E-0042 (Sales, L6)}. */
  public static String person(MatchingProblem problem, String employeeId) {
    Employee e = problem.employee(employeeId);
    return e.id() + " (" + e.department() + ", L" + e.level() + ")";
  }

  /**
   * Two lines: {@code E-00042 (Sales, L6) <- E-01234 (IT, L2)} and, indented below, the why:
   * {@code why: genai 3x5, cloud 1x2; score 170 = topic 120 + gap 20 + cross-dept 30} (topics as
   * weight x proficiency; zero parts left out; a pinned pair is marked {@code [kept]}).
   */
  public static String pair(MatchingProblem problem, PairEvaluation pe) {
    String topics = sharedTopics(problem, pe.pair().mentee(), pe.pair().mentor());
    return String.format(Locale.ROOT, "%-31s <- %s%s%n      why: %s%s",
        person(problem, pe.pair().mentee()), person(problem, pe.pair().mentor()), pe.pinned() ? "  [kept]" : "",
        topics.isEmpty() ? "" : topics + "; ", why(pe.parts()));
  }

  /**
   * The mentee's topics the mentor holds, as {@code id weight x proficiency}, in the mentee's
   * order, e.g. {@code genai 3x5, cloud 1x2}; empty when they share none.
   */
  public static String sharedTopics(MatchingProblem problem, String menteeId, String mentorId) {
    StringJoiner shared = new StringJoiner(", ");
    Mentee mentee = problem.mentee(menteeId).orElseThrow();
    Mentor mentor = problem.mentor(mentorId).orElseThrow();
    for (TopicRequest t : mentee.topics()) {
      for (Proficiency p : mentor.competences()) {
        if (p.competence().equals(t.competence())) {
          shared.add(t.competence() + " " + t.weight() + "x" + p.proficiency());
        }
      }
    }
    return shared.toString();
  }

  /** {@code score 170 = topic 120 + gap 20 + cross-dept 30}, zero parts left out. */
  public static String why(PairParts parts) {
    StringBuilder sum = new StringBuilder();
    add(sum, "topic", parts.topic());
    add(sum, "gap", parts.levelGap());
    add(sum, "cross-dept", parts.crossDepartment());
    add(sum, "rating", parts.rating());
    add(sum, "preference", parts.preference());
    add(sum, "perspective", parts.perspective());
    String formula = sum.length() == 0 ? "0" : sum.toString();
    if (parts.explicit().isPresent()) {
      return "score " + parts.total() + " (set explicitly; formula " + formula + ")";
    }
    return "score " + parts.total() + " = " + formula;
  }

  /** Appends {@code + label value} or {@code - label |value|}; nothing for zero. */
  private static void add(StringBuilder sum, String label, long value) {
    if (value == 0) {
      return;
    }
    if (sum.length() == 0) {
      sum.append(value < 0 ? "-" : "").append(label).append(' ').append(Math.abs(value));
    } else {
      sum.append(value < 0 ? " - " : " + ").append(label).append(' ').append(Math.abs(value));
    }
  }

  /**
   * {@code E-0007 (Board, L9)  priority 5  CAPACITY_EXHAUSTED: 3 eligible mentors, all full;
   * excluded: LEVEL_GAP 40, NO_TOPIC 120}.
   */
  public static String unmatched(MatchingProblem problem, UnmatchedMentee u) {
    String reason = switch (u.reason()) {
      case NO_ELIGIBLE_MENTOR -> "no eligible mentor";
      case CAPACITY_EXHAUSTED -> u.eligibleMentors() + " eligible mentor" + (u.eligibleMentors() == 1 ? "" : "s")
          + ", all full";
      case LEFT_OUT -> u.eligibleMentors() + " eligible mentor" + (u.eligibleMentors() == 1 ? "" : "s")
          + " had room, yet the strategy left it out";
    };
    StringJoiner excluded = new StringJoiner(", ");
    for (Map.Entry<Rule, Integer> e : u.excludedBy().entrySet()) {
      excluded.add(e.getKey() + " " + e.getValue());
    }
    return String.format(Locale.ROOT, "%-31s priority %d  %s (%s); excluded by %s",
        person(problem, u.mentee()), u.priority(), u.reason(), reason,
        excluded.length() == 0 ? "no rule" : excluded.toString());
  }

  /** A share as a percentage with one decimal, e.g. {@code 87.5%}. */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
