package dev.tandem.core.evaluation;

import com.google.common.collect.ImmutableList;

/**
 * Fairness metrics of a matching: the outcome ({@link GroupMetrics}: match rate, top-topic
 * coverage, mean pair score) per mentee department, per mentee level and per perspective group the
 * mentees declared themselves (with consent; see {@code docs/objective.md}).
 *
 * <p>k-anonymity: a group is shown only when it has at least {@link #MIN_GROUP_SIZE} mentees, so
 * no figure describes one or a few identifiable people; {@code suppressedGroups} counts the groups
 * left out (no names). A mentee with several declared perspectives counts in each of their groups.
 *
 * <p>Guarantee: a value; departments and groups sorted by name, levels ascending (the group name
 * is the level as a decimal number).
 */
public record Fairness(
    ImmutableList<GroupMetrics> byDepartment,
    ImmutableList<GroupMetrics> byLevel,
    ImmutableList<GroupMetrics> byDeclaredGroup,
    int suppressedGroups) {

  /** The smallest group shown: groups of fewer mentees are suppressed. */
  public static final int MIN_GROUP_SIZE = 5;
}
