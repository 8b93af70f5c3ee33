package dev.tandem.core.model;

/**
 * The weights of the objective ({@code docs/objective.md}). All are integers, so every
 * implementation of the score agrees exactly.
 *
 * <p>{@code perspectiveWeight} (a pair-score part: the mentor shares the perspective a diversity
 * topic of the mentee names) and {@code topicTargetWeight} (a bonus per pair working on a topic
 * with a target, up to the target) default to 0, so scores from before they existed keep their
 * values.
 *
 * <p>Guarantee: a value type; {@link #DEFAULTS} holds the documented defaults. Ranges (every
 * weight {@code >= 0}) are checked by {@link MatchingProblem} validation.
 */
public record Weights(
    long topicWeight,
    long levelGapWeight,
    long levelGapCap,
    long crossDepartmentWeight,
    long ratingWeight,
    long preferenceWeight,
    long departmentSpreadWeight,
    long mentorLoadWeight,
    long perspectiveWeight,
    long topicTargetWeight) {

  /** The defaults of {@code docs/objective.md}: 10, 5, 4, 30, 10, 5, 20, 15, 0, 0. */
  public static final Weights DEFAULTS = new Weights(10, 5, 4, 30, 10, 5, 20, 15);

  /** All weights zero: the score is only the explicit pair scores. */
  public static final Weights ZERO = new Weights(0, 0, 0, 0, 0, 0, 0, 0);

  /** The eight weights that existed first; {@code perspectiveWeight} and {@code topicTargetWeight} 0. */
  public Weights(long topicWeight, long levelGapWeight, long levelGapCap, long crossDepartmentWeight, long ratingWeight,
      long preferenceWeight, long departmentSpreadWeight, long mentorLoadWeight) {
    this(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight,
        departmentSpreadWeight, mentorLoadWeight, 0, 0);
  }

  public Weights withTopicWeight(long v) {
    return new Weights(v, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight, departmentSpreadWeight, mentorLoadWeight, perspectiveWeight, topicTargetWeight);
  }

  public Weights withLevelGapWeight(long v) {
    return new Weights(topicWeight, v, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight, departmentSpreadWeight, mentorLoadWeight, perspectiveWeight, topicTargetWeight);
  }

  public Weights withLevelGapCap(long v) {
    return new Weights(topicWeight, levelGapWeight, v, crossDepartmentWeight, ratingWeight, preferenceWeight, departmentSpreadWeight, mentorLoadWeight, perspectiveWeight, topicTargetWeight);
  }

  public Weights withCrossDepartmentWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, v, ratingWeight, preferenceWeight, departmentSpreadWeight, mentorLoadWeight, perspectiveWeight, topicTargetWeight);
  }

  public Weights withRatingWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, v, preferenceWeight, departmentSpreadWeight, mentorLoadWeight, perspectiveWeight, topicTargetWeight);
  }

  public Weights withPreferenceWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, v, departmentSpreadWeight, mentorLoadWeight, perspectiveWeight, topicTargetWeight);
  }

  public Weights withDepartmentSpreadWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight, v, mentorLoadWeight, perspectiveWeight, topicTargetWeight);
  }

  public Weights withMentorLoadWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight, departmentSpreadWeight, v, perspectiveWeight, topicTargetWeight);
  }

  public Weights withPerspectiveWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight, departmentSpreadWeight, mentorLoadWeight, v, topicTargetWeight);
  }

  public Weights withTopicTargetWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight, departmentSpreadWeight, mentorLoadWeight, perspectiveWeight, v);
  }
}
