package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.evaluation.Score;

/**
 * One step of the matching review: the edit, the score of the draft before and after it (by the
 * one {@link dev.tandem.core.evaluation.Evaluator}), and an explanation, one line per effect
 * (pairs formed or dissolved with their scores, rules broken, capacities exceeded, mentees left
 * unmatched and why). The explanation names employee ids only.
 *
 * <p>Guarantee: non-null, immutable; {@code before} is empty-equivalent ({@link Score#ZERO}) for
 * the first draft.
 */
public record ReviewEntry(ReviewEdit edit, Score before, Score after, ImmutableList<String> explanation) {
  public ReviewEntry {
    requireNonNull(edit, "edit");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    explanation = ImmutableList.copyOf(explanation);
  }
}
