package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

/**
 * One problem found while validating input: where it stands (a path such as
 * {@code mentees[3].topics[1].competence}) and what is wrong.
 *
 * <p>Guarantee: both parts are non-null; {@link #toString()} reads {@code path: message}.
 */
public record ValidationProblem(String path, String message) {
  public ValidationProblem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
