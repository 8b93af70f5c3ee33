/**
 * Tandem core: the domain model, the eligibility rules and the pair score, the one evaluator, the
 * strategies with their registry, the proven bound, the programme cycle, re-matching and the seeded
 * generator. Guava only.
 *
 * <p>Every package is API: the command line, the server, the examples and the harness use each of
 * them, and so does an HR developer who embeds core. A new package is added here (exported or not)
 * when it is created; {@code ModuleDescriptorTest} pins the list.
 *
 * <p>Strategies are found through {@link java.util.ServiceLoader}: {@code provides} below on the
 * module path, {@code META-INF/services} on the class path (both list the same classes).
 */
module dev.tandem.core {
  // Guava types (ImmutableList, ImmutableSortedSet, ...) appear in the API, so readers of core read Guava.
  requires transitive com.google.common;

  exports dev.tandem.core.bound;
  exports dev.tandem.core.cycle;
  exports dev.tandem.core.evaluation;
  exports dev.tandem.core.generator;
  exports dev.tandem.core.model;
  exports dev.tandem.core.rematch;
  exports dev.tandem.core.rules;
  exports dev.tandem.core.strategy;

  uses dev.tandem.core.strategy.MatchingStrategy;

  provides dev.tandem.core.strategy.MatchingStrategy with
      dev.tandem.core.strategy.RandomStrategy,
      dev.tandem.core.strategy.GreedyStrategy,
      dev.tandem.core.strategy.ExactStrategy,
      dev.tandem.core.strategy.StableStrategy,
      dev.tandem.core.strategy.StableMentorStrategy,
      dev.tandem.core.bound.LagrangianStrategy;
}
