package dev.tandem.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.Cancellation;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.Progress;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.core.testing.RandomProblems;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class OptaPlannerStrategyTest {
  private final MatchingStrategy strategy = StrategyRegistry.standard().get(OptaPlannerStrategy.NAME);

  private static MatchOptions steps(int steps, String warmStart) {
    // a late-acceptance step at a strict local optimum never ends: the unimproved time stops it
    return MatchOptions.builder().seed(7).setting("stepCountLimit", Integer.toString(steps)).setting("warmStart", warmStart)
        .setting("unimprovedTime", "PT0.5S").build();
  }

  /** Every pair eligible, no capacity exceeded, every pin kept. */
  private static void assertValid(Eligibility el, Matching matching) {
    int[] mentorOf = el.assignmentOf(matching);
    int[] load = new int[el.mentorCount()];
    for (int m = 0; m < mentorOf.length; m++) {
      if (el.pinnedMentor(m) >= 0) {
        assertThat(mentorOf[m]).as("pin of %s", el.menteeId(m)).isEqualTo(el.pinnedMentor(m));
      }
      if (mentorOf[m] >= 0) {
        assertThat(el.isEligible(m, mentorOf[m])).as("pair of %s", el.menteeId(m)).isTrue();
        load[mentorOf[m]]++;
      }
    }
    for (int r = 0; r < load.length; r++) {
      assertThat(load[r]).isLessThanOrEqualTo(el.capacity(r));
    }
  }

  @Test
  void isFoundByName() {
    assertThat(strategy).isInstanceOf(OptaPlannerStrategy.class);
    assertThat(strategy.description()).isNotBlank();
  }

  @Test
  void fullAssertRunFindsNoScoreCorruption() {
    // FULL_ASSERT recomputes the score from scratch after every move and fails on any difference
    MatchingProblem p = RandomProblems.generate(11, new RandomProblems.Shape(25, 15, 3, 4, true, true));
    Eligibility el = Eligibility.of(p);
    Matching m = strategy.match(el, steps(40, "none").toBuilder().setting("environmentMode", "FULL_ASSERT").build());
    assertValid(el, m);
    assertThat(Evaluator.evaluate(el, m).score().hard()).isZero();
  }

  @Test
  void sameSeedAndStepLimitGiveTheSameMatching() {
    MatchingProblem p = RandomProblems.generate(5, RandomProblems.Shape.large(120));
    Eligibility el = Eligibility.of(p);
    // no time-based termination here: a loaded machine must not cut one run short
    MatchOptions options = steps(60, "none").toBuilder().setting("unimprovedTime", "PT60S").build();
    Matching first = strategy.match(el, options);
    Matching second = strategy.match(el, options);
    assertThat(second).isEqualTo(first);
    assertValid(el, first);
  }

  @Test
  @Tag(FirstFitTestStrategy.CLASS_PATH)
  void neverWorseThanItsWarmStartAndKeepsPins() {
    for (long seed = 1; seed <= 6; seed++) {
      MatchingProblem p = RandomProblems.generate(seed, new RandomProblems.Shape(30, 18, 3, 4, true, true));
      Eligibility el = Eligibility.of(p);
      Score warm = Evaluator.evaluate(el, new FirstFitTestStrategy().match(el, MatchOptions.DEFAULTS)).score();
      Matching m = strategy.match(el, steps(50, FirstFitTestStrategy.NAME));
      assertValid(el, m);
      assertThat(Evaluator.evaluate(el, m).score()).as("seed %d", seed).isGreaterThanOrEqualTo(warm);
    }
  }

  @Test
  @Tag(FirstFitTestStrategy.CLASS_PATH)
  void improvesOnAWeakWarmStartWhenSpreadMatters() {
    MatchingProblem p = RandomProblems.generate(3, RandomProblems.Shape.large(80));
    Eligibility el = Eligibility.of(p);
    Score warm = Evaluator.evaluate(el, new FirstFitTestStrategy().match(el, MatchOptions.DEFAULTS)).score();
    Matching m = strategy.match(el, steps(100, FirstFitTestStrategy.NAME));
    assertThat(Evaluator.evaluate(el, m).score()).isGreaterThan(warm);
  }

  /**
   * Tabu search for the tiny problems: late acceptance starts with every late score equal to the
   * first one, so at a strict local optimum it accepts nothing until the unimproved time ends.
   */
  private static MatchOptions tinyOptions() {
    return steps(100, "none").toBuilder().setting("localSearch", "TABU_SEARCH").setting("acceptedCountLimit", "100").build();
  }

  @Test
  void withoutSpreadItReachesTheOptimumOfTinyProblems() {
    // brute force over every assignment; with spread weight 0 the objective is what exact optimises
    for (long seed = 1; seed <= 8; seed++) {
      Random rnd = new Random(seed);
      MatchingProblem generated = RandomProblems.generate(seed, new RandomProblems.Shape(4 + rnd.nextInt(3), 3, 2, 3, false, false));
      MatchingProblem p = generated.toBuilder().policy(Policy.builder().weights(Weights.DEFAULTS.withDepartmentSpreadWeight(0)).build()).build();
      Eligibility el = Eligibility.of(p);
      Score optimum = bruteForceOptimum(el);
      Score found = Evaluator.evaluate(el, strategy.match(el, tinyOptions())).score();
      assertThat(found).as("seed %d", seed).isEqualTo(optimum);
      // with the default settings (warm start from exact when present) the result equals exact's score
      Optional<MatchingStrategy> exact = StrategyRegistry.standard().find("exact");
      if (exact.isPresent()) {
        Score byDefault = Evaluator.evaluate(el, strategy.match(el, steps(30, "exact"))).score();
        assertThat(byDefault).isEqualTo(optimum).isEqualTo(Evaluator.evaluate(el, exact.get().match(el, MatchOptions.DEFAULTS)).score());
      }
    }
  }

  @Test
  void withSpreadItReachesTheOptimumOfTinyProblems() {
    for (long seed = 21; seed <= 26; seed++) {
      Random rnd = new Random(seed);
      MatchingProblem p = RandomProblems.generate(seed, new RandomProblems.Shape(4 + rnd.nextInt(3), 3, 2, 3, false, false));
      Eligibility el = Eligibility.of(p);
      Score found = Evaluator.evaluate(el, strategy.match(el, tinyOptions())).score();
      assertThat(found).as("seed %d", seed).isEqualTo(bruteForceOptimum(el));
    }
  }

  private static Score bruteForceOptimum(Eligibility el) {
    int n = el.menteeCount();
    int[] choice = new int[n];
    Score best = null;
    while (true) {
      int[] mentorOf = new int[n];
      for (int m = 0; m < n; m++) {
        mentorOf[m] = choice[m] == 0 ? -1 : el.mentorAt(el.start(m) + choice[m] - 1);
      }
      Score s = Evaluator.evaluate(el, el.toMatching(mentorOf)).score();
      if (best == null || s.compareTo(best) > 0) {
        best = s;
      }
      int m = 0;
      while (m < n && ++choice[m] > el.eligibleCount(m)) {
        choice[m++] = 0;
      }
      if (m == n) {
        return best;
      }
    }
  }

  @Test
  void reportsImprovingProgressEndingAtTheResultScore() {
    MatchingProblem p = RandomProblems.generate(9, RandomProblems.Shape.large(60));
    Eligibility el = Eligibility.of(p);
    List<Progress> reports = new CopyOnWriteArrayList<>();
    Matching m = strategy.match(el, steps(100, "none").toBuilder().progress(reports::add).build());
    assertThat(reports).isNotEmpty();
    for (int i = 1; i < reports.size(); i++) {
      assertThat(reports.get(i).bestScore()).isGreaterThan(reports.get(i - 1).bestScore());
      assertThat(reports.get(i).elapsedMillis()).isGreaterThanOrEqualTo(reports.get(i - 1).elapsedMillis());
    }
    assertThat(reports).allSatisfy(r -> assertThat(r.strategy()).isEqualTo("optaplanner"));
    assertThat(reports.get(reports.size() - 1).bestScore()).isEqualTo(Evaluator.evaluate(el, m).score());
  }

  @Test
  void cancellationFromAnotherThreadReturnsTheBestSoFar() throws Exception {
    MatchingProblem p = RandomProblems.generate(4, RandomProblems.Shape.large(200));
    Eligibility el = Eligibility.of(p);
    Cancellation cancel = Cancellation.create();
    List<Progress> reports = new CopyOnWriteArrayList<>();
    MatchOptions options = MatchOptions.builder().timeLimit(Duration.ofMinutes(5)).cancellation(cancel)
        .setting("warmStart", "none").setting("unimprovedTime", "PT5M").progress(reports::add).build();
    long start = System.nanoTime();
    CompletableFuture<Matching> run = CompletableFuture.supplyAsync(() -> strategy.match(el, options));
    while (reports.size() < 2 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20)) {
      Thread.sleep(20);
    }
    cancel.cancel();
    Matching m = run.get(20, TimeUnit.SECONDS);
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(30));
    assertValid(el, m);
    Evaluation ev = Evaluator.evaluate(el, m);
    assertThat(ev.score()).isEqualTo(reports.get(reports.size() - 1).bestScore());
    assertThat(ev.metrics().matched()).isPositive();
  }

  @Test
  void badSettingsAreAllReportedAtOnce() {
    MatchingProblem p = RandomProblems.generate(1, RandomProblems.Shape.large(10));
    MatchOptions bad = MatchOptions.builder().setting("localSearch", "TABOO").setting("stepCountLimit", "-3")
        .setting("moveThreadCount", "many").setting("unimprovedTime", "soon").build();
    assertThatThrownBy(() -> strategy.match(p, bad))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(pr -> pr.path())
            .containsExactlyInAnyOrder("settings.localSearch", "settings.stepCountLimit", "settings.moveThreadCount", "settings.unimprovedTime"));
    assertThatThrownBy(() -> strategy.match(p, MatchOptions.builder().setting("warmStart", "nosuch").build()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("nosuch");
  }

  @Test
  void otherLocalSearchTypesWork() {
    MatchingProblem p = RandomProblems.generate(8, RandomProblems.Shape.large(40));
    Eligibility el = Eligibility.of(p);
    for (String type : List.of("TABU_SEARCH", "GREAT_DELUGE", "HILL_CLIMBING")) {
      Matching m = strategy.match(el, steps(50, "none").toBuilder().setting("localSearch", type)
          .setting("constructionHeuristic", "FIRST_FIT").build());
      assertValid(el, m);
    }
  }

  @Test
  void acceptorAndForagerSettingsAndMoveThreadsWork() {
    MatchingProblem p = RandomProblems.generate(12, RandomProblems.Shape.large(40));
    Eligibility el = Eligibility.of(p);
    List<MatchOptions> variants = List.of(
        steps(100, "none").toBuilder().setting("lateAcceptanceSize", "20").setting("acceptedCountLimit", "4").build(),
        steps(50, "none").toBuilder().setting("localSearch", "TABU_SEARCH").setting("entityTabuSize", "5").setting("acceptedCountLimit", "50").build(),
        steps(30, "none").toBuilder().setting("moveThreadCount", "2").build());
    for (MatchOptions o : variants) {
      Matching m = strategy.match(el, o);
      assertValid(el, m);
      assertThat(Evaluator.evaluate(el, m).score().hard()).isZero();
    }
    MatchOptions misplaced = MatchOptions.builder().setting("localSearch", "GREAT_DELUGE").setting("lateAcceptanceSize", "3")
        .setting("entityTabuSize", "3").setting("acceptedCountLimit", "3").build();
    assertThatThrownBy(() -> strategy.match(el, misplaced))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(pr -> pr.path())
            .containsExactlyInAnyOrder("settings.lateAcceptanceSize", "settings.entityTabuSize", "settings.acceptedCountLimit"));
  }

  @Test
  void fullyPinnedProblemsReturnThePins() {
    MatchingProblem base = RandomProblems.generate(2, RandomProblems.Shape.large(12));
    Eligibility el0 = Eligibility.of(base);
    MatchingProblem.Builder b = base.toBuilder();
    int[] load = new int[el0.mentorCount()];
    int pins = 0;
    for (int m = 0; m < el0.menteeCount(); m++) {
      for (int k = el0.start(m); k < el0.end(m); k++) {
        int r = el0.mentorAt(k);
        if (load[r] < el0.capacity(r)) {
          load[r]++;
          b.pin(Pair.of(el0.menteeId(m), el0.mentorId(r)));
          pins++;
          break;
        }
      }
    }
    MatchingProblem p = b.build();
    Eligibility el = Eligibility.of(p);
    Matching m = strategy.match(el, steps(100, "none"));
    assertValid(el, m);
    assertThat(m.pairs()).hasSize(pins).containsAll(p.pinnedPairs());
    assertThat(Arrays.stream(el.assignmentOf(m)).filter(r -> r >= 0).count()).isEqualTo(pins);
  }
}
