package dev.tandem.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Pair;
import dev.tandem.core.strategy.MatchOptions;
import org.junit.jupiter.api.Test;

/** The administrator's review: every edit re-evaluated by the one evaluator and explained. */
class MatchingReviewTest {

  @Test
  void theDraftIsExplained() {
    Cycle c = Fixtures.drafted();
    assertThat(c.matching().orElseThrow().pairs()).containsExactly(Pair.of("ceo", "j4"), Pair.of("cfo", "j6"), Pair.of("hr", "j7"));
    ReviewEntry e = c.review().get(0);
    assertThat(e.edit()).isEqualTo(new ReviewEdit.Draft("greedy-test"));
    assertThat(e.before()).isEqualTo(Score.ZERO);
    assertThat(e.after()).isEqualTo(Evaluator.evaluate(c.problem(), c.matching().orElseThrow()).score());
    // 170 + 110 + 130 = 410; three distinct department links, each mentor has one mentee.
    assertThat(e.after()).isEqualTo(Score.of(0, 0, 410));
    assertThat(e.explanation()).contains(
        "formed ceo->j4 scoring 170 (topic 120, level gap 20, cross-department 30, rating 0, preference 0)");
  }

  @Test
  void aSwapThatBreaksRulesIsExplained() {
    Cycle c = Fixtures.drafted().swap("cfo", "hr");
    ReviewEntry e = c.review().get(1);
    assertThat(e.edit()).isEqualTo(new ReviewEdit.Swap("cfo", "hr"));
    assertThat(e.before()).isEqualTo(Score.of(0, 0, 410));
    assertThat(e.after()).isEqualTo(Evaluator.evaluate(c.problem(), c.matching().orElseThrow()).score());
    assertThat(e.after().hard()).isEqualTo(-2);
    assertThat(e.explanation()).contains("dissolved cfo->j6", "dissolved hr->j7", "pair cfo->j7 breaks [NO_TOPIC]",
        "pair hr->j6 breaks [NO_TOPIC]");
    assertThat(e.explanation().get(0)).isEqualTo("score " + e.before() + " -> " + e.after());
  }

  @Test
  void removingAPairLeavesTheMenteeUnmatchedWithAReason() {
    Cycle c = Fixtures.drafted().remove("hr");
    ReviewEntry e = c.review().get(1);
    assertThat(c.matching().orElseThrow().unmatched()).containsExactly("hr");
    assertThat(e.after().medium()).isEqualTo(-2);
    assertThat(e.explanation()).contains("dissolved hr->j7", "hr is unmatched: LEFT_OUT (1 eligible mentors, excluded {NO_TOPIC=2})");
  }

  @Test
  void aLockMovesTheMenteeAndSurvivesARedraft() {
    // ceo is moved to j6 and pinned; a new draft keeps it, so cfo gets j4.
    Cycle c = Fixtures.drafted().lock("ceo", "j6");
    assertThat(c.snapshot().locked()).containsExactly(Pair.of("ceo", "j6"));
    assertThat(c.matching().orElseThrow().mentorOf("ceo")).contains("j6");
    assertThat(c.review().get(1).explanation()).contains("dissolved ceo->j4", "formed ceo->j6 scoring 140 (topic 90, level gap 20, cross-department 30, rating 0, preference 0)",
        "mentor \"j6\" has 2 mentees, capacity 1");
    Cycle again = c.draft(Fixtures.registry(), "greedy-test", MatchOptions.DEFAULTS);
    assertThat(again.matching().orElseThrow().pairs()).containsExactly(Pair.of("ceo", "j6"), Pair.of("cfo", "j4"), Pair.of("hr", "j7"));
    assertThat(again.evaluation().orElseThrow().pairs().get(0).pinned()).isTrue();
    assertThat(again.publish().phase()).isEqualTo(Phase.KICK_OFF);
  }

  @Test
  void aForbiddenPairLeavesTheDraftAndStaysOut() {
    Cycle c = Fixtures.drafted().forbid("ceo", "j4");
    assertThat(c.matching().orElseThrow().mentorOf("ceo")).isEmpty();
    assertThat(c.review().get(1).after().medium()).isEqualTo(-5);
    Cycle again = c.draft(Fixtures.registry(), "greedy-test", MatchOptions.DEFAULTS);
    // ceo (priority 5) now takes j6, cfo takes j4.
    assertThat(again.matching().orElseThrow().pairs()).containsExactly(Pair.of("ceo", "j6"), Pair.of("cfo", "j4"), Pair.of("hr", "j7"));
    assertThat(again.problem().isForbidden(Pair.of("ceo", "j4"))).isTrue();
    assertThat(again.review()).hasSize(3);
  }
}
