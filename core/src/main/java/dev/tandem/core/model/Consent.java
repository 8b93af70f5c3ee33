package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A person's consent to store what they declared about themselves (their perspective groups):
 * when it was given and the reference of the consent record (e.g. the id of the signed form in the
 * HR system). Without a consent, nothing self-declared is stored: a {@link SelfDeclaration} cannot
 * exist without one.
 *
 * <p>Guarantee: a value type with non-null fields; a blank reference is refused by
 * {@link MatchingProblem} validation. Withdrawing consent means removing the
 * declaration ({@link Employee#withoutSelfDeclaration()}).
 */
public record Consent(LocalDate givenOn, String reference) {
  public Consent {
    requireNonNull(givenOn, "givenOn");
    requireNonNull(reference, "reference");
  }
}
