package dev.tandem.server.auth;

/** What a signed-in person may do. */
public enum Role {
  /** Runs programmes: every step, every person's data (feedback only in the report). */
  ADMIN,
  /** An employee of one programme: an executive (mentee) or a junior (mentor), acting on their own data only. */
  PARTICIPANT
}
