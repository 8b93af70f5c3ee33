package dev.tandem.core.strategy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.tandem.core.rules.Rule;

/**
 * What a mentee sees before choosing: the best eligible mentors with a free slot, best first, and
 * how many mentors each eligibility rule excluded (each mentor counted under its first rule).
 * When {@code eligibleCount == 0} the exclusions are the whole answer ("why nobody"); when
 * eligible mentors exist but {@code suggestions} is empty, they are all full.
 *
 * <p>Guarantee: a value; {@code suggestions} holds at most the requested number of entries,
 * ordered by value, highest first, ties by mentor id.
 */
public record MenteeSuggestions(
    String mentee, ImmutableList<Suggestion> suggestions, int eligibleCount, ImmutableSortedMap<Rule, Integer> excludedBy) {
  public MenteeSuggestions {
    requireNonNull(mentee, "mentee");
    suggestions = ImmutableList.copyOf(suggestions);
    excludedBy = ImmutableSortedMap.copyOfSorted(excludedBy);
  }

  /** Whether eligible mentors exist but every one of them is full. */
  public boolean allEligibleFull() {
    return eligibleCount > 0 && suggestions.isEmpty();
  }
}
