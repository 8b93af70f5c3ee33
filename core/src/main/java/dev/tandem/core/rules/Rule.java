package dev.tandem.core.rules;

/**
 * The eligibility rules of docs/objective.md. A pair is forbidden when any rule holds.
 *
 * <p>Guarantee: the declaration order is the precedence used when counting exclusions for
 * explanations: an excluded mentor is counted once, under the first rule in this order that
 * holds, so the counts of a mentee add up to the number of mentors it cannot have.
 */
public enum Rule {
  /** Mentee and mentor are the same employee. */
  SAME_PERSON,
  /** {@code level(mentee) - level(mentor) < minLevelGap}. */
  LEVEL_GAP,
  /** The mentee is in the mentor's reporting line (per {@code reportingLine} policy). */
  REPORTING_LINE,
  /** The mentor holds none of the mentee's topics (when {@code requireTopicMatch}). */
  NO_TOPIC,
  /** The pair was together in an earlier cycle (unless {@code allowRepeatPairs}). */
  REPEAT,
  /** The pair is listed as forbidden. */
  CONFLICT,
  /** Mentee and mentor do not meet one of the policy's attribute rules ({@code attributeRules}). */
  ATTRIBUTE,
  /** The pair has no explicit score while {@code candidatePairs} is {@code LISTED_ONLY}. */
  NOT_LISTED
}
