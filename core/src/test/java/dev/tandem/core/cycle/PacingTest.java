package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.CycleRefusalTest.assertInvalid;
import static dev.tandem.core.cycle.CycleRefusalTest.assertRefused;
import static dev.tandem.core.cycle.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rematch.GreedyTestStrategy;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.Suggestion;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pacing on a hand-made cycle. Framework: 26 weeks, a session every 4 weeks, 6 sessions, so each
 * pair starting on DAY has sessions due at weeks 4, 8, 12, 16, 20, 24. Pairs ceo->j4, cfo->j6,
 * hr->j7 (the greedy draft), started on DAY by the joint kick-off.
 */
class PacingTest {
  static final Pair CEO_J4 = Pair.of("ceo", "j4");
  static final Pair CFO_J6 = Pair.of("cfo", "j6");
  static final Pair HR_J7 = Pair.of("hr", "j7");

  static LocalDate week(int w) {
    return DAY.plusWeeks(w);
  }

  /** ceo->j4 with a goal due in week 5; cfo->j6 with the usual goal (due DAY + 3 months); hr->j7 excused. */
  static Cycle running() {
    KickOff early = new KickOff(CEO_J4, "learn", "access", ImmutableList.of(new Goal("first prompt", "one prompt a day", week(5))));
    return Fixtures.kickOff().jointKickOff().hold(JointKickOffTest.event())
        .recordKickOff(early).recordKickOff(Fixtures.kickOff(CFO_J6)).jointKickOff().excuse(HR_J7, "hr travelled")
        .startRunning()
        .recordSession(CEO_J4, week(3), SessionStatus.HELD)
        .recordSession(CEO_J4, week(7), SessionStatus.HELD)
        .recordSession(CFO_J6, week(2), SessionStatus.HELD)
        .recordSession(CFO_J6, week(6), SessionStatus.CANCELLED);
  }

  @Test
  void thePlanFollowsCadenceAndDuration() {
    SessionPlan plan = running().pacing().plan(CEO_J4).orElseThrow();
    assertThat(plan.due()).containsExactly(week(4), week(8), week(12), week(16), week(20), week(24));
    // more sessions than fit: the rest fall due at the end of the cycle
    SessionPlan tight = SessionPlan.of(CEO_J4, DAY, new Framework(10, 4, 4, true));
    assertThat(tight.due()).containsExactly(week(4), week(8), week(10), week(10));
    assertThat(tight.dueBy(week(9))).isEqualTo(2);
  }

  @Test
  void healthOnAHandMadeCycle() {
    Health h = running().pacing().health(week(9));
    // due by week 9: 2 sessions. ceo->j4 held 2; cfo->j6 held 1 (one cancelled); hr->j7 none.
    assertThat(h.behind()).containsExactly(new Health.Behind(CFO_J6, 2, 1), new Health.Behind(HR_J7, 2, 0));
    // twice the cadence is 56 days: hr->j7 has had none for 63 days since its start; cfo->j6's last was 49 days ago
    assertThat(h.stalled()).containsExactly(new Health.Stalled(HR_J7, DAY, Optional.empty(), 63));
    assertThat(h.overdueGoals()).containsExactly(new Health.OverdueGoal(CEO_J4, 0, "first prompt", week(5)));
    assertThat(h.withoutKickOff()).containsExactly(HR_J7);
    assertThat(h.withoutStart()).isEmpty();
    assertThat(h.healthy()).isFalse();
    // a week later cfo->j6 reaches 56 days without a held session
    assertThat(running().pacing().health(week(10)).stalled()).extracting(Health.Stalled::pair).containsExactly(CFO_J6, HR_J7);
  }

  @Test
  void aHealthyCycle() {
    Cycle c = Fixtures.kickOff();
    for (Pair p : new Pair[] {CEO_J4, CFO_J6, HR_J7}) {
      c = c.recordKickOff(Fixtures.kickOff(p));
    }
    c = c.jointKickOff().startRunning(DAY);
    for (Pair p : new Pair[] {CEO_J4, CFO_J6, HR_J7}) {
      c = c.recordSession(p, week(4), SessionStatus.HELD);
    }
    assertThat(c.pacing().health(week(5)).healthy()).isTrue();
  }

  @Test
  void healthAtKickOffListsPairsWithoutKickOff() {
    Health h = Fixtures.kickOff().recordKickOff(Fixtures.kickOff(CEO_J4)).pacing().health(DAY);
    assertThat(h.withoutKickOff()).containsExactly(CFO_J6, HR_J7);
    assertThat(h.behind()).isEmpty();
  }

  @Test
  void pairsWithoutAStartCannotBePaced() {
    assertThat(Fixtures.running().pacing().health(week(9)).withoutStart()).containsExactly(CEO_J4, CFO_J6, HR_J7);
  }

  @Test
  void notAFitProposesARematch() {
    // j1 (ai 2) joins as a fourth mentor; cfo->j6 locked in review, so j1 stays free
    Cycle c = Fixtures.enrolment().enrolMentor(Fixtures.mentor("j1", 1, Fixtures.p("ai", 2))).closeEnrolment()
        .defineFramework(Fixtures.framework()).startMatching().draft(new GreedyTestStrategy(), MatchOptions.DEFAULTS)
        .lock("cfo", "j6");
    c = c.publish();
    for (Pair p : c.matching().orElseThrow().pairs()) {
      c = c.recordKickOff(Fixtures.kickOff(p));
    }
    c = c.jointKickOff().startRunning(DAY).recordSession(CFO_J6, week(1), SessionStatus.HELD);
    Cycle answered = c.pacing().recordFit(new FitAnswer(CFO_J6, Side.MENTEE, Fit.NOT_A_FIT, week(1)))
        .pacing().recordFit(new FitAnswer(CFO_J6, Side.MENTOR, Fit.UNSURE, week(1)));
    assertThat(answered.pacing().fitAnswers()).hasSize(2);
    assertThat(answered.pacing().rematchProposals()).singleElement().satisfies(p -> {
      assertThat(p.pair()).isEqualTo(CFO_J6);
      assertThat(p.notAFit()).containsExactly(Side.MENTEE);
      assertThat(p.alternatives()).extracting(Suggestion::mentor).containsExactly("j1");
    });
    // a new answer of the same side replaces the old one
    Cycle changed = answered.pacing().recordFit(new FitAnswer(CFO_J6, Side.MENTEE, Fit.GOOD_FIT, week(2)));
    assertThat(changed.pacing().rematchProposals()).isEmpty();
  }

  @Test
  void theFitIsAskedAfterTheFirstSession() {
    assertRefused(running(), c -> c.pacing().recordFit(new FitAnswer(HR_J7, Side.MENTOR, Fit.GOOD_FIT, week(9))),
        "pair hr->j7 has held no session by " + week(9));
    assertRefused(running(), c -> c.pacing().recordFit(new FitAnswer(CEO_J4, Side.MENTOR, Fit.GOOD_FIT, week(2))),
        "the fit is asked after the first session");
    assertInvalid(running(), c -> c.pacing().recordFit(new FitAnswer(Pair.of("hr", "j4"), Side.MENTOR, Fit.GOOD_FIT, week(9))),
        "fit.pair: pair hr->j4 is not a current pair");
  }

  @Test
  void healthBelongsToKickOffAndRunning() {
    assertRefused(Fixtures.drafted(), c -> c.pacing().health(DAY), "cannot check health in phase MATCHING");
  }

  @Test
  void theReportShowsSessionsPlannedAgainstHeld() {
    Cycle c = running().recordSession(HR_J7, week(9), SessionStatus.HELD)
        .endPair(CFO_J6, week(9), "moved abroad", new GreedyTestStrategy(), MatchOptions.DEFAULTS)
        .startFeedback().recordFeedback(Fixtures.feedback(CEO_J4, Side.MENTEE, 5, 5)).close();
    CycleReport r = c.report();
    // cfo->j6 ended in week 9: 2 sessions were due by then; the others lasted: 6 planned
    assertThat(r.sessions()).containsExactly(
        new CycleReport.PairSessions(CEO_J4, 6, 2, 0),
        new CycleReport.PairSessions(CFO_J6, 2, 1, 1),
        new CycleReport.PairSessions(HR_J7, 6, 1, 0));
    assertThat(r.sessionsPlanned()).isEqualTo(14);
  }
}
