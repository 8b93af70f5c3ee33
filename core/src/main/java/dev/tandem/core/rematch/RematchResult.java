package dev.tandem.core.rematch;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;

/**
 * The outcome of a re-matching: the problem after the change (every kept pair pinned in it),
 * the new matching of that problem, and what changed.
 *
 * <p>Guarantee: {@code matching} is a matching of {@code problem}; {@code kept} are the
 * published pairs that survive unchanged (all of them are in {@code matching} and pinned in
 * {@code problem}); {@code removed} are the published pairs that ended; {@code added} are the
 * pairs of {@code matching} that were not published; {@code affected} are the mentees allowed to
 * move, in problem order. {@code kept + added} is exactly {@code matching.pairs()}.
 */
public record RematchResult(
    MatchingProblem problem,
    Matching matching,
    ImmutableList<Pair> kept,
    ImmutableList<Pair> removed,
    ImmutableList<Pair> added,
    ImmutableList<String> affected) {
  public RematchResult {
    requireNonNull(problem, "problem");
    requireNonNull(matching, "matching");
    kept = ImmutableList.copyOf(kept);
    removed = ImmutableList.copyOf(removed);
    added = ImmutableList.copyOf(added);
    affected = ImmutableList.copyOf(affected);
  }
}
