package dev.tandem.cli;

import dev.tandem.examples.Examples;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tandem demo}: the flagship example programme ({@code enterprise}) on its bundled organisation. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the flagship example programme (the 'enterprise' example) on its bundled organisation.")
final class DemoCommand implements Callable<Integer> {
  @Mixin
  ExampleOptions options;

  @Override
  public Integer call() {
    Examples.demo().run(options.context());
    return 0;
  }
}
