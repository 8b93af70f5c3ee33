package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.CycleRefusalTest.assertInvalid;
import static dev.tandem.core.cycle.CycleRefusalTest.assertRefused;
import static dev.tandem.core.cycle.Fixtures.DAY;
import static dev.tandem.core.cycle.Fixtures.mentee;
import static dev.tandem.core.cycle.Fixtures.mentor;
import static dev.tandem.core.cycle.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rematch.GreedyTestStrategy;
import dev.tandem.core.strategy.MatchOptions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Changes in every phase, each keeping every other pair. */
class ChangesTest {
  static final GreedyTestStrategy GREEDY = new GreedyTestStrategy();
  static final MatchOptions OPTIONS = MatchOptions.DEFAULTS;
  static final Pair CEO_J4 = Pair.of("ceo", "j4");
  static final Pair CFO_J6 = Pair.of("cfo", "j6");
  static final Pair HR_J7 = Pair.of("hr", "j7");

  /** The previous round waitlisted s1 (IT 6, reports to cto) with priority 4, asking for ai. */
  static final CarryOver CARRIED = new CarryOver("2025",
      ImmutableList.of(new WaitlistEntry("s1", ImmutableList.of(new TopicRequest("ai", 2)), 4, 1)),
      ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  /** Published: ceo->j4, cfo->j6 (locked in review), hr->j7; j1 (ai 2) stays free. */
  static Cycle publishedWithFreeMentor() {
    Cycle c = Cycle.start("2026", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT, List.of(), Optional.of(CARRIED))
        .announceTopic("ai", 2).announceTopic("data").openEnrolment()
        .enrolMentee(mentee("ceo", 5, "ai", 3)).enrolMentee(mentee("cfo", 3, "ai", 2)).enrolMentee(mentee("hr", 2, "data", 2))
        .enrolMentor(mentor("j4", 1, p("ai", 4), p("social", 3))).enrolMentor(mentor("j6", 1, p("ai", 3)))
        .enrolMentor(mentor("j7", 1, p("data", 4))).enrolMentor(mentor("j1", 1, p("ai", 2)))
        .closeEnrolment().defineFramework(Fixtures.framework()).startMatching().draft(GREEDY, OPTIONS)
        .lock("cfo", "j6").lock("ceo", "j4").publish();
    assertThat(c.matching().orElseThrow().pairs()).containsExactlyInAnyOrder(CEO_J4, CFO_J6, HR_J7);
    return c;
  }

  static Cycle running(Cycle published) {
    Cycle c = published;
    for (Pair p : c.matching().orElseThrow().pairs()) {
      c = c.recordKickOff(Fixtures.kickOff(p));
    }
    return c.jointKickOff().startRunning(DAY);
  }

  @Test
  void withdrawingDuringEnrolmentFreesRequestsAndRankings() {
    Cycle c = Fixtures.enrolment().platform().setMode(PlatformMode.HYBRID, 14)
        .platform().rank("cfo", List.of("j4", "j6")).platform().request("ceo", "j4", DAY);
    Cycle after = c.changes().withdraw("j4", DAY.plusDays(1));
    assertThat(after.mentors()).extracting(m -> m.employee()).containsExactly("j6", "j7");
    assertThat(after.mentees().get(1).ranking()).containsExactly("j6");
    assertThat(after.platform().requests()).extracting(MentorRequest::status).containsExactly(RequestStatus.WITHDRAWN);
    assertThat(after.changes().log()).singleElement().satisfies(r -> {
      assertThat(r.change()).isEqualTo("withdrew j4 (mentor)");
      assertThat(r.explanation()).containsExactly("request ceo->j4 withdrawn; the place is free");
    });
  }

  @Test
  void withdrawingDuringMatchingKeepsEveryOtherDraftPair() {
    Cycle after = Fixtures.drafted().changes().withdraw("j6", DAY);
    assertThat(after.matching().orElseThrow().pairs()).containsExactly(CEO_J4, HR_J7);
    assertThat(after.changes().log().get(0).explanation()).containsExactly("dissolved cfo->j6; cfo is unmatched", "kept 2 other pairs of the draft");
  }

  @Test
  void aMentorLeavingBeforeTheKickOffNeedsNoInventedKickOff() {
    Cycle c = publishedWithFreeMentor().recordKickOff(Fixtures.kickOff(CEO_J4)).recordKickOff(Fixtures.kickOff(CFO_J6))
        .changes().leave("j6", DAY, "left the company", GREEDY, OPTIONS);
    // cfo moves to the free j1; every other pair is kept
    assertThat(c.matching().orElseThrow().pairs()).containsExactlyInAnyOrder(CEO_J4, HR_J7, Pair.of("cfo", "j1"));
    assertThat(c.endings()).containsExactly(new PairEnding(CFO_J6, DAY, "left the company"));
    assertThat(c.changes().log().get(0).explanation()).contains("kept 2 pairs (pinned)", "ended cfo->j6");
    assertThat(c.changes().log().get(0).explanation()).anyMatch(l -> l.startsWith("formed cfo->j1 scoring"));
    // the ended pair needs no kick-off; the new one and hr->j7 do
    assertRefused(c, Cycle::startRunning, "no kick-off recorded for hr->j7", "no kick-off recorded for cfo->j1");
    Cycle running = c.recordKickOff(Fixtures.kickOff(HR_J7)).jointKickOff().excuse(Pair.of("cfo", "j1"), "matched after the kick-off")
        .startRunning();
    assertThat(running.phase()).isEqualTo(Phase.RUNNING);
  }

  @Test
  void aLateJoinerFromTheWaitlistIsMatchedKeepingEveryPair() {
    Cycle c = running(publishedWithFreeMentor());
    assertThat(c.changes().waitlist()).containsExactly("s1");
    Cycle after = c.changes().lateJoiner(mentee("s1", 1, "ai", 2), DAY.plusWeeks(2), GREEDY, OPTIONS);
    assertThat(after.matching().orElseThrow().pairs()).containsExactlyInAnyOrder(CEO_J4, CFO_J6, HR_J7, Pair.of("s1", "j1"));
    // the carried priority (4) wins over the one asked (1)
    assertThat(after.mentees()).filteredOn(m -> m.employee().equals("s1")).singleElement().extracting(m -> m.priority()).isEqualTo(4);
    assertThat(after.pacing().start(Pair.of("s1", "j1"))).contains(DAY.plusWeeks(2));
    assertThat(after.formedPairs()).endsWith(Pair.of("s1", "j1"));
    assertThat(after.changes().log().get(0).change()).isEqualTo("late joiner s1");
  }

  @Test
  void aLateJoinerMustBeWaiting() {
    assertInvalid(running(publishedWithFreeMentor()), c -> c.changes().lateJoiner(mentee("s2", 1, "ai", 2), DAY, GREEDY, OPTIONS),
        "mentee.employee: \"s2\" is not on the waitlist of cycle 2026 (waiting: s1)");
  }

  @Test
  void aMentorTakingMoreMenteesWhileRunning() {
    // j6 leaves while running and cfo moves to j1; then j4 takes a second mentee and s1 joins late: j4 has no place yet
    Cycle c = running(Fixtures.kickOff().recordKickOff(Fixtures.kickOff(CEO_J4)).recordKickOff(Fixtures.kickOff(CFO_J6))
        .recordKickOff(Fixtures.kickOff(HR_J7)));
    Cycle left = c.changes().leave("j6", DAY.plusWeeks(1), "moved abroad", GREEDY, OPTIONS);
    assertThat(left.matching().orElseThrow().unmatched()).containsExactly("cfo");
    Cycle raised = left.changes().changeCapacity("j4", 2, DAY.plusWeeks(2), GREEDY, OPTIONS);
    assertThat(raised.matching().orElseThrow().pairs()).containsExactlyInAnyOrder(CEO_J4, HR_J7, Pair.of("cfo", "j4"));
    assertThat(raised.mentors()).filteredOn(m -> m.employee().equals("j4")).singleElement().extracting(m -> m.capacity()).isEqualTo(2);
    // back to one: j4 keeps its best-scoring pair (ceo, topic weight 3 against 2) and cfo's pair ends
    Cycle lowered = raised.changes().changeCapacity("j4", 1, DAY.plusWeeks(3), GREEDY, OPTIONS);
    assertThat(lowered.matching().orElseThrow().pairs()).containsExactlyInAnyOrder(CEO_J4, HR_J7);
    assertThat(lowered.endings()).contains(new PairEnding(Pair.of("cfo", "j4"), DAY.plusWeeks(3), "capacity of j4 changed to 1"));
    assertThat(lowered.changes().log()).extracting(ChangeRecord::change)
        .containsExactly("mentor j6 left", "capacity of j4 changed to 2", "capacity of j4 changed to 1");
  }

  @Test
  void aCapacityChangeBeforePublishing() {
    Cycle c = Fixtures.enrolment().changes().changeCapacity("j4", 3, DAY, GREEDY, OPTIONS);
    assertThat(c.mentors().get(0).capacity()).isEqualTo(3);
    assertThat(c.changes().log().get(0).explanation()).containsExactly("capacity of j4 1 -> 3");
    Cycle accepted = Fixtures.enrolment().platform().setMode(PlatformMode.HYBRID, 14).changes().changeCapacity("j4", 2, DAY, GREEDY, OPTIONS)
        .platform().request("ceo", "j4", DAY).platform().accept("ceo", "j4", DAY)
        .platform().request("cfo", "j4", DAY).platform().accept("cfo", "j4", DAY);
    assertRefused(accepted, x -> x.changes().changeCapacity("j4", 1, DAY, GREEDY, OPTIONS), "mentor \"j4\" accepted 2 requests");
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void withdrawingBelongsBeforePublishing() {
    assertRefused(Fixtures.kickOff(), c -> c.changes().withdraw("j4", DAY), "cannot withdraw in phase KICK_OFF");
    assertInvalid(Fixtures.enrolment(), c -> c.changes().withdraw("s2", DAY), "employee: \"s2\" is not enrolled in cycle 2026");
  }

  @Test
  void leavingBelongsAfterPublishing() {
    assertRefused(Fixtures.drafted(), c -> c.changes().leave("j4", DAY, "x", GREEDY, OPTIONS), "cannot leave in phase MATCHING");
    assertInvalid(Fixtures.running(), c -> c.changes().leave("s2", DAY, "x", GREEDY, OPTIONS), "\"s2\" is not enrolled");
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertInvalid(Fixtures.running(), c -> c.changes().changeCapacity("j4", 0, DAY, GREEDY, OPTIONS), "capacity: 0 is below 1");
    assertInvalid(Fixtures.running(), c -> c.changes().changeCapacity("j9", 1, DAY, GREEDY, OPTIONS), "mentor: \"j9\" is not an enrolled mentor");
    assertRefused(Fixtures.closed(), c -> c.changes().changeCapacity("j4", 2, DAY, GREEDY, OPTIONS), "cannot change a capacity in phase CLOSED");
  }

  @Test
  void aLateJoinerInTheFrameworkPhaseIsEnrolled() {
    Cycle framework = Cycle.start("2026", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT, List.of(), Optional.of(CARRIED))
        .announceTopic("ai").openEnrolment().enrolMentee(mentee("ceo", 5, "ai", 3)).enrolMentor(mentor("j4", 1, p("ai", 4)))
        .closeEnrolment();
    Cycle after = framework.changes().lateJoiner(mentee("s1", 1, "ai", 2), DAY, GREEDY, OPTIONS);
    assertThat(after.mentees()).extracting(m -> m.employee() + " " + m.priority()).containsExactly("ceo 5", "s1 4");
    assertThat(after.changes().log().get(0).explanation()).containsExactly("enrolled s1 with priority 4");
    assertThat(after.changes().waitlist()).isEmpty();
  }
}
