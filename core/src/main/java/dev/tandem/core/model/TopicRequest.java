package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A topic a mentee asks for, with a weight from 1 (nice to have) to 3 (most wanted).
 *
 * <p>Guarantee: non-null competence id; the weight range is checked by {@link MatchingProblem}
 * validation so that every problem is reported at once.
 */
public record TopicRequest(String competence, int weight) {
  public TopicRequest {
    requireNonNull(competence, "competence");
  }
}
