package dev.tandem.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.TopicRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows with few candidates among many mentors (fewer than an eighth), whose candidates arrive out
 * of index order: the rows must still be ascending, or position lookups fail.
 */
class EligibilityManyMentorsTest {

  @Test
  void sparseRowsAmongManyMentorsAreAscending() {
    MatchingProblem.Builder b = MatchingProblem.builder().name("many-mentors");
    for (int c = 0; c < 10; c++) {
      b.competence(Competence.of("c" + c));
    }
    b.employee(Employee.of("boss", "IT", 9));
    b.mentee(Mentee.of("boss", 1, List.of(new TopicRequest("c3", 2), new TopicRequest("c7", 1))));
    List<Mentor> mentors = new ArrayList<>();
    for (int j = 0; j < 100; j++) {
      // levels fall with the index, so the by-level competence index lists candidates in reverse
      b.employee(Employee.of("j" + (100 + j), "IT", 1 + (99 - j) / 20));
      mentors.add(Mentor.of("j" + (100 + j), 1, List.of(new Proficiency("c" + (j % 10), 3))));
    }
    mentors.forEach(b::mentor);
    MatchingProblem p = b.policy(Policy.builder().minLevelGap(0).reportingLine(ReportingLine.ALLOW).requireTopicMatch(true).build()).build();
    Eligibility el = Eligibility.of(p);
    // candidates: mentors holding c3 or c7, 20 of 100 (20 * 8 >= 100: the scan over all mentors);
    // the row is exactly the mentors j = 3, 7, 13, 17, ... in ascending order
    List<Integer> row = new ArrayList<>();
    for (int k = el.start(0); k < el.end(0); k++) {
      row.add(el.mentorAt(k));
    }
    List<Integer> expected = new ArrayList<>();
    for (int j = 0; j < 100; j++) {
      if (j % 10 == 3 || j % 10 == 7) {
        expected.add(j);
      }
    }
    assertThat(row).containsExactlyElementsOf(expected);
    for (int j : expected) {
      assertThat(el.isEligible(0, j)).as("mentor %d", j).isTrue();
    }
  }

  @Test
  void veryFewCandidatesAmongManyMentorsAreSortedToo() {
    MatchingProblem.Builder b = MatchingProblem.builder().name("few-candidates");
    b.competence(Competence.of("rare")).competence(Competence.of("common"));
    b.employee(Employee.of("boss", "IT", 9));
    b.mentee(Mentee.of("boss", 1, List.of(new TopicRequest("rare", 1))));
    List<Integer> holders = List.of(5, 41, 77, 90);
    for (int j = 0; j < 100; j++) {
      b.employee(Employee.of("j" + (100 + j), "IT", 1 + (99 - j) / 20));
      b.mentor(Mentor.of("j" + (100 + j), 1, List.of(new Proficiency(holders.contains(j) ? "rare" : "common", 3))));
    }
    MatchingProblem p = b.policy(Policy.builder().minLevelGap(0).reportingLine(ReportingLine.ALLOW).requireTopicMatch(true).build()).build();
    Eligibility el = Eligibility.of(p);
    // 4 candidates, 4 * 8 < 100: the row is sorted, not scanned; the competence index gives them by falling level
    List<Integer> row = new ArrayList<>();
    for (int k = el.start(0); k < el.end(0); k++) {
      row.add(el.mentorAt(k));
    }
    assertThat(row).containsExactly(5, 41, 77, 90);
    for (int j : holders) {
      assertThat(el.position(0, j)).as("mentor %d", j).isGreaterThanOrEqualTo(0);
      assertThat(el.pairScore(0, j)).isEqualTo(el.scoreAt(el.position(0, j)));
    }
  }
}
