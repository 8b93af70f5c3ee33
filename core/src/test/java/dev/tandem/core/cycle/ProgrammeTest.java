package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.Fixtures.DAY;
import static dev.tandem.core.cycle.Fixtures.feedback;
import static dev.tandem.core.cycle.Fixtures.kickOff;
import static dev.tandem.core.cycle.Fixtures.mentee;
import static dev.tandem.core.cycle.Fixtures.mentor;
import static dev.tandem.core.cycle.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.core.cycle.CycleReport.DepartmentLink;
import dev.tandem.core.cycle.CycleReport.TopicBalance;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.Rule;
import dev.tandem.core.rules.Rules;
import dev.tandem.core.strategy.MatchOptions;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProgrammeTest {
  static final Pair CEO_J4 = Pair.of("ceo", "j4");
  static final Pair CFO_J6 = Pair.of("cfo", "j6");
  static final Pair HR_J7 = Pair.of("hr", "j7");

  /** Cycle 1 from topic call to close, driven through the programme. */
  static Programme firstCycleClosed() {
    Programme prog = Programme.of("acme").startCycle("2025", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT);
    Cycle c = prog.latest().orElseThrow()
        .announceTopic("ai", 2).announceTopic("data").openEnrolment()
        .enrolMentee(mentee("ceo", 5, "ai", 3))
        .enrolMentee(mentee("cfo", 3, "ai", 2))
        .enrolMentee(mentee("hr", 2, "data", 2))
        .enrolMentor(mentor("j4", 1, p("ai", 4), p("social", 3)))
        .enrolMentor(mentor("j6", 1, p("ai", 3)))
        .enrolMentor(mentor("j7", 1, p("data", 4)))
        .closeEnrolment()
        .defineFramework(Fixtures.framework())
        .startMatching()
        .draft(Fixtures.registry(), "greedy-test", MatchOptions.DEFAULTS)
        .publish();
    assertThat(c.matching().orElseThrow().pairs()).containsExactly(CEO_J4, CFO_J6, HR_J7);
    for (Pair pair : List.of(CEO_J4, CFO_J6, HR_J7)) {
      c = c.recordKickOff(kickOff(pair));
    }
    c = c.startRunning()
        .recordSession(CEO_J4, DAY, SessionStatus.HELD)
        .recordSession(CEO_J4, DAY.plusWeeks(4), SessionStatus.HELD)
        .recordSession(CFO_J6, DAY, SessionStatus.HELD)
        .recordSession(CFO_J6, DAY.plusWeeks(4), SessionStatus.CANCELLED)
        .recordSession(HR_J7, DAY, SessionStatus.HELD)
        .startFeedback()
        .recordFeedback(feedback(CEO_J4, Side.MENTEE, 5, 5, "prompting"))
        .recordFeedback(feedback(CEO_J4, Side.MENTOR, 4, 4, "board view"))
        .recordFeedback(feedback(CFO_J6, Side.MENTEE, 1, 2))
        .recordFeedback(feedback(HR_J7, Side.MENTEE, 4, 4))
        .close();
    return prog.with(c);
  }

  @Test
  void feedbackOfTheFirstCycleChangesTheMatchingOfTheSecond() {
    Programme prog = firstCycleClosed();
    Cycle first = prog.cycle("2025").orElseThrow();
    assertThat(prog.history()).containsExactly(
        PastPair.rated("2025", "ceo", "j4", 5), PastPair.rated("2025", "cfo", "j6", 1), PastPair.rated("2025", "hr", "j7", 4));

    // j7 left the company: its pair is no longer part of the history.
    List<Employee> now = Fixtures.employees().stream().filter(e -> !e.id().equals("j7")).toList();
    prog = prog.startCycle("2026", now, Fixtures.catalogue(), Policy.DEFAULT);
    Cycle second = prog.latest().orElseThrow();
    assertThat(second.snapshot().history()).containsExactly(PastPair.rated("2025", "ceo", "j4", 5), PastPair.rated("2025", "cfo", "j6", 1));

    second = second.announceTopic("ai").openEnrolment()
        .enrolMentee(mentee("ceo", 5, "ai", 3))
        .enrolMentee(mentee("cfo", 3, "ai", 2))
        .enrolMentor(mentor("j4", 1, p("ai", 4), p("social", 3)))
        .enrolMentor(mentor("j6", 1, p("ai", 3)))
        .closeEnrolment().defineFramework(Fixtures.framework()).startMatching();

    MatchingProblem before = first.problem();
    MatchingProblem after = second.problem();
    // A repeat pair becomes forbidden.
    assertThat(Rules.violated(before, "ceo", "j4")).isEmpty();
    assertThat(Rules.violated(after, "ceo", "j4")).containsExactly(Rule.REPEAT);
    assertThat(Rules.violated(after, "cfo", "j6")).containsExactly(Rule.REPEAT);
    // A well-rated mentor's pairs score higher (rating 5: bonus floor(2/1) * 10), a badly rated one's lower.
    assertThat(score(before, "cfo", "j4")).isEqualTo(130);
    assertThat(score(after, "cfo", "j4")).isEqualTo(150);
    assertThat(score(before, "ceo", "j6")).isEqualTo(140);
    assertThat(score(after, "ceo", "j6")).isEqualTo(120);

    second = second.draft(Fixtures.registry(), "greedy-test", MatchOptions.DEFAULTS);
    assertThat(second.matching().orElseThrow().pairs()).containsExactly(Pair.of("ceo", "j6"), Pair.of("cfo", "j4"));
    assertThat(second.matching().orElseThrow().pairs()).doesNotContainAnyElementsOf(first.matching().orElseThrow().pairs());
    prog = prog.with(second);
    assertThat(prog.latest().orElseThrow().phase()).isEqualTo(Phase.MATCHING);
  }

  static long score(MatchingProblem problem, String mentee, String mentor) {
    Eligibility e = Eligibility.of(problem);
    return e.pairScore(problem.menteeIndex(mentee), problem.mentorIndex(mentor));
  }

  @Test
  void theReportOfTheFirstCycle() {
    CycleReport r = firstCycleClosed().cycle("2025").orElseThrow().report();
    assertThat(r.participation()).isEqualTo(new CycleReport.Participation(3, 3, 0, 3, 0, 4, 1, 6, 4, 3, 1));
    assertThat(r.goals().goals()).isEqualTo(3);
    assertThat(r.goals().goalsRated()).isEqualTo(3);
    // ceo-j4 (5+4)/2 and hr-j7 4 are attained, cfo-j6 2 is not
    assertThat(r.goals().goalsAttained()).isEqualTo(2);
    assertThat(r.goals().meanRating().getAsDouble()).isCloseTo(15.0 / 4, within(1e-9));
    assertThat(r.ratingsByTopic()).extracting(CycleReport.TopicRating::competence, CycleReport.TopicRating::pairs,
        CycleReport.TopicRating::ratings).containsExactly(
            org.assertj.core.groups.Tuple.tuple("ai", 2, 3), org.assertj.core.groups.Tuple.tuple("data", 1, 1));
    assertThat(r.ratingsByTopic().get(0).meanRating().getAsDouble()).isCloseTo(10.0 / 3, within(1e-9));
    assertThat(r.learnings()).containsExactly(
        new CycleReport.Learning(CEO_J4, Side.MENTEE, "prompting"), new CycleReport.Learning(CEO_J4, Side.MENTOR, "board view"));
    assertThat(r.network().links()).containsExactly(
        new DepartmentLink("BOARD", "MKT", 1), new DepartmentLink("FIN", "OPS", 1), new DepartmentLink("HR", "DATA", 1));
    assertThat(r.network().newContacts()).containsExactly(CEO_J4, CFO_J6, HR_J7);
    assertThat(r.topicBalance()).containsExactly(
        new TopicBalance("ai", true, OptionalInt.of(2), 2, 5, 2, 2, 2),
        new TopicBalance("social", false, OptionalInt.empty(), 0, 0, 1, 1, 0),
        new TopicBalance("data", true, OptionalInt.empty(), 1, 2, 1, 1, 1));
    assertThat(r.missingFeedback()).containsExactly(new FeedbackKey(CFO_J6, Side.MENTOR), new FeedbackKey(HR_J7, Side.MENTOR));
  }

  @Test
  void aNewCycleWaitsUntilTheOpenOneIsClosed() {
    Programme prog = Programme.of("acme").startCycle("2025", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT);
    assertThatThrownBy(() -> prog.startCycle("2026", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT))
        .isInstanceOf(StepRefusedException.class).hasMessageContaining("cycle \"2025\" is still open (TOPIC_CALL)");
    assertThat(prog.cycles()).hasSize(1);
    Programme done = firstCycleClosed();
    assertThatThrownBy(() -> done.startCycle("2025", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT))
        .isInstanceOf(StepRefusedException.class).hasMessageContaining("a cycle \"2025\" already exists");
  }

  @Test
  void programmeOfRestoredCyclesChecksOrder() {
    Cycle closed = Fixtures.closed();
    assertThatThrownBy(() -> Programme.of("acme", List.of(closed, closed)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
    Cycle other = Cycle.start("2027", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT, List.of());
    assertThatThrownBy(() -> Programme.of("acme", List.of(Cycle.start("2024", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT, List.of()), other)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is open (TOPIC_CALL) but is not the last one");
  }
}
