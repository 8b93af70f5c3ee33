package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.Fixtures.mentee;
import static dev.tandem.core.cycle.Fixtures.mentor;
import static dev.tandem.core.cycle.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Direct approach on the hand-made company of {@link Fixtures}: topics ai and social; mentees ceo
 * (ai), cfo (ai), cto (social); j4 already volunteered; cto was mentored by j5 last year.
 */
class DirectApproachTest {
  static Cycle enrolment(Policy policy) {
    return Cycle.start("2026", Fixtures.employees(), Fixtures.catalogue(), policy, List.of(PastPair.of("2025", "cto", "j5")))
        .announceTopic("ai").announceTopic("social").openEnrolment()
        .enrolMentee(mentee("ceo", 5, "ai", 3))
        .enrolMentee(mentee("cfo", 3, "ai", 2))
        .enrolMentee(mentee("cto", 3, "social", 2))
        .enrolMentor(mentor("j4", 1, p("ai", 4), p("social", 3)));
  }

  @Test
  void suggestsPerTopicWhoCouldServeTheMostMentees() {
    List<TopicSuggestion> s = enrolment(Policy.DEFAULT).suggestMentors();
    assertThat(s).extracting(TopicSuggestion::competence).containsExactly("ai", "social");
    // ai: j6 (no manager) could mentor ceo and cfo; j1 and s1 report to cto, under ceo, so only cfo;
    // j2 and s2 report to cfo (and s2 is too senior for cto); j4 is enrolled already.
    assertThat(s.get(0).candidates()).containsExactly(
        new MentorCandidate("j6", com.google.common.collect.ImmutableList.of("ceo", "cfo")),
        new MentorCandidate("j1", com.google.common.collect.ImmutableList.of("cfo")),
        new MentorCandidate("s1", com.google.common.collect.ImmutableList.of("cfo")));
    // social: j2 could mentor cto; j5 mentored cto last year (no repeat pairs).
    assertThat(s.get(1).candidates()).containsExactly(new MentorCandidate("j2", com.google.common.collect.ImmutableList.of("cto")));
  }

  @Test
  void followsThePolicy() {
    // With a level gap of at least 3, s1 (level 6) can no longer mentor cfo (level 8).
    Policy strict = Policy.builder().minLevelGap(3).build();
    List<TopicSuggestion> s = enrolment(strict).suggestMentors();
    assertThat(s.get(0).candidates()).extracting(MentorCandidate::employee).containsExactly("j6", "j1");
    // Allowing repeat pairs brings j5 back for cto.
    Policy repeats = Policy.builder().allowRepeatPairs(true).build();
    assertThat(enrolment(repeats).suggestMentors().get(1).candidates()).extracting(MentorCandidate::employee)
        .containsExactly("j2", "j5");
  }

  @Test
  void nominatedMentorsAreNoLongerSuggestedAndAreMarked() {
    Cycle c = enrolment(Policy.DEFAULT).nominateMentor(mentor("j6", 2, p("ai", 3)));
    assertThat(c.mentors().get(1).nominated()).isTrue();
    assertThat(c.suggestMentors().get(0).candidates()).extracting(MentorCandidate::employee).containsExactly("j1", "s1");
  }

  @Test
  void noMenteeForATopicMeansNoSuggestion() {
    Cycle c = Cycle.start("2026", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT, List.of())
        .announceTopic("data").announceTopic("ai").openEnrolment().enrolMentee(mentee("ceo", 5, "ai", 3));
    List<TopicSuggestion> s = c.suggestMentors();
    assertThat(s.get(0).competence()).isEqualTo("data");
    assertThat(s.get(0).candidates()).isEmpty();
    assertThat(s.get(1).candidates()).extracting(MentorCandidate::employee).containsExactly("j4", "j6");
  }
}
