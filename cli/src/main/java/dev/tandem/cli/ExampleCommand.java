package dev.tandem.cli;

import dev.tandem.examples.Example;
import dev.tandem.examples.Examples;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tandem example [NAME]}: runs an example programme by name, or lists them. */
@Command(name = "example", mixinStandardHelpOptions = true,
    description = "Run an example programme by name; without a name, list the examples.")
final class ExampleCommand implements Callable<Integer> {
  @ParentCommand
  Tandem tandem;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "The example to run (see the list without a name).")
  String name;

  @Mixin
  ExampleOptions options;

  @Override
  public Integer call() {
    if (name == null) {
      list();
      return 0;
    }
    Optional<Example> example = Examples.find(name);
    if (example.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "unknown example '" + name + "'; known: "
          + String.join(", ", Examples.all().stream().map(Example::name).toList()));
    }
    example.get().run(options.context());
    return 0;
  }

  private void list() {
    tandem.out.println("Examples (run one with ./tandem example NAME):");
    for (Example e : Examples.all()) {
      tandem.out.printf(Locale.ROOT, "  %-14s %s%n", e.name(), e.description());
    }
  }
}
