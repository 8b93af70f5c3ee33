package dev.tandem.cli;

import dev.tandem.examples.ExampleContext;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The options shared by {@code demo} and {@code example}: a small run and a time limit per
 * solver run.
 *
 * <p>Guarantee: the story goes to standard output and progress to standard error.
 */
final class ExampleOptions {
  @Option(names = "--small", description = "Run on a small organisation with short time limits (a quick look).")
  boolean small;

  @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Time limit of each solver run, e.g. 10s (default: the example's own).")
  Duration timeLimit;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec mixee;

  ExampleContext context() {
    Tandem tandem = (Tandem) mixee.parent().userObject();
    ExampleContext c = new ExampleContext(tandem.out, tandem.err, small, Optional.ofNullable(timeLimit));
    return c;
  }
}
