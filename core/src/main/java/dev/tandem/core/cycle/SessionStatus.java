package dev.tandem.core.cycle;

/** Whether a planned session of a pair took place. Guarantee: exactly two values. */
public enum SessionStatus {
  HELD,
  CANCELLED
}
