package dev.tandem.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.testing.ProblemParts;
import dev.tandem.core.testing.RandomProblems;
import dev.tandem.core.testing.ReferenceObjective;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The bulk {@link Eligibility} agrees with the direct {@link Rules} and with docs/objective.md on every pair. */
class EligibilityProperties {

  @Provide
  Arbitrary<MatchingProblem> problems() {
    return RandomProblems.problems();
  }

  @Property(tries = 200)
  void listsAPairExactlyWhenNoRuleHolds(@ForAll("problems") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    long listed = 0;
    for (int m = 0; m < el.menteeCount(); m++) {
      for (int r = 0; r < el.mentorCount(); r++) {
        Set<Rule> rules = Rules.violated(p, el.menteeId(m), el.mentorId(r));
        assertThat(rules).as("rules of %s-%s", el.menteeId(m), el.mentorId(r))
            .isEqualTo(ReferenceObjective.rules(p, el.menteeId(m), el.mentorId(r)));
        assertThat(el.isEligible(m, r)).as("%s-%s listed, broken %s", el.menteeId(m), el.mentorId(r), rules)
            .isEqualTo(rules.isEmpty());
        if (rules.isEmpty()) {
          listed++;
        }
      }
    }
    assertThat(el.pairCount()).isEqualTo(listed);
  }

  /** A pin is part of every solution: a pinned pair that breaks a rule is refused by name, and nothing is computed. */
  @Property(tries = 100)
  void refusesAPinnedPairThatBreaksARule(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Random rnd = new Random(seed);
    Set<String> pinnedMentees = p.pinnedPairs().stream().map(Pair::mentee).collect(Collectors.toSet());
    Map<String, Long> pinnedLoad = p.pinnedPairs().stream().collect(Collectors.groupingBy(Pair::mentor, Collectors.counting()));
    List<Pair> options = new ArrayList<>();
    for (Mentee m : p.mentees()) {
      for (Mentor r : p.mentors()) {
        if (!pinnedMentees.contains(m.employee()) && !m.employee().equals(r.employee())
            && pinnedLoad.getOrDefault(r.employee(), 0L) < r.capacity()) {
          options.add(Pair.of(m.employee(), r.employee()));
        }
      }
    }
    Assume.that(!options.isEmpty());
    Pair pin = options.get(rnd.nextInt(options.size()));
    ProblemParts parts = ProblemParts.of(p);
    parts.forbidden.add(pin);
    parts.pinned.add(pin);
    MatchingProblem withPin = parts.build();
    String path = "pinnedPairs[" + (parts.pinned.size() - 1) + "]";
    assertThat(Rules.pinProblems(withPin)).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo(path);
      assertThat(x.message()).contains(pin.toString(), "CONFLICT");
    });
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Eligibility.of(withPin));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(ValidationProblem::path).containsExactly(path);
    assertThat(Rules.pinProblems(p)).isEmpty();
  }

  @Property(tries = 200)
  void rowsAreAscendingAndScoredByTheFormula(@ForAll("problems") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    PairScoring scoring = new PairScoring(p);
    for (int m = 0; m < el.menteeCount(); m++) {
      for (int k = el.start(m); k < el.end(m); k++) {
        int r = el.mentorAt(k);
        if (k > el.start(m)) {
          assertThat(r).isGreaterThan(el.mentorAt(k - 1));
        }
        assertThat(el.position(m, r)).isEqualTo(k);
        assertThat(el.scoreAt(k)).isEqualTo(scoring.score(m, r));
      }
      for (int r = 0; r < el.mentorCount(); r++) {
        long expected = ReferenceObjective.pairScore(p, el.menteeId(m), el.mentorId(r));
        assertThat(scoring.score(m, r)).as("score %s-%s", el.menteeId(m), el.mentorId(r)).isEqualTo(expected);
        assertThat(scoring.parts(m, r).total()).isEqualTo(expected);
        assertThat(el.pairScore(m, r)).isEqualTo(expected);
      }
    }
  }

  @Property(tries = 200)
  void exclusionCountsAreTheFirstRuleAttribution(@ForAll("problems") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    for (int m = 0; m < el.menteeCount(); m++) {
      Map<Rule, Integer> expected = new EnumMap<>(Rule.class);
      for (int r = 0; r < el.mentorCount(); r++) {
        Set<Rule> rules = ReferenceObjective.rules(p, el.menteeId(m), el.mentorId(r));
        rules.stream().min(Enum::compareTo).ifPresent(first -> expected.merge(first, 1, Integer::sum));
      }
      assertThat(el.excludedBy(m)).as("mentee %s", el.menteeId(m)).isEqualTo(expected);
      int total = 0;
      for (Rule rule : Rule.values()) {
        assertThat(el.excludedCount(m, rule)).isEqualTo(expected.getOrDefault(rule, 0));
        total += el.excludedCount(m, rule);
      }
      assertThat(total + el.eligibleCount(m)).isEqualTo(el.mentorCount());
    }
  }

  @Property(tries = 100)
  void pinnedPairsAreEligibleAndPerMenteeDataIsCopied(@ForAll("problems") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    for (int m = 0; m < el.menteeCount(); m++) {
      assertThat(el.priority(m)).isEqualTo(p.mentees().get(m).priority());
      int pin = el.pinnedMentor(m);
      assertThat(pin >= 0 ? el.mentorId(pin) : "none").isEqualTo(p.pinnedMentor(el.menteeId(m)).orElse("none"));
      if (pin >= 0) {
        assertThat(el.isEligible(m, pin)).isTrue();
      }
      String dept = p.employee(el.menteeId(m)).department();
      assertThat(el.departments().get(el.menteeDepartment(m))).isEqualTo(dept);
    }
    for (int r = 0; r < el.mentorCount(); r++) {
      assertThat(el.capacity(r)).isEqualTo(p.mentors().get(r).capacity());
      assertThat(el.departments().get(el.mentorDepartment(r))).isEqualTo(p.employee(el.mentorId(r)).department());
    }
    assertThat(el.departments()).isSorted().doesNotHaveDuplicates();
  }

  @Property(tries = 100)
  void assignmentsAndMatchingsRoundTrip(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Eligibility el = Eligibility.of(p);
    java.util.Random rnd = new java.util.Random(seed);
    int[] mentorOf = new int[el.menteeCount()];
    for (int m = 0; m < mentorOf.length; m++) {
      mentorOf[m] = el.mentorCount() == 0 || rnd.nextInt(3) == 0 ? -1 : rnd.nextInt(el.mentorCount());
    }
    dev.tandem.core.model.Matching matching = el.toMatching(mentorOf);
    assertThat(el.assignmentOf(matching)).containsExactly(mentorOf);
    assertThat(matching.pairs().size() + matching.unmatched().size()).isEqualTo(el.menteeCount());
    for (int m = 0; m < mentorOf.length; m++) {
      assertThat(matching.mentorOf(el.menteeId(m))).isEqualTo(
          mentorOf[m] < 0 ? java.util.Optional.empty() : java.util.Optional.of(el.mentorId(mentorOf[m])));
    }
  }

  @Property(tries = 100)
  void preferencesAreStrictTotalOrdersWithRankingsFirst(@ForAll("problems") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    Preferences prefs = new Preferences(el);
    PairScoring scoring = el.scoring();
    for (int m = 0; m < el.menteeCount(); m++) {
      java.util.List<Integer> rs = new java.util.ArrayList<>();
      for (int k = el.start(m); k < el.end(m); k++) {
        rs.add(el.mentorAt(k));
      }
      final int mentee = m;
      rs.sort((a, b) -> prefs.compareMentors(mentee, a, el.pairScore(mentee, a), b, el.pairScore(mentee, b)));
      for (int k = 1; k < rs.size(); k++) {
        int a = rs.get(k - 1);
        int b = rs.get(k);
        assertThat(prefs.compareMentors(m, a, el.pairScore(m, a), b, el.pairScore(m, b))).isNegative();
        assertThat(prefs.compareMentors(m, b, el.pairScore(m, b), a, el.pairScore(m, a))).isPositive();
        // ranked before unranked, ranked in ranking order, then by score descending, then id
        int ra = scoring.menteeRankBonus(m, a);
        int rb = scoring.menteeRankBonus(m, b);
        assertThat(ra).isGreaterThanOrEqualTo(rb);
        if (ra == rb) {
          assertThat(el.pairScore(m, a)).isGreaterThanOrEqualTo(el.pairScore(m, b));
          if (el.pairScore(m, a) == el.pairScore(m, b)) {
            assertThat(el.mentorId(a)).isLessThan(el.mentorId(b));
          }
        }
      }
    }
    for (int r = 0; r < el.mentorCount(); r++) {
      java.util.List<Integer> ms = new java.util.ArrayList<>();
      for (int m = 0; m < el.menteeCount(); m++) {
        if (el.isEligible(m, r)) {
          ms.add(m);
        }
      }
      final int mentor = r;
      ms.sort((a, b) -> prefs.compareMentees(mentor, a, el.pairScore(a, mentor), b, el.pairScore(b, mentor)));
      for (int k = 1; k < ms.size(); k++) {
        int a = ms.get(k - 1);
        int b = ms.get(k);
        assertThat(prefs.compareMentees(r, a, el.pairScore(a, r), b, el.pairScore(b, r))).isNegative();
        assertThat(scoring.mentorRankBonus(a, r)).isGreaterThanOrEqualTo(scoring.mentorRankBonus(b, r));
      }
    }
  }
}
