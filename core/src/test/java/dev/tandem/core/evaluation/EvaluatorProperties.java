package dev.tandem.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.Rules;
import dev.tandem.core.testing.RandomProblems;
import dev.tandem.core.testing.ReferenceObjective;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The evaluator on random problems and matchings, against docs/objective.md. */
class EvaluatorProperties {

  @Provide
  Arbitrary<MatchingProblem> problems() {
    return RandomProblems.problems();
  }

  @Property(tries = 200)
  void emptyMatchingScoresMinusTheSumOfPrioritiesAndBreaksEveryPin(@ForAll("problems") MatchingProblem p) {
    long priorities = p.mentees().stream().mapToLong(Mentee::priority).sum();
    Evaluation ev = Evaluator.evaluate(p, Matching.empty(p));
    assertThat(ev.score()).isEqualTo(Score.of(-p.pinnedPairs().size(), -priorities, 0));
    assertThat(ev.brokenPins()).extracting(BrokenPin::pin).containsExactlyElementsOf(p.pinnedPairs());
    assertThat(ev.unmatched()).hasSize(p.mentees().size());
    assertThat(ev.pairs()).isEmpty();
    // every mentor has room, so every eligible pair of a mentee the problem does not pin blocks
    Eligibility el = Eligibility.of(p);
    long unpinnedPairs = 0;
    for (int m = 0; m < el.menteeCount(); m++) {
      unpinnedPairs += el.pinnedMentor(m) >= 0 ? 0 : el.eligibleCount(m);
    }
    assertThat(ev.metrics().blockingPairs()).isEqualTo(unpinnedPairs);
  }

  @Property(tries = 200)
  void scoreEqualsTheNaiveReferenceOnAnyMatching(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Matching matching = RandomProblems.anyMatching(p, new Random(seed));
    Evaluation ev = Evaluator.evaluate(p, matching);
    assertThat(ev.score()).isEqualTo(ReferenceObjective.score(p, matching));
    assertThat(ev.score()).isEqualTo(ev.terms().score());
    for (PairEvaluation pe : ev.pairs()) {
      assertThat(pe.pairScore()).isEqualTo(pe.parts().total())
          .isEqualTo(ReferenceObjective.pairScore(p, pe.pair().mentee(), pe.pair().mentor()));
      assertThat(pe.broken()).isEqualTo(ReferenceObjective.rules(p, pe.pair().mentee(), pe.pair().mentor()));
    }
  }

  @Property(tries = 200)
  void hardIsZeroExactlyWhenNoRuleCapacityOrPinIsBroken(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Random rnd = new Random(seed);
    Matching matching = rnd.nextBoolean()
        ? RandomProblems.anyMatching(p, rnd)
        : RandomProblems.feasibleMatching(Eligibility.of(p), rnd);
    long brokenPairs = matching.pairs().stream()
        .filter(x -> !Rules.violated(p, x.mentee(), x.mentor()).isEmpty()).count();
    long excess = p.mentors().stream()
        .mapToLong(r -> Math.max(0, matching.menteesOf(r.employee()).size() - r.capacity())).sum();
    long brokenPins = p.pinnedPairs().stream().filter(pin -> !matching.pairs().contains(pin)).count();
    Evaluation ev = Evaluator.evaluate(p, matching);
    assertThat(ev.score().hard()).isEqualTo(-brokenPairs - excess - brokenPins);
    assertThat(ev.score().isFeasible()).isEqualTo(brokenPairs == 0 && excess == 0 && brokenPins == 0);
    assertThat(ev.terms().forbiddenPairs()).isEqualTo(brokenPairs);
    assertThat(ev.terms().capacityExcess()).isEqualTo(excess);
    assertThat(ev.terms().brokenPins()).isEqualTo(brokenPins).isEqualTo(ev.brokenPins().size());
  }

  @Property(tries = 200)
  void addingAnEligiblePairToAMentorWithRoomChangesTheScoreByItsIncrements(
      @ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Random rnd = new Random(seed);
    Eligibility el = Eligibility.of(p);
    Matching before = rnd.nextInt(4) == 0 ? RandomProblems.anyMatching(p, rnd) : RandomProblems.feasibleMatching(el, rnd);
    int[] mentorOf = el.assignmentOf(before);
    int[] load = new int[el.mentorCount()];
    for (int r : mentorOf) {
      if (r >= 0) {
        load[r]++;
      }
    }
    // every (unmatched mentee, eligible mentor with room) candidate
    List<int[]> options = new ArrayList<>();
    for (int m = 0; m < el.menteeCount(); m++) {
      for (int k = el.start(m); mentorOf[m] < 0 && k < el.end(m); k++) {
        if (load[el.mentorAt(k)] < el.capacity(el.mentorAt(k))) {
          options.add(new int[] {m, k});
        }
      }
    }
    Assume.that(!options.isEmpty());
    int[] pick = options.get(rnd.nextInt(options.size()));
    int m = pick[0];
    int r = el.mentorAt(pick[1]);
    long linkCount = 0;
    for (int x = 0; x < el.menteeCount(); x++) {
      if (mentorOf[x] >= 0 && el.menteeDepartment(x) == el.menteeDepartment(m)
          && el.mentorDepartment(mentorOf[x]) == el.mentorDepartment(r)) {
        linkCount++;
      }
    }
    List<Pair> pairs = new ArrayList<>(before.pairs());
    pairs.add(Pair.of(el.menteeId(m), el.mentorId(r)));
    Score s0 = Evaluator.evaluate(el, before).score();
    Score s1 = Evaluator.evaluate(el, Matching.of(p, pairs)).score();
    Weights w = p.policy().weights();
    // k(k-1)/2 grows by k when k -> k+1; load(load-1)/2 grows by load; a topic target below its
    // target grows by one for each targeted topic the new pair works on.
    long targetDelta = 0;
    for (var target : p.topicTargets()) {
      String t = target.competence();
      if (worksOn(p, el.menteeId(m), el.mentorId(r), t)) {
        long working = before.pairs().stream().filter(x -> worksOn(p, x.mentee(), x.mentor(), t)).count();
        targetDelta += working < target.pairs() ? w.topicTargetWeight() : 0;
      }
    }
    long softDelta = el.scoreAt(pick[1]) - w.departmentSpreadWeight() * linkCount - w.mentorLoadWeight() * load[r] + targetDelta;
    // matching a pinned mentee to its pinned mentor mends a broken pin: one hard point back
    long hardDelta = el.pinnedMentor(m) == r ? 1 : 0;
    assertThat(s1.minus(s0)).isEqualTo(Score.of(hardDelta, el.priority(m), softDelta));
  }

  private static boolean worksOn(MatchingProblem p, String mentee, String mentor, String topic) {
    return p.mentee(mentee).orElseThrow().topics().stream().anyMatch(x -> x.competence().equals(topic))
        && p.mentor(mentor).orElseThrow().competences().stream().anyMatch(x -> x.competence().equals(topic));
  }

  @Property(tries = 150)
  void unmatchedReasonsAndMetricsAreConsistent(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Random rnd = new Random(seed);
    Eligibility el = Eligibility.of(p);
    Matching matching = rnd.nextBoolean() ? RandomProblems.anyMatching(p, rnd) : RandomProblems.feasibleMatching(el, rnd);
    Evaluation ev = Evaluator.evaluate(el, matching);
    int[] load = new int[el.mentorCount()];
    for (Pair x : matching.pairs()) {
      load[p.mentorIndex(x.mentor())]++;
    }
    for (UnmatchedMentee u : ev.unmatched()) {
      int m = p.menteeIndex(u.mentee());
      boolean anyEligible = el.eligibleCount(m) > 0;
      boolean anyRoom = false;
      for (int k = el.start(m); k < el.end(m); k++) {
        anyRoom |= load[el.mentorAt(k)] < el.capacity(el.mentorAt(k));
      }
      UnmatchedReason expected = !anyEligible ? UnmatchedReason.NO_ELIGIBLE_MENTOR
          : anyRoom ? UnmatchedReason.LEFT_OUT : UnmatchedReason.CAPACITY_EXHAUSTED;
      assertThat(u.reason()).isEqualTo(expected);
      assertThat(u.eligibleMentors()).isEqualTo(el.eligibleCount(m));
      assertThat(u.excludedBy()).isEqualTo(el.excludedBy(m));
      assertThat(u.priority()).isEqualTo(p.mentees().get(m).priority());
    }
    Metrics mx = ev.metrics();
    assertThat(mx.matched() + mx.unmatched()).isEqualTo(p.mentees().size()).isEqualTo(mx.mentees());
    assertThat(mx.matchedPriority() + mx.unmatchedPriority())
        .isEqualTo(p.mentees().stream().mapToLong(Mentee::priority).sum());
    assertThat(-mx.unmatchedPriority()).isEqualTo(ev.score().medium());
    assertThat(mx.topTopicCoverage()).isBetween(0.0, 1.0);
    assertThat(mx.crossDepartmentShare()).isBetween(0.0, 1.0);
    if (mx.matched() > 0) {
      long[] sorted = ev.pairs().stream().mapToLong(PairEvaluation::pairScore).sorted().toArray();
      // nearest rank: the ceil(n/10)-th smallest
      assertThat(mx.pairScoreP10()).isEqualTo(sorted[(sorted.length + 9) / 10 - 1]);
      assertThat(mx.pairScoreMin()).isEqualTo(sorted[0]);
      assertThat(mx.pairScoreMean()).isEqualTo((double) java.util.Arrays.stream(sorted).sum() / sorted.length);
      assertThat(mx.mentorsUsed()).isBetween(1, mx.matched());
      assertThat(mx.departmentLinks()).isBetween(1, mx.matched());
    }
    assertThat(mx.largestLoad()).isEqualTo(java.util.Arrays.stream(load).max().orElse(0));
    assertThat(mx.blockingPairs()).isBetween(0L, el.pairCount());
  }

  @Property(tries = 100)
  void blockingPairsMatchABruteForceCount(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Random rnd = new Random(seed);
    Eligibility el = Eligibility.of(p);
    Matching matching = RandomProblems.feasibleMatching(el, rnd);
    int[] mentorOf = el.assignmentOf(matching);
    dev.tandem.core.rules.Preferences prefs = new dev.tandem.core.rules.Preferences(el);
    long expected = 0;
    for (int m = 0; m < el.menteeCount(); m++) {
      for (int r = 0; r < el.mentorCount(); r++) {
        // a pinned mentee never blocks (its pair is a decision)
        if (!el.isEligible(m, r) || mentorOf[m] == r || el.pinnedMentor(m) >= 0) {
          continue;
        }
        int cur = mentorOf[m];
        boolean menteeWants = cur < 0
            || prefs.compareMentors(m, r, el.pairScore(m, r), cur, el.pairScore(m, cur)) < 0;
        int load = 0;
        boolean mentorPrefers = false;
        for (int x = 0; x < el.menteeCount(); x++) {
          if (mentorOf[x] == r) {
            load++;
            // nor can a mentee pinned to r be displaced
            mentorPrefers |= el.pinnedMentor(x) != r && prefs.compareMentees(r, m, el.pairScore(m, r), x, el.pairScore(x, r)) < 0;
          }
        }
        if (menteeWants && (load < el.capacity(r) || mentorPrefers)) {
          expected++;
        }
      }
    }
    assertThat(Evaluator.evaluate(el, matching).metrics().blockingPairs()).isEqualTo(expected);
  }
}
