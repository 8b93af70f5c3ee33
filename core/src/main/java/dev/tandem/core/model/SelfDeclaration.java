package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;

/**
 * What a person declared about themselves, opt-in and with consent: the perspective groups they
 * belong to (e.g. {@code "women-in-tech"}, {@code "first-generation-academic"}). Never inferred from
 * other data; held only together with the {@link Consent} to store it.
 *
 * <p>Used by the perspective bonus of a diversity topic (a mentor who shares the perspective the
 * topic names) and by the fairness metrics per declared group (shown only for groups of at least
 * five people). Sensitive personal data: never logged, never part of {@code toString()} of an
 * {@link Employee}.
 *
 * <p>Guarantee: a value type; perspectives are sorted and distinct; blank ones are refused by
 * {@link MatchingProblem} validation.
 */
public record SelfDeclaration(ImmutableSortedSet<String> perspectives, Consent consent) {
  public SelfDeclaration {
    perspectives = ImmutableSortedSet.copyOf(requireNonNull(perspectives, "perspectives"));
    requireNonNull(consent, "consent");
  }

  /** The declared perspectives, stored under {@code consent}. */
  public static SelfDeclaration of(Collection<String> perspectives, Consent consent) {
    return new SelfDeclaration(ImmutableSortedSet.copyOf(perspectives), consent);
  }

  /** Perspectives only: the consent details are not printed either. */
  @Override
  public String toString() {
    return "SelfDeclaration[" + perspectives.size() + " perspectives, consent " + consent.reference() + "]";
  }
}
