package dev.tandem.core.rematch;

import static dev.tandem.core.rematch.RematcherTest.problem;
import static dev.tandem.core.rematch.RematcherTest.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Late joiners and capacity changes on {@link RematcherTest#problem()}: published ceo->j4,
 * cfo->j1, cto->j2, hr->j1; coo (data) unmatched; j1 capacity 2, j3 and j4 capacity 1, j5
 * capacity 2.
 */
class RematcherJoinsAndCapacityTest {
  static final GreedyTestStrategy GREEDY = new GreedyTestStrategy();

  @Test
  void aWaitingMenteeJoinsAndEveryPairStays() {
    MatchingProblem p = problem();
    Mentee coo = p.mentee("coo").orElseThrow();
    RematchResult r = Rematcher.rematch(p, published(p), new Change.MenteeJoins(coo), GREEDY);
    assertThat(r.kept()).containsExactlyElementsOf(published(p).pairs());
    assertThat(r.removed()).isEmpty();
    assertThat(r.affected()).containsExactly("coo");
    // coo asks for data: j1 is full, j3 (data 4) and j5 (data 2) have room
    assertThat(r.added()).singleElement().satisfies(a -> {
      assertThat(a.mentee()).isEqualTo("coo");
      assertThat(a.mentor()).isIn("j3", "j5");
    });
  }

  @Test
  void aNewMenteeIsAddedToTheProblem() {
    MatchingProblem p = problem().toBuilder().removeMentee("coo").build();
    Mentee coo = Mentee.of("coo", 4, List.of(new TopicRequest("data", 1)));
    RematchResult r = Rematcher.rematch(p, published(p), new Change.MenteeJoins(coo), GREEDY);
    assertThat(r.problem().mentee("coo")).contains(coo);
    assertThat(r.added()).extracting(Pair::mentee).containsExactly("coo");
  }

  @Test
  void aLowerCapacityEndsTheMentorsWeakestPairs() {
    MatchingProblem p = problem();
    RematchResult r = Rematcher.rematch(p, published(p), new Change.CapacityChanges("j1", 1), GREEDY);
    // cfo->j1 (ai 5, weight 2) scores above hr->j1 (data 3, weight 2): hr's pair ends
    assertThat(r.removed()).containsExactly(Pair.of("hr", "j1"));
    assertThat(r.affected()).containsExactly("hr");
    // hr cannot go back to j1 nor to j3 (its reporting line): j5
    assertThat(r.added()).containsExactly(Pair.of("hr", "j5"));
    assertThat(r.problem().mentor("j1").orElseThrow().capacity()).isEqualTo(1);
    assertThat(r.problem().mentors()).extracting(m -> m.employee()).containsExactly("j1", "j2", "j3", "j4", "j5");
  }

  @Test
  void aHigherCapacityOpensTheMentorToTheUnmatched() {
    MatchingProblem p = problem();
    RematchResult r = Rematcher.rematch(p, published(p), new Change.CapacityChanges("j3", 2), GREEDY);
    assertThat(r.kept()).containsExactlyElementsOf(published(p).pairs());
    assertThat(r.affected()).containsExactly("coo");
    assertThat(r.added()).containsExactly(Pair.of("coo", "j3"));
  }

  @Test
  void aLowerCapacityAboveTheLoadMovesNobody() {
    MatchingProblem p = problem();
    RematchResult r = Rematcher.rematch(p, published(p), new Change.CapacityChanges("j5", 1), GREEDY);
    assertThat(r.affected()).isEmpty();
    assertThat(r.matching().pairs()).containsExactlyElementsOf(published(p).pairs());
  }

  @Test
  void badChangesAreRefused() {
    MatchingProblem p = problem();
    assertThatThrownBy(() -> Rematcher.rematch(p, published(p), new Change.CapacityChanges("j9", 0), GREEDY))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("change.mentor: unknown mentor \"j9\"").hasMessageContaining("change.capacity: 0 is below 1");
    assertThatThrownBy(() -> Rematcher.rematch(p, published(p), new Change.MenteeJoins(p.mentee("ceo").orElseThrow()), GREEDY))
        .isInstanceOf(ValidationException.class).hasMessageContaining("\"ceo\" is already matched to \"j4\"");
    assertThatThrownBy(() -> Rematcher.rematch(p, published(p), new Change.MenteeJoins(Mentee.of("x", 1, List.of())), GREEDY))
        .isInstanceOf(ValidationException.class).hasMessageContaining("change.mentee.employee: unknown employee \"x\"");
  }
}
