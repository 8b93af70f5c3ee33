package dev.tandem.solver;

import dev.tandem.solver.domain.MenteeAssignment;
import dev.tandem.solver.domain.MentoringPlan;
import dev.tandem.solver.score.MentoringConstraintProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The OptaPlanner configuration shared by the strategy, the explainer and the tests: the domain
 * ({@link MentoringPlan}, {@link MenteeAssignment}), {@link MentoringConstraintProvider} and the
 * Bavet constraint-stream engine, set explicitly (with {@code optaplanner-core} on the class path
 * the default would be Drools).
 *
 * <p>Guarantee: {@link #base()} returns a fresh, mutable config each call; {@link #solutionManager()}
 * is built once and is thread-safe.
 */
public final class MentoringSolverConfigs {
  private MentoringSolverConfigs() {}

  /** Domain, constraints and engine; no phases, termination or environment mode yet. */
  public static SolverConfig base() {
    return new SolverConfig()
        .withSolutionClass(MentoringPlan.class)
        .withEntityClasses(MenteeAssignment.class)
        .withConstraintProviderClass(MentoringConstraintProvider.class)
        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
  }

  /** A solution manager for scoring and explaining plans (no solving). */
  public static SolutionManager<MentoringPlan, HardMediumSoftLongScore> solutionManager() {
    return Holder.MANAGER;
  }

  private static final class Holder {
    static final SolutionManager<MentoringPlan, HardMediumSoftLongScore> MANAGER =
        SolutionManager.create(SolverFactory.create(base()));
  }
}
