package dev.tandem.solver.score;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;

import dev.tandem.solver.domain.DepartmentLink;
import dev.tandem.solver.domain.MenteeAssignment;
import dev.tandem.solver.domain.MentorFact;
import dev.tandem.solver.domain.MentoringConstraintConfiguration;
import java.util.function.Function;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

/**
 * The objective of docs/objective.md as OptaPlanner constraint streams, one method per term:
 *
 * <pre>
 * hard   forbiddenPair      -1 per matched pair outside the mentee's eligible list
 *        capacity           -(load - capacity) per mentor over capacity
 *        brokenPin          -1 per pinned mentee unmatched or with another mentor
 * medium unmatchedPriority  -priority per unmatched mentee
 * soft   pairScore          +pairScore(m, r) per matched pair (from core's Eligibility)
 *        departmentSpread   -departmentSpreadWeight * k(k-1)/2 per department link with k pairs
 *        mentorLoad         -mentorLoadWeight * load(load-1)/2 per mentor
 *        topicTarget        +topicTargetWeight * min(k, target) per topic with a target and k pairs on it
 * </pre>
 *
 * <p>The perspective bonus of a diversity topic is a part of the pair score, so it arrives
 * through {@code pairScore} like every other part.
 *
 * <p>Guarantee: for every assignment (also infeasible ones) the score equals core's
 * {@code Evaluator} score exactly (a jqwik property checks it). Incremental: a change move touches
 * one entity, two mentor groups and two link groups. The load per mentor is one shared stream node
 * for {@code capacity} and {@code mentorLoad}.
 */
public class MentoringConstraintProvider implements ConstraintProvider {
  /** Shared function instances, so Bavet can share the group nodes of identical streams. */
  private static final Function<MenteeAssignment, MentorFact> MENTOR = MenteeAssignment::getMentor;
  private static final Function<MenteeAssignment, DepartmentLink> LINK = MenteeAssignment::departmentLink;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      // hard
      forbiddenPair(factory),
      capacity(factory),
      brokenPin(factory),
      // medium
      unmatchedPriority(factory),
      // soft
      pairScore(factory),
      negativePairScore(factory),
      departmentSpread(factory),
      mentorLoad(factory),
      topicTarget(factory),
    };
  }

  Constraint forbiddenPair(ConstraintFactory factory) {
    return factory.forEach(MenteeAssignment.class)
        .filter(a -> !a.hasEligibleMentor())
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint("Forbidden pair");
  }

  Constraint capacity(ConstraintFactory factory) {
    return loadPerMentor(factory)
        .filter((mentor, load) -> load > mentor.getCapacity())
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (mentor, load) -> load - mentor.getCapacity())
        .asConstraint("Capacity");
  }

  /**
   * A pinned pair the assignment does not keep. The solver never breaks one (pinned entities do not
   * move); this scores assignments set from outside exactly as core's evaluator does.
   */
  Constraint brokenPin(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(MenteeAssignment.class)
        .filter(MenteeAssignment::breaksPin)
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint("Broken pin");
  }

  Constraint unmatchedPriority(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(MenteeAssignment.class)
        .filter(a -> a.getMentor() == null)
        .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, a -> a.getPriority())
        .asConstraint("Unmatched priority");
  }

  Constraint pairScore(ConstraintFactory factory) {
    return factory.forEach(MenteeAssignment.class)
        .filter(a -> a.pairScore() > 0)
        .rewardLong(HardMediumSoftLongScore.ONE_SOFT, MenteeAssignment::pairScore)
        .asConstraint("Pair score");
  }

  /**
   * The pair-score term for pairs whose score is negative (an explicit negative score, a poor
   * rating bonus): together with {@link #pairScore} it adds every pair score. Two signed
   * constraints instead of one {@code impact}, so each reads as a reward or a penalty.
   */
  Constraint negativePairScore(ConstraintFactory factory) {
    return factory.forEach(MenteeAssignment.class)
        .filter(a -> a.pairScore() < 0)
        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, a -> -a.pairScore())
        .asConstraint("Negative pair score");
  }

  Constraint departmentSpread(ConstraintFactory factory) {
    return factory.forEach(MenteeAssignment.class)
        .groupBy(LINK, count())
        .filter((link, k) -> k > 1)
        .penalizeConfigurableLong((link, k) -> (long) k * (k - 1) / 2)
        .asConstraint(MentoringConstraintConfiguration.DEPARTMENT_SPREAD);
  }

  Constraint mentorLoad(ConstraintFactory factory) {
    return loadPerMentor(factory)
        .filter((mentor, load) -> load > 1)
        .penalizeConfigurableLong((mentor, load) -> (long) load * (load - 1) / 2)
        .asConstraint(MentoringConstraintConfiguration.MENTOR_LOAD);
  }

  /**
   * The topic-target bonus: per topic with a target, the pairs working on it (mentee asks, mentor
   * holds) count up to the target, {@code min(k, target)}, times {@code topicTargetWeight}.
   */
  Constraint topicTarget(ConstraintFactory factory) {
    return factory.forEach(MenteeAssignment.class)
        .flattenLast(MenteeAssignment::targetTopics)
        .groupBy(Function.identity(), count())
        .rewardConfigurableLong((topic, k) -> Math.min(k, topic.target()))
        .asConstraint(MentoringConstraintConfiguration.TOPIC_TARGET);
  }

  private static BiConstraintStream<MentorFact, Integer> loadPerMentor(ConstraintFactory factory) {
    return factory.forEach(MenteeAssignment.class).groupBy(MENTOR, count());
  }
}
