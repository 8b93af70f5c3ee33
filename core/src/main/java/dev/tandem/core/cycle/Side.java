package dev.tandem.core.cycle;

/** The side of a pair giving feedback. Guarantee: exactly two values. */
public enum Side {
  MENTEE,
  MENTOR
}
