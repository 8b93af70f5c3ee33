package dev.tandem.core.testing;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PairScore;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.TopicTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of a problem as plain mutable lists, for tests that corrupt or change one item
 * at a known position and rebuild (positions stay where they were, so validation paths can be
 * predicted).
 *
 * <p>Guarantee: {@code ProblemParts.of(p).build()} builds a problem equal in content to {@code p}.
 */
public final class ProblemParts {
  public String name;
  public final List<Competence> competences;
  public final List<Employee> employees;
  public final List<Mentee> mentees;
  public final List<Mentor> mentors;
  public final List<PastPair> history;
  public final List<Pair> forbidden;
  public final List<Pair> pinned;
  public final List<PairScore> pairScores;
  public final List<TopicTarget> topicTargets;
  public Policy policy;

  private ProblemParts(MatchingProblem p) {
    name = p.name();
    competences = new ArrayList<>(p.competences());
    employees = new ArrayList<>(p.employees());
    mentees = new ArrayList<>(p.mentees());
    mentors = new ArrayList<>(p.mentors());
    history = new ArrayList<>(p.history());
    forbidden = new ArrayList<>(p.forbiddenPairs());
    pinned = new ArrayList<>(p.pinnedPairs());
    pairScores = new ArrayList<>(p.pairScores());
    topicTargets = new ArrayList<>(p.topicTargets());
    policy = p.policy();
  }

  public static ProblemParts of(MatchingProblem p) {
    return new ProblemParts(p);
  }

  /** A builder holding exactly these parts, in this order. */
  public MatchingProblem.Builder toBuilder() {
    MatchingProblem.Builder b = MatchingProblem.builder().name(name).policy(policy);
    b.competences(competences).employees(employees).mentees(mentees).mentors(mentors).history(history);
    forbidden.forEach(b::forbid);
    pinned.forEach(b::pin);
    pairScores.forEach(b::pairScore);
    topicTargets.forEach(b::topicTarget);
    return b;
  }

  /** Validates and builds; throws {@code ValidationException} when the parts are invalid. */
  public MatchingProblem build() {
    return toBuilder().build();
  }
}
