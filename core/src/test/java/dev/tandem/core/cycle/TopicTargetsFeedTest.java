package dev.tandem.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.TopicTarget;
import org.junit.jupiter.api.Test;

/** The announced topics' target pairs reach the matching problem the strategies see. */
class TopicTargetsFeedTest {
  @Test
  void theProblemOfTheCycleCarriesEveryAnnouncedTargetAndNoOther() {
    // Fixtures announce "ai" with 2 target pairs and "data" without a target.
    Cycle c = Fixtures.matching();
    assertThat(c.problem().topicTargets()).containsExactly(new TopicTarget("ai", 2));
  }

  @Test
  void aTopicCallWithoutTargetsGivesAProblemWithoutTargets() {
    Cycle c = Fixtures.topicCall().announceTopic("ai").openEnrolment()
        .enrolMentee(Fixtures.mentee("ceo", 5, "ai", 3))
        .enrolMentor(Fixtures.mentor("j4", 1, Fixtures.p("ai", 4)));
    assertThat(c.problem().topicTargets()).isEmpty();
  }
}
