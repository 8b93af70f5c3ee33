package dev.tandem.solver.domain;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning solution: one {@link MenteeAssignment} per mentee (in problem order), the mentors
 * as facts, and the policy's spread and load weights.
 *
 * <p>Guarantee: {@link #of} builds a plan whose score, by {@code MentoringConstraintProvider},
 * equals core's {@code Evaluator} score of the same assignment on all three levels (proved by
 * {@code ScoreAgreementProperties}). Building is linear in the eligible pairs.
 */
@PlanningSolution
public class MentoringPlan {
  private Eligibility eligibility;

  @ProblemFactCollectionProperty
  private List<MentorFact> mentors;

  @PlanningEntityCollectionProperty
  private List<MenteeAssignment> assignments;

  @ConstraintConfigurationProvider
  private MentoringConstraintConfiguration configuration;

  @PlanningScore
  private HardMediumSoftLongScore score;

  /** For OptaPlanner's cloner. */
  public MentoringPlan() {}

  public MentoringPlan(Eligibility eligibility, List<MentorFact> mentors, List<MenteeAssignment> assignments,
      MentoringConstraintConfiguration configuration) {
    this.eligibility = eligibility;
    this.mentors = mentors;
    this.assignments = assignments;
    this.configuration = configuration;
  }

  /**
   * The plan of an assignment ({@code mentorOf[m]} is a mentor index or -1; any mentor, eligible
   * or not). A mentee is pinned when the problem pins it and {@code mentorOf} keeps that pin.
   */
  public static MentoringPlan of(Eligibility el, int[] mentorOf) {
    if (mentorOf.length != el.menteeCount()) {
      throw new IllegalArgumentException("assignment has " + mentorOf.length + " entries for " + el.menteeCount() + " mentees");
    }
    List<MentorFact> mentors = new ArrayList<>(el.mentorCount());
    for (int r = 0; r < el.mentorCount(); r++) {
      mentors.add(new MentorFact(r, el.mentorId(r), el.capacity(r), el.mentorDepartment(r)));
    }
    List<MentorFact> facts = List.copyOf(mentors);
    var problem = el.problem();
    TopicTargetFact[] targets = new TopicTargetFact[problem.competences().size()];
    for (var t : problem.topicTargets()) {
      int c = problem.competenceIndex(t.competence());
      targets[c] = new TopicTargetFact(c, t.competence(), t.pairs());
    }
    List<MenteeAssignment> assignments = new ArrayList<>(el.menteeCount());
    for (int m = 0; m < el.menteeCount(); m++) {
      int r = mentorOf[m];
      boolean pinned = r >= 0 && el.pinnedMentor(m) == r;
      assignments.add(new MenteeAssignment(el, m, new EligibleMentors(el, m, facts), r < 0 ? null : facts.get(r), pinned, targets));
    }
    return new MentoringPlan(el, facts, assignments,
        new MentoringConstraintConfiguration(el.problem().policy().weights()));
  }

  /** The plan of a matching of {@code el}'s problem. */
  public static MentoringPlan of(Eligibility el, Matching matching) {
    return of(el, el.assignmentOf(matching));
  }

  /** The unassigned plan, pinned mentees already on their mentor. */
  public static MentoringPlan unassigned(Eligibility el) {
    int[] mentorOf = new int[el.menteeCount()];
    Arrays.fill(mentorOf, -1);
    for (int m = 0; m < mentorOf.length; m++) {
      mentorOf[m] = el.pinnedMentor(m);
    }
    return of(el, mentorOf);
  }

  /** The assignment array ({@code -1} for unmatched). */
  public int[] mentorOf() {
    int[] out = new int[assignments.size()];
    for (MenteeAssignment a : assignments) {
      out[a.getIndex()] = a.getMentor() == null ? -1 : a.getMentor().getIndex();
    }
    return out;
  }

  /** The matching this plan describes. */
  public Matching toMatching() {
    return eligibility.toMatching(mentorOf());
  }

  public Eligibility getEligibility() {
    return eligibility;
  }

  public List<MentorFact> getMentors() {
    return mentors;
  }

  public List<MenteeAssignment> getAssignments() {
    return assignments;
  }

  public MentoringConstraintConfiguration getConfiguration() {
    return configuration;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
