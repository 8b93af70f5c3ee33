package dev.tandem.core.bound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.Cancellation;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.core.testing.RandomProblems;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The bound against every strategy of the registry, on random problems. */
class BoundProperties {
  @Provide
  Arbitrary<MatchingProblem> problems() {
    return RandomProblems.problems(12, 12);
  }

  @Property(tries = 200)
  void theBoundIsNeverBelowTheScoreOfAnyStrategy(@ForAll("problems") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    Bound bound = Bounds.bound(el, MatchOptions.DEFAULTS);
    StrategyRegistry registry = StrategyRegistry.standard();
    assertThat(registry.names()).contains("lagrangian", "exact");
    for (String name : registry.names()) {
      MatchingStrategy s = registry.get(name);
      for (long seed : new long[] {1, 2}) {
        Score score = Evaluator.evaluate(el, s.match(el, MatchOptions.builder().seed(seed).build())).score();
        assertThat(bound.score().compareTo(score)).as(name + " seed " + seed + ": " + score + " vs bound " + bound)
            .isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Property(tries = 200)
  void theRepairKeepsTheEvaluatorsScoreAndNeverLowersIt(@ForAll("problems") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    int[] start = el.assignmentOf(StrategyRegistry.standard().get("random").match(el, MatchOptions.DEFAULTS));
    Links links = Links.of(el);
    LocalRepair repair = new LocalRepair(el, links, start, LagrangianSearch.orderFor(el.menteeCount(), 3));
    Score before = Evaluator.evaluate(el, el.toMatching(start)).score();
    assertThat(repair.score()).isEqualTo(before);
    repair.improve(Integer.MAX_VALUE, true, () -> false);
    Score after = Evaluator.evaluate(el, el.toMatching(repair.mentorOf())).score();
    assertThat(repair.score()).isEqualTo(after);
    assertThat(after.compareTo(before)).isGreaterThanOrEqualTo(0);
    assertThat(after.hard()).isEqualTo(before.hard());
    for (int m = 0; m < el.menteeCount(); m++) {
      if (el.pinnedMentor(m) >= 0) {
        assertThat(repair.mentorOf()[m]).isEqualTo(el.pinnedMentor(m));
      }
    }
  }

  /** The deep repair (department flows, moves, swaps) on the same terms, topic targets included. */
  @Property(tries = 200)
  void theDeepRepairKeepsTheEvaluatorsScoreAndNeverLowersIt(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Eligibility el = Eligibility.of(p);
    int[] start = el.assignmentOf(RandomProblems.feasibleMatching(el, new java.util.Random(seed)));
    LocalRepair repair = new LocalRepair(el, Links.of(el), start, LagrangianSearch.orderFor(el.menteeCount(), seed));
    Score before = Evaluator.evaluate(el, el.toMatching(start)).score();
    repair.improveDeep(() -> false, () -> false);
    Score after = Evaluator.evaluate(el, el.toMatching(repair.mentorOf())).score();
    assertThat(repair.score()).isEqualTo(after);
    assertThat(after.compareTo(before)).isGreaterThanOrEqualTo(0);
    assertThat(after.hard()).isEqualTo(before.hard());
    assertThat(after.medium()).isGreaterThanOrEqualTo(before.medium());
    for (int m = 0; m < el.menteeCount(); m++) {
      if (el.pinnedMentor(m) >= 0) {
        assertThat(repair.mentorOf()[m]).isEqualTo(el.pinnedMentor(m));
      }
    }
    // a local optimum: one more flow pass finds nothing
    assertThat(repair.flowPass(() -> false)).isFalse();
  }

  /**
   * Cancelled before it starts, the search still runs its first solve to its first poll, whose
   * greedy completion leaves no unmatched mentee beside a free eligible mentor; the bound is valid.
   */
  @Property(tries = 100)
  void cancelledAtOnceItStillReturnsAMaximalMatching(@ForAll("problems") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    Cancellation cancelled = Cancellation.create();
    cancelled.cancel();
    BoundedMatching r = Bounds.search(el, MatchOptions.builder().cancellation(cancelled).build());
    int[] x = el.assignmentOf(r.matching());
    int[] load = new int[el.mentorCount()];
    for (int m = 0; m < x.length; m++) {
      if (el.pinnedMentor(m) >= 0) {
        assertThat(x[m]).isEqualTo(el.pinnedMentor(m));
      }
      if (x[m] >= 0) {
        load[x[m]]++;
      }
    }
    for (int m = 0; m < x.length; m++) {
      if (x[m] < 0) {
        for (int k = el.start(m); k < el.end(m); k++) {
          assertThat(load[el.mentorAt(k)]).as("mentee %d unmatched beside a free eligible mentor", m)
              .isGreaterThanOrEqualTo(el.capacity(el.mentorAt(k)));
        }
      }
    }
    Score exact = Evaluator.evaluate(el, StrategyRegistry.standard().get("exact").match(el, MatchOptions.DEFAULTS)).score();
    assertThat(r.bound().score().compareTo(exact)).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 300)
  void theConjugateIsTheMaximumOverEveryCount(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Eligibility el = Eligibility.of(p);
    Links links = Links.of(el);
    java.util.Random rnd = new java.util.Random(seed);
    for (int l = 0; l < links.count(); l++) {
      long y = rnd.nextInt(200) - 50;
      long c = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(40);
      long best = Long.MIN_VALUE;
      List<Long> argmax = new ArrayList<>();
      for (long k = links.pinned(l); k <= links.max(l); k++) {
        long v = y * k - c * (k * (k - 1) / 2);
        if (v > best) {
          best = v;
          argmax.clear();
        }
        if (v == best) {
          argmax.add(k);
        }
      }
      assertThat(links.conjugate(l, y, c)).isEqualTo(best);
      long[] ks = links.argmax(l, y, c);
      assertThat(argmax).contains(ks[0], ks[1]);
      if (c > 0) {
        assertThat(ks[0]).isEqualTo(argmax.get(0));
        assertThat(ks[1]).isEqualTo(argmax.get(argmax.size() - 1));
      }
    }
  }

  /** Stopped before its pass over the pairs, the links keep every link and count, only looser. */
  @Property(tries = 200)
  void stoppedLinksAreLooserButKeepEveryLink(@ForAll("problems") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    Links full = Links.of(el);
    Links stopped = Links.of(el, () -> true);
    int d = full.departments();
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        int l = full.of(a, b);
        if (l >= 0) {
          int s = stopped.of(a, b);
          assertThat(s).as("link %d-%d", a, b).isGreaterThanOrEqualTo(0);
          assertThat(stopped.pinned(s)).isEqualTo(full.pinned(l));
          assertThat(stopped.max(s)).isGreaterThanOrEqualTo(full.max(l));
        }
      }
    }
  }

  @Property(tries = 200)
  void noMatchingHasMorePairsOnALinkThanItsMaximum(@ForAll("problems") MatchingProblem p) {
    Eligibility el = Eligibility.of(p);
    Links links = Links.of(el);
    for (String name : StrategyRegistry.standard().names()) {
      int[] x = el.assignmentOf(StrategyRegistry.standard().get(name).match(el, MatchOptions.DEFAULTS));
      long[] count = new long[links.count()];
      for (int m = 0; m < x.length; m++) {
        if (x[m] >= 0) {
          count[links.of(el.menteeDepartment(m), el.mentorDepartment(x[m]))]++;
        }
      }
      for (int l = 0; l < count.length; l++) {
        assertThat(count[l]).isBetween(links.pinned(l), links.max(l));
      }
    }
  }
}
