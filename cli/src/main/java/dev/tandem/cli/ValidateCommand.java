package dev.tandem.cli;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.cycle.Programme;
import dev.tandem.io.FileFormats;
import dev.tandem.io.ProgrammeFiles;
import dev.tandem.io.ResultFile;
import dev.tandem.io.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tandem validate FILE...}: every problem in each file, each with where it stands; exit 1
 * if any. Problem files ({@code tandem-problem/1}) and result files ({@code tandem-result/1}) are
 * told apart by their {@code format}; a result is also checked against {@code --problem}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check problem, result and programme files: every problem, each with where it stands; exit 1 if any.",
        "A result file is also checked against the problem given with --problem."})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  Tandem tandem;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "tandem-problem/1, tandem-result/1 or tandem-programme/1 files.")
  List<Path> files;

  @Option(names = "--problem", paramLabel = "PROBLEM", description = "The problem that result files are checked against.")
  Path problemFile;

  @Override
  public Integer call() throws IOException {
    Optional<MatchingProblem> against = Optional.ofNullable(problemFile).map(Inputs::problem);
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      try {
        validate(file, against);
      } catch (InputException e) {
        failures.addAll(e.lines());
      }
    }
    if (!failures.isEmpty()) {
      throw new InputException(failures);
    }
    return 0;
  }

  private void validate(Path file, Optional<MatchingProblem> against) throws IOException {
    Optional<String> format = Files.isRegularFile(file) ? FileFormats.formatOf(file) : Optional.empty();
    if (format.isPresent() && format.get().startsWith("tandem-result/")) {
      ResultFile r = Inputs.result(file);
      if (against.isPresent()) {
        try {
          r.matching(against.get());
        } catch (dev.tandem.core.model.ValidationException e) {
          throw Inputs.problems(file, e);
        }
      }
      tandem.out.printf(Locale.ROOT, "%s: valid %s (%,d pairs, %,d unmatched)%s%n", file, ResultFiles.FORMAT,
          r.pairs().size(), r.unmatched().size(), against.isPresent() ? ", consistent with " + problemFile : "");
      return;
    }
    if (format.isPresent() && format.get().startsWith("tandem-programme/")) {
      Programme programme = Inputs.programme(file);
      tandem.out.printf(Locale.ROOT, "%s: valid %s \"%s\": %,d cycles%s%n", file, ProgrammeFiles.FORMAT, programme.organisation(),
          programme.cycles().size(), programme.latest().map(c -> ", latest \"" + c.id() + "\" in " + c.phase()).orElse(""));
      return;
    }
    MatchingProblem p = Inputs.problem(file);
    Eligibility e = Eligibility.of(p);
    tandem.out.printf(Locale.ROOT, "%s: valid tandem-problem/1 \"%s\": %,d employees, %,d mentees, %,d mentors, %,d eligible pairs%n",
        file, p.name(), p.employees().size(), p.mentees().size(), p.mentors().size(), e.pairCount());
  }
}
