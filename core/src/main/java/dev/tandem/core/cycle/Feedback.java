package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;

/**
 * The closing feedback of one side of a pair: an overall rating from 1 to 5, a rating from 1 to
 * 5 per kick-off goal (in the order of {@link KickOff#goals()}), what was learned, and whether
 * the person would take part again. The mentee's overall rating becomes the rating of the
 * {@link dev.tandem.core.model.PastPair} in the next cycle's history.
 *
 * <p>Guarantee: non-null, immutable; ranges and the number of goal ratings are checked by
 * {@link Cycle#recordFeedback}.
 */
public record Feedback(
    Pair pair, Side side, int overallRating, ImmutableList<Integer> goalRatings, ImmutableList<String> learnings, boolean wouldTakePartAgain) {
  public Feedback {
    requireNonNull(pair, "pair");
    requireNonNull(side, "side");
    goalRatings = ImmutableList.copyOf(goalRatings);
    learnings = ImmutableList.copyOf(learnings);
  }

  public FeedbackKey key() {
    return new FeedbackKey(pair, side);
  }
}
