package dev.tandem.core.model;

/**
 * The weights of the objective (docs/objective.md). All are integers, so every implementation of the
 * score agrees exactly.
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
    long mentorLoadWeight) {

  /** The defaults of docs/objective.md: 10, 5, 4, 30, 10, 5, 20, 15. */
  public static final Weights DEFAULTS = new Weights(10, 5, 4, 30, 10, 5, 20, 15);

  /** All weights zero: the score is only the explicit pair scores. */
  public static final Weights ZERO = new Weights(0, 0, 0, 0, 0, 0, 0, 0);

  public Weights withTopicWeight(long v) {
    return new Weights(v, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight, departmentSpreadWeight, mentorLoadWeight);
  }

  public Weights withLevelGapWeight(long v) {
    return new Weights(topicWeight, v, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight, departmentSpreadWeight, mentorLoadWeight);
  }

  public Weights withLevelGapCap(long v) {
    return new Weights(topicWeight, levelGapWeight, v, crossDepartmentWeight, ratingWeight, preferenceWeight, departmentSpreadWeight, mentorLoadWeight);
  }

  public Weights withCrossDepartmentWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, v, ratingWeight, preferenceWeight, departmentSpreadWeight, mentorLoadWeight);
  }

  public Weights withRatingWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, v, preferenceWeight, departmentSpreadWeight, mentorLoadWeight);
  }

  public Weights withPreferenceWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, v, departmentSpreadWeight, mentorLoadWeight);
  }

  public Weights withDepartmentSpreadWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight, v, mentorLoadWeight);
  }

  public Weights withMentorLoadWeight(long v) {
    return new Weights(topicWeight, levelGapWeight, levelGapCap, crossDepartmentWeight, ratingWeight, preferenceWeight, departmentSpreadWeight, v);
  }
}
