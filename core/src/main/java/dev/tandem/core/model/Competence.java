package dev.tandem.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A topic on which a mentee can ask for input and a mentor can give it (e.g. "Generative AI").
 *
 * <p>Guarantee: the id is non-blank; {@code diversity} marks diversity topics, where the
 * people concerned mentor executives.
 */
public record Competence(String id, String name, boolean diversity) {
  public Competence {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    checkArgument(!id.isBlank(), "competence id must not be blank");
  }

  /** A competence whose name is its id. */
  public static Competence of(String id) {
    return new Competence(id, id, false);
  }
}
