package dev.tandem.consumer;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.io.ProblemFiles;
import dev.tandem.io.ResultFile;
import dev.tandem.io.ResultFiles;
import dev.tandem.solver.OptaPlannerStrategy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads each problem file, solves it with {@code exact} and {@code optaplanner} found through the
 * registry, and writes one {@code tandem-result/1} file per problem and strategy; prints the
 * modules it runs in and what they let it see.
 *
 * <p>Arguments: output directory, seed, optaplanner step count, problem files.
 */
public final class ModularConsumer {
  private ModularConsumer() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long seed = Long.parseLong(args[1]);
    String steps = args[2];
    Module self = ModularConsumer.class.getModule();
    Module solver = OptaPlannerStrategy.class.getModule();
    System.out.println("consumer " + self.getName());
    for (Class<?> c : List.of(MatchingProblem.class, OptaPlannerStrategy.class, ProblemFiles.class)) {
      Module m = c.getModule();
      System.out.println("library " + m.getName() + " automatic=" + m.getDescriptor().isAutomatic());
    }
    System.out.println("score exported to consumer " + solver.isExported("dev.tandem.solver.score", self));
    StrategyRegistry registry = StrategyRegistry.standard();
    System.out.println("strategies " + String.join(",", registry.names()));
    for (int i = 3; i < args.length; i++) {
      MatchingProblem problem = ProblemFiles.read(Path.of(args[i]));
      Eligibility eligibility = Eligibility.of(problem);
      for (String name : List.of("exact", "optaplanner")) {
        MatchOptions options = name.equals("exact") ? MatchOptions.builder().seed(seed).build()
            : MatchOptions.builder().seed(seed).setting("stepCountLimit", steps).setting("acceptedCountLimit", "50").build();
        Matching matching = registry.get(name).match(eligibility, options);
        Evaluation evaluation = Evaluator.evaluate(eligibility, matching);
        Path file = out.resolve(problem.name() + "." + name + ".json");
        ResultFiles.write(ResultFile.of(problem, name, seed, evaluation, 0, 0), file);
        System.out.println("solved " + problem.name() + " " + name + " " + evaluation.score());
      }
    }
  }
}
