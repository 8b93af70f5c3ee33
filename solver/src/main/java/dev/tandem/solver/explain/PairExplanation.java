package dev.tandem.solver.explain;

import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.Rule;

/**
 * "Why this pair, and what it costs the programme": the pair's score and its parts (core's
 * {@link PairParts}), the rules it breaks (empty when eligible), whether it was pinned, and its
 * part of the two programme-wide penalties.
 *
 * <p>{@code linkPairs} is {@code k}, the number of pairs on this pair's department link
 * (mentee department → mentor department); {@code mentorLoad} is the mentor's load.
 * {@code spreadShare = departmentSpreadWeight * (k - 1) / 2} and
 * {@code loadShare = mentorLoadWeight * (load - 1) / 2} split each penalty evenly over the pairs
 * that cause it, so the shares of all pairs add up to the spread and load terms.
 * {@code spreadMarginal = departmentSpreadWeight * (k - 1)} and
 * {@code loadMarginal = mentorLoadWeight * (load - 1)} are what the soft score would win on
 * those terms if this pair alone were dissolved.
 *
 * <p>Guarantee: a value; {@code pairScore == parts.total()}. Department names are the problem's
 * department ids, no personal data.
 */
public record PairExplanation(
    Pair pair,
    long pairScore,
    PairParts parts,
    boolean pinned,
    ImmutableSet<Rule> broken,
    String menteeDepartment,
    String mentorDepartment,
    int linkPairs,
    double spreadShare,
    long spreadMarginal,
    int mentorLoad,
    double loadShare,
    long loadMarginal) {

  public boolean eligible() {
    return broken.isEmpty();
  }
}
