package dev.tandem.core.evaluation;

import com.google.common.collect.ImmutableSortedMap;
import dev.tandem.core.rules.Rule;

/**
 * "Why is this mentee unmatched": the reason, the mentee's priority, and how many mentors each
 * rule excluded (each mentor counted once, under the first rule in {@link Rule} order).
 *
 * <p>Guarantee: {@code excludedBy} holds only non-zero counts; it is filled for every reason, so
 * an HR admin also sees how narrow the choice was for a mentee whose mentors were full.
 */
public record UnmatchedMentee(
    String mentee, int priority, UnmatchedReason reason, int eligibleMentors, ImmutableSortedMap<Rule, Integer> excludedBy) {}
