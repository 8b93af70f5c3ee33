package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A competence a mentor holds, with a proficiency from 1 (basic) to 5 (expert).
 *
 * <p>Guarantee: non-null competence id; the range is checked by {@link MatchingProblem}
 * validation.
 */
public record Proficiency(String competence, int proficiency) {
  public Proficiency {
    requireNonNull(competence, "competence");
  }
}
