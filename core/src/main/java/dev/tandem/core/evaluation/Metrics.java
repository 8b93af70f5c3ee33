package dev.tandem.core.evaluation;

/**
 * The metrics of OBJECTIVE.md, the same for every strategy.
 *
 * <p>Guarantee: shares are in {@code [0, 1]}; on a matching without pairs every pair statistic
 * is 0. Definitions: {@code topTopicCoverage} is the share of matched mentees whose top topic
 * (the first listed among those of the highest weight) the mentor holds; {@code pairScoreP10} is
 * the nearest-rank 10th percentile (the {@code ceil(0.1 n)}-th smallest); a department link is an
 * ordered pair (mentee's department, mentor's department) with at least one matched pair;
 * {@code blockingPairs} counts eligible pairs that would both rather be together (see
 * OBJECTIVE.md, stable).
 */
public record Metrics(
    int mentees,
    int matched,
    int unmatched,
    long matchedPriority,
    long unmatchedPriority,
    double topTopicCoverage,
    double pairScoreMean,
    long pairScoreMin,
    long pairScoreP10,
    double meanLevelGap,
    double crossDepartmentShare,
    int departmentLinks,
    int largestLinkCount,
    int mentorsUsed,
    int largestLoad,
    long blockingPairs) {}
