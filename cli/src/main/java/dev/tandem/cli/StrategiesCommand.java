package dev.tandem.cli;

import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tandem strategies}: the strategies on the class path, with what each guarantees. */
@Command(name = "strategies", mixinStandardHelpOptions = true,
    description = "List the matching strategies (for solve --strategy) with what each guarantees.")
final class StrategiesCommand implements Callable<Integer> {
  @ParentCommand
  Tandem tandem;

  @Override
  public Integer call() {
    for (String name : StrategyRegistry.standard().names()) {
      MatchingStrategy s = StrategyRegistry.standard().get(name);
      tandem.out.printf(Locale.ROOT, "%-12s %s%n", s.name(), s.description());
    }
    return 0;
  }
}
