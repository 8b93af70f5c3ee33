package dev.tandem.core.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of a strategy: the pairs, and the mentees left unmatched (in problem order).
 *
 * <p>Guarantee: every pair names a mentee and a mentor of its problem, and each mentee appears at
 * most once, either in a pair or as unmatched. A matching may still break a hard rule (a
 * forbidden pair, an exceeded capacity): the {@code Evaluator} scores that, it is not a
 * validation error, so results from any source can be rescored.
 */
public record Matching(ImmutableList<Pair> pairs, ImmutableList<String> unmatched) {
  public Matching {
    pairs = ImmutableList.copyOf(pairs);
    unmatched = ImmutableList.copyOf(unmatched);
  }

  /**
   * The matching of {@code problem} made of {@code pairs}; the other mentees are unmatched.
   *
   * @throws ValidationException naming each pair with an unknown person or a mentee seen twice
   */
  public static Matching of(MatchingProblem problem, Collection<Pair> pairs) {
    List<ValidationProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int i = 0;
    for (Pair p : pairs) {
      if (problem.menteeIndex(p.mentee()) < 0) {
        problems.add(new ValidationProblem("pairs[" + i + "].mentee", "unknown mentee \"" + p.mentee() + "\""));
      } else if (!seen.add(p.mentee())) {
        problems.add(new ValidationProblem("pairs[" + i + "].mentee", "mentee \"" + p.mentee() + "\" is matched twice"));
      }
      if (problem.mentorIndex(p.mentor()) < 0) {
        problems.add(new ValidationProblem("pairs[" + i + "].mentor", "unknown mentor \"" + p.mentor() + "\""));
      }
      i++;
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    ImmutableList<String> unmatched =
        problem.mentees().stream().map(Mentee::employee).filter(m -> !seen.contains(m)).collect(ImmutableList.toImmutableList());
    return new Matching(ImmutableList.copyOf(pairs), unmatched);
  }

  /** The empty matching: every mentee unmatched. */
  public static Matching empty(MatchingProblem problem) {
    return of(problem, List.of());
  }

  /** The mentor of a mentee in this matching. */
  public Optional<String> mentorOf(String mentee) {
    return pairs.stream().filter(p -> p.mentee().equals(mentee)).map(Pair::mentor).findFirst();
  }

  /** The mentees of a mentor in this matching, in pair order. */
  public ImmutableList<String> menteesOf(String mentor) {
    return pairs.stream().filter(p -> p.mentor().equals(mentor)).map(Pair::mentee).collect(ImmutableList.toImmutableList());
  }
}
