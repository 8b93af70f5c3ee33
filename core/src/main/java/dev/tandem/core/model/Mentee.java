package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An executive who wants to be mentored: the topics asked for (weights 1 to 3), a priority
 * (how much leaving this person unmatched costs; top management first) and an optional ranking of
 * mentors (employee ids, most wanted first).
 *
 * <p>Guarantee: immutable, non-null lists; ranges and references are checked by
 * {@link MatchingProblem} validation.
 */
public record Mentee(
    String employee, ImmutableList<TopicRequest> topics, int priority, ImmutableList<String> ranking) {
  public Mentee {
    requireNonNull(employee, "employee");
    topics = ImmutableList.copyOf(topics);
    ranking = ImmutableList.copyOf(ranking);
  }

  public static Mentee of(String employee, int priority, List<TopicRequest> topics) {
    return new Mentee(employee, ImmutableList.copyOf(topics), priority, ImmutableList.of());
  }

  public Mentee withRanking(List<String> mentorIds) {
    return new Mentee(employee, topics, priority, ImmutableList.copyOf(mentorIds));
  }
}
