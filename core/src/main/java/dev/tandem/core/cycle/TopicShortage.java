package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * A topic that was short of mentors in a closed cycle: pairs formed on it fell below its
 * announced target, or mentees asking for it were left unmatched. For the next round it
 * proposes a target ({@code max(announced target, pairs formed + mentees unserved)}) and the
 * employees to approach directly: not enrolled as mentor, holding the topic in the skills
 * inventory, and eligible for at least one unserved mentee (or, when only the target was missed,
 * for at least one mentee who asked for the topic), best first as in {@link TopicSuggestion}.
 *
 * <p>Guarantee: non-null, immutable; {@code nextTarget >= 1}.
 */
public record TopicShortage(
    String competence, int pairsFormed, int menteesUnserved, int nextTarget, ImmutableList<MentorCandidate> approach) {
  public TopicShortage {
    requireNonNull(competence, "competence");
    approach = ImmutableList.copyOf(approach);
  }
}
