package dev.tandem.core.cycle;

import com.google.common.collect.ImmutableList;

/**
 * The framework of a cycle, agreed before matching: how long the cycle runs, how often pairs
 * meet, how many sessions are planned, and whether the confidentiality charter is accepted.
 * Many programmes fail because no such framework is set from the start; a cycle cannot reach
 * matching (and so kick-off) without a complete one.
 *
 * <p>Guarantee: a value; {@link #missing()} lists every incomplete part (empty when complete).
 */
public record Framework(int durationWeeks, int meetingEveryWeeks, int sessions, boolean charterAccepted) {

  /** What is still missing, one line per part, each naming the field. */
  public ImmutableList<String> missing() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (durationWeeks < 1) {
      out.add("framework.durationWeeks: " + durationWeeks + " is below 1");
    }
    if (meetingEveryWeeks < 1) {
      out.add("framework.meetingEveryWeeks: " + meetingEveryWeeks + " is below 1");
    } else if (durationWeeks >= 1 && meetingEveryWeeks > durationWeeks) {
      out.add("framework.meetingEveryWeeks: " + meetingEveryWeeks + " is longer than the cycle (" + durationWeeks + " weeks)");
    }
    if (sessions < 1) {
      out.add("framework.sessions: " + sessions + " is below 1");
    }
    if (!charterAccepted) {
      out.add("framework.charterAccepted: the confidentiality charter is not accepted");
    }
    return out.build();
  }
}
