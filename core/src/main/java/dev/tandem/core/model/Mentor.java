package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A junior person who mentors: competences with proficiencies (1 to 5), a capacity (how many
 * mentees), whether the person was approached directly ({@code nominated}) rather than
 * volunteering, and an optional ranking of mentees (employee ids, most wanted first).
 *
 * <p>Guarantee: immutable, non-null lists; ranges and references are checked by
 * {@link MatchingProblem} validation.
 */
public record Mentor(
    String employee,
    ImmutableList<Proficiency> competences,
    int capacity,
    boolean nominated,
    ImmutableList<String> ranking) {
  public Mentor {
    requireNonNull(employee, "employee");
    competences = ImmutableList.copyOf(competences);
    ranking = ImmutableList.copyOf(ranking);
  }

  public static Mentor of(String employee, int capacity, List<Proficiency> competences) {
    return new Mentor(employee, ImmutableList.copyOf(competences), capacity, false, ImmutableList.of());
  }

  public Mentor withRanking(List<String> menteeIds) {
    return new Mentor(employee, competences, capacity, nominated, ImmutableList.copyOf(menteeIds));
  }

  public Mentor withNominated(boolean value) {
    return new Mentor(employee, competences, capacity, value, ranking);
  }

  public Mentor withCapacity(int value) {
    return new Mentor(employee, competences, value, nominated, ranking);
  }
}
