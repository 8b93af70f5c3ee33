package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.CycleRefusalTest.assertRefused;
import static dev.tandem.core.cycle.Fixtures.DAY;
import static dev.tandem.core.cycle.Fixtures.feedback;
import static dev.tandem.core.cycle.Fixtures.mentee;
import static dev.tandem.core.cycle.Fixtures.mentor;
import static dev.tandem.core.cycle.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.TopicRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Carry-over from a closed cycle of the hand-made company: topics ai (target 2) and data; the
 * review removes cfo's pair, so cfo (priority 3, ai 2) is left unmatched.
 */
class CarryOverTest {
  static final Pair CEO_J4 = Pair.of("ceo", "j4");
  static final Pair HR_J7 = Pair.of("hr", "j7");

  static Programme closed() {
    Programme prog = Programme.of("acme").startCycle("2025", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT);
    Cycle c = prog.latest().orElseThrow().announceTopic("ai", 2).announceTopic("data").openEnrolment()
        .enrolMentee(mentee("ceo", 5, "ai", 3)).enrolMentee(mentee("cfo", 3, "ai", 2)).enrolMentee(mentee("hr", 2, "data", 2))
        .enrolMentor(mentor("j4", 1, p("ai", 4), p("social", 3))).enrolMentor(mentor("j6", 1, p("ai", 3)))
        .enrolMentor(mentor("j7", 1, p("data", 4)))
        .closeEnrolment().defineFramework(Fixtures.framework()).startMatching()
        .draft(Fixtures.registry(), "greedy-test", dev.tandem.core.strategy.MatchOptions.DEFAULTS).remove("cfo").publish()
        .recordKickOff(Fixtures.kickOff(CEO_J4)).recordKickOff(Fixtures.kickOff(HR_J7)).startRunning()
        .recordSession(CEO_J4, DAY, SessionStatus.HELD).recordSession(HR_J7, DAY, SessionStatus.HELD).startFeedback()
        .recordFeedback(feedback(CEO_J4, Side.MENTEE, 5, 5, "prompting"))
        .recordFeedback(feedback(CEO_J4, Side.MENTOR, 4, 4, "board view"))
        .recordFeedback(new Feedback(HR_J7, Side.MENTOR, 3, ImmutableList.of(3), ImmutableList.of("dashboards"), false))
        .close();
    return prog.with(c);
  }

  @Test
  void closingACycleYieldsTheCarryOver() {
    CarryOver co = closed().latest().orElseThrow().carryOver();
    assertThat(co.cycle()).isEqualTo("2025");
    // priority 3 + 1
    assertThat(co.waitlist()).containsExactly(new WaitlistEntry("cfo", ImmutableList.of(new TopicRequest("ai", 2)), 4, 1));
    // ai: target 2, one pair formed, cfo unserved. Approach j1 (IT 2) and s1 (IT 6); j2 and s2 report to cfo.
    assertThat(co.shortTopics()).singleElement().satisfies(t -> {
      assertThat(t.competence()).isEqualTo("ai");
      assertThat(t.pairsFormed()).isEqualTo(1);
      assertThat(t.menteesUnserved()).isEqualTo(1);
      assertThat(t.nextTarget()).isEqualTo(2);
      assertThat(t.approach()).containsExactly(new MentorCandidate("j1", ImmutableList.of("cfo")),
          new MentorCandidate("s1", ImmutableList.of("cfo")));
    });
    // j4 would take part again, j7 would not
    assertThat(co.returningMentors()).containsExactly("j4");
    assertThat(co.learnings()).containsExactly(
        new TopicLearnings("ai", ImmutableList.of(new CycleReport.Learning(CEO_J4, Side.MENTEE, "prompting"),
            new CycleReport.Learning(CEO_J4, Side.MENTOR, "board view"))),
        new TopicLearnings("data", ImmutableList.of(new CycleReport.Learning(HR_J7, Side.MENTOR, "dashboards"))));
  }

  @Test
  void theNextCycleReceivesIt() {
    Programme prog = closed().startCycle("2026", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT);
    Cycle next = prog.latest().orElseThrow();
    assertThat(next.snapshot().carriedOver()).contains(closed().latest().orElseThrow().carryOver());
    next = next.announceTopic("ai", 2).openEnrolment();
    // cfo asks with priority 1 and is enrolled with the carried 4; ceo is not waiting and keeps 5
    Cycle enrolled = next.enrolMentee(mentee("cfo", 1, "ai", 2)).enrolMentee(mentee("ceo", 5, "ai", 3));
    assertThat(enrolled.mentees()).extracting(m -> m.priority()).containsExactly(4, 5);
    // j4, the returning mentor, is suggested first although j1 could serve as many mentees
    assertThat(enrolled.suggestMentors().get(0).candidates().get(0).employee()).isEqualTo("j4");
  }

  @Test
  void aPersonWhoLeftTheOrganisationIsNotCarried() {
    List<dev.tandem.core.model.Employee> now = Fixtures.employees().stream().filter(e -> !e.id().equals("cfo")).toList();
    Programme prog = closed().startCycle("2026", now.stream().map(e -> e.manager().filter("cfo"::equals).isPresent()
        ? new dev.tandem.core.model.Employee(e.id(), e.department(), e.level(), java.util.Optional.of("ceo"), e.displayName(), e.skills()) : e)
        .toList(), Fixtures.catalogue(), Policy.DEFAULT);
    CarryOver co = prog.latest().orElseThrow().snapshot().carriedOver().orElseThrow();
    assertThat(co.waitlist()).isEmpty();
    assertThat(co.shortTopics().get(0).approach()).isEmpty();
    assertThat(co.returningMentors()).containsExactly("j4");
  }

  @Test
  void carryOverBelongsToAClosedCycle() {
    assertRefused(Fixtures.feedback(), Cycle::carryOver, "cannot carry over in phase FEEDBACK");
  }
}
