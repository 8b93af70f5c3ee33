package dev.tandem.core.strategy;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;
import java.util.Optional;

/**
 * The outcome of one {@link ExactSolver#solve}: the assignment, its objective under the scores
 * that were optimised, whether it is proven optimal, and then the dual values that prove it.
 *
 * <p>Guarantee: the assignment keeps every pin, uses eligible pairs only and respects every
 * capacity. When {@link #optimal()} is true, {@link #certificate()} is present and its
 * {@link ExactCertificate#violations} are empty for this assignment and these scores; when the
 * solve was stopped early, the assignment is feasible but not proven optimal and no certificate
 * is given.
 */
public final class ExactSolution {
  private final Eligibility eligibility;
  private final int[] mentorOf;
  private final Score objective;
  private final boolean optimal;
  private final Optional<ExactCertificate> certificate;

  ExactSolution(Eligibility eligibility, int[] mentorOf, Score objective, Optional<ExactCertificate> certificate) {
    this.eligibility = eligibility;
    this.mentorOf = Arrays.copyOf(mentorOf, mentorOf.length);
    this.objective = objective;
    this.optimal = certificate.isPresent();
    this.certificate = certificate;
  }

  /** The mentor index of {@code mentee}, or -1 when it is unmatched. */
  public int mentorOf(int mentee) {
    return mentorOf[mentee];
  }

  /** A copy of the assignment: mentor index per mentee, -1 for unmatched. */
  public int[] mentorOf() {
    return Arrays.copyOf(mentorOf, mentorOf.length);
  }

  /**
   * The objective optimised, in the solve's units: hard 0; medium minus the priorities of the
   * unmatched mentees (as the {@code Evaluator}); soft the sum over matched pairs, pinned ones
   * included, of {@code scale * pairScore - adjustment}, minus {@code scale * mentorLoadWeight *
   * sum load (load - 1) / 2}. The department spread term is not part of it.
   */
  public Score objective() {
    return objective;
  }

  /** Whether the assignment is proven optimal (false when the solve was stopped early). */
  public boolean optimal() {
    return optimal;
  }

  /** The dual values proving optimality; empty when not {@link #optimal()}. */
  public Optional<ExactCertificate> certificate() {
    return certificate;
  }

  /** The assignment as a matching of the problem. */
  public Matching toMatching() {
    return eligibility.toMatching(mentorOf);
  }
}
