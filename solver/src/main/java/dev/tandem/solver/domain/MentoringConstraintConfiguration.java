package dev.tandem.solver.domain;

import dev.tandem.core.model.Weights;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The per-problem weights of the two soft penalties whose weight is a policy setting:
 * {@code departmentSpreadWeight} and {@code mentorLoadWeight} (docs/objective.md). A weight of 0
 * switches the constraint off.
 *
 * <p>Guarantee: the constraint weights are {@code ofSoft(weight)}, so each match weight
 * ({@code k(k-1)/2} per link, {@code load(load-1)/2} per mentor, {@code min(pairs, target)} per topic) is multiplied by the policy weight.
 */
@ConstraintConfiguration
public class MentoringConstraintConfiguration {
  public static final String DEPARTMENT_SPREAD = "Department spread";
  public static final String MENTOR_LOAD = "Mentor load";
  public static final String TOPIC_TARGET = "Topic target";

  @ConstraintWeight(DEPARTMENT_SPREAD)
  private HardMediumSoftLongScore departmentSpread = HardMediumSoftLongScore.ofSoft(Weights.DEFAULTS.departmentSpreadWeight());

  @ConstraintWeight(MENTOR_LOAD)
  private HardMediumSoftLongScore mentorLoad = HardMediumSoftLongScore.ofSoft(Weights.DEFAULTS.mentorLoadWeight());

  @ConstraintWeight(TOPIC_TARGET)
  private HardMediumSoftLongScore topicTarget = HardMediumSoftLongScore.ofSoft(Weights.DEFAULTS.topicTargetWeight());

  /** The defaults of docs/objective.md. */
  public MentoringConstraintConfiguration() {}

  public MentoringConstraintConfiguration(Weights weights) {
    departmentSpread = HardMediumSoftLongScore.ofSoft(weights.departmentSpreadWeight());
    mentorLoad = HardMediumSoftLongScore.ofSoft(weights.mentorLoadWeight());
    topicTarget = HardMediumSoftLongScore.ofSoft(weights.topicTargetWeight());
  }

  public HardMediumSoftLongScore getDepartmentSpread() {
    return departmentSpread;
  }

  public HardMediumSoftLongScore getMentorLoad() {
    return mentorLoad;
  }

  public HardMediumSoftLongScore getTopicTarget() {
    return topicTarget;
  }
}
