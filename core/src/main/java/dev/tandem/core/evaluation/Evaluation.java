package dev.tandem.core.evaluation;

import com.google.common.collect.ImmutableList;

/**
 * The full judgement of a matching: the score, each term, every pair with its parts, every
 * unmatched mentee with its reason, every pinned pair the matching breaks, the metrics, the
 * fairness metrics per group, and the progress of every topic with a target (in the problem's
 * order of targets).
 *
 * <p>Guarantee: {@code score.equals(terms.score())}; pairs are in the matching's order,
 * unmatched mentees in problem order, broken pins in the problem's pin order, and
 * {@code brokenPins.size() == terms.brokenPins()}.
 */
public record Evaluation(
    Score score,
    Terms terms,
    ImmutableList<PairEvaluation> pairs,
    ImmutableList<UnmatchedMentee> unmatched,
    ImmutableList<BrokenPin> brokenPins,
    Metrics metrics,
    Fairness fairness,
    ImmutableList<TopicTargetProgress> topicTargets) {}
