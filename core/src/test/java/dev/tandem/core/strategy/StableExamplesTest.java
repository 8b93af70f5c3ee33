package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Textbook examples with known stable matchings. */
class StableExamplesTest {

  /** Mentees propose to mentors with the given capacities; every pair is eligible. */
  static MatchingProblem problem(Map<String, List<String>> menteePrefs, Map<String, List<String>> mentorPrefs, Map<String, Integer> capacity) {
    MatchingProblem.Builder b = MatchingProblem.builder().competence(Competence.of("ai"));
    menteePrefs.keySet().stream().sorted().forEach(id -> {
      b.employee(Employee.of(id, "BOARD", 8));
      b.mentee(Mentee.of(id, 1, List.of(new TopicRequest("ai", 1))).withRanking(menteePrefs.get(id)));
    });
    mentorPrefs.keySet().stream().sorted().forEach(id -> {
      b.employee(Employee.of(id, "IT", 1));
      b.mentor(Mentor.of(id, capacity.get(id), List.of(new Proficiency("ai", 3))).withRanking(mentorPrefs.get(id)));
    });
    return b.build();
  }

  private static List<Pair> pairs(Matching m) {
    return m.pairs().stream().sorted((a, b) -> a.mentee().compareTo(b.mentee())).toList();
  }

  // The cyclic 3 x 3 instance with three stable matchings (Gusfield and Irving 1989, ch. 1):
  // the proposing side gets its first choices, the other side its first choices when it proposes.
  private static final MatchingProblem CLASSIC = problem(
      Map.of("m1", List.of("w1", "w2", "w3"), "m2", List.of("w2", "w3", "w1"), "m3", List.of("w3", "w1", "w2")),
      Map.of("w1", List.of("m2", "m3", "m1"), "w2", List.of("m3", "m1", "m2"), "w3", List.of("m1", "m2", "m3")),
      Map.of("w1", 1, "w2", 1, "w3", 1));

  @Test
  void classicThreeByThreeMenteeProposingGivesEveryMenteeItsFirstChoice() {
    Matching m = new StableStrategy().match(CLASSIC);
    assertThat(pairs(m)).containsExactly(Pair.of("m1", "w1"), Pair.of("m2", "w2"), Pair.of("m3", "w3"));
    assertThat(Evaluator.evaluate(CLASSIC, m).metrics().blockingPairs()).isZero();
  }

  @Test
  void classicThreeByThreeMentorProposingGivesEveryMentorItsFirstChoice() {
    Matching m = new StableMentorStrategy().match(CLASSIC);
    assertThat(pairs(m)).containsExactly(Pair.of("m1", "w3"), Pair.of("m2", "w1"), Pair.of("m3", "w2"));
    assertThat(Evaluator.evaluate(CLASSIC, m).metrics().blockingPairs()).isZero();
  }

  // Hospitals/residents: residents r1..r5, hospitals h1 (2 places), h2 (1), h3 (2). Worked by
  // hand both ways (the instance has a single stable matching): r3 displaces r2 at h1, r5
  // displaces r4 at h2, r4 displaces r1 at h1, r1 displaces r5 at h2, r5 ends at h3.
  private static final MatchingProblem HOSPITALS = problem(
      Map.of("r1", List.of("h1", "h2", "h3"), "r2", List.of("h1", "h3", "h2"), "r3", List.of("h1", "h2", "h3"),
          "r4", List.of("h2", "h1", "h3"), "r5", List.of("h2", "h3", "h1")),
      Map.of("h1", List.of("r4", "r5", "r3", "r1", "r2"), "h2", List.of("r1", "r3", "r2", "r5", "r4"),
          "h3", List.of("r2", "r1", "r5", "r4", "r3")),
      Map.of("h1", 2, "h2", 1, "h3", 2));

  @Test
  void hospitalsResidentsBothWays() {
    List<Pair> expected = List.of(Pair.of("r1", "h2"), Pair.of("r2", "h3"), Pair.of("r3", "h1"), Pair.of("r4", "h1"), Pair.of("r5", "h3"));
    assertThat(pairs(new StableStrategy().match(HOSPITALS))).containsExactlyElementsOf(expected);
    assertThat(pairs(new StableMentorStrategy().match(HOSPITALS))).containsExactlyElementsOf(expected);
  }

  @Test
  void pinnedPairIsKeptAndTakesTheMentorsPlace() {
    MatchingProblem pinned = CLASSIC.toBuilder().pin("m2", "w1").build();
    Matching m = new StableStrategy().match(pinned);
    // m2 is fixed at w1; m1 and m3 propose to their first choices w1 (full) -> w2, and w3.
    assertThat(pairs(m)).containsExactly(Pair.of("m1", "w2"), Pair.of("m2", "w1"), Pair.of("m3", "w3"));
  }

  @Test
  void aPinnedMenteeAndAFreeMentorWhoPreferEachOtherDoNotBlock() {
    // x1 is pinned to j1 (ai 2: 3*2*10 + gap 4*5 + cross 30 = 110); j2 (ai 5: 150 + 20 + 30 = 200 with
    // either mentee, capacity 2) takes x2 and keeps a free seat. x1 prefers j2 (200 > 110) and j2 has room:
    // by the letter of "m prefers r, r has a free seat" that pair blocks, but x1's pair is a decision.
    MatchingProblem p = MatchingProblem.builder().competence(Competence.of("ai"))
        .employee(Employee.of("x1", "A", 8)).employee(Employee.of("x2", "A", 8))
        .employee(Employee.of("j1", "B", 1)).employee(Employee.of("j2", "C", 1))
        .mentee(Mentee.of("x1", 1, List.of(new TopicRequest("ai", 3))))
        .mentee(Mentee.of("x2", 1, List.of(new TopicRequest("ai", 3))))
        .mentor(Mentor.of("j1", 1, List.of(new Proficiency("ai", 2))))
        .mentor(Mentor.of("j2", 2, List.of(new Proficiency("ai", 5))))
        .pin("x1", "j1")
        .build();
    for (Matching m : List.of(new StableStrategy().match(p), new StableMentorStrategy().match(p))) {
      assertThat(pairs(m)).containsExactly(Pair.of("x1", "j1"), Pair.of("x2", "j2"));
      assertThat(Evaluator.evaluate(p, m).metrics().blockingPairs()).isZero();
    }
    // without the pin the same matching has that blocking pair (x1, j2), and x1 -> j2 would be stable
    MatchingProblem free = p.toBuilder().pinnedPairs(List.of()).build();
    Matching same = Matching.of(free, List.of(Pair.of("x1", "j1"), Pair.of("x2", "j2")));
    assertThat(Evaluator.evaluate(free, same).metrics().blockingPairs()).isEqualTo(1);
    assertThat(pairs(new StableStrategy().match(free))).containsExactly(Pair.of("x1", "j2"), Pair.of("x2", "j2"));
  }
}
