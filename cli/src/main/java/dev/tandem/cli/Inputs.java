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
    try {
      MatchingProblem problem = ProblemFiles.read(file);
      List<ValidationProblem> pins = Rules.pinProblems(problem);
      if (!pins.isEmpty()) {
        throw new ValidationException(pins);
      }
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
