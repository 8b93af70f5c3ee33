package dev.tandem.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The value types of the model: defaults of docs/objective.md, matchings, personal data. */
class ModelTest {

  @Test
  void defaultPolicyAndWeightsAreThoseOfTheObjective() {
    Policy p = Policy.DEFAULT;
    assertThat(p.minLevelGap()).isEqualTo(1);
    assertThat(p.reportingLine()).isEqualTo(ReportingLine.FORBID_CHAIN);
    assertThat(p.reportingLineDepth()).isZero();
    assertThat(p.requireTopicMatch()).isTrue();
    assertThat(p.allowRepeatPairs()).isFalse();
    assertThat(p.candidatePairs()).isEqualTo(CandidatePairs.ELIGIBLE);
    assertThat(p.weights()).isEqualTo(new Weights(10, 5, 4, 30, 10, 5, 20, 15));
    assertThat(Policy.builder().build()).isEqualTo(Policy.DEFAULT);
    assertThat(MatchingProblem.builder().build().policy()).isEqualTo(Policy.DEFAULT);
  }

  @Test
  void weightWithersChangeOneWeightEach() {
    Weights w = Weights.ZERO;
    assertThat(w.withTopicWeight(1).topicWeight()).isEqualTo(1);
    assertThat(w.withLevelGapWeight(2).levelGapWeight()).isEqualTo(2);
    assertThat(w.withLevelGapCap(3).levelGapCap()).isEqualTo(3);
    assertThat(w.withCrossDepartmentWeight(4).crossDepartmentWeight()).isEqualTo(4);
    assertThat(w.withRatingWeight(5).ratingWeight()).isEqualTo(5);
    assertThat(w.withPreferenceWeight(6).preferenceWeight()).isEqualTo(6);
    assertThat(w.withDepartmentSpreadWeight(7).departmentSpreadWeight()).isEqualTo(7);
    assertThat(w.withMentorLoadWeight(8).mentorLoadWeight()).isEqualTo(8);
    assertThat(w.withTopicWeight(1).withMentorLoadWeight(8)).isEqualTo(new Weights(1, 0, 0, 0, 0, 0, 0, 8));
  }

  static MatchingProblem small() {
    return MatchingProblem.builder()
        .competence(Competence.of("genai"))
        .employee(Employee.of("boss", "BOARD", 8).withDisplayName("Dr. Secret Person"))
        .employee(Employee.of("kid", "IT", 1))
        .employee(Employee.of("kat", "IT", 1))
        .mentee(Mentee.of("boss", 1, List.of(new TopicRequest("genai", 3))))
        .mentee(Mentee.of("kat", 1, List.of()))
        .mentor(Mentor.of("kid", 1, List.of(new Proficiency("genai", 5))))
        .build();
  }

  @Test
  void matchingOfListsTheOtherMenteesAsUnmatched() {
    MatchingProblem p = small();
    Matching m = Matching.of(p, List.of(Pair.of("boss", "kid")));
    assertThat(m.unmatched()).containsExactly("kat");
    assertThat(m.mentorOf("boss")).contains("kid");
    assertThat(m.mentorOf("kat")).isEmpty();
    assertThat(m.menteesOf("kid")).containsExactly("boss");
    assertThat(Matching.empty(p).unmatched()).containsExactly("boss", "kat");
  }

  @Test
  void matchingOfRejectsStrangersAndAMenteeMatchedTwiceAllAtOnce() {
    MatchingProblem p = small();
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Matching.of(p,
        List.of(Pair.of("boss", "kid"), Pair.of("boss", "kid"), Pair.of("nobody", "kid"), Pair.of("kat", "ghost"))));
    assertThat(e.problems()).containsExactly(
        new ValidationProblem("pairs[1].mentee", "mentee \"boss\" is matched twice"),
        new ValidationProblem("pairs[2].mentee", "unknown mentee \"nobody\""),
        new ValidationProblem("pairs[3].mentor", "unknown mentor \"ghost\""));
  }

  @Test
  void theDisplayNameIsNeverPrinted() {
    MatchingProblem p = small();
    Employee boss = p.employee("boss");
    assertThat(boss.displayName()).contains("Dr. Secret Person");
    assertThat(boss.toString()).doesNotContain("Secret").contains("boss");
    assertThat(p.toString()).doesNotContain("Secret");
  }

  @Test
  void aProblemWithoutMenteesOrMentorsIsValid() {
    MatchingProblem noMentors = small().toBuilder().removeMentor("kid").build();
    assertThat(noMentors.mentors()).isEmpty();
    MatchingProblem noMentees = small().toBuilder().removeMentee("boss").removeMentee("kat").build();
    assertThat(noMentees.mentees()).isEmpty();
  }

  @Test
  void removingAPersonAlsoRemovesItsPins() {
    MatchingProblem p = small().toBuilder().pin("boss", "kid").build();
    assertThat(p.pinnedMentor("boss")).contains("kid");
    assertThat(p.toBuilder().removeMentor("kid").build().pinnedPairs()).isEmpty();
    assertThat(p.toBuilder().removeMentee("boss").build().pinnedPairs()).isEmpty();
  }

  @Test
  void lookupsByIdAnswerMinusOneOrEmptyForStrangers() {
    MatchingProblem p = small();
    assertThat(p.menteeIndex("kat")).isEqualTo(1);
    assertThat(p.menteeIndex("kid")).isEqualTo(-1);
    assertThat(p.mentorIndex("kid")).isZero();
    assertThat(p.competenceIndex("genai")).isZero();
    assertThat(p.competenceIndex("x")).isEqualTo(-1);
    assertThat(p.mentee("nobody")).isEmpty();
    assertThatThrownBy(() -> p.employee("nobody")).hasMessageContaining("\"nobody\"");
  }

  @Test
  void aValidationExceptionListsOneProblemPerLine() {
    ValidationException one = new ValidationException(List.of(new ValidationProblem("a.b", "bad")));
    assertThat(one.getMessage()).isEqualTo("a.b: bad");
    ValidationException two = new ValidationException(List.of(new ValidationProblem("a", "x"), new ValidationProblem("", "y")));
    assertThat(two.getMessage()).isEqualTo("2 problems:\na: x\ny");
    assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
