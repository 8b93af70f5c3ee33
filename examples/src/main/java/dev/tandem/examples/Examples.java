package dev.tandem.examples;

import com.google.common.collect.ImmutableList;
import dev.tandem.examples.enterprise.EnterpriseExample;
import dev.tandem.examples.hrcsv.HrCsvExample;
import dev.tandem.examples.platform.PlatformModeExample;
import dev.tandem.examples.rematch.RematchExample;
import dev.tandem.examples.smallcompany.SmallCompanyExample;
import dev.tandem.examples.twocycles.TwoCyclesExample;
import java.util.Optional;

/**
 * The catalogue of example programmes, in the order a newcomer should read them: {@code enterprise}
 * (the demo, {@code ./tandem demo}), {@code small-company}, {@code two-cycles},
 * {@code platform-mode}, {@code rematch}, {@code hr-csv}. Each runs as {@code ./tandem example NAME}.
 *
 * <p>Guarantee: names are unique; {@link #all()} is immutable and the same on every call.
 */
public final class Examples {
  /** The name of the demo example. */
  public static final String DEMO = "enterprise";

  private static final ImmutableList<Example> ALL = ImmutableList.of(
      new EnterpriseExample(),
      new SmallCompanyExample(),
      new TwoCyclesExample(),
      new PlatformModeExample(),
      new RematchExample(),
      new HrCsvExample());

  private Examples() {}

  /** Every example, the demo first. */
  public static ImmutableList<Example> all() {
    return ALL;
  }

  /** The example named {@code name}. */
  public static Optional<Example> find(String name) {
    return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The demo example ({@code enterprise}). */
  public static Example demo() {
    return find(DEMO).orElseThrow();
  }

  /**
   * Runs the example named by the first argument (the demo without arguments) on the console;
   * lists the examples and exits with 2 for an unknown name.
   */
  public static void main(String[] args) {
    String name = args.length == 0 ? DEMO : args[0];
    Optional<Example> example = find(name);
    if (example.isEmpty()) {
      System.err.println("unknown example \"" + name + "\"; known:");
      for (Example e : ALL) {
        System.err.printf("  %-14s %s%n", e.name(), e.description());
      }
      System.exit(2);
      return;
    }
    example.get().run(ExampleContext.console());
  }
}
