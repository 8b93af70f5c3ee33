package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import dev.tandem.core.strategy.Suggestion;

/**
 * A current pair at least one side found "not a fit" after the first session, with the sides
 * that said so and the best other mentors with a free place for the mentee (as the platform
 * suggests them, with their "why"). End the pair with {@link Cycle#endPair} to re-match.
 *
 * <p>Guarantee: non-null, immutable; {@code alternatives} never holds the pair's own mentor.
 */
public record RematchProposal(Pair pair, ImmutableList<Side> notAFit, ImmutableList<Suggestion> alternatives) {
  public RematchProposal {
    requireNonNull(pair, "pair");
    notAFit = ImmutableList.copyOf(notAFit);
    alternatives = ImmutableList.copyOf(alternatives);
  }
}
