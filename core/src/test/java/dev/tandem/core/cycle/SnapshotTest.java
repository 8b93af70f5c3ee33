package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A cycle is its snapshot: restoring it gives the same cycle, which continues the same way. */
class SnapshotTest {

  @Test
  void everyPhaseRestoresWithoutLoss() {
    List<Supplier<Cycle>> phases = List.of(Fixtures::topicCall, Fixtures::enrolment, () -> Fixtures.enrolment().closeEnrolment(),
        Fixtures::matching, Fixtures::drafted, Fixtures::kickOff, Fixtures::running, Fixtures::feedback, Fixtures::closed);
    for (Supplier<Cycle> s : phases) {
      Cycle c = s.get();
      Cycle restored = Cycle.restore(c.snapshot());
      assertThat(restored).isEqualTo(c);
      assertThat(restored.snapshot()).isEqualTo(c.snapshot());
      assertThat(restored.phase()).isEqualTo(c.phase());
    }
    assertThat(Fixtures.closed().phase()).isEqualTo(Phase.CLOSED);
  }

  @Test
  void aRestoredCycleContinuesLikeTheOriginal() {
    Cycle running = Fixtures.running();
    Cycle restored = Cycle.restore(running.snapshot());
    Pair pair = Pair.of("ceo", "j4");
    assertThat(restored.recordSession(pair, DAY, SessionStatus.HELD)).isEqualTo(running.recordSession(pair, DAY, SessionStatus.HELD));
    Cycle closed = Cycle.restore(Fixtures.closed().snapshot());
    assertThat(closed.report()).isEqualTo(Fixtures.closed().report());
    assertThat(closed.pastPairs()).isEqualTo(Fixtures.closed().pastPairs());
  }

  @Test
  void startingNeedsAValidOrganisation() {
    assertThatThrownBy(() -> Cycle.start(" ", Fixtures.employees(), Fixtures.catalogue(), dev.tandem.core.model.Policy.DEFAULT, List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("id: cycle id must not be blank");
    assertThatThrownBy(() -> Cycle.start("2026", Fixtures.employees(), Fixtures.catalogue(), dev.tandem.core.model.Policy.DEFAULT,
        List.of(dev.tandem.core.model.PastPair.of("2025", "gone", "j4"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("history[0].mentee: unknown employee \"gone\"");
  }

  @Test
  void anInconsistentSnapshotIsRefused() {
    CycleState s = Fixtures.kickOff().snapshot();
    CycleState broken = s.toBuilder().framework(Optional.empty()).matching(Optional.empty()).build();
    assertThatThrownBy(() -> Cycle.restore(broken)).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.problems()).extracting(ValidationProblem::path).containsExactly("framework", "matching"));
  }
}
