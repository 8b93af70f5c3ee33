package dev.tandem.examples.hrcsv;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.examples.Example;
import dev.tandem.examples.ExampleContext;
import dev.tandem.examples.console.Explain;
import dev.tandem.examples.console.Headings;
import dev.tandem.examples.console.StrategyRun;
import dev.tandem.io.HrCsvImport;
import dev.tandem.io.PairingsCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The HR-system round trip: import a CSV export (employees, mentee and mentor enrolments, the
 * competence catalogue; bundled in this module), see how a faulty export is reported (file, row,
 * column, every problem at once), match, and export the pairings as CSV for a spreadsheet, with
 * cells that can never start a formula.
 *
 * <p>Guarantee: deterministic (the bundled files, {@code exact} when present); the console shows
 * ids; the exported CSV includes display names because HR opts in to them here, and a name such
 * as {@code @max.power} is written as {@code '@max.power}. The CSV is written to a new temporary
 * directory, whose path is printed.
 */
public final class HrCsvExample implements Example {
  static final String RESOURCES = "/dev/tandem/examples/hrcsv/";

  @Override
  public String name() {
    return "hr-csv";
  }

  @Override
  public String description() {
    return "import an HR system's CSV export, see errors by file/row/column, match, export pairings as safe CSV";
  }

  @Override
  public void run(ExampleContext ctx) {
    PrintStream out = ctx.out();
    Headings.title(out, "HR round trip: CSV export in, pairings CSV out");
    out.println("The HR system exports employees, enrolments and the topic catalogue as CSV. Tandem reads");
    out.println("them, reports every mistake with file, row and column, matches, and writes the pairings");
    out.println("back as CSV that is safe to open in a spreadsheet.");
    out.println();

    String employees = resource("employees.csv");
    String mentees = resource("mentees.csv");
    String mentors = resource("mentors.csv");
    String competences = resource("competences.csv");

    Headings.section(out, "1. A first export with mistakes");
    String typos = mentees
        .replace("P-003,2,data:3;genai:2;diversity:1", "P-003,2,data3;genai:2;diversity:1")
        .replace("P-004,2,", "P-004,high,");
    String stranger = mentees + "P-099,1,genai:2\n";
    out.println("  mentees.csv has a missing colon and a word as priority; every such problem at once:");
    printProblems(out, () -> read(employees, typos, mentors, competences, Policy.DEFAULT));
    out.println("  with those fixed, the model's own checks find an enrolment of someone not employed:");
    printProblems(out, () -> read(employees, stranger, mentors, competences, Policy.DEFAULT));
    out.println();

    Headings.section(out, "2. The corrected export");
    MatchingProblem problem = read(employees, mentees, mentors, competences, Policy.DEFAULT);
    out.printf(Locale.ROOT, "  employees.csv    %3d employees in %d departments%n", problem.employees().size(),
        problem.employees().stream().map(e -> e.department()).distinct().count());
    out.printf(Locale.ROOT, "  mentees.csv      %3d executives enrolled%n", problem.mentees().size());
    out.printf(Locale.ROOT, "  mentors.csv      %3d mentors enrolled (%d approached directly)%n", problem.mentors().size(),
        problem.mentors().stream().filter(m -> m.nominated()).count());
    out.printf(Locale.ROOT, "  competences.csv  %3d topics%n", problem.competences().size());
    out.println();

    StrategyRegistry registry = StrategyRegistry.standard();
    Optional<MatchingStrategy> strategy = StrategyRun.first(registry, "exact", "optaplanner", "greedy");
    if (strategy.isEmpty()) {
      out.println("No matching strategy is on the class path; nothing to match.");
      return;
    }
    Headings.section(out, "3. Matching (" + strategy.get().name() + ")");
    MatchOptions options = MatchOptions.builder().seed(1)
        .timeLimit(ctx.timeLimitOr(Duration.ofSeconds(10), Duration.ofSeconds(1))).build();
    Evaluation first = match(strategy.get(), problem, options);
    for (UnmatchedMentee u : first.unmatched()) {
      out.println("  unmatched: " + Explain.unmatched(problem, u));
    }
    out.printf(Locale.ROOT, "  %d pairs, score %s%n", first.metrics().matched(), first.score());
    out.println("  The chief executive is above everyone, so the default rule (never mentor anyone up your");
    out.println("  reporting line) leaves no mentor. HR narrows it: never your manager or your manager's manager.");
    Policy twoLevels = Policy.builder().reportingLineDepth(2).build();
    problem = read(employees, mentees, mentors, competences, twoLevels);
    Evaluation evaluation = match(strategy.get(), problem, options);
    out.println();
    for (PairEvaluation pe : evaluation.pairs()) {
      out.println("  " + Explain.pair(problem, pe));
    }
    for (UnmatchedMentee u : evaluation.unmatched()) {
      out.println("  unmatched: " + Explain.unmatched(problem, u));
    }
    out.printf(Locale.ROOT, "  %d pairs, score %s%n", evaluation.metrics().matched(), evaluation.score());
    out.println();

    Headings.section(out, "4. The pairings for HR (pairings.csv, with the names HR asked for)");
    String csv = PairingsCsv.toCsv(problem, evaluation, true);
    for (String line : csv.split("\r\n")) {
      out.println("  " + line);
    }
    try {
      Path dir = Files.createTempDirectory("tandem-hr-csv");
      Path file = dir.resolve("pairings.csv");
      PairingsCsv.write(file, problem, evaluation, true);
      out.println();
      out.println("  written to " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("  A cell starting with = + - @ (like the chat handle @max.power imported as a name) is written");
    out.println("  with a leading apostrophe, so a spreadsheet shows it as text and never runs it as a formula.");
    out.println();
  }

  private static Evaluation match(MatchingStrategy strategy, MatchingProblem problem, MatchOptions options) {
    Matching matching = strategy.match(problem, options);
    return Evaluator.evaluate(problem, matching);
  }

  /** Runs {@code read} and prints every problem of the {@link ValidationException} it throws. */
  private static void printProblems(PrintStream out, Runnable read) {
    try {
      read.run();
      out.println("    (accepted)");
    } catch (ValidationException e) {
      for (ValidationProblem p : e.problems()) {
        out.println("    " + p);
      }
    }
  }

  static MatchingProblem read(String employees, String mentees, String mentors, String competences, Policy policy) {
    try {
      return HrCsvImport.builder()
          .name("hr-export")
          .policy(policy)
          .employees("employees.csv", employees)
          .mentees("mentees.csv", mentees)
          .mentors("mentors.csv", mentors)
          .competences("competences.csv", competences)
          .read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A bundled CSV file as text. */
  static String resource(String file) {
    try (InputStream in = HrCsvExample.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled file " + RESOURCES + file + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
