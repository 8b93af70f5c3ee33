package dev.tandem.solver;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import java.util.Random;

/** Opens the package-private {@link RandomProblems} to tests in sub-packages. */
public final class RandomProblemsAccess {
  private RandomProblemsAccess() {}

  /** A small random problem of {@code seed}. */
  public static MatchingProblem generate(long seed) {
    return RandomProblems.generate(seed, RandomProblems.Shape.small(new Random(seed)));
  }

  /** A random (also infeasible) assignment. */
  public static int[] randomAssignment(long seed, Eligibility el) {
    return RandomProblems.randomAssignment(new Random(seed * 31 + 7), el);
  }

  /** A larger problem with default weights. */
  public static MatchingProblem large(long seed, int mentees) {
    return RandomProblems.generate(seed, RandomProblems.Shape.large(mentees));
  }
}
