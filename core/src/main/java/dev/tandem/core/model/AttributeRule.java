package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A policy rule on an employee attribute ({@link Employee#attributes()}): a pair whose mentee and
 * mentor do not meet it is forbidden, under the rule {@code ATTRIBUTE} (see
 * {@code docs/objective.md}).
 *
 * <ul>
 *   <li>{@link Kind#MUST_SHARE}: mentee and mentor hold at least one common value of the
 *       attribute (e.g. {@code language}: a person speaking {@code de} and {@code en} and one
 *       speaking {@code en} share {@code en});
 *   <li>{@link Kind#AT_MOST_APART}: the attribute holds one integer per person, and the two differ
 *       by at most {@code maxDistance} (e.g. {@code utcOffsetHours} at most 3 apart; use minutes for
 *       half-hour zones). The difference is plain {@code |a - b|}, no wrap-around.
 * </ul>
 *
 * <p>When mentee or mentor lacks the attribute, {@link WhenMissing#ALLOW} (the default) lets the
 * pair pass this rule and {@link WhenMissing#EXCLUDE} forbids it.
 *
 * <p>Guarantee: a value type with non-null fields. {@link MatchingProblem} validation checks the
 * rest, naming the item: a non-blank attribute name, {@code 0 <= maxDistance <= 1,000,000,000}
 * ({@code 0} for {@code MUST_SHARE}), and for an {@code AT_MOST_APART} attribute exactly one
 * integer value per person who holds it, within {@code ±1,000,000,000}.
 */
public record AttributeRule(String attribute, Kind kind, long maxDistance, WhenMissing whenMissing) {
  /** The largest {@code maxDistance} and the largest absolute attribute value accepted. */
  public static final long MAX_VALUE = 1_000_000_000L;

  /** What the rule asks of the two values. */
  public enum Kind {
    /** At least one common value. */
    MUST_SHARE,
    /** One integer each, at most {@code maxDistance} apart. */
    AT_MOST_APART
  }

  /** What happens when mentee or mentor lacks the attribute. */
  public enum WhenMissing {
    /** The pair passes this rule. */
    ALLOW,
    /** The pair is forbidden. */
    EXCLUDE
  }

  public AttributeRule {
    requireNonNull(attribute, "attribute");
    requireNonNull(kind, "kind");
    requireNonNull(whenMissing, "whenMissing");
  }

  /** Mentee and mentor must share a value of {@code attribute}; a person without it passes. */
  public static AttributeRule mustShare(String attribute) {
    return new AttributeRule(attribute, Kind.MUST_SHARE, 0, WhenMissing.ALLOW);
  }

  /** The integer values of {@code attribute} must be at most {@code maxDistance} apart; a person without it passes. */
  public static AttributeRule atMostApart(String attribute, long maxDistance) {
    return new AttributeRule(attribute, Kind.AT_MOST_APART, maxDistance, WhenMissing.ALLOW);
  }

  /** This rule, forbidding pairs where mentee or mentor lacks the attribute. */
  public AttributeRule excludingMissing() {
    return new AttributeRule(attribute, kind, maxDistance, WhenMissing.EXCLUDE);
  }

  @Override
  public String toString() {
    return attribute + (kind == Kind.MUST_SHARE ? " must be shared" : " at most " + maxDistance + " apart")
        + (whenMissing == WhenMissing.EXCLUDE ? ", required" : "");
  }
}
