package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A topic's target number of pairs in this matching (from the topic call): with a
 * {@code topicTargetWeight} above 0, each pair working on the topic counts, up to the target
 * (see {@code docs/objective.md}).
 *
 * <p>Guarantee: a value type; the competence reference and {@code 1 <= pairs <= 1,000,000} are
 * checked by {@link MatchingProblem} validation.
 */
public record TopicTarget(String competence, int pairs) {
  /** The largest target accepted. */
  public static final int MAX_PAIRS = 1_000_000;

  public TopicTarget {
    requireNonNull(competence, "competence");
  }
}
