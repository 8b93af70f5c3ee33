package dev.tandem.cli;

import dev.tandem.core.cycle.Programme;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rules.Rules;
import dev.tandem.io.NotUtf8Exception;
import dev.tandem.io.ProblemFiles;
import dev.tandem.io.ProgrammeFiles;
import dev.tandem.io.ResultFile;
import dev.tandem.io.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads input files for the commands, turning every kind of failure into an
 * {@link InputException} whose lines start with the file name.
 *
 * <p>Guarantee: never throws anything but {@link InputException} for a bad or missing file.
 */
final class Inputs {
  private Inputs() {}

  static MatchingProblem problem(Path file) {
    check(file);
    Workload.set("reading %s (%s)", file, size(file));
    try {
      MatchingProblem problem = ProblemFiles.read(file);
      List<ValidationProblem> pins = Rules.pinProblems(problem);
      if (!pins.isEmpty()) {
        // Placed like every other problem of the file: by JSON path.
        throw new ValidationException(pins.stream()
            .map(p -> new ValidationProblem(p.path().isEmpty() ? "$" : "$." + p.path(), p.message())).toList());
      }
      Workload.set(describe(problem, file));
      return problem;
    } catch (ValidationException e) {
      throw problems(file, e);
    } catch (NotUtf8Exception e) {
      throw new InputException(e.getMessage());
    } catch (IOException e) {
      throw new InputException(file + ": " + Tandem.describe(e));
    }
  }

  static ResultFile result(Path file) {
    check(file);
    try {
      return ResultFiles.read(file);
    } catch (ValidationException e) {
      throw problems(file, e);
    } catch (NotUtf8Exception e) {
      throw new InputException(e.getMessage());
    } catch (IOException e) {
      throw new InputException(file + ": " + Tandem.describe(e));
    }
  }

  static Programme programme(Path file) {
    check(file);
    try {
      return ProgrammeFiles.read(file);
    } catch (ValidationException e) {
      throw problems(file, e);
    } catch (NotUtf8Exception e) {
      throw new InputException(e.getMessage());
    } catch (IOException e) {
      throw new InputException(file + ": " + Tandem.describe(e));
    }
  }

  /** {@code problem "acme" from acme.json: 6 employees, 2 mentees, 4 mentors} (ids and counts only). */
  static String describe(MatchingProblem p, Path file) {
    return String.format(Locale.ROOT, "problem \"%s\" from %s: %,d employees, %,d mentees, %,d mentors", p.name(), file,
        p.employees().size(), p.mentees().size(), p.mentors().size());
  }

  private static String size(Path file) {
    try {
      return String.format(Locale.ROOT, "%,d KB", Files.size(file) >> 10);
    } catch (IOException e) {
      return "size unknown";
    }
  }

  static InputException problems(Path file, ValidationException e) {
    List<String> lines = e.problems().stream().map(p -> file + ": " + p).toList();
    return new InputException(lines);
  }

  private static void check(Path file) {
    if (!Files.exists(file)) {
      throw new InputException(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory, expected a file");
    }
  }
}
