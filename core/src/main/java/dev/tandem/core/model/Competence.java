package dev.tandem.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A topic on which a mentee can ask for input and a mentor can give it (e.g. "Generative AI").
 *
 * <p>Guarantee: the id is non-blank; {@code diversity} marks diversity topics, where the
 * people concerned mentor executives. A diversity topic may name the {@code perspective} it is
 * about (e.g. {@code "women-in-tech"} for a topic on gender equity in engineering): with a
 * {@code perspectiveWeight} above 0, a mentor who declared that perspective
 * ({@link Employee#perspectives()}) is preferred for it. Validation refuses a perspective on a
 * topic that is not a diversity topic, and a blank one.
 */
public record Competence(String id, String name, boolean diversity, Optional<String> perspective) {
  public Competence {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(perspective, "perspective");
    checkArgument(!id.isBlank(), "competence id must not be blank");
  }

  /** A competence without a perspective. */
  public Competence(String id, String name, boolean diversity) {
    this(id, name, diversity, Optional.empty());
  }

  /** A competence whose name is its id. */
  public static Competence of(String id) {
    return new Competence(id, id, false);
  }

  /** A diversity topic naming the perspective it is about. */
  public static Competence diversityTopic(String id, String name, String perspective) {
    return new Competence(id, name, true, Optional.of(perspective));
  }
}
