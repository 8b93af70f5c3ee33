package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The direct-approach suggestion for one announced topic: whom to approach, best first.
 *
 * <p>Guarantee: candidates ranked by {@link MentorCandidate#servable()} descending, then by
 * employee id; possibly empty when nobody in the skills inventory fits.
 */
public record TopicSuggestion(String competence, ImmutableList<MentorCandidate> candidates) {
  public TopicSuggestion {
    requireNonNull(competence, "competence");
    candidates = ImmutableList.copyOf(candidates);
  }
}
