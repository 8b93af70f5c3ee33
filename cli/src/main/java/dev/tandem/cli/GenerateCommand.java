package dev.tandem.cli;

import dev.tandem.core.generator.GeneratorSettings;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.generator.Suite;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.io.ProblemFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tandem generate}: a synthetic organisation and programme, as a problem file. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Generate a synthetic organisation and programme as a tandem-problem/1 file.",
        "The same options and seed always give the same file."})
final class GenerateCommand implements Callable<Integer> {
  @ParentCommand
  Tandem tandem;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--employees", paramLabel = "N", description = "Size of the organisation, 20 to 1000000 (default 1000).")
  Integer employees;

  @Option(names = "--mentees", paramLabel = "N", description = "Mentees in the programme (default: half of the senior staff).")
  Integer mentees;

  @Option(names = "--mentors", paramLabel = "N", description = "Mentors in the programme (default: twice the mentees).")
  Integer mentors;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
  Long seed;

  @Option(names = "--name", paramLabel = "NAME", description = "Problem name (default generated-<employees>-<seed>).")
  String name;

  @Option(names = "--suite", paramLabel = "NAME",
      description = "A named benchmark problem instead: S, M, L or XL with -spread or -nospread, e.g. M-spread.")
  String suite;

  @Option(names = "--no-spread", description = "Department spread weight 0 (default: the policy's 20).")
  boolean noSpread;

  @Option(names = "--history", description = "Add two earlier cycles with ratings.")
  boolean history;

  @Option(names = "--rankings", description = "Let some mentees and mentors rank wished partners.")
  boolean rankings;

  @Option(names = "--skills", description = "Give juniors a skills inventory.")
  boolean skills;

  @Option(names = "--display-names", description = "Add synthetic display names (personal data; off by default).")
  boolean displayNames;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the problem (default: standard output).")
  Path out;

  @Override
  public Integer call() throws IOException {
    GeneratorSettings settings = settings();
    Workload.set("generating an organisation of %,d employees", settings.employees());
    MatchingProblem problem = ProblemGenerator.generate(settings);
    Workload.set("writing %s", Inputs.describe(problem, out == null ? Path.of("(standard output)") : out));
    if (out == null) {
      Writer w = new OutputStreamWriter(tandem.out, StandardCharsets.UTF_8);
      ProblemFiles.write(problem, w);
      w.flush();
    } else {
      ProblemFiles.write(problem, out);
      tandem.out.printf(Locale.ROOT, "wrote %s: problem %s, %,d employees, %,d mentees, %,d mentors%n", out,
          problem.name(), problem.employees().size(), problem.mentees().size(), problem.mentors().size());
    }
    return 0;
  }

  private GeneratorSettings settings() {
    try {
      return build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private GeneratorSettings build() {
    GeneratorSettings.Builder b;
    if (suite != null) {
      Optional<Map.Entry<Suite, Boolean>> s = Suite.parse(suite);
      if (s.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "unknown suite problem '" + suite
            + "'; known: S, M, L, XL with -spread or -nospread, e.g. M-spread");
      }
      b = s.get().getKey().settings(s.get().getValue()).toBuilder();
    } else {
      b = GeneratorSettings.builder().departmentSpread(!noSpread);
    }
    if (employees != null) {
      b.employees(employees);
    }
    if (mentees != null) {
      b.mentees(mentees);
    }
    if (mentors != null) {
      b.mentors(mentors);
    }
    if (seed != null) {
      b.seed(seed);
    }
    if (name != null) {
      b.name(name);
    }
    b.history(history).rankings(rankings).skills(skills).displayNames(displayNames);
    return b.build();
  }
}
