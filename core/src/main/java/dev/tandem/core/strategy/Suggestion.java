package dev.tandem.core.strategy;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.rules.PairParts;

/**
 * One mentor suggested to a mentee: the mentor's id, the pair score with its parts ("why this
 * mentor"), the mentor's current load and capacity, and the value used for ranking,
 * {@code pairScore - mentorLoadWeight * load} (the pair's contribution to the soft score if the
 * mentee joined now).
 *
 * <p>Guarantee: a value; {@code parts.total() == pairScore}; {@code load < capacity}.
 */
public record Suggestion(String mentor, long pairScore, PairParts parts, int load, int capacity, long value) {
  public Suggestion {
    requireNonNull(mentor, "mentor");
    requireNonNull(parts, "parts");
  }
}
