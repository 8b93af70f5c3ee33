/**
 * Tandem solver: the {@code optaplanner} strategy (OptaPlanner 10.1 on Bavet constraint streams),
 * its planning model, explanations and re-matching.
 *
 * <p>Exported: the strategy with its settings and shared solver configuration, the planning model
 * (it appears in {@code MentoringSolverConfigs}' signatures and is what OptaPlanner Benchmarker
 * configurations and score benchmarks work on), explanations and re-matching. Not exported: the
 * constraint provider ({@code score}), which only OptaPlanner instantiates. A new package is added
 * here when it is created; {@code ModuleDescriptorTest} pins the list.
 *
 * <p>OptaPlanner 10.1 ships no module descriptor, only {@code Automatic-Module-Name}s, so the
 * {@code requires} below name automatic modules.
 */
module dev.tandem.solver {
  requires transitive dev.tandem.core;
  // SolverConfig, SolutionManager and the score types appear in the exported API.
  requires transitive org.optaplanner.core.impl;
  // the Bavet engine is found by OptaPlanner through ServiceLoader: require it so that it is resolved
  requires org.optaplanner.constraint.streams.bavet;
  requires org.slf4j;

  exports dev.tandem.solver;
  exports dev.tandem.solver.domain;
  exports dev.tandem.solver.explain;
  exports dev.tandem.solver.rematch;

  // OptaPlanner reads and writes the planning entity and solution by reflection (@PlanningEntity,
  // @PlanningVariable, @ValueRangeProvider, solution cloning) ...
  opens dev.tandem.solver.domain to org.optaplanner.core.impl;
  // ... and instantiates the constraint provider by reflection.
  opens dev.tandem.solver.score to org.optaplanner.core.impl;

  provides dev.tandem.core.strategy.MatchingStrategy with dev.tandem.solver.OptaPlannerStrategy;
}
