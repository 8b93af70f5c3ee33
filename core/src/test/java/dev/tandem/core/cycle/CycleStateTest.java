package dev.tandem.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.rematch.GreedyTestStrategy;
import dev.tandem.core.strategy.MatchOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state is built with a builder and every new part survives snapshot and restore. */
class CycleStateTest {
  @Test
  void theBuilderStartsEmptyInTheTopicCall() {
    CycleState s = CycleState.builder().id("x").build();
    assertThat(s.phase()).isEqualTo(Phase.TOPIC_CALL);
    assertThat(s.policy()).isEqualTo(Policy.DEFAULT);
    assertThat(s.platform()).isEqualTo(PlatformState.DEFAULT);
    assertThat(s.mentees()).isEmpty();
    assertThat(s.carriedOver()).isEmpty();
    assertThatThrownBy(() -> CycleState.builder().build()).hasMessageContaining("a cycle state needs an id");
  }

  @Test
  void toBuilderGivesBackTheSameState() {
    CycleState s = PacingTest.running().snapshot();
    assertThat(s.toBuilder().build()).isEqualTo(s);
  }

  @SuppressWarnings("deprecation")
  @Test
  void theOldConstructorLeavesTheNewPartsEmpty() {
    CycleState s = Fixtures.kickOff().snapshot();
    CycleState old = new CycleState(s.id(), s.phase(), s.catalogue(), s.employees(), s.policy(), s.history(), s.topics(),
        s.mentees(), s.mentors(), s.framework(), s.locked(), s.forbidden(), s.strategy(), s.matching(), s.review(),
        s.formed(), s.kickOffs(), s.sessions(), s.endings(), s.feedback());
    assertThat(old).isEqualTo(s);
  }

  @Test
  void everyNewPartRoundTripsThroughSnapshotAndRestore() {
    Cycle c = ChangesTest.running(ChangesTest.publishedWithFreeMentor())
        .recordSession(Pair.of("cfo", "j6"), Fixtures.DAY.plusWeeks(1), SessionStatus.HELD)
        .pacing().recordFit(new FitAnswer(Pair.of("cfo", "j6"), Side.MENTEE, Fit.NOT_A_FIT, Fixtures.DAY.plusWeeks(1)))
        .changes().lateJoiner(Fixtures.mentee("s1", 1, "ai", 2), Fixtures.DAY.plusWeeks(2), new GreedyTestStrategy(), MatchOptions.DEFAULTS);
    CycleState s = c.snapshot();
    assertThat(s.starts()).isNotEmpty();
    assertThat(s.fitAnswers()).hasSize(1);
    assertThat(s.changes()).hasSize(1);
    assertThat(s.carriedOver()).isPresent();
    assertThat(Cycle.restore(s)).isEqualTo(c);
    Cycle platform = Fixtures.enrolment().platform().setMode(PlatformMode.HYBRID, 3).platform().request("ceo", "j4", Fixtures.DAY);
    assertThat(Cycle.restore(platform.snapshot())).isEqualTo(platform);
    Cycle kickOff = Fixtures.kickOff().jointKickOff().hold(JointKickOffTest.event()).jointKickOff().excuse(Pair.of("ceo", "j4"), "ill");
    assertThat(Cycle.restore(kickOff.snapshot()).jointKickOff().missed()).hasSize(1);
    assertThat(Cycle.restore(kickOff.snapshot())).isEqualTo(kickOff);
  }

  @Test
  void aBadExpiryIsRefusedOnRestore() {
    CycleState s = Fixtures.enrolment().snapshot().toBuilder().platform(new PlatformState(PlatformMode.PLATFORM, 0, List.<MentorRequest>of()
        .stream().collect(com.google.common.collect.ImmutableList.toImmutableList()))).build();
    assertThatThrownBy(() -> Cycle.restore(s)).hasMessageContaining("platform.requestExpiryDays: 0 is below 1");
  }
}
