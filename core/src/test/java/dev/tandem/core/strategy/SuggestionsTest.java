package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.Rule;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  // board (8, BOARD) manages head (6, IT) who manages t1 (1, IT); t2 (1, HR) and t3 (2, HR) elsewhere.
  static MatchingProblem problem() {
    return MatchingProblem.builder()
        .competence(Competence.of("genai"))
        .competence(Competence.of("tiktok"))
        .employee(Employee.of("board", "BOARD", 8))
        .employee(Employee.of("head", "IT", 6, "board"))
        .employee(Employee.of("cfo", "FIN", 8))
        .employee(Employee.of("t1", "IT", 1, "head"))
        .employee(Employee.of("t2", "HR", 1))
        .employee(Employee.of("t3", "HR", 2))
        .mentee(Mentee.of("board", 3, List.of(new TopicRequest("genai", 3))))
        .mentee(Mentee.of("head", 1, List.of(new TopicRequest("genai", 1), new TopicRequest("tiktok", 2))))
        .mentee(Mentee.of("cfo", 2, List.of(new TopicRequest("tiktok", 3))))
        .mentor(Mentor.of("t1", 1, List.of(new Proficiency("genai", 5))))
        .mentor(Mentor.of("t2", 1, List.of(new Proficiency("tiktok", 4))))
        .mentor(Mentor.of("t3", 2, List.of(new Proficiency("tiktok", 2))))
        .build();
  }

  @Test
  void aMenteeWithoutEligibleMentorsSeesTheRulesThatExcludedThem() {
    MatchingProblem p = problem();
    MenteeSuggestions s = Suggestions.forMentee(Eligibility.of(p), Matching.empty(p), "board", 3);
    assertThat(s.suggestions()).isEmpty();
    assertThat(s.eligibleCount()).isZero();
    assertThat(s.excludedBy()).containsEntry(Rule.REPORTING_LINE, 1).containsEntry(Rule.NO_TOPIC, 2);
    assertThat(s.allEligibleFull()).isFalse();
  }

  @Test
  void suggestsFreeEligibleMentorsBestFirstWithTheirParts() {
    MatchingProblem p = problem();
    Eligibility el = Eligibility.of(p);
    MenteeSuggestions s = Suggestions.forMentee(el, Matching.empty(p), "head", 5);
    // head-t2: fit 2*4=8 -> 80, gap 5 capped 4 -> 20, IT/HR -> 30: 130; head-t3: fit 2*2=4 -> 40, gap 4 -> 20, 30: 90
    assertThat(s.suggestions()).extracting(Suggestion::mentor).containsExactly("t2", "t3");
    assertThat(s.suggestions().get(0).pairScore()).isEqualTo(130);
    assertThat(s.suggestions().get(0).parts().topic()).isEqualTo(80);
    assertThat(s.suggestions().get(0).parts().crossDepartment()).isEqualTo(30);
    assertThat(Suggestions.forMentee(el, Matching.empty(p), "head", 1).suggestions()).hasSize(1);
  }

  @Test
  void fullMentorsAreNotSuggestedAndLoadLowersTheValue() {
    MatchingProblem p = problem();
    Eligibility el = Eligibility.of(p);
    Matching current = Matching.of(p, List.of(Pair.of("cfo", "t2"), Pair.of("head", "t3")));
    MenteeSuggestions forHead = Suggestions.forMentee(el, current, "head", 5);
    // t2 is full (cfo); head's own pair with t3 does not count against it
    assertThat(forHead.suggestions()).extracting(Suggestion::mentor).containsExactly("t3");
    assertThat(forHead.suggestions().get(0).load()).isZero();
    Matching both = Matching.of(p, List.of(Pair.of("cfo", "t3")));
    Suggestion t3 = Suggestions.forMentee(el, both, "head", 5).suggestions().stream()
        .filter(x -> x.mentor().equals("t3")).findFirst().orElseThrow();
    assertThat(t3.load()).isEqualTo(1);
    assertThat(t3.value()).isEqualTo(90 - 15);
    Matching full = Matching.of(p, List.of(Pair.of("cfo", "t2"), Pair.of("board", "t3")));
    Matching fuller = Matching.of(p, List.of(Pair.of("cfo", "t2")));
    assertThat(Suggestions.forMentee(el, full, "head", 5).suggestions()).extracting(Suggestion::mentor).containsExactly("t3");
    assertThat(Suggestions.forMentee(el, fuller, "head", 5).allEligibleFull()).isFalse();
  }

  @Test
  void rejectsUnknownMenteesAndNegativeK() {
    MatchingProblem p = problem();
    Eligibility el = Eligibility.of(p);
    assertThatThrownBy(() -> Suggestions.forMentee(el, Matching.empty(p), "nobody", 3)).hasMessageContaining("nobody");
    assertThatThrownBy(() -> Suggestions.forMentee(el, Matching.empty(p), "head", -1)).hasMessageContaining("-1");
  }

  @Property(tries = 60)
  void suggestionsAreEligibleFreeSortedAndTheBest(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int k) {
    MatchingProblem p = TinyProblems.random(seed, 12, 8, true, false);
    Eligibility el = Eligibility.of(p);
    Matching current = new RandomStrategy().match(el, MatchOptions.builder().seed(seed).build());
    long w = p.policy().weights().mentorLoadWeight();
    for (int m = 0; m < el.menteeCount(); m++) {
      String id = el.menteeId(m);
      MenteeSuggestions s = Suggestions.forMentee(el, current, id, k);
      assertThat(s.suggestions().size()).isLessThanOrEqualTo(k);
      int free = 0;
      long best = Long.MIN_VALUE;
      for (int pos = el.start(m); pos < el.end(m); pos++) {
        int r = el.mentorAt(pos);
        int load = (int) current.pairs().stream().filter(x -> x.mentor().equals(el.mentorId(r)) && !x.mentee().equals(id)).count();
        if (load < el.capacity(r)) {
          free++;
          best = Math.max(best, el.scoreAt(pos) - w * load);
        }
      }
      assertThat(s.suggestions().size()).isEqualTo(Math.min(k, free));
      if (!s.suggestions().isEmpty()) {
        assertThat(s.suggestions().get(0).value()).isEqualTo(best);
      }
      for (int i = 0; i + 1 < s.suggestions().size(); i++) {
        assertThat(s.suggestions().get(i).value()).isGreaterThanOrEqualTo(s.suggestions().get(i + 1).value());
      }
      for (Suggestion x : s.suggestions()) {
        assertThat(el.isEligible(m, p.mentorIndex(x.mentor()))).isTrue();
        assertThat(x.load()).isLessThan(x.capacity());
        assertThat(x.parts().total()).isEqualTo(x.pairScore());
      }
      if (el.eligibleCount(m) == 0) {
        assertThat(s.excludedBy()).isNotEmpty();
      }
    }
  }
}
