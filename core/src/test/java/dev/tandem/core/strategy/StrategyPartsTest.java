package dev.tandem.core.strategy;

import static dev.tandem.core.strategy.HandProblems.NO;
import static dev.tandem.core.strategy.HandProblems.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The small parts of the strategy package by hand: progress reports, the cancellation flag, the
 * stop condition of a time limit, the registry, the default {@code solve}, prices by department
 * link, the magnitudes that choose exact's arithmetic, and how often greedy and random poll.
 */
class StrategyPartsTest {

  @Test
  void everyStrategyReportsTheScoreOfWhatItReturns() {
    Eligibility el = Eligibility.of(HandProblems.table(row(10L, 4L), row(6L, NO), row(NO, 3L)).capacities(2, 1).loadWeight(3).build());
    for (MatchingStrategy s : List.of(new ExactStrategy(), new GreedyStrategy(), new RandomStrategy(), new StableStrategy(), new StableMentorStrategy())) {
      List<Progress> reports = new ArrayList<>();
      long before = System.nanoTime();
      StrategyOutcome o = s.solve(el, MatchOptions.builder().progress(reports::add).build());
      long wallMillis = (System.nanoTime() - before) / 1_000_000;
      assertThat(reports).as(s.name()).isNotEmpty();
      Progress last = reports.get(reports.size() - 1);
      assertThat(last.strategy()).isEqualTo(s.name());
      assertThat(last.bestScore()).as(s.name()).isEqualTo(Evaluator.evaluate(el, o.matching()).score());
      assertThat(last.elapsedMillis()).as(s.name()).isBetween(0L, wallMillis);
      assertThat(last.bound()).isEmpty();
    }
    // without a listener nothing is computed or reported, and the result is the same
    Matching quiet = new GreedyStrategy().match(el, MatchOptions.DEFAULTS);
    assertThat(quiet).isEqualTo(new GreedyStrategy().match(el, MatchOptions.builder().progress(p -> { }).build()));
  }

  @Test
  void aCancellationStaysCancelledOnceItsConditionHeld() {
    AtomicInteger asked = new AtomicInteger();
    Cancellation c = Cancellation.when(() -> asked.incrementAndGet() == 2);
    assertThat(c.isCancelled()).isFalse();
    assertThat(c.isCancelled()).isTrue(); // the condition holds on the second question
    assertThat(c.isCancelled()).isTrue(); // and is not asked again
    assertThat(asked.get()).isEqualTo(2);
    Cancellation flag = Cancellation.create();
    assertThat(flag.isCancelled()).isFalse();
    flag.cancel();
    assertThat(flag.isCancelled()).isTrue();
    assertThatThrownBy(() -> Cancellation.when(null)).isInstanceOf(NullPointerException.class).hasMessage("condition");
  }

  @Test
  void theStopConditionHoldsOnlyAfterTheLimitOrACancellation() {
    long now = System.nanoTime();
    MatchOptions hour = MatchOptions.builder().timeLimit(Duration.ofHours(1)).build();
    assertThat(hour.stopCondition(now).getAsBoolean()).isFalse();
    assertThat(hour.stopCondition(now - Duration.ofHours(2).toNanos()).getAsBoolean()).isTrue();
    assertThat(hour.stopCondition(now - Duration.ofMinutes(30).toNanos()).getAsBoolean()).isFalse();
    Cancellation c = Cancellation.create();
    BooleanSupplier stop = hour.toBuilder().cancellation(c).build().stopCondition(now);
    assertThat(stop.getAsBoolean()).isFalse();
    c.cancel();
    assertThat(stop.getAsBoolean()).isTrue();
    Cancellation d = Cancellation.create();
    BooleanSupplier noLimit = MatchOptions.builder().cancellation(d).build().stopCondition(now - Duration.ofDays(400).toNanos());
    assertThat(noLimit.getAsBoolean()).isFalse();
    d.cancel();
    assertThat(noLimit.getAsBoolean()).isTrue();
  }

  @Test
  void optionsKeepTheLastValueOfASetting() {
    MatchOptions o = MatchOptions.builder().setting("a", "1").settings(ImmutableMap.of("a", "2", "b", "3")).seed(7).build();
    assertThat(o.setting("a")).contains("2");
    assertThat(o.setting("b")).contains("3");
    assertThat(o.setting("c")).isEmpty();
    assertThat(o.seed()).isEqualTo(7);
    assertThat(o.toBuilder().build()).isEqualTo(o);
  }

  @Test
  void theRegistryFindsAddsAndRefuses() {
    StrategyRegistry r = StrategyRegistry.standard();
    assertThat(r.find("exact")).containsInstanceOf(ExactStrategy.class);
    assertThat(r.find("no-such")).isEmpty();
    MatchingStrategy mine = new MatchingStrategy() {
      @Override
      public String name() {
        return "mine";
      }

      @Override
      public String description() {
        return "pins only";
      }

      @Override
      public Matching match(Eligibility el, MatchOptions options) {
        return el.toMatching(Assignments.pinned(el));
      }
    };
    StrategyRegistry more = r.with(mine);
    assertThat(more.get("mine")).isSameAs(mine);
    assertThat(more.names()).contains("mine", "exact");
    assertThat(r.find("mine")).isEmpty();
    assertThatThrownBy(() -> r.get("mine")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown strategy \"mine\"; known: ").hasMessageContaining("exact");
    // the default solve: the matching of match, finished, without a bound
    Eligibility el = Eligibility.of(HandProblems.table(row(1L)).pin(0, 0).build());
    StrategyOutcome o = mine.solve(el, MatchOptions.DEFAULTS);
    assertThat(o).isEqualTo(StrategyOutcome.of(mine.match(el, MatchOptions.DEFAULTS)));
    assertThat(o.stoppedEarly()).isFalse();
    assertThat(o.bound()).isEmpty();
    assertThat(o.matching().pairs()).hasSize(1);
    assertThat(mine.settingKeys()).isEmpty();
  }

  @Test
  void pricesByLinkReadTheMenteeAndTheMentorDepartment() {
    // departments sorted: A = 0, B = 1, C = 2. a0 in C, a1 in A; t0 in B, t1 in C.
    Eligibility el = Eligibility.of(HandProblems.table(row(1L, 1L), row(1L, 1L))
        .menteeDepartments("C", "A").mentorDepartments("B", "C").build());
    assertThat(el.departments()).containsExactly("A", "B", "C");
    long[] price = {0, 1, 2, 10, 11, 12, 20, 21, 22};
    PairAdjustment adj = PairAdjustment.byLink(el, price);
    price[7] = 99; // a copy is kept
    assertThat(adj.of(0, 0)).isEqualTo(21); // C -> B
    assertThat(adj.of(0, 1)).isEqualTo(22); // C -> C
    assertThat(adj.of(1, 0)).isEqualTo(1); // A -> B
    assertThat(adj.of(1, 1)).isEqualTo(2); // A -> C
    assertThat(PairAdjustment.NONE.of(0, 1)).isZero();
    assertThatThrownBy(() -> PairAdjustment.byLink(el, new long[4]))
        .hasMessage("byLink: price has 4 entries, expected 3 departments squared = 9");
  }

  /**
   * a0 (priority 2): t0 -12, t1 4; a1 (priority 3) pinned to t0: 7; a2 (priority 1): t1 -5;
   * capacities 2, 2; w = 3. Plain: row maxima 12, 7, 5; free mentees a0, a2 (sumAbs 17, maxPrio 2,
   * the pinned priority 3 left out); maxAbs 12; maxSlot: t0 min(2, 1 + 2) - 1 = 1, t1 min(2, 0 + 2)
   * - 1 = 1.
   */
  @Test
  void magnitudesByHand() {
    Eligibility el = Eligibility.of(HandProblems.table(row(-12L, 4L), row(7L, NO), row(NO, -5L))
        .priorities(2, 3, 1).capacities(2, 2).loadWeight(3).pin(1, 0).build());
    SlotFlow.Magnitudes plain = SlotFlow.Magnitudes.of(el, 1, PairAdjustment.NONE);
    assertThat(plain).isEqualTo(new SlotFlow.Magnitudes(17, 12, 2, 2, 1, 3));
    assertThat(plain.softRange()).isEqualTo(2 * 17 + 3 * 2 * 1);
    // scale 2: rows 24, 14, 10; w 6
    assertThat(SlotFlow.Magnitudes.of(el, 2, PairAdjustment.NONE)).isEqualTo(new SlotFlow.Magnitudes(34, 24, 2, 2, 1, 6));
    // scale 1 with 100 taken off a2's pair: a2's row -105
    PairAdjustment off = (m, r) -> m == 2 ? 100 : 0;
    assertThat(SlotFlow.Magnitudes.of(el, 1, off)).isEqualTo(new SlotFlow.Magnitudes(117, 105, 2, 2, 1, 3));
    // a capacity larger than every possible load: maxSlot counts only the mentees that can come
    Eligibility wide = Eligibility.of(HandProblems.table(row(1L), row(1L)).capacities(9).build());
    assertThat(SlotFlow.Magnitudes.of(wide, 1, PairAdjustment.NONE).maxSlot()).isEqualTo(1);
    // an adjusted score that overflows a long is refused
    assertThatThrownBy(() -> SlotFlow.Magnitudes.of(el, Long.MAX_VALUE / 4, PairAdjustment.NONE)).isInstanceOf(ArithmeticException.class);
  }

  /** 2^61 - 1 is a quarter of the long range; with no mentees the searches have 8 nodes. */
  @Test
  void theArithmeticFitsUpToAQuarterOfTheLongRange() {
    long edge = 1L << 58; // 8 * 2^58 = 2^61, one more than a quarter
    assertThat(new SlotFlow.Magnitudes(0, edge - 1, 1, 0, 0, 0).fitsLexicographic(0)).isTrue();
    assertThat(new SlotFlow.Magnitudes(0, edge, 1, 0, 0, 0).fitsLexicographic(0)).isFalse();
    assertThat(new SlotFlow.Magnitudes(0, 0, edge - 1, 0, 0, 0).fitsLexicographic(0)).isTrue();
    assertThat(new SlotFlow.Magnitudes(0, 0, edge, 0, 0, 0).fitsLexicographic(0)).isFalse();
    // w * (maxSlot + 1): 2^57 * 2 = 2^58 is too much, 2^57 * 1 fits
    assertThat(new SlotFlow.Magnitudes(0, 0, 1, 0, 1, 1L << 57).fitsLexicographic(0)).isFalse();
    assertThat(new SlotFlow.Magnitudes(0, 0, 1, 0, 0, 1L << 57).fitsLexicographic(0)).isTrue();
    // one mentee: 12 nodes
    assertThat(new SlotFlow.Magnitudes(0, (Long.MAX_VALUE / 4) / 12, 1, 0, 0, 0).fitsLexicographic(1)).isTrue();
    assertThat(new SlotFlow.Magnitudes(0, (Long.MAX_VALUE / 4) / 12 + 1, 1, 0, 0, 0).fitsLexicographic(1)).isFalse();
    assertThat(new SlotFlow.Magnitudes(0, Long.MAX_VALUE, 1, 0, 0, 0).fitsLexicographic(1)).isFalse();
    // combined: (4 * free + 8) * (maxPrio * M + maxAbs + w * maxSlot)
    assertThat(new SlotFlow.Magnitudes(0, 0, 1, 0, 0, 0).fitsCombined(edge - 1)).isTrue();
    assertThat(new SlotFlow.Magnitudes(0, 0, 1, 0, 0, 0).fitsCombined(edge)).isFalse();
    assertThat(new SlotFlow.Magnitudes(0, 1, 1, 0, 0, 0).fitsCombined(edge - 1)).isFalse();
    assertThat(new SlotFlow.Magnitudes(0, 0, 2, 0, 0, 0).fitsCombined(edge / 2)).isFalse();
    assertThat(new SlotFlow.Magnitudes(0, 0, 1, 0, 1, 1).fitsCombined(edge - 2)).isTrue();
    assertThat(new SlotFlow.Magnitudes(0, 0, 1, 0, 2, 1).fitsCombined(edge - 2)).isFalse();
    assertThat(new SlotFlow.Magnitudes(0, 0, 1, 1, 0, 0).fitsCombined(edge - 1)).isFalse(); // 12 nodes
    assertThat(new SlotFlow.Magnitudes(0, 0, 1, 0, 0, 0).fitsCombined(Long.MAX_VALUE)).isFalse();
  }

  /** Each mentee eligible for its own mentor only: no conflicts, one step per mentee. */
  private static Eligibility diagonal(int n) {
    Long[][] t = new Long[n][n];
    for (int i = 0; i < n; i++) {
      t[i][i] = 1L;
    }
    return Eligibility.of(HandProblems.table(t).build());
  }

  private static MatchOptions stopAt(int poll, AtomicInteger polls) {
    return MatchOptions.builder().cancellation(Cancellation.when(() -> polls.incrementAndGet() == poll)).build();
  }

  /**
   * Greedy and random poll about every 256 mentees, whatever else they count: 1,100 mentees give a
   * handful of polls, never one per mentee; a stop at the second poll (within the first scan of
   * greedy) returns about 256 pairs from both: greedy places the mentees it had scanned.
   */
  @Test
  void greedyAndRandomPollAboutEvery256Mentees() {
    Eligibility el = diagonal(1100);
    AtomicInteger polls = new AtomicInteger();
    StrategyOutcome all = new GreedyStrategy().solve(el, stopAt(-1, polls));
    assertThat(polls.get()).isBetween(4, 8);
    assertThat(all.stoppedEarly()).isFalse();
    assertThat(all.matching().pairs()).hasSize(1100);
    AtomicInteger early = new AtomicInteger();
    StrategyOutcome scan = new GreedyStrategy().solve(el, stopAt(2, early));
    assertThat(scan.stoppedEarly()).isTrue();
    // the mentees scanned before the stop keep the best mentor they found (diagonal: their own)
    assertThat(scan.matching().pairs().size()).isBetween(250, 256);
    assertThat(early.get()).isEqualTo(2);
    AtomicInteger randomPolls = new AtomicInteger();
    StrategyOutcome random = new RandomStrategy().solve(el, stopAt(-1, randomPolls));
    assertThat(randomPolls.get()).isBetween(4, 8);
    assertThat(random.stoppedEarly()).isFalse();
    assertThat(random.matching().pairs()).hasSize(1100);
    AtomicInteger second = new AtomicInteger();
    StrategyOutcome cut = new RandomStrategy().solve(el, stopAt(2, second));
    assertThat(cut.stoppedEarly()).isTrue();
    assertThat(cut.matching().pairs().size()).isBetween(250, 256);
  }

  @Test
  void aNodeIsNotLessThanItself() {
    NodeHeap h = new NodeHeap(new long[] {4, 4, 3});
    assertThat(h.less(0, 1)).isFalse();
    assertThat(h.less(0, 0)).isFalse();
    assertThat(h.less(2, 0)).isTrue();
    assertThat(h.less(0, 2)).isFalse();
  }

  @Test
  void anExactSolutionIsACopy() {
    Eligibility el = Eligibility.of(HandProblems.table(row(10L, 4L), row(6L, NO)).capacities(2, 1).loadWeight(3).build());
    ExactSolver solver = ExactSolver.of(el);
    assertThat(solver.eligibility()).isSameAs(el);
    ExactSolution s = solver.solve();
    int[] copy = s.mentorOf();
    copy[0] = -1;
    assertThat(s.mentorOf(0)).isZero();
    assertThat(s.mentorOf(1)).isZero();
    assertThat(s.toMatching()).isEqualTo(el.toMatching(new int[] {0, 0}));
  }
}
