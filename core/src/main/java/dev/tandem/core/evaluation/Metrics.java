package dev.tandem.core.evaluation;

/**
 * The metrics of docs/objective.md, the same for every strategy.
 *
 * <p>Guarantee: shares are in {@code [0, 1]}; on a matching without pairs every pair statistic
 * is 0. Every pair statistic is over all matched pairs, eligible or not. Definitions:
 * <ul>
 *   <li>{@code mentees}, {@code matched}, {@code unmatched}: counts of mentees;
 *       {@code matchedPriority}, {@code unmatchedPriority}: the sums of their priorities (the
 *       latter is {@code -medium});
 *   <li>{@code topTopicCoverage}: the share of matched mentees whose top topic (the first listed
 *       among those of the highest weight; none for a mentee without topics) the mentor holds;
 *   <li>{@code pairScoreMean}, {@code pairScoreMin}: over the pair scores;
 *       {@code pairScoreP10}: the nearest-rank 10th percentile (the {@code ceil(n / 10)}-th
 *       smallest of the {@code n} pair scores);
 *   <li>{@code meanLevelGap}: the mean of {@code level(mentee) - level(mentor)};
 *       {@code crossDepartmentShare}: the share of pairs whose departments differ;
 *   <li>a department link is an ordered pair (mentee's department, mentor's department) with at
 *       least one matched pair: {@code departmentLinks} counts them, {@code largestLinkCount} is
 *       the most pairs on one link;
 *   <li>{@code mentorsUsed}: mentors with at least one mentee; {@code largestLoad}: the most
 *       mentees of one mentor;
 *   <li>{@code blockingPairs}: eligible pairs (m, r), not matched together, where m is unmatched
 *       or prefers r to its mentor, and r has free capacity ({@code load < capacity}) or prefers
 *       m to one of its mentees (docs/objective.md, stable; preferences of
 *       {@link dev.tandem.core.rules.Preferences}). A partner in a pair that breaks a rule is not
 *       acceptable, so whoever holds one prefers any eligible partner to it. Pinned pairs are
 *       decisions, not preferences: a mentee the problem pins is never the m of a blocking pair,
 *       and a mentor never prefers m to a mentee pinned to it (its pinned seats are taken).
 * </ul>
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
