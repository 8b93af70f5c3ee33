package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * What the pairs working on one topic wrote as learnings in the closing feedback (a pair works
 * on the topics its mentee asked for that its mentor holds; see {@link CycleReport}).
 *
 * <p>Guarantee: non-null, immutable; learnings in the order the pairs were formed, mentee side
 * first.
 */
public record TopicLearnings(String competence, ImmutableList<CycleReport.Learning> learnings) {
  public TopicLearnings {
    requireNonNull(competence, "competence");
    learnings = ImmutableList.copyOf(learnings);
  }
}
