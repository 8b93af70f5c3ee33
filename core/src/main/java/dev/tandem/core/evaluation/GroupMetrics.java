package dev.tandem.core.evaluation;

/**
 * The outcome for one group of mentees (a department, a level, or a declared perspective group):
 * how many mentees it has, how many were matched, the match rate, the top-topic coverage (share of
 * the matched whose mentor holds their top topic) and the mean pair score of the matched.
 *
 * <p>Guarantee: a value; only groups of at least {@link Fairness#MIN_GROUP_SIZE} mentees are ever
 * reported; shares lie in {@code [0, 1]}; with no matched mentee, coverage and mean are 0.
 */
public record GroupMetrics(
    String group, int mentees, int matched, double matchRate, double topTopicCoverage, double pairScoreMean) {}
