package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.Fixtures.DAY;
import static dev.tandem.core.cycle.Fixtures.mentee;
import static dev.tandem.core.cycle.Fixtures.mentor;
import static dev.tandem.core.cycle.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.rematch.Change;
import dev.tandem.core.rematch.GreedyTestStrategy;
import dev.tandem.core.strategy.MatchOptions;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every illegal transition and every incomplete step is refused, says what is missing, and changes nothing. */
class CycleRefusalTest {
  static final Pair CEO_J4 = Pair.of("ceo", "j4");
  static final GreedyTestStrategy GREEDY = new GreedyTestStrategy();

  static void assertRefused(Cycle c, Function<Cycle, ?> step, String... expected) {
    CycleState before = c.snapshot();
    assertThatThrownBy(() -> step.apply(c)).isInstanceOfSatisfying(StepRefusedException.class, e -> {
      assertThat(e.phase()).isEqualTo(c.phase());
      for (String x : expected) {
        assertThat(e.getMessage()).contains(x);
      }
    });
    assertThat(c.snapshot()).isEqualTo(before);
  }

  static void assertInvalid(Cycle c, Function<Cycle, ?> step, String... expected) {
    CycleState before = c.snapshot();
    assertThatThrownBy(() -> step.apply(c)).isInstanceOfSatisfying(ValidationException.class, e -> {
      for (String x : expected) {
        assertThat(e.getMessage()).contains(x);
      }
    });
    assertThat(c.snapshot()).isEqualTo(before);
  }

  // ------------------------------------------------ illegal transitions (wrong phase)

  @Test
  void enrollingBeforeEnrolmentOpens() {
    assertRefused(Fixtures.topicCall(), c -> c.enrolMentee(mentee("ceo", 1, "ai", 1)),
        "cannot enrol a mentee in phase TOPIC_CALL", "belongs to phase ENROLMENT", "next step: openEnrolment");
  }

  @Test
  void openingEnrolmentTwice() {
    assertRefused(Fixtures.enrolment(), Cycle::openEnrolment, "belongs to phase TOPIC_CALL", "already past TOPIC_CALL");
  }

  @Test
  void announcingATopicAfterTheTopicCall() {
    assertRefused(Fixtures.enrolment(), c -> c.announceTopic("social"), "cannot announce a topic in phase ENROLMENT");
  }

  @Test
  void suggestingMentorsBeforeEnrolment() {
    assertRefused(Fixtures.topicCall(), Cycle::suggestMentors, "cannot suggest mentors in phase TOPIC_CALL");
  }

  @Test
  void closingEnrolmentDuringTheTopicCall() {
    assertRefused(Fixtures.topicCall(), Cycle::closeEnrolment, "cannot close enrolment in phase TOPIC_CALL");
  }

  @Test
  void definingTheFrameworkDuringEnrolment() {
    assertRefused(Fixtures.enrolment(), c -> c.defineFramework(Fixtures.framework()),
        "cannot define the framework in phase ENROLMENT", "next step: closeEnrolment");
  }

  @Test
  void startingMatchingDuringEnrolment() {
    assertRefused(Fixtures.enrolment(), Cycle::startMatching, "cannot start matching in phase ENROLMENT");
  }

  @Test
  void draftingBeforeMatching() {
    assertRefused(Fixtures.enrolment().closeEnrolment(), c -> c.draft(GREEDY, MatchOptions.DEFAULTS),
        "cannot draft a matching in phase FRAMEWORK", "next step: startMatching");
  }

  @Test
  void publishingBeforeMatching() {
    assertRefused(Fixtures.enrolment().closeEnrolment(), Cycle::publish, "cannot publish in phase FRAMEWORK");
  }

  @Test
  void draftingAfterPublishing() {
    assertRefused(Fixtures.kickOff(), c -> c.draft(GREEDY, MatchOptions.DEFAULTS), "already past MATCHING");
  }

  @Test
  void recordingAKickOffBeforePublishing() {
    assertRefused(Fixtures.drafted(), c -> c.recordKickOff(Fixtures.kickOff(CEO_J4)),
        "cannot record a kick-off in phase MATCHING", "next step: publish");
  }

  @Test
  void startingToRunBeforePublishing() {
    assertRefused(Fixtures.drafted(), Cycle::startRunning, "cannot start running in phase MATCHING");
  }

  @Test
  void recordingASessionBeforeRunning() {
    assertRefused(Fixtures.kickOff(), c -> c.recordSession(CEO_J4, DAY, SessionStatus.HELD),
        "cannot record a session in phase KICK_OFF", "next step: startRunning");
  }

  @Test
  void rematchingBeforePublishing() {
    assertRefused(Fixtures.drafted(), c -> c.endPair(CEO_J4, DAY, "moved", GREEDY, MatchOptions.DEFAULTS),
        "cannot re-match in phase MATCHING", "belongs to phase KICK_OFF or RUNNING");
  }

  @Test
  void startingFeedbackBeforeRunning() {
    assertRefused(Fixtures.kickOff(), Cycle::startFeedback, "cannot start the feedback round in phase KICK_OFF");
  }

  @Test
  void recordingFeedbackWhileRunning() {
    assertRefused(Fixtures.running(), c -> c.recordFeedback(Fixtures.feedback(CEO_J4, Side.MENTEE, 5, 5)),
        "cannot record feedback in phase RUNNING", "next step: startFeedback");
  }

  @Test
  void closingWhileRunning() {
    assertRefused(Fixtures.running(), Cycle::close, "cannot close the cycle in phase RUNNING");
  }

  @Test
  void reportingBeforeClosing() {
    assertRefused(Fixtures.feedback(), Cycle::report, "cannot report in phase FEEDBACK", "next step: close");
  }

  @Test
  void historyBeforeClosing() {
    assertRefused(Fixtures.feedback(), Cycle::pastPairs, "cannot yield history in phase FEEDBACK");
  }

  @Test
  void missingFeedbackBeforeTheFeedbackRound() {
    assertRefused(Fixtures.running(), Cycle::missingFeedback, "cannot list missing feedback in phase RUNNING");
  }

  @Test
  void anythingAfterClosing() {
    assertRefused(Fixtures.closed(), c -> c.recordSession(CEO_J4, DAY, SessionStatus.HELD), "the cycle is closed");
    assertRefused(Fixtures.closed(), Cycle::close, "cannot close the cycle in phase CLOSED");
  }

  // ------------------------------------------------ incomplete steps

  @Test
  void enrolmentNeedsATopic() {
    assertRefused(Fixtures.topicCall(), Cycle::openEnrolment, "no topic announced");
  }

  @Test
  void closingEnrolmentNeedsMenteesAndMentors() {
    Cycle empty = Fixtures.topicCall().announceTopic("ai").openEnrolment();
    assertRefused(empty, Cycle::closeEnrolment, "no mentee enrolled", "no mentor enrolled");
    assertRefused(empty.enrolMentee(mentee("ceo", 1, "ai", 1)), Cycle::closeEnrolment, "no mentor enrolled");
  }

  @Test
  void matchingNeedsAFramework() {
    assertRefused(Fixtures.enrolment().closeEnrolment(), Cycle::startMatching, "no framework defined");
  }

  @Test
  void matchingNeedsACompleteFramework() {
    Cycle c = Fixtures.enrolment().closeEnrolment().defineFramework(new Framework(26, 4, 0, false));
    assertRefused(c, Cycle::startMatching, "framework.sessions: 0 is below 1",
        "framework.charterAccepted: the confidentiality charter is not accepted");
  }

  @Test
  void frameworkCadenceLongerThanTheCycle() {
    Cycle c = Fixtures.enrolment().closeEnrolment().defineFramework(new Framework(4, 8, 1, true));
    assertRefused(c, Cycle::startMatching, "framework.meetingEveryWeeks: 8 is longer than the cycle (4 weeks)");
  }

  @Test
  void draftingWithAnUnknownStrategy() {
    assertRefused(Fixtures.matching(), c -> c.draft(Fixtures.registry(), "nope", MatchOptions.DEFAULTS),
        "strategy \"nope\" is not registered; known: ", "greedy-test");
  }

  @Test
  void publishingNeedsADraft() {
    assertRefused(Fixtures.matching(), Cycle::publish, "no draft yet");
  }

  @Test
  void editingNeedsADraft() {
    assertRefused(Fixtures.matching(), c -> c.lock("ceo", "j4"), "cannot lock a pair", "no draft yet");
    assertRefused(Fixtures.matching(), c -> c.remove("ceo"), "cannot remove a pair", "no draft yet");
  }

  @Test
  void publishingADraftThatBreaksARule() {
    // hr's topic is data: after the swap hr->j6 holds no topic and cfo->j7 neither.
    Cycle swapped = Fixtures.drafted().swap("cfo", "hr");
    assertRefused(swapped, Cycle::publish, "pair cfo->j7 breaks [NO_TOPIC]", "pair hr->j6 breaks [NO_TOPIC]");
  }

  @Test
  void publishingADraftOverCapacity() {
    // j4 (capacity 1) already has ceo; locking cfo->j4 adds a second mentee.
    Cycle locked = Fixtures.drafted().lock("cfo", "j4");
    assertRefused(locked, Cycle::publish, "mentor \"j4\" has 2 mentees, capacity 1");
  }

  @Test
  void lockingBeyondCapacity() {
    Cycle c = Fixtures.drafted().lock("ceo", "j4");
    assertRefused(c, d -> d.lock("cfo", "j4"), "mentor \"j4\" would have 2 locked mentees, capacity 1");
  }

  @Test
  void swappingOrRemovingALockedPair() {
    Cycle c = Fixtures.drafted().lock("ceo", "j4");
    assertRefused(c, d -> d.swap("ceo", "cfo"), "pair ceo->j4 is locked");
    assertRefused(c, d -> d.remove("ceo"), "pair ceo->j4 is locked");
    assertRefused(c, d -> d.forbid("ceo", "j4"), "pair ceo->j4 is locked; a locked pair cannot be forbidden");
  }

  @Test
  void swappingOrRemovingAnUnmatchedMentee() {
    Cycle c = Fixtures.drafted().remove("hr");
    assertRefused(c, d -> d.remove("hr"), "\"hr\" has no mentor in the draft");
    assertRefused(c, d -> d.swap("ceo", "hr"), "\"hr\" has no mentor in the draft");
  }

  @Test
  void anIncompleteKickOff() {
    KickOff blank = new KickOff(CEO_J4, " ", "", ImmutableList.of());
    assertRefused(Fixtures.kickOff(), c -> c.recordKickOff(blank), "kickOff.menteeExpectations", "kickOff.mentorExpectations",
        "kickOff.goals: no goal set");
    KickOff vagueGoal = new KickOff(CEO_J4, "learn", "access", ImmutableList.of(new Goal("use it", " ", DAY)));
    assertRefused(Fixtures.kickOff(), c -> c.recordKickOff(vagueGoal), "kickOff.goals[0].measureOfSuccess: blank");
  }

  @Test
  void runningNeedsEveryKickOff() {
    Cycle c = Fixtures.kickOff().recordKickOff(Fixtures.kickOff(CEO_J4));
    assertRefused(c, Cycle::startRunning, "no kick-off recorded for cfo->j6", "no kick-off recorded for hr->j7");
  }

  @Test
  void feedbackNeedsASessionPerPair() {
    Cycle c = Fixtures.running().recordSession(CEO_J4, DAY, SessionStatus.CANCELLED);
    assertRefused(c, Cycle::startFeedback, "no session recorded for cfo->j6", "no session recorded for hr->j7");
  }

  @Test
  void closingNeedsSomeFeedback() {
    assertRefused(Fixtures.feedback(), Cycle::close, "no feedback recorded; expected from 6 sides");
  }

  // ------------------------------------------------ invalid input

  @Test
  void invalidInputIsNamed() {
    assertInvalid(Fixtures.topicCall(), c -> c.announceTopic("cooking"), "topic.competence: unknown competence \"cooking\"");
    assertInvalid(Fixtures.topicCall().announceTopic("ai"), c -> c.announceTopic("ai"), "topic \"ai\" is already announced");
    assertInvalid(Fixtures.enrolment(), c -> c.enrolMentee(mentee("nobody", 1, "social", 1)),
        "mentee.employee: unknown employee \"nobody\"", "mentee.topics[0].competence: \"social\" is not an announced topic (announced: ai, data)");
    assertInvalid(Fixtures.enrolment(), c -> c.enrolMentee(mentee("ceo", 1, "ai", 1)), "\"ceo\" is already enrolled as mentee");
    assertInvalid(Fixtures.enrolment(), c -> c.enrolMentor(mentor("j1", 0, p("ai", 9))), "capacity", "is outside 1..5");
    assertInvalid(Fixtures.drafted(), c -> c.lock("cto", "j4"), "lock.mentee: \"cto\" is not an enrolled mentee");
    assertInvalid(Fixtures.drafted(), c -> c.lock("hr", "j4"), "pair hr->j4 breaks [NO_TOPIC]");
    assertInvalid(Fixtures.running(), c -> c.recordSession(Pair.of("ceo", "j6"), DAY, SessionStatus.HELD),
        "pair ceo->j6 is not a current pair of cycle 2026");
    assertInvalid(Fixtures.running(), c -> c.change(new Change.MentorLeaves("j9"), DAY, "left", GREEDY, MatchOptions.DEFAULTS),
        "change.mentor: unknown mentor \"j9\"");
    Feedback bad = new Feedback(CEO_J4, Side.MENTEE, 7, ImmutableList.of(), ImmutableList.of(), true);
    assertInvalid(Fixtures.feedback(), c -> c.recordFeedback(bad), "feedback.overallRating: 7 is outside 1..5",
        "feedback.goalRatings: 0 ratings for 1 kick-off goals of ceo->j4");
    assertInvalid(Fixtures.feedback(), c -> c.recordFeedback(Fixtures.feedback(Pair.of("cto", "j4"), Side.MENTOR, 3, 3)),
        "pair cto->j4 was not formed in cycle 2026");
  }
}
