package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * An employee worth approaching directly as a mentor for a topic, with the enrolled mentees
 * (asking for the topic) whom the person could mentor under the policy.
 *
 * <p>Guarantee: non-null; {@code mentees} is non-empty, in enrolment order.
 */
public record MentorCandidate(String employee, ImmutableList<String> mentees) {
  public MentorCandidate {
    requireNonNull(employee, "employee");
    mentees = ImmutableList.copyOf(mentees);
  }

  /** How many enrolled mentees the person could serve. */
  public int servable() {
    return mentees.size();
  }
}
