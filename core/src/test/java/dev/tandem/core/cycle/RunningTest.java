package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.Fixtures.DAY;
import static dev.tandem.core.cycle.Fixtures.mentor;
import static dev.tandem.core.cycle.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Matching;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rematch.Change;
import dev.tandem.core.rematch.GreedyTestStrategy;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import org.junit.jupiter.api.Test;

/** The running phase: sessions, pairs ending early, re-matching that keeps every other pair. */
class RunningTest {
  static final Pair CEO_J4 = Pair.of("ceo", "j4");
  static final Pair CFO_J6 = Pair.of("cfo", "j6");
  static final Pair HR_J7 = Pair.of("hr", "j7");
  static final Pair CFO_S1 = Pair.of("cfo", "s1");
  static final MatchingStrategy GREEDY = new GreedyTestStrategy();

  /** As {@link Fixtures#running()}, with s1 (IT 6, ai 2) enrolled and left free by the draft. */
  static Cycle running() {
    Cycle c = Fixtures.enrolment().enrolMentor(mentor("s1", 1, p("ai", 2))).closeEnrolment()
        .defineFramework(Fixtures.framework()).startMatching().draft(GREEDY, MatchOptions.DEFAULTS).publish();
    for (Pair pair : c.matching().orElseThrow().pairs()) {
      c = c.recordKickOff(Fixtures.kickOff(pair));
    }
    return c.startRunning();
  }

  @Test
  void aPairEndsEarlyAndOnlyItsMenteeIsRematched() {
    Cycle before = running();
    assertThat(before.matching().orElseThrow().pairs()).containsExactly(CEO_J4, CFO_J6, HR_J7);
    Cycle c = before.recordSession(CFO_J6, DAY, SessionStatus.HELD)
        .endPair(CFO_J6, DAY.plusWeeks(2), "no chemistry", GREEDY, MatchOptions.DEFAULTS);

    Matching m = c.matching().orElseThrow();
    assertThat(m.pairs()).containsExactly(CEO_J4, CFO_S1, HR_J7);
    assertThat(c.endings()).containsExactly(new PairEnding(CFO_J6, DAY.plusWeeks(2), "no chemistry"));
    assertThat(c.formedPairs()).containsExactly(CEO_J4, CFO_J6, HR_J7, CFO_S1);
    assertThat(c.problem().isForbidden(CFO_J6)).isTrue();
    assertThat(Eligibility.of(c.problem()).isEligible(c.problem().menteeIndex("cfo"), c.problem().mentorIndex("j6"))).isFalse();
    assertThat(c.phase()).isEqualTo(Phase.RUNNING);

    // The new pair may hold its own kick-off; the feedback round waits for its first session.
    c = c.recordKickOff(Fixtures.kickOff(CFO_S1));
    c = c.recordSession(CEO_J4, DAY, SessionStatus.HELD).recordSession(HR_J7, DAY, SessionStatus.HELD);
    Cycle waiting = c;
    CycleRefusalTest.assertRefused(waiting, Cycle::startFeedback, "no session recorded for cfo->s1");
    c = c.recordSession(CFO_S1, DAY.plusWeeks(3), SessionStatus.HELD).startFeedback();
    // Feedback is expected from both sides of all four pairs, the ended one included.
    assertThat(c.missingFeedback()).hasSize(8).contains(new FeedbackKey(CFO_J6, Side.MENTEE), new FeedbackKey(CFO_S1, Side.MENTOR));
    c = c.recordFeedback(Fixtures.feedback(CFO_J6, Side.MENTEE, 2, 1)).close();
    assertThat(c.report().participation().pairsEndedEarly()).isEqualTo(1);
    assertThat(c.report().participation().pairsFormed()).isEqualTo(4);
    assertThat(c.pastPairs()).hasSize(4);
  }

  @Test
  void aMentorLeavesAndItsMenteeStaysUnmatchedWithoutAnEligibleMentor() {
    Cycle c = running().change(new Change.MentorLeaves("j7"), DAY, "left the company", GREEDY, MatchOptions.DEFAULTS);
    assertThat(c.matching().orElseThrow().pairs()).containsExactly(CEO_J4, CFO_J6);
    assertThat(c.matching().orElseThrow().unmatched()).containsExactly("hr");
    assertThat(c.mentors()).extracting(dev.tandem.core.model.Mentor::employee).containsExactly("j4", "j6", "s1");
    assertThat(c.endings()).containsExactly(new PairEnding(HR_J7, DAY, "left the company"));
  }

  @Test
  void aMentorJoinsAndTakesAnUnmatchedMentee() {
    Cycle c = running().change(new Change.MentorLeaves("j7"), DAY, "left", GREEDY, MatchOptions.DEFAULTS)
        .change(Change.MentorJoins.of(mentor("j5", 1, p("data", 3))), DAY, "joined", GREEDY, MatchOptions.DEFAULTS);
    assertThat(c.matching().orElseThrow().pairs()).containsExactly(CEO_J4, CFO_J6, Pair.of("hr", "j5"));
    assertThat(c.formedPairs()).containsExactly(CEO_J4, CFO_J6, HR_J7, Pair.of("hr", "j5"));
    assertThat(c.endings()).hasSize(1);
    // a newcomer to the organisation joins with its employee record
    Cycle d = c.change(Change.MentorJoins.withEmployee(mentor("n1", 1, p("ai", 2)),
        dev.tandem.core.model.Employee.of("n1", "NEW", 1)), DAY, "hired", GREEDY, MatchOptions.DEFAULTS);
    assertThat(d.snapshot().employees()).extracting(dev.tandem.core.model.Employee::id).contains("n1");
    assertThat(d.matching()).isEqualTo(c.matching());
  }

  @Test
  void theRematchStrategyIsLookedUpByName() {
    Cycle c = running().change(new Change.PairEnds("cfo", "j6"), DAY, "moved", Fixtures.registry(), "exact", MatchOptions.DEFAULTS);
    assertThat(c.matching().orElseThrow().pairs()).containsExactly(CEO_J4, CFO_S1, HR_J7);
    CycleRefusalTest.assertRefused(running(),
        r -> r.change(new Change.PairEnds("cfo", "j6"), DAY, "moved", Fixtures.registry(), "nope", MatchOptions.DEFAULTS),
        "strategy \"nope\" is not registered");
  }

  @Test
  void theRematchStrategyPrefersTheSolver() {
    StrategyRegistry withoutSolver = StrategyRegistry.load(new ClassLoader(null) {}).with(GREEDY);
    assertThat(Cycle.rematchStrategy(withoutSolver)).contains(GREEDY);
    MatchingStrategy solver = new MatchingStrategy() {
      @Override
      public String name() {
        return "optaplanner";
      }

      @Override
      public String description() {
        return "stand-in";
      }

      @Override
      public Matching match(Eligibility eligibility, MatchOptions options) {
        return GREEDY.match(eligibility, options);
      }
    };
    assertThat(Cycle.rematchStrategy(withoutSolver.with(solver))).contains(solver);
    assertThat(Cycle.rematchStrategy(StrategyRegistry.load(new ClassLoader(null) {}))).isEmpty();
  }
}
