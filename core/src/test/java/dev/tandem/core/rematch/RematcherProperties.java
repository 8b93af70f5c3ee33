package dev.tandem.core.rematch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Rules;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RematcherProperties {
  static final String[] TOPICS = {"a", "b", "c"};

  /** A random flat organisation: mentees are senior, mentors junior, some report to mentees. */
  static MatchingProblem random(long seed, int mentees, int mentors) {
    Random rnd = new Random(seed);
    MatchingProblem.Builder b = MatchingProblem.builder();
    for (String t : TOPICS) {
      b.competence(Competence.of(t));
    }
    for (int i = 0; i < mentees; i++) {
      b.employee(Employee.of("e" + i, "D" + rnd.nextInt(3), 5 + rnd.nextInt(4)));
      b.mentee(Mentee.of("e" + i, 1 + rnd.nextInt(3), List.of(new TopicRequest(TOPICS[rnd.nextInt(3)], 1 + rnd.nextInt(3)))));
    }
    for (int j = 0; j < mentors; j++) {
      String id = "m" + j;
      b.employee(rnd.nextInt(4) == 0 ? Employee.of(id, "D" + rnd.nextInt(3), 1 + rnd.nextInt(3), "e" + rnd.nextInt(mentees))
          : Employee.of(id, "D" + rnd.nextInt(3), 1 + rnd.nextInt(3)));
      List<Proficiency> ps = new ArrayList<>();
      for (String t : TOPICS) {
        if (rnd.nextBoolean()) {
          ps.add(new Proficiency(t, 1 + rnd.nextInt(5)));
        }
      }
      List<String> ranking = new ArrayList<>();
      for (int i = 0; i < mentees; i++) {
        if (rnd.nextInt(3) == 0) {
          ranking.add("e" + i);
        }
      }
      java.util.Collections.shuffle(ranking, rnd);
      b.mentor(Mentor.of(id, 1 + rnd.nextInt(2), ps).withRanking(ranking));
    }
    return b.build();
  }

  @Property(tries = 100)
  void exactRematchIsOptimalGivenTheKeptPairs(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int mentees, @ForAll @IntRange(min = 1, max = 6) int mentors) {
    // Without the department-spread term exact is optimal on the sub-problem; the rematch must then
    // be the best completion of the kept pairs on the full objective (brute force over the
    // affected mentees), which holds only if the sub-problem carries the full pair scores.
    MatchingProblem base = random(seed, mentees, mentors);
    MatchingProblem p = base.toBuilder()
        .policy(base.policy().withWeights(base.policy().weights().withDepartmentSpreadWeight(0).withPreferenceWeight(200))).build();
    Matching published = new GreedyTestStrategy().match(p);
    Change change = new Change.MentorLeaves("m" + new Random(seed).nextInt(mentors));
    MatchingStrategy exact = StrategyRegistry.standard().get("exact");
    RematchResult r = Rematcher.rematch(p, published, change, exact);
    Score best = bestCompletion(r.problem(), r.kept(), r.affected(), 0, new ArrayList<>());
    assertThat(Evaluator.evaluate(r.problem(), r.matching()).score()).isEqualTo(best);
  }

  /** The best score over every way to give each affected mentee an eligible mentor with room, or none. */
  static Score bestCompletion(MatchingProblem p, List<Pair> kept, List<String> affected, int k, List<Pair> chosen) {
    if (k == affected.size()) {
      List<Pair> pairs = new ArrayList<>(kept);
      pairs.addAll(chosen);
      return Evaluator.evaluate(p, Matching.of(p, pairs)).score();
    }
    Score best = bestCompletion(p, kept, affected, k + 1, chosen);
    for (Mentor r : p.mentors()) {
      String m = affected.get(k);
      long load = kept.stream().filter(x -> x.mentor().equals(r.employee())).count()
          + chosen.stream().filter(x -> x.mentor().equals(r.employee())).count();
      if (load < r.capacity() && Rules.violated(p, m, r.employee()).isEmpty()) {
        chosen.add(Pair.of(m, r.employee()));
        Score s = bestCompletion(p, kept, affected, k + 1, chosen);
        chosen.remove(chosen.size() - 1);
        if (s.compareTo(best) > 0) {
          best = s;
        }
      }
    }
    return best;
  }

  @Property(tries = 100)
  void untouchedPairsStayAndTheResultIsFeasible(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int mentees, @ForAll @IntRange(min = 1, max = 6) int mentors,
      @ForAll @IntRange(min = 0, max = 3) int kind) {
    MatchingProblem p = random(seed, mentees, mentors);
    GreedyTestStrategy greedy = new GreedyTestStrategy();
    Matching published = greedy.match(p);
    Random rnd = new Random(seed ^ 77);
    Change change;
    if (kind == 0) {
      change = new Change.MentorLeaves("m" + rnd.nextInt(mentors));
    } else if (kind == 1) {
      change = new Change.MenteeLeaves("e" + rnd.nextInt(mentees));
    } else if (kind == 2 && !published.pairs().isEmpty()) {
      Pair ended = published.pairs().get(rnd.nextInt(published.pairs().size()));
      change = new Change.PairEnds(ended.mentee(), ended.mentor());
    } else {
      change = Change.MentorJoins.withEmployee(Mentor.of("new", 2, List.of(new Proficiency(TOPICS[rnd.nextInt(3)], 3))),
          Employee.of("new", "D9", 1));
    }
    RematchResult r = Rematcher.rematch(p, published, change, greedy);

    Set<Pair> removed = new HashSet<>(r.removed());
    for (Pair pair : published.pairs()) {
      assertThat(r.matching().pairs().contains(pair) || removed.contains(pair)).isTrue();
    }
    assertThat(Evaluator.evaluate(r.problem(), r.matching()).score().isFeasible()).isTrue();
    Set<String> matchedBefore = new HashSet<>();
    published.pairs().forEach(pair -> matchedBefore.add(pair.mentee()));
    for (Pair pair : r.matching().pairs()) {
      // a mentee unmatched before moves only when the change affects it
      if (!matchedBefore.contains(pair.mentee())) {
        assertThat(r.affected()).contains(pair.mentee());
      }
    }
    List<Pair> union = new ArrayList<>(r.kept());
    union.addAll(r.added());
    assertThat(r.matching().pairs()).containsExactlyInAnyOrderElementsOf(union);
    for (Pair pair : r.added()) {
      assertThat(r.affected()).contains(pair.mentee());
    }
  }
}
