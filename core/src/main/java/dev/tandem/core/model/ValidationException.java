package dev.tandem.core.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input is invalid. It carries every problem found, not only the first, each naming
 * where it stands.
 *
 * <p>Guarantee: {@link #problems()} is non-empty and immutable; the message lists one problem per
 * line. Nothing was applied when this is thrown.
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final ImmutableList<ValidationProblem> problems;

  public ValidationException(List<ValidationProblem> problems) {
    super(format(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in the order found. */
  public ImmutableList<ValidationProblem> problems() {
    return problems;
  }

  private static String format(List<ValidationProblem> problems) {
    String lines = problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("\n"));
    return problems.size() == 1 ? lines : problems.size() + " problems:\n" + lines;
  }
}
