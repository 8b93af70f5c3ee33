package dev.tandem.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationException;
import org.junit.jupiter.api.Test;

class PhaseGuardTest {
  @Test
  void aStepInItsPhasePasses() {
    assertThatCode(() -> PhaseGuard.requirePhase(Fixtures.enrolment().state(), "x", Phase.TOPIC_CALL, Phase.ENROLMENT))
        .doesNotThrowAnyException();
  }

  @Test
  void aStepTooEarlyNamesTheNextStep() {
    assertThatThrownBy(() -> PhaseGuard.requirePhase(Fixtures.topicCall().state(), "publish", Phase.MATCHING))
        .isInstanceOfSatisfying(StepRefusedException.class, e -> {
          assertThat(e.phase()).isEqualTo(Phase.TOPIC_CALL);
          assertThat(e.step()).isEqualTo("publish");
          assertThat(e.missing()).containsExactly("this step belongs to phase MATCHING; the cycle is still in TOPIC_CALL, next step: openEnrolment");
        });
  }

  @Test
  void aStepTooLateSaysSo() {
    assertThatThrownBy(() -> PhaseGuard.requirePhase(Fixtures.running().state(), "enrol", Phase.ENROLMENT, Phase.FRAMEWORK))
        .hasMessage("cannot enrol in phase RUNNING: this step belongs to phase ENROLMENT or FRAMEWORK; the cycle is already past ENROLMENT or FRAMEWORK");
    assertThatThrownBy(() -> PhaseGuard.requirePhase(Fixtures.closed().state(), "enrol", Phase.ENROLMENT))
        .hasMessageContaining("the cycle is closed");
  }

  @Test
  void everyPhaseNamesTheStepThatLeavesIt() {
    assertThat(PhaseGuard.nextStep(Phase.TOPIC_CALL)).isEqualTo("openEnrolment");
    assertThat(PhaseGuard.nextStep(Phase.KICK_OFF)).isEqualTo("startRunning");
    assertThat(PhaseGuard.nextStep(Phase.CLOSED)).isEqualTo("none");
  }

  @Test
  void pairsAreCheckedAgainstTheEnrolment() {
    assertThatThrownBy(() -> PhaseGuard.checkPair(Fixtures.enrolment().state(), "lock", Pair.of("j4", "ceo")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("lock.mentee: \"j4\" is not an enrolled mentee").hasMessageContaining("lock.mentor: \"ceo\" is not an enrolled mentor");
    assertThatThrownBy(() -> PhaseGuard.requireCurrentPair(Fixtures.running().state(), "p", Pair.of("ceo", "j6")))
        .hasMessageContaining("p: pair ceo->j6 is not a current pair of cycle 2026");
  }
}
