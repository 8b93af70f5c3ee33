package dev.tandem.core.evaluation;

import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.Rule;

/**
 * "Why this pair": one matched pair with its score, the parts of that score, whether it was
 * pinned, and the rules it breaks (empty for an eligible pair).
 *
 * <p>Guarantee: {@code pairScore == parts.total()}.
 */
public record PairEvaluation(Pair pair, long pairScore, PairParts parts, boolean pinned, ImmutableSet<Rule> broken) {
  public boolean eligible() {
    return broken.isEmpty();
  }
}
