package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;

/**
 * The kick-off of one pair: the expectations of both sides and the goals they set.
 *
 * <p>Guarantee: non-null, immutable; completeness (both expectations, at least one goal, every
 * goal filled in) is checked by {@link Cycle#recordKickOff}. Goal {@code k} is the one rated by
 * {@link Feedback#goalRatings()}{@code .get(k)}.
 */
public record KickOff(Pair pair, String menteeExpectations, String mentorExpectations, ImmutableList<Goal> goals) {
  public KickOff {
    requireNonNull(pair, "pair");
    requireNonNull(menteeExpectations, "menteeExpectations");
    requireNonNull(mentorExpectations, "mentorExpectations");
    goals = ImmutableList.copyOf(goals);
  }
}
