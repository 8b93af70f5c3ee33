package dev.tandem.core.testing;

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
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.Cancellation;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.Progress;
import dev.tandem.core.strategy.StrategyOutcome;
import dev.tandem.core.strategy.StrategyRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link MatchingStrategy} keeps, as a reusable JUnit 5 test (in the manner
 * of Guava's testlib): extend it, return your strategy from {@link #strategy()}, and your test
 * class runs every check below.
 *
 * <pre>
 * class MyStrategyContractTest extends StrategyContract {
 *   &#64;Override
 *   protected MatchingStrategy strategy() {
 *     return new MyStrategy();
 *   }
 * }
 * </pre>
 *
 * The checks (from {@link MatchingStrategy}'s contract): a non-blank name and description;
 * on random problems (pins, rankings, history, forbidden and explicitly scored pairs, every
 * policy) every pinned pair kept, only eligible pairs, no capacity exceeded (hard score 0); the
 * same matching for the same problem and options, also from two threads at once; problems
 * without mentees, without mentors, or with every mentee pinned; a run cancelled before it
 * starts and a run with a 1 ms time limit still return a feasible matching that keeps the pins,
 * and a run cancelled before it starts says {@code stoppedEarly} unless it returns what an
 * unstopped run returns;
 * {@code solve} returns the matching of {@code match}; the last progress report (when there is
 * one) carries the strategy's name and the score of the matching returned.
 *
 * <p>{@link #forEveryStrategyIn} runs the same checks for every strategy of a registry as
 * dynamic tests, which is how the library tests all its registered strategies, including any
 * added later, without a list to maintain.
 *
 * <p>Guarantee: deterministic (fixed seeds); a failure names the strategy, the seed and the
 * problem. Override {@link #seeds()} or {@link #options(long)} to trade coverage for speed (for
 * example a step limit for an anytime strategy).
 */
public abstract class StrategyContract {
  /** The strategy under test; a fresh instance or a shared one, both must pass. */
  protected abstract MatchingStrategy strategy();

  /** The seeds of the random problems ({@link RandomProblems#generate(long)}); 20 by default. */
  protected long[] seeds() {
    long[] s = new long[20];
    for (int i = 0; i < s.length; i++) {
      s[i] = 1000 + 7L * i;
    }
    return s;
  }

  /** The options of a run on the problem of {@code seed}: that seed, nothing else by default. */
  protected MatchOptions options(long seed) {
    return MatchOptions.builder().seed(seed).build();
  }

  @Test
  public void hasANameAndADescription() {
    MatchingStrategy s = strategy();
    assertThat(s.name()).as("name").isNotBlank().doesNotContainAnyWhitespaces();
    assertThat(s.description()).as("description of %s", s.name()).isNotBlank();
    assertThat(s.settingKeys()).as("setting keys of %s", s.name()).allSatisfy(k -> assertThat(k).isNotBlank());
  }

  @Test
  public void keepsEveryPinUsesEligiblePairsOnlyAndRespectsCapacities() {
    for (long seed : seeds()) {
      MatchingProblem p = RandomProblems.generate(seed);
      Eligibility el = Eligibility.of(p);
      assertFeasible(el, strategy().match(el, options(seed)), "seed " + seed + ", " + p);
    }
  }

  @Test
  public void isDeterministicAlsoFromTwoThreadsAtOnce() {
    for (long seed : seeds()) {
      MatchingProblem p = RandomProblems.generate(seed);
      Eligibility el = Eligibility.of(p);
      MatchingStrategy s = strategy();
      Matching first = s.match(el, options(seed));
      assertThat(s.match(Eligibility.of(p), options(seed))).as("%s again, seed %d", s.name(), seed).isEqualTo(first);
      CompletableFuture<Matching> a = CompletableFuture.supplyAsync(() -> s.match(el, options(seed)));
      CompletableFuture<Matching> b = CompletableFuture.supplyAsync(() -> s.match(el, options(seed)));
      assertThat(a.join()).as("%s on thread 1, seed %d", s.name(), seed).isEqualTo(first);
      assertThat(b.join()).as("%s on thread 2, seed %d", s.name(), seed).isEqualTo(first);
    }
  }

  @Test
  public void handlesProblemsWithoutMenteesWithoutMentorsAndFullyPinned() {
    MatchingProblem.Builder base = MatchingProblem.builder().competence(Competence.of("ai"))
        .employee(Employee.of("x1", "A", 8)).employee(Employee.of("x2", "A", 7)).employee(Employee.of("j1", "B", 1));
    MatchingProblem noMentors = base.mentee(Mentee.of("x1", 2, List.of(new TopicRequest("ai", 2))))
        .mentee(Mentee.of("x2", 1, List.of(new TopicRequest("ai", 1)))).build();
    MatchingProblem noMentees = MatchingProblem.builder().competence(Competence.of("ai")).employee(Employee.of("j1", "B", 1))
        .mentor(Mentor.of("j1", 2, List.of(new Proficiency("ai", 3)))).build();
    MatchingProblem pinned = noMentors.toBuilder().mentor(Mentor.of("j1", 2, List.of(new Proficiency("ai", 3))))
        .pin("x1", "j1").pin("x2", "j1").build();
    assertThat(strategy().match(noMentors, options(1)).pairs()).as("no mentors").isEmpty();
    assertThat(strategy().match(noMentees, options(1)).pairs()).as("no mentees").isEmpty();
    assertThat(strategy().match(pinned, options(1)).pairs()).as("every mentee pinned")
        .containsExactlyInAnyOrder(Pair.of("x1", "j1"), Pair.of("x2", "j1"));
  }

  @Test
  public void aCancelledOrTimedOutRunIsStillFeasibleAndKeepsThePins() {
    for (long seed : Arrays.copyOf(seeds(), Math.min(10, seeds().length))) {
      MatchingProblem p = RandomProblems.generate(seed);
      Eligibility el = Eligibility.of(p);
      Cancellation cancelled = Cancellation.create();
      cancelled.cancel();
      assertFeasible(el, strategy().match(el, options(seed).toBuilder().cancellation(cancelled).build()),
          "cancelled, seed " + seed);
      assertFeasible(el, strategy().match(el, options(seed).toBuilder().timeLimit(Duration.ofMillis(1)).build()),
          "1 ms time limit, seed " + seed);
      // a run that claims to have finished its work must return what an unstopped run returns
      StrategyOutcome o = strategy().solve(el, options(seed).toBuilder().cancellation(cancelled).build());
      assertFeasible(el, o.matching(), "solve cancelled, seed " + seed);
      if (!o.stoppedEarly()) {
        assertThat(o.matching()).as("%s cancelled before the call says it finished, seed %d", strategy().name(), seed)
            .isEqualTo(strategy().match(el, options(seed)));
      }
    }
  }

  @Test
  public void solveReturnsTheMatchingOfMatchAndTheLastProgressIsItsScore() {
    for (long seed : Arrays.copyOf(seeds(), Math.min(10, seeds().length))) {
      MatchingProblem p = RandomProblems.generate(seed);
      Eligibility el = Eligibility.of(p);
      MatchingStrategy s = strategy();
      Matching m = s.match(el, options(seed));
      StrategyOutcome o = s.solve(el, options(seed));
      assertThat(o.matching()).as("%s solve vs match, seed %d", s.name(), seed).isEqualTo(m);
      assertThat(o.stoppedEarly()).as("%s stopped early without a limit, seed %d", s.name(), seed).isFalse();
      o.bound().ifPresent(b -> assertThat(b).as("%s bound, seed %d", s.name(), seed)
          .isGreaterThanOrEqualTo(Evaluator.evaluate(el, m).score()));
      List<Progress> reports = new ArrayList<>();
      Matching reported = s.match(el, options(seed).toBuilder().progress(reports::add).build());
      if (!reports.isEmpty()) {
        Progress last = reports.get(reports.size() - 1);
        assertThat(last.strategy()).isEqualTo(s.name());
        assertThat(last.bestScore()).as("%s last progress, seed %d", s.name(), seed)
            .isEqualTo(Evaluator.evaluate(el, reported).score());
      }
    }
  }

  /** Every pin kept, only eligible pairs, no capacity exceeded; the evaluator's hard score is 0. */
  protected static void assertFeasible(Eligibility el, Matching m, String what) {
    int[] mentorOf = el.assignmentOf(m);
    int[] load = new int[el.mentorCount()];
    for (int x = 0; x < mentorOf.length; x++) {
      if (el.pinnedMentor(x) >= 0) {
        assertThat(mentorOf[x]).as("%s: pin of %s", what, el.menteeId(x)).isEqualTo(el.pinnedMentor(x));
      }
      if (mentorOf[x] >= 0) {
        assertThat(el.isEligible(x, mentorOf[x])).as("%s: pair of %s is eligible", what, el.menteeId(x)).isTrue();
        load[mentorOf[x]]++;
      }
    }
    for (int r = 0; r < load.length; r++) {
      assertThat(load[r]).as("%s: load of %s", what, el.mentorId(r)).isLessThanOrEqualTo(el.capacity(r));
    }
    assertThat(Evaluator.evaluate(el, m).score().hard()).as(what).isZero();
  }

  /** The contract of {@code strategy} with the default seeds and options. */
  public static StrategyContract of(MatchingStrategy strategy) {
    return new StrategyContract() {
      @Override
      protected MatchingStrategy strategy() {
        return strategy;
      }
    };
  }

  /**
   * Every check of this class for every strategy of {@code registry}, one container per strategy,
   * as dynamic tests: return it from a {@code @TestFactory} method.
   */
  public static Stream<DynamicContainer> forEveryStrategyIn(StrategyRegistry registry) {
    return forEveryStrategyIn(registry, StrategyContract::of);
  }

  /**
   * As {@link #forEveryStrategyIn(StrategyRegistry)}, with the contract {@code contractOf} makes for
   * each strategy (to give an anytime strategy a step limit, say).
   */
  public static Stream<DynamicContainer> forEveryStrategyIn(StrategyRegistry registry,
      Function<MatchingStrategy, ? extends StrategyContract> contractOf) {
    List<Method> checks = Arrays.stream(StrategyContract.class.getMethods())
        .filter(m -> m.isAnnotationPresent(Test.class)).sorted(Comparator.comparing(Method::getName)).toList();
    return registry.names().stream().map(registry::get).map(s -> {
      StrategyContract contract = contractOf.apply(s);
      return DynamicContainer.dynamicContainer(s.name(), checks.stream().map(m ->
          DynamicTest.dynamicTest(m.getName(), () -> invoke(contract, m))));
    });
  }

  private static void invoke(StrategyContract contract, Method check) throws Throwable {
    try {
      check.invoke(contract);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
