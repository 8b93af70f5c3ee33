package dev.tandem.solver.rematch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.UnmatchedReason;
import dev.tandem.core.generator.Suite;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rematch.Change;
import dev.tandem.core.rematch.RematchResult;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.solver.OptaPlannerStrategy;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SolverRematcherTest {
  private static final MatchOptions QUICK = MatchOptions.builder()
      .setting("stepCountLimit", "50").setting("unimprovedTime", "PT0.5S").build();

  @Test
  void afterAMentorLeavesEveryOtherPairStaysAndItsMenteesAreRepaired() {
    MatchingProblem problem = Suite.S.problem(true);
    Matching published = new OptaPlannerStrategy().match(problem, QUICK);
    // the busiest mentor leaves
    String leaver = published.pairs().stream().map(Pair::mentor).distinct()
        .max(Comparator.comparingInt((String r) -> published.menteesOf(r).size()).thenComparing(Comparator.reverseOrder()))
        .orElseThrow();
    List<String> orphans = published.menteesOf(leaver);
    assertThat(orphans).isNotEmpty();

    RematchResult result = SolverRematcher.rematch(problem, published, new Change.MentorLeaves(leaver), QUICK);

    List<Pair> others = published.pairs().stream().filter(p -> !p.mentor().equals(leaver)).toList();
    assertThat(result.kept()).containsExactlyInAnyOrderElementsOf(others);
    assertThat(result.matching().pairs()).containsAll(others);
    assertThat(result.removed()).allSatisfy(p -> assertThat(p.mentor()).isEqualTo(leaver));
    assertThat(result.affected()).containsExactlyInAnyOrderElementsOf(orphans);
    assertThat(result.added()).allSatisfy(p -> assertThat(orphans).contains(p.mentee()));
    assertThat(result.problem().mentorIndex(leaver)).isNegative();
    // re-paired whenever an eligible mentor has room: no affected mentee is LEFT_OUT
    Eligibility el = Eligibility.of(result.problem());
    Evaluation ev = Evaluator.evaluate(el, result.matching());
    assertThat(ev.score().hard()).isZero();
    Set<String> orphanSet = new HashSet<>(orphans);
    assertThat(ev.unmatched()).filteredOn(u -> orphanSet.contains(u.mentee()))
        .allSatisfy(u -> assertThat(u.reason()).isNotEqualTo(UnmatchedReason.LEFT_OUT));
    assertThat(result.added()).isNotEmpty();
    for (Pair p : result.added()) {
      assertThat(el.isEligible(result.problem().menteeIndex(p.mentee()), result.problem().mentorIndex(p.mentor()))).isTrue();
    }
  }

  @Test
  void afterAPairEndsOnlyThatMenteeMovesAndNotBackToItsMentor() {
    MatchingProblem problem = Suite.S.problem(true);
    Matching published = new OptaPlannerStrategy().match(problem, QUICK);
    Pair ended = published.pairs().get(0);
    RematchResult result = SolverRematcher.rematch(problem, published, new Change.PairEnds(ended.mentee(), ended.mentor()), QUICK);
    assertThat(result.matching().pairs()).containsAll(published.pairs().subList(1, published.pairs().size()));
    assertThat(result.matching().pairs()).doesNotContain(ended);
    assertThat(result.affected()).containsExactly(ended.mentee());
    assertThat(result.added()).allSatisfy(p -> assertThat(p.mentee()).isEqualTo(ended.mentee()));
  }
}
