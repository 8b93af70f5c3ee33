package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.CycleRefusalTest.assertInvalid;
import static dev.tandem.core.cycle.CycleRefusalTest.assertRefused;
import static dev.tandem.core.cycle.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The joint kick-off on the published greedy draft ceo->j4, cfo->j6, hr->j7. */
class JointKickOffTest {
  static final Pair CEO_J4 = Pair.of("ceo", "j4");
  static final Pair CFO_J6 = Pair.of("cfo", "j6");
  static final Pair HR_J7 = Pair.of("hr", "j7");

  static KickOffEvent event() {
    return new KickOffEvent(DAY, ImmutableList.of("expectations", "goals", "the framework"),
        ImmutableList.of("ceo", "j4", "cfo", "j6", "j7"));
  }

  @Test
  void oneEventForEveryone() {
    Cycle c = Fixtures.kickOff().jointKickOff().hold(event());
    assertThat(c.jointKickOff().event()).contains(event());
    assertThat(c.jointKickOff().withoutKickOff()).containsExactly(CEO_J4, CFO_J6, HR_J7);
  }

  @Test
  void aPairThatMissedItStartsWithAReason() {
    Cycle c = Fixtures.kickOff().jointKickOff().hold(event())
        .recordKickOff(Fixtures.kickOff(CEO_J4)).recordKickOff(Fixtures.kickOff(CFO_J6))
        .jointKickOff().excuse(HR_J7, "hr travelled");
    assertThat(c.jointKickOff().missed()).containsExactly(new MissedKickOff(HR_J7, "hr travelled"));
    Cycle running = c.startRunning();
    assertThat(running.phase()).isEqualTo(Phase.RUNNING);
    // the session plans count from the event's date
    assertThat(running.pacing().start(HR_J7)).contains(DAY);
    assertThat(running.jointKickOff().withoutKickOff()).containsExactly(HR_J7);
    // a kick-off recorded later replaces the excuse
    Cycle caughtUp = running.recordKickOff(Fixtures.kickOff(HR_J7));
    assertThat(caughtUp.jointKickOff().missed()).isEmpty();
    assertThat(caughtUp.jointKickOff().withoutKickOff()).isEmpty();
  }

  @Test
  void startingOnADateFixesThePlanStart() {
    Cycle c = Fixtures.kickOff();
    for (Pair p : List.of(CEO_J4, CFO_J6, HR_J7)) {
      c = c.recordKickOff(Fixtures.kickOff(p));
    }
    Cycle running = c.jointKickOff().startRunning(DAY.plusDays(3));
    assertThat(running.pacing().start(CFO_J6)).contains(DAY.plusDays(3));
    // without a date and without an event, the start is unknown
    assertThat(c.startRunning().pacing().start(CFO_J6)).isEmpty();
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void theEventNeedsAnAgendaAndEnrolledAttendees() {
    KickOffEvent bad = new KickOffEvent(DAY, ImmutableList.of(" "), ImmutableList.of("ceo", "ceo", "s1"));
    assertInvalid(Fixtures.kickOff(), c -> c.jointKickOff().hold(bad), "event.agenda[0]: blank", "event.attended[1]: \"ceo\" is listed twice",
        "event.attended[2]: \"s1\" is not enrolled");
    assertInvalid(Fixtures.kickOff(), c -> c.jointKickOff().hold(new KickOffEvent(DAY, ImmutableList.of(), ImmutableList.of())),
        "event.agenda: no agenda item");
  }

  @Test
  void theEventBelongsToTheKickOffPhase() {
    assertRefused(Fixtures.drafted(), c -> c.jointKickOff().hold(event()), "cannot hold the joint kick-off in phase MATCHING");
    assertRefused(Fixtures.running(), c -> c.jointKickOff().hold(event()), "cannot hold the joint kick-off in phase RUNNING");
  }

  @Test
  void runningNeedsAKickOffOrAReasonForEveryPair() {
    Cycle c = Fixtures.kickOff().recordKickOff(Fixtures.kickOff(CEO_J4)).jointKickOff().excuse(CFO_J6, "ill");
    assertRefused(c, Cycle::startRunning, "no kick-off recorded for hr->j7 (record one, or excuse the pair with a reason)");
  }

  @Test
  void anExcuseNeedsAReasonAndACurrentPairWithoutKickOff() {
    assertInvalid(Fixtures.kickOff(), c -> c.jointKickOff().excuse(HR_J7, " "), "missed.reason: blank");
    assertInvalid(Fixtures.kickOff(), c -> c.jointKickOff().excuse(Pair.of("hr", "j4"), "x"), "pair hr->j4 is not a current pair");
    assertRefused(Fixtures.kickOff().recordKickOff(Fixtures.kickOff(HR_J7)), c -> c.jointKickOff().excuse(HR_J7, "x"),
        "pair hr->j7 has a kick-off recorded");
  }

  @Test
  void runningCannotStartBeforeTheEvent() {
    Cycle c = Fixtures.kickOff().jointKickOff().hold(event());
    for (Pair p : List.of(CEO_J4, CFO_J6, HR_J7)) {
      c = c.recordKickOff(Fixtures.kickOff(p));
    }
    assertInvalid(c, x -> x.jointKickOff().startRunning(DAY.minusDays(1)), "date: " + DAY.minusDays(1) + " is before the joint kick-off");
  }
}
