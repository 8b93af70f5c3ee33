package dev.tandem.core.rematch;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PairScore;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.PairScoring;
import dev.tandem.core.rules.Rules;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Repairs a published matching after a {@link Change}, keeping every pair the change does not
 * touch.
 *
 * <p>How: the change is applied to the problem (a leaver removed, an ended pair forbidden, a
 * joiner added) and every surviving published pair is pinned in the resulting problem (its pins
 * are exactly the kept pairs; earlier pins are part of the published matching anyway). The
 * strategy then solves a sub-problem holding only the pinned mentees and the <em>affected</em>
 * mentees, so mentees the published matching left unmatched stay unmatched unless the change
 * affects them. Scope, exactly:
 *
 * <ul>
 *   <li>{@link Change.MentorLeaves}: the mentor's mentees are affected and may be matched to any
 *       remaining eligible mentor with free capacity;
 *   <li>{@link Change.MenteeLeaves}: nobody is affected; the mentee's pair is removed;
 *   <li>{@link Change.PairEnds}: the mentee is affected and may be matched to any eligible mentor
 *       with free capacity other than the one it just left (that pair is now forbidden);
 *   <li>{@link Change.MentorJoins}: the mentees unmatched in the published matching are
 *       affected and may be matched to the joining mentor only;
 *   <li>{@link Change.MenteeJoins}: the joining mentee is affected and may be matched to any
 *       eligible mentor with free capacity;
 *   <li>{@link Change.CapacityChanges}: below the published load, the mentor's lowest-scoring
 *       pairs beyond the new capacity end and their mentees may move to any other mentor with
 *       free capacity; above the old capacity, the unmatched mentees may be matched to this
 *       mentor only; otherwise nobody is affected.
 * </ul>
 *
 * <p>In the sub-problem each affected mentee's pairs carry the pair score of the full problem
 * as an explicit score, so the strategy optimises the same objective as on the full problem with
 * the kept pairs fixed (the unaffected unmatched mentees only add a constant).
 *
 * <p>Guarantee: stateless; every published pair not removed by the change is in the result
 * unchanged; every added pair is eligible in the new problem and no capacity is exceeded (a
 * strategy breaking that contract gets an {@link IllegalStateException}). Invalid input (an
 * unknown person, a pair that was not published, a joiner already enrolled) gets one
 * {@link ValidationException} naming every problem, with paths {@code change.*} and
 * {@code published.*}. Cost: one problem build, one eligibility computation of the sub-problem
 * plus the strategy's own work on it.
 */
public final class Rematcher {
  private Rematcher() {}

  /**
   * Applies {@code change} to {@code problem} and repairs {@code published} with
   * {@code strategy}.
   *
   * @throws ValidationException when the change or the published matching does not fit the problem,
   *     or when the changed problem is invalid (e.g. a kept pair breaks a rule of the new problem)
   */
  public static RematchResult rematch(
      MatchingProblem problem, Matching published, Change change, MatchingStrategy strategy, MatchOptions options) {
    List<ValidationProblem> problems = new ArrayList<>();
    checkPublished(problem, published, problems);
    checkChange(problem, published, change, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Plan plan = plan(problem, published, change);
    MatchingProblem next = plan.builder.pinnedPairs(plan.kept).build();
    List<Pair> assigned = solveAffected(next, plan, strategy, options);
    Map<String, String> mentorOf = new HashMap<>();
    for (Pair p : plan.kept) {
      mentorOf.put(p.mentee(), p.mentor());
    }
    for (Pair p : assigned) {
      mentorOf.put(p.mentee(), p.mentor());
    }
    List<Pair> pairs = new ArrayList<>();
    for (Mentee m : next.mentees()) {
      String r = mentorOf.get(m.employee());
      if (r != null) {
        pairs.add(Pair.of(m.employee(), r));
      }
    }
    Matching matching = Matching.of(next, pairs);
    Set<Pair> before = ImmutableSet.copyOf(published.pairs());
    ImmutableList<Pair> added = pairs.stream().filter(p -> !before.contains(p)).collect(ImmutableList.toImmutableList());
    ImmutableList<String> affected = next.mentees().stream().map(Mentee::employee)
        .filter(plan.affected::contains).collect(ImmutableList.toImmutableList());
    return new RematchResult(next, matching, plan.kept, plan.removed, added, affected);
  }

  /** {@link #rematch(MatchingProblem, Matching, Change, MatchingStrategy, MatchOptions)} with default options. */
  public static RematchResult rematch(MatchingProblem problem, Matching published, Change change, MatchingStrategy strategy) {
    return rematch(problem, published, change, strategy, MatchOptions.DEFAULTS);
  }

  private static void checkPublished(MatchingProblem problem, Matching published, List<ValidationProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < published.pairs().size(); i++) {
      Pair p = published.pairs().get(i);
      String path = "published.pairs[" + i + "]";
      if (problem.menteeIndex(p.mentee()) < 0) {
        problems.add(new ValidationProblem(path + ".mentee", "unknown mentee \"" + p.mentee() + "\""));
      } else if (!seen.add(p.mentee())) {
        problems.add(new ValidationProblem(path + ".mentee", "mentee \"" + p.mentee() + "\" is matched twice"));
      }
      if (problem.mentorIndex(p.mentor()) < 0) {
        problems.add(new ValidationProblem(path + ".mentor", "unknown mentor \"" + p.mentor() + "\""));
      }
    }
  }

  private static void checkChange(MatchingProblem problem, Matching published, Change change, List<ValidationProblem> problems) {
    if (change instanceof Change.MentorLeaves c) {
      if (problem.mentorIndex(c.mentor()) < 0) {
        problems.add(new ValidationProblem("change.mentor", "unknown mentor \"" + c.mentor() + "\""));
      }
    } else if (change instanceof Change.MenteeLeaves c) {
      if (problem.menteeIndex(c.mentee()) < 0) {
        problems.add(new ValidationProblem("change.mentee", "unknown mentee \"" + c.mentee() + "\""));
      }
    } else if (change instanceof Change.PairEnds c) {
      boolean known = true;
      if (problem.menteeIndex(c.mentee()) < 0) {
        problems.add(new ValidationProblem("change.mentee", "unknown mentee \"" + c.mentee() + "\""));
        known = false;
      }
      if (problem.mentorIndex(c.mentor()) < 0) {
        problems.add(new ValidationProblem("change.mentor", "unknown mentor \"" + c.mentor() + "\""));
        known = false;
      }
      if (known && !published.pairs().contains(Pair.of(c.mentee(), c.mentor()))) {
        problems.add(new ValidationProblem("change", "pair " + Pair.of(c.mentee(), c.mentor()) + " is not in the published matching"));
      }
    } else if (change instanceof Change.MenteeJoins c) {
      String id = c.mentee().employee();
      if (problem.orgChart().employee(id).isEmpty()) {
        problems.add(new ValidationProblem("change.mentee.employee", "unknown employee \"" + id + "\""));
      } else if (published.mentorOf(id).isPresent()) {
        problems.add(new ValidationProblem("change.mentee.employee", "\"" + id + "\" is already matched to \""
            + published.mentorOf(id).get() + "\""));
      }
    } else if (change instanceof Change.CapacityChanges c) {
      if (problem.mentorIndex(c.mentor()) < 0) {
        problems.add(new ValidationProblem("change.mentor", "unknown mentor \"" + c.mentor() + "\""));
      }
      if (c.capacity() < 1) {
        problems.add(new ValidationProblem("change.capacity", c.capacity() + " is below 1 (a mentor who takes nobody leaves)"));
      }
    } else if (change instanceof Change.MentorJoins c) {
      String id = c.mentor().employee();
      if (problem.mentorIndex(id) >= 0) {
        problems.add(new ValidationProblem("change.mentor.employee", "\"" + id + "\" is already a mentor"));
      }
      if (c.employee().isPresent()) {
        Employee e = c.employee().get();
        if (!e.id().equals(id)) {
          problems.add(new ValidationProblem("change.employee.id", "employee \"" + e.id() + "\" is not the joining mentor \"" + id + "\""));
        } else if (problem.orgChart().employee(id).isPresent()) {
          problems.add(new ValidationProblem("change.employee.id", "employee \"" + id + "\" is already in the org chart"));
        }
      } else if (problem.orgChart().employee(id).isEmpty()) {
        problems.add(new ValidationProblem("change.mentor.employee", "unknown employee \"" + id + "\" (give the Employee record of a new person)"));
      }
    }
  }

  /** The changed problem (without pins yet), the kept and removed pairs, the affected mentees, the open mentors. */
  private record Plan(
      MatchingProblem.Builder builder,
      ImmutableList<Pair> kept,
      ImmutableList<Pair> removed,
      Set<String> affected,
      Predicate<String> open) {}

  private static Plan plan(MatchingProblem problem, Matching published, Change change) {
    List<Pair> kept = new ArrayList<>();
    List<Pair> removed = new ArrayList<>();
    Set<String> affected = new LinkedHashSet<>();
    MatchingProblem.Builder b;
    Predicate<String> open = r -> true;
    if (change instanceof Change.MentorLeaves c) {
      b = copy(problem, Set.of(), Set.of(c.mentor()));
      for (Pair p : published.pairs()) {
        if (p.mentor().equals(c.mentor())) {
          removed.add(p);
          affected.add(p.mentee());
        } else {
          kept.add(p);
        }
      }
    } else if (change instanceof Change.MenteeLeaves c) {
      b = copy(problem, Set.of(c.mentee()), Set.of());
      for (Pair p : published.pairs()) {
        (p.mentee().equals(c.mentee()) ? removed : kept).add(p);
      }
    } else if (change instanceof Change.PairEnds c) {
      Pair ended = Pair.of(c.mentee(), c.mentor());
      b = copy(problem, Set.of(), Set.of());
      if (!problem.isForbidden(ended)) {
        b.forbid(ended);
      }
      for (Pair p : published.pairs()) {
        (p.equals(ended) ? removed : kept).add(p);
      }
      affected.add(c.mentee());
    } else if (change instanceof Change.MenteeJoins c) {
      String id = c.mentee().employee();
      b = copy(problem, Set.of(), Set.of());
      if (problem.menteeIndex(id) < 0) {
        b.mentee(c.mentee());
      }
      kept.addAll(published.pairs());
      affected.add(id);
    } else if (change instanceof Change.CapacityChanges c) {
      Mentor old = problem.mentor(c.mentor()).orElseThrow();
      b = copy(problem, Set.of(), Set.of(), java.util.Map.of(c.mentor(), old.withCapacity(c.capacity())));
      PairScoring scoring = new PairScoring(problem);
      int r = problem.mentorIndex(c.mentor());
      List<Pair> own = new ArrayList<>(published.pairs().stream().filter(p -> p.mentor().equals(c.mentor())).toList());
      own.sort(java.util.Comparator.comparingLong((Pair p) -> -scoring.score(problem.menteeIndex(p.mentee()), r))
          .thenComparing(Pair::mentee));
      Set<Pair> ending = new HashSet<>(own.subList(Math.min(c.capacity(), own.size()), own.size()));
      for (Pair p : published.pairs()) {
        if (ending.contains(p)) {
          removed.add(p);
          affected.add(p.mentee());
        } else {
          kept.add(p);
        }
      }
      if (!ending.isEmpty()) {
        open = x -> !x.equals(c.mentor());
      } else if (c.capacity() > old.capacity()) {
        Set<String> matched = new HashSet<>();
        published.pairs().forEach(p -> matched.add(p.mentee()));
        problem.mentees().stream().map(Mentee::employee).filter(m -> !matched.contains(m)).forEach(affected::add);
        open = c.mentor()::equals;
      }
    } else {
      Change.MentorJoins c = (Change.MentorJoins) change;
      b = copy(problem, Set.of(), Set.of());
      c.employee().ifPresent(b::employee);
      b.mentor(c.mentor());
      kept.addAll(published.pairs());
      Set<String> matched = new HashSet<>();
      published.pairs().forEach(p -> matched.add(p.mentee()));
      problem.mentees().stream().map(Mentee::employee).filter(m -> !matched.contains(m)).forEach(affected::add);
      String joiner = c.mentor().employee();
      open = joiner::equals;
    }
    return new Plan(b, ImmutableList.copyOf(kept), ImmutableList.copyOf(removed), affected, open);
  }

  /**
   * A builder with the content of {@code problem} minus the given mentees and mentors, and minus
   * every ranking entry, forbidden pair and pair score naming them. Pins are left out (set later).
   */
  private static MatchingProblem.Builder copy(MatchingProblem problem, Set<String> dropMentees, Set<String> dropMentors) {
    return copy(problem, dropMentees, dropMentors, java.util.Map.of());
  }

  /** {@link #copy(MatchingProblem, Set, Set)} with some mentors replaced in place. */
  private static MatchingProblem.Builder copy(
      MatchingProblem problem, Set<String> dropMentees, Set<String> dropMentors, Map<String, Mentor> replace) {
    MatchingProblem.Builder b = MatchingProblem.builder().name(problem.name()).policy(problem.policy())
        .competences(problem.competences()).employees(problem.employees()).history(problem.history());
    problem.topicTargets().forEach(b::topicTarget);
    for (Mentee m : problem.mentees()) {
      if (!dropMentees.contains(m.employee())) {
        b.mentee(m.ranking().stream().anyMatch(dropMentors::contains)
            ? m.withRanking(m.ranking().stream().filter(r -> !dropMentors.contains(r)).toList()) : m);
      }
    }
    for (Mentor r : problem.mentors()) {
      if (replace.containsKey(r.employee())) {
        b.mentor(replace.get(r.employee()));
      } else if (!dropMentors.contains(r.employee())) {
        b.mentor(r.ranking().stream().anyMatch(dropMentees::contains)
            ? r.withRanking(r.ranking().stream().filter(m -> !dropMentees.contains(m)).toList()) : r);
      }
    }
    Predicate<Pair> stays = p -> !dropMentees.contains(p.mentee()) && !dropMentors.contains(p.mentor());
    problem.forbiddenPairs().stream().filter(stays).forEach(b::forbid);
    problem.pairScores().stream().filter(s -> stays.test(s.pair())).forEach(b::pairScore);
    return b;
  }

  /** Matches the affected mentees on the sub-problem and checks what the strategy returned. */
  private static List<Pair> solveAffected(MatchingProblem next, Plan plan, MatchingStrategy strategy, MatchOptions options) {
    if (plan.affected.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> keptLoad = new HashMap<>();
    Set<String> keptMentees = new HashSet<>();
    for (Pair p : plan.kept) {
      keptLoad.merge(p.mentor(), 1, Integer::sum);
      keptMentees.add(p.mentee());
    }
    Set<String> mentees = new HashSet<>(keptMentees);
    plan.affected.stream().filter(m -> next.menteeIndex(m) >= 0).forEach(mentees::add);
    MatchingProblem sub = subProblem(next, plan, mentees, keptLoad);
    Matching result = strategy.match(Eligibility.of(sub), options);
    List<Pair> assigned = new ArrayList<>();
    Map<String, Integer> load = new HashMap<>(keptLoad);
    for (Pair p : result.pairs()) {
      if (!plan.affected.contains(p.mentee())) {
        continue;
      }
      if (!plan.open.test(p.mentor()) || !Rules.violated(next, p.mentee(), p.mentor()).isEmpty()) {
        throw new IllegalStateException("strategy \"" + strategy.name() + "\" returned the pair " + p
            + ", which breaks " + Rules.violated(next, p.mentee(), p.mentor()) + " or uses a mentor closed to re-matching");
      }
      int l = load.merge(p.mentor(), 1, Integer::sum);
      if (l > next.mentor(p.mentor()).orElseThrow().capacity()) {
        throw new IllegalStateException("strategy \"" + strategy.name() + "\" exceeded the capacity of mentor \"" + p.mentor() + "\"");
      }
      assigned.add(p);
    }
    return assigned;
  }

  /**
   * The pinned and affected mentees with the mentors open to them (mentors closed to re-matching
   * keep only their kept load as capacity, or are left out when they have none).
   */
  private static MatchingProblem subProblem(MatchingProblem next, Plan plan, Set<String> mentees, Map<String, Integer> keptLoad) {
    MatchingProblem.Builder b = MatchingProblem.builder().name(next.name() + "/rematch").policy(next.policy())
        .competences(next.competences()).employees(next.employees()).history(next.history());
    next.topicTargets().forEach(b::topicTarget);
    Set<String> mentors = new HashSet<>();
    for (Mentor r : next.mentors()) {
      if (plan.open.test(r.employee())) {
        mentors.add(r.employee());
      } else if (keptLoad.containsKey(r.employee())) {
        mentors.add(r.employee());
      }
    }
    for (Mentee m : next.mentees()) {
      if (mentees.contains(m.employee())) {
        b.mentee(m.withRanking(m.ranking().stream().filter(mentors::contains).toList()));
      }
    }
    for (Mentor r : next.mentors()) {
      if (mentors.contains(r.employee())) {
        Mentor s = r.withRanking(r.ranking().stream().filter(mentees::contains).toList());
        b.mentor(plan.open.test(r.employee()) ? s : s.withCapacity(keptLoad.get(r.employee())));
      }
    }
    Predicate<Pair> inside = p -> mentees.contains(p.mentee()) && mentors.contains(p.mentor());
    next.forbiddenPairs().stream().filter(inside).forEach(b::forbid);
    b.pinnedPairs(plan.kept);
    // The full problem's pair scores, so that trimmed rankings do not change any score.
    PairScoring scoring = new PairScoring(next);
    boolean listedOnly = next.policy().candidatePairs() == CandidatePairs.LISTED_ONLY;
    Set<Pair> scored = new LinkedHashSet<>();
    for (String m : mentees) {
      if (plan.affected.contains(m)) {
        for (String r : mentors) {
          Pair p = Pair.of(m, r);
          if (!listedOnly || next.explicitScore(p).isPresent()) {
            scored.add(p);
          }
        }
      }
    }
    for (PairScore s : next.pairScores()) {
      if (inside.test(s.pair())) {
        scored.add(s.pair());
      }
    }
    scored.addAll(plan.kept);
    for (Pair p : scored) {
      b.pairScore(new PairScore(p.mentee(), p.mentor(), scoring.score(next.menteeIndex(p.mentee()), next.mentorIndex(p.mentor()))));
    }
    return b.build();
  }
}
