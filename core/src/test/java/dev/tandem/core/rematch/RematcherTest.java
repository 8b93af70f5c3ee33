package dev.tandem.core.rematch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class RematcherTest {
  static final GreedyTestStrategy GREEDY = new GreedyTestStrategy();

  /*
   * ceo (BOARD 9) manages cfo (FIN 8), cto (IT 8), hr (HR 7), coo (OPS 8).
   * j1 (IT 2) reports to cto, j2 (FIN 2) to cfo, j3 (HR 2) to hr; j4, j5 (MKT 1) have no manager.
   * The reporting line is forbidden at any depth: ceo can only have j4 or j5.
   */
  static MatchingProblem problem() {
    return MatchingProblem.builder()
        .competence(Competence.of("ai"))
        .competence(Competence.of("social"))
        .competence(Competence.of("data"))
        .employee(Employee.of("ceo", "BOARD", 9))
        .employee(Employee.of("cfo", "FIN", 8, "ceo"))
        .employee(Employee.of("cto", "IT", 8, "ceo"))
        .employee(Employee.of("hr", "HR", 7, "ceo"))
        .employee(Employee.of("coo", "OPS", 8, "ceo"))
        .employee(Employee.of("j1", "IT", 2, "cto"))
        .employee(Employee.of("j2", "FIN", 2, "cfo"))
        .employee(Employee.of("j3", "HR", 2, "hr"))
        .employee(Employee.of("j4", "MKT", 1))
        .employee(Employee.of("j5", "MKT", 1))
        .mentee(Mentee.of("ceo", 5, List.of(new TopicRequest("ai", 3))))
        .mentee(Mentee.of("cfo", 3, List.of(new TopicRequest("ai", 2), new TopicRequest("social", 1))))
        .mentee(Mentee.of("cto", 3, List.of(new TopicRequest("social", 3))))
        .mentee(Mentee.of("hr", 2, List.of(new TopicRequest("data", 2))))
        .mentee(Mentee.of("coo", 1, List.of(new TopicRequest("data", 1))))
        .mentor(Mentor.of("j1", 2, List.of(new Proficiency("ai", 5), new Proficiency("data", 3))))
        .mentor(Mentor.of("j2", 1, List.of(new Proficiency("social", 4), new Proficiency("ai", 2))))
        .mentor(Mentor.of("j3", 1, List.of(new Proficiency("data", 4), new Proficiency("social", 2))))
        .mentor(Mentor.of("j4", 1, List.of(new Proficiency("ai", 4))))
        .mentor(Mentor.of("j5", 2, List.of(new Proficiency("social", 3), new Proficiency("data", 2))))
        .build();
  }

  /** The published matching; coo is left unmatched although j3 has room. */
  static Matching published(MatchingProblem p) {
    return Matching.of(p, List.of(
        Pair.of("ceo", "j4"), Pair.of("cfo", "j1"), Pair.of("cto", "j2"), Pair.of("hr", "j1")));
  }

  @Test
  void mentorLeavesKeepsEveryOtherPairAndRepairsItsMentees() {
    MatchingProblem p = problem();
    RematchResult r = Rematcher.rematch(p, published(p), new Change.MentorLeaves("j1"), GREEDY);

    assertThat(r.kept()).containsExactly(Pair.of("ceo", "j4"), Pair.of("cto", "j2"));
    assertThat(r.removed()).containsExactly(Pair.of("cfo", "j1"), Pair.of("hr", "j1"));
    assertThat(r.affected()).containsExactly("cfo", "hr");
    // cfo: j3 scores 70, j5 scores 80 -> j5; hr: j3 is in its reporting line, j5 has room.
    assertThat(r.added()).containsExactly(Pair.of("cfo", "j5"), Pair.of("hr", "j5"));
    assertThat(r.matching().pairs()).containsExactlyInAnyOrder(
        Pair.of("ceo", "j4"), Pair.of("cto", "j2"), Pair.of("cfo", "j5"), Pair.of("hr", "j5"));
    // coo was not affected: it stays unmatched although j3 has room.
    assertThat(r.matching().unmatched()).containsExactly("coo");
    assertThat(r.problem().mentor("j1")).isEmpty();
    assertThat(r.problem().orgChart().employee("j1")).isPresent();
    assertThat(r.problem().pinnedPairs()).containsExactlyElementsOf(r.kept());
    assertThat(Evaluator.evaluate(r.problem(), r.matching()).score().isFeasible()).isTrue();
  }

  @Test
  void theRematchProblemKeepsTheTopicTargets() {
    MatchingProblem p = problem().toBuilder().topicTarget("ai", 2).topicTarget("data", 1).build();
    RematchResult r = Rematcher.rematch(p, published(p), new Change.MentorLeaves("j1"), GREEDY);
    assertThat(r.problem().topicTargets()).containsExactlyElementsOf(p.topicTargets());
  }

  @Test
  void theStrategySeesTheFullObjectiveOfTheRematch() {
    // exact also weighs the mentor-load term: two mentees on j5 cost 15, so cfo takes j3 (70)
    // rather than j5 (80), unlike the greedy test strategy.
    MatchingProblem p = problem();
    RematchResult r = Rematcher.rematch(p, published(p), new Change.MentorLeaves("j1"),
        dev.tandem.core.strategy.StrategyRegistry.standard().get("exact"));
    assertThat(r.added()).containsExactly(Pair.of("cfo", "j3"), Pair.of("hr", "j5"));
    assertThat(r.kept()).containsExactly(Pair.of("ceo", "j4"), Pair.of("cto", "j2"));
    assertThat(r.matching().unmatched()).containsExactly("coo");
    RematchResult g = Rematcher.rematch(p, published(p), new Change.MentorLeaves("j1"), GREEDY);
    assertThat(Evaluator.evaluate(r.problem(), r.matching()).score())
        .isGreaterThan(Evaluator.evaluate(g.problem(), g.matching()).score());
  }

  @Test
  void rankingsTrimmedForTheSubProblemDoNotChangeScores() {
    // A ranks [x, u]. u is unmatched and unaffected, so the sub-problem leaves u out; A's
    // ranking bonus for x must stay 2 * 10 (A: 30 + 5 + 30 + 20 = 85 beats B: 30 + 20 + 30 = 80).
    MatchingProblem p = MatchingProblem.builder()
        .competence(Competence.of("t")).competence(Competence.of("t2"))
        .employee(Employee.of("x", "D1", 9)).employee(Employee.of("u", "D1", 9))
        .employee(Employee.of("c", "D2", 1)).employee(Employee.of("A", "D2", 8)).employee(Employee.of("B", "D2", 5))
        .mentee(Mentee.of("x", 1, List.of(new TopicRequest("t", 1))))
        .mentee(Mentee.of("u", 1, List.of(new TopicRequest("t2", 1))))
        .mentor(Mentor.of("c", 1, List.of(new Proficiency("t", 3))))
        .mentor(Mentor.of("A", 1, List.of(new Proficiency("t", 3))).withRanking(List.of("x", "u")))
        .mentor(Mentor.of("B", 1, List.of(new Proficiency("t", 3))))
        .policy(dev.tandem.core.model.Policy.DEFAULT.withWeights(dev.tandem.core.model.Weights.DEFAULTS.withPreferenceWeight(10)))
        .build();
    Matching pub = Matching.of(p, List.of(Pair.of("x", "c")));
    RematchResult r = Rematcher.rematch(p, pub, new Change.PairEnds("x", "c"), GREEDY);
    assertThat(r.added()).containsExactly(Pair.of("x", "A"));
    assertThat(Evaluator.evaluate(r.problem(), r.matching()).pairs().get(0).pairScore()).isEqualTo(85);
  }

  @Test
  void affectedMenteeStaysUnmatchedWhenNoEligibleMentorHasRoom() {
    // Without j5, and with j3 taken by coo, nobody with room is eligible for cfo or hr.
    MatchingProblem p = problem().toBuilder().removeMentor("j5").build();
    Matching pub = Matching.of(p, List.of(
        Pair.of("ceo", "j4"), Pair.of("cfo", "j1"), Pair.of("cto", "j2"), Pair.of("hr", "j1"), Pair.of("coo", "j3")));
    RematchResult r = Rematcher.rematch(p, pub, new Change.MentorLeaves("j1"), GREEDY);
    assertThat(r.added()).isEmpty();
    assertThat(r.matching().unmatched()).containsExactly("cfo", "hr");
    assertThat(r.kept()).containsExactly(Pair.of("ceo", "j4"), Pair.of("cto", "j2"), Pair.of("coo", "j3"));
  }

  @Test
  void pairEndsForbidsThePairAndRepairsOnlyItsMentee() {
    MatchingProblem p = problem();
    RematchResult r = Rematcher.rematch(p, published(p), new Change.PairEnds("cto", "j2"), GREEDY);

    assertThat(r.problem().isForbidden(Pair.of("cto", "j2"))).isTrue();
    assertThat(r.removed()).containsExactly(Pair.of("cto", "j2"));
    assertThat(r.affected()).containsExactly("cto");
    // cto wants social: j3 scores 110, j5 scores 140.
    assertThat(r.added()).containsExactly(Pair.of("cto", "j5"));
    assertThat(r.kept()).containsExactly(Pair.of("ceo", "j4"), Pair.of("cfo", "j1"), Pair.of("hr", "j1"));
    assertThat(r.matching().unmatched()).containsExactly("coo");
    assertThat(r.problem().mentor("j2")).isPresent();
  }

  @Test
  void menteeLeavesRemovesItsPairAndMovesNobody() {
    MatchingProblem p = problem();
    RematchResult r = Rematcher.rematch(p, published(p), new Change.MenteeLeaves("hr"), GREEDY);

    assertThat(r.removed()).containsExactly(Pair.of("hr", "j1"));
    assertThat(r.affected()).isEmpty();
    assertThat(r.added()).isEmpty();
    assertThat(r.matching().pairs()).containsExactly(Pair.of("ceo", "j4"), Pair.of("cfo", "j1"), Pair.of("cto", "j2"));
    assertThat(r.matching().unmatched()).containsExactly("coo");
    assertThat(r.problem().mentee("hr")).isEmpty();
  }

  @Test
  void mentorJoinsTakesOnlyTheUnmatchedMentees() {
    MatchingProblem p = problem();
    Employee j6 = Employee.of("j6", "DATA", 1);
    Mentor mentor = Mentor.of("j6", 1, List.of(new Proficiency("data", 5)));
    RematchResult r = Rematcher.rematch(p, published(p), Change.MentorJoins.withEmployee(mentor, j6), GREEDY);

    assertThat(r.affected()).containsExactly("coo");
    // j3 also has room and holds data, but only the joining mentor is open.
    assertThat(r.added()).containsExactly(Pair.of("coo", "j6"));
    assertThat(r.kept()).containsExactlyElementsOf(published(p).pairs());
    assertThat(r.removed()).isEmpty();
    assertThat(r.problem().orgChart().employee("j6")).isPresent();
    assertThat(r.matching().unmatched()).isEmpty();
  }

  @Test
  void existingEmployeeJoinsAsMentorButOnlyServesEligibleMentees() {
    // j7 reports to coo, the only unmatched mentee: the reporting line forbids the pair.
    MatchingProblem p = problem().toBuilder().employee(Employee.of("j7", "OPS", 1, "coo")).build();
    Mentor mentor = Mentor.of("j7", 1, List.of(new Proficiency("data", 1)));
    RematchResult r = Rematcher.rematch(p, published(p), Change.MentorJoins.of(mentor), GREEDY);
    assertThat(r.affected()).containsExactly("coo");
    assertThat(r.added()).isEmpty();
    assertThat(r.matching().unmatched()).containsExactly("coo");
    assertThat(r.problem().mentor("j7")).isPresent();
    assertThat(r.kept()).containsExactlyElementsOf(published(p).pairs());
  }

  @Test
  void unknownMentorIsNamed() {
    MatchingProblem p = problem();
    assertThatThrownBy(() -> Rematcher.rematch(p, published(p), new Change.MentorLeaves("nobody"), GREEDY))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .containsExactly(new ValidationProblem("change.mentor", "unknown mentor \"nobody\"")));
  }

  @Test
  void unknownMenteeIsNamed() {
    MatchingProblem p = problem();
    assertThatThrownBy(() -> Rematcher.rematch(p, published(p), new Change.MenteeLeaves("ghost"), GREEDY))
        .isInstanceOf(ValidationException.class).hasMessageContaining("change.mentee").hasMessageContaining("\"ghost\"");
  }

  @Test
  void endingAPairThatWasNotPublishedIsRefused() {
    MatchingProblem p = problem();
    assertThatThrownBy(() -> Rematcher.rematch(p, published(p), new Change.PairEnds("coo", "j3"), GREEDY))
        .isInstanceOf(ValidationException.class).hasMessageContaining("coo->j3 is not in the published matching");
  }

  @Test
  void joiningTwiceOrWithoutEmployeeIsRefused() {
    MatchingProblem p = problem();
    Mentor again = Mentor.of("j1", 1, List.of(new Proficiency("ai", 1)));
    assertThatThrownBy(() -> Rematcher.rematch(p, published(p), Change.MentorJoins.of(again), GREEDY))
        .isInstanceOf(ValidationException.class).hasMessageContaining("\"j1\" is already a mentor");
    Mentor stranger = Mentor.of("x9", 1, List.of(new Proficiency("ai", 1)));
    assertThatThrownBy(() -> Rematcher.rematch(p, published(p), Change.MentorJoins.of(stranger), GREEDY))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unknown employee \"x9\"");
  }

  @Test
  void publishedMatchingNamingStrangersIsRefused() {
    MatchingProblem p = problem();
    Matching bad = new Matching(com.google.common.collect.ImmutableList.of(Pair.of("nobody", "j1"), Pair.of("cfo", "zz")),
        com.google.common.collect.ImmutableList.of());
    assertThatThrownBy(() -> Rematcher.rematch(p, bad, new Change.MentorLeaves("nobody2"), GREEDY))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(ValidationProblem::path)
            .containsExactly("published.pairs[0].mentee", "published.pairs[1].mentor", "change.mentor"));
  }
}
