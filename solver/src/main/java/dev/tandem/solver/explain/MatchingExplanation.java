package dev.tandem.solver.explain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.Terms;
import dev.tandem.core.evaluation.UnmatchedMentee;

/**
 * An explanation of a matching for HR admins: the score and each term, every pair with the parts
 * of its score and its share of the spread and load penalties, every unmatched mentee with the
 * reason (core's {@link UnmatchedMentee}), and OptaPlanner's constraint totals with its
 * human-readable summary.
 *
 * <p>Guarantee: a value; {@code score} is core's evaluator score and equals the OptaPlanner score
 * behind {@code constraintTotals} and {@code constraintSummary}; pairs are in the matching's order
 * and unmatched mentees in problem order. The summary names people by employee id only.
 *
 * @param constraintTotals per OptaPlanner constraint name, its total; constraints without any
 *     match are absent
 * @param constraintSummary {@code SolutionManager.explain(...).getSummary()}: totals per constraint
 *     and the most penalised pairs
 */
public record MatchingExplanation(
    Score score,
    Terms terms,
    ImmutableList<PairExplanation> pairs,
    ImmutableList<UnmatchedMentee> unmatched,
    ImmutableSortedMap<String, Score> constraintTotals,
    String constraintSummary) {}
