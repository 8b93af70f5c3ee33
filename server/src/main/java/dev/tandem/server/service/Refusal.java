package dev.tandem.server.service;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.ValidationProblem;
import java.util.List;

/**
 * A request the server refuses before or instead of a cycle step: not signed in, not allowed,
 * not found, a stale version, a busy solver pool, or invalid input. (Refusals of the steps
 * themselves come from core as {@code StepRefusedException} and {@code ValidationException}.)
 *
 * <p>Guarantee: a refusal changes nothing; {@link #problems()} lists every problem found, each
 * with the path of what caused it.
 */
public final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kind of refusal, with its HTTP status. */
  public enum Kind {
    UNAUTHORIZED(401, "sign in first"),
    FORBIDDEN(403, "not allowed"),
    NOT_FOUND(404, "not found"),
    STALE_VERSION(409, "stale version"),
    CONFLICT(409, "conflict"),
    INVALID(422, "invalid input"),
    BUSY(503, "busy");

    public final int status;
    public final String title;

    Kind(int status, String title) {
      this.status = status;
      this.title = title;
    }
  }

  private final Kind kind;
  private final ImmutableList<ValidationProblem> problems;

  public Refusal(Kind kind, String detail, List<ValidationProblem> problems) {
    super(detail);
    this.kind = kind;
    this.problems = ImmutableList.copyOf(problems);
  }

  public Refusal(Kind kind, String detail) {
    this(kind, detail, List.of());
  }

  public static Refusal invalid(List<ValidationProblem> problems) {
    return new Refusal(Kind.INVALID, problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems", problems);
  }

  public static Refusal invalid(String path, String message) {
    return invalid(List.of(new ValidationProblem(path, message)));
  }

  public Kind kind() {
    return kind;
  }

  public ImmutableList<ValidationProblem> problems() {
    return problems;
  }
}
