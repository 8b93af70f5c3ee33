package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What a closed cycle hands to the next round ({@link Cycle#carryOver()}), so that the closing
 * feedback round changes what happens next rather than a printed report:
 *
 * <ul>
 *   <li>{@code waitlist}: the executives still enrolled but without a pair when the cycle closed,
 *       each with a raised priority: <b>priority + 1</b> (a waitlisted executive of the closed
 *       cycle enters the next with a priority strictly higher than before; an entry that was
 *       itself carried adds one round). {@link Programme#startCycle} hands it on, and
 *       {@link Cycle#enrolMentee} enrols a waitlisted executive with
 *       {@code max(asked priority, carried priority)}.
 *   <li>{@code shortTopics}: the topics short of mentors, each with a target for the next topic
 *       call and whom to approach directly.
 *   <li>{@code returningMentors}: mentors who said in their feedback they would take part again,
 *       to invite first (in the order their pairs were formed); the next cycle's
 *       {@link Cycle#suggestMentors()} ranks them first.
 *   <li>{@code learnings}: the learnings of the feedback round by topic.
 * </ul>
 *
 * <p>Guarantee: computed only from recorded facts of the closed cycle; immutable, non-null.
 */
public record CarryOver(
    String cycle,
    ImmutableList<WaitlistEntry> waitlist,
    ImmutableList<TopicShortage> shortTopics,
    ImmutableList<String> returningMentors,
    ImmutableList<TopicLearnings> learnings) {
  public CarryOver {
    requireNonNull(cycle, "cycle");
    waitlist = ImmutableList.copyOf(waitlist);
    shortTopics = ImmutableList.copyOf(shortTopics);
    returningMentors = ImmutableList.copyOf(returningMentors);
    learnings = ImmutableList.copyOf(learnings);
  }

  /** The waitlist entry of {@code employee}, when waiting. */
  public Optional<WaitlistEntry> waiting(String employee) {
    return waitlist.stream().filter(w -> w.employee().equals(employee)).findFirst();
  }
}
