package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.TopicRequest;

/**
 * An executive left unmatched by a closed cycle, carried into the next round: the topics asked
 * for, the priority to use next time and how many rounds the person has waited so far.
 *
 * <p>Rule (see {@link CarryOver}): the carried priority is the priority of the closed cycle plus
 * one, so it is strictly higher; each further round waited adds one more.
 *
 * <p>Guarantee: non-null, immutable; {@code priority >= 2}, {@code roundsWaited >= 1}.
 */
public record WaitlistEntry(String employee, ImmutableList<TopicRequest> topics, int priority, int roundsWaited) {
  public WaitlistEntry {
    requireNonNull(employee, "employee");
    topics = ImmutableList.copyOf(topics);
    if (priority < 2 || roundsWaited < 1) {
      throw new IllegalArgumentException("waitlist entry " + employee + ": priority " + priority + " or rounds " + roundsWaited + " too low");
    }
  }
}
