package dev.tandem.core.cycle;

/**
 * The phases of a {@link Cycle}, in the only order a cycle passes through them.
 *
 * <p>Guarantee: declaration order is the order of the lifecycle; each phase names the step that
 * leaves it ({@link #next()} is the phase that step reaches).
 */
public enum Phase {
  /** Management announces the topics on which it wants input. Left by {@code openEnrolment()}. */
  TOPIC_CALL,
  /** Mentees pick topics; mentors volunteer or are approached directly. Left by {@code closeEnrolment()}. */
  ENROLMENT,
  /** Duration, meeting cadence, sessions, confidentiality charter. Left by {@code startMatching()}. */
  FRAMEWORK,
  /** A strategy drafts the pairs, an administrator reviews them. Left by {@code publish()}. */
  MATCHING,
  /** Each pair states expectations and goals. Left by {@code startRunning()}. */
  KICK_OFF,
  /** Sessions are held; pairs may end early and are re-matched. Left by {@code startFeedback()}. */
  RUNNING,
  /** Both sides of every pair give feedback. Left by {@code close()}. */
  FEEDBACK,
  /** The cycle is over; its report and history are final. */
  CLOSED;

  /** The phase after this one (CLOSED stays CLOSED). */
  public Phase next() {
    return this == CLOSED ? CLOSED : values()[ordinal() + 1];
  }
}
