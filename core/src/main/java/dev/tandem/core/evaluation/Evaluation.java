package dev.tandem.core.evaluation;

import com.google.common.collect.ImmutableList;

/**
 * The full judgement of a matching: the score, each term, every pair with its parts, every
 * unmatched mentee with its reason, and the metrics.
 *
 * <p>Guarantee: {@code score.equals(terms.score())}; pairs are in the matching's order,
 * unmatched mentees in problem order.
 */
public record Evaluation(
    Score score,
    Terms terms,
    ImmutableList<PairEvaluation> pairs,
    ImmutableList<UnmatchedMentee> unmatched,
    Metrics metrics) {}
