package dev.tandem.core.evaluation;

/**
 * A topic with a target number of pairs, and how many matched pairs work on it (mentee asks for
 * it, mentor holds it). {@code counted = min(pairs, target)} is what the topic-target bonus counts.
 *
 * <p>Guarantee: a value; {@code 0 <= counted <= target}.
 */
public record TopicTargetProgress(String competence, int target, int pairs) {
  /** The pairs that count towards the target: {@code min(pairs, target)}. */
  public int counted() {
    return Math.min(pairs, target);
  }

  /** How many pairs the topic is short of its target (0 when reached). */
  public int shortBy() {
    return Math.max(0, target - pairs);
  }
}
