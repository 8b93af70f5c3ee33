package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.UnmatchedReason;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.Rule;
import dev.tandem.core.testing.RandomProblems;
import dev.tandem.io.ResultFile.ResultPair;
import dev.tandem.io.ResultFile.ResultUnmatched;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class RoundTripProperties {

  /** A random valid problem with every optional part of the file format, personal data included. */
  static MatchingProblem problem(long seed) {
    return RandomProblems.withPersonalData(RandomProblems.generate(seed), new Random(~seed));
  }

  @Property(tries = 150)
  void problemWriteThenReadGivesTheSameProblem(@ForAll long seed) {
    MatchingProblem problem = problem(seed);
    String json = ProblemFiles.toJson(problem);
    MatchingProblem back = ProblemFiles.parse(json);
    assertSameContent(problem, back);
    assertThat(ProblemFiles.toJson(back)).isEqualTo(json);
  }

  @Property(tries = 150)
  void resultWriteThenReadGivesTheSameResultAndScore(@ForAll long seed) {
    MatchingProblem problem = problem(seed);
    Matching matching = RandomProblems.anyMatching(problem, new Random(seed ^ 0x5DEECE66DL));
    Evaluation evaluation = Evaluator.evaluate(problem, matching);
    ResultFile result = ResultFile.of(problem, "random", seed, evaluation, seed & 0xFF, (seed >>> 8) & 0xFFFF);
    String json = ResultFiles.toJson(result);
    ResultFile back = ResultFiles.parse(json);
    assertThat(back).isEqualTo(result);
    assertThat(ResultFiles.toJson(back)).isEqualTo(json);
    Matching again = back.matching(problem);
    assertThat(again.pairs()).isEqualTo(matching.pairs());
    assertThat(again.unmatched()).isEqualTo(matching.unmatched());
    assertThat(Evaluator.evaluate(problem, again).score()).isEqualTo(evaluation.score());
  }

  @Property(tries = 100)
  void resultsWithArbitraryOptionalPartsRoundTrip(@ForAll long seed) {
    Random rnd = new Random(seed);
    List<ResultPair> pairs = new ArrayList<>();
    for (int i = rnd.nextInt(5); i > 0; i--) {
      Optional<PairParts> parts = rnd.nextBoolean() ? Optional.empty() : Optional.of(new PairParts(rnd.nextLong(),
          rnd.nextInt(), rnd.nextInt(100), -rnd.nextInt(50), rnd.nextInt(9), rnd.nextBoolean() ? 0 : rnd.nextInt(90),
          rnd.nextBoolean() ? OptionalLong.of(rnd.nextLong()) : OptionalLong.empty()));
      pairs.add(new ResultPair("m" + i, "r" + rnd.nextInt(3),
          rnd.nextBoolean() ? OptionalLong.of(rnd.nextLong()) : OptionalLong.empty(), parts));
    }
    List<ResultUnmatched> unmatched = new ArrayList<>();
    for (int i = rnd.nextInt(4); i > 0; i--) {
      ImmutableSortedMap.Builder<Rule, Integer> ex = ImmutableSortedMap.naturalOrder();
      for (Rule r : Rule.values()) {
        if (rnd.nextInt(3) == 0) {
          ex.put(r, rnd.nextInt(1000));
        }
      }
      unmatched.add(new ResultUnmatched("u" + i,
          rnd.nextBoolean() ? Optional.of(UnmatchedReason.values()[rnd.nextInt(3)]) : Optional.empty(), ex.build(),
          rnd.nextBoolean() ? OptionalInt.of(rnd.nextInt(9)) : OptionalInt.empty(),
          rnd.nextBoolean() ? OptionalInt.of(rnd.nextInt(9)) : OptionalInt.empty()));
    }
    Optional<ResultFile.ResultMetrics> metrics = Optional.empty();
    if (rnd.nextBoolean()) {
      java.util.Map<String, Number> values = new java.util.LinkedHashMap<>();
      for (String key : ResultFile.ResultMetrics.KEYS) {
        if (rnd.nextBoolean()) {
          values.put(key, ResultFile.ResultMetrics.DECIMAL_KEYS.contains(key) ? (Number) rnd.nextDouble() : (Number) rnd.nextLong());
        }
      }
      metrics = Optional.of(new ResultFile.ResultMetrics(com.google.common.collect.ImmutableMap.copyOf(values)));
    }
    ResultFile result = new ResultFile(
        rnd.nextBoolean() ? Optional.of("p" + seed) : Optional.empty(),
        rnd.nextBoolean() ? Optional.of("s") : Optional.empty(),
        rnd.nextBoolean() ? OptionalLong.of(seed) : OptionalLong.empty(),
        ImmutableList.copyOf(pairs), ImmutableList.copyOf(unmatched),
        rnd.nextBoolean() ? Optional.of(Score.of(rnd.nextLong(), rnd.nextLong(), rnd.nextLong())) : Optional.empty(),
        metrics, rnd.nextBoolean() ? Optional.of(randomFairness(rnd)) : Optional.empty(), randomTargets(rnd),
        rnd.nextBoolean() ? Optional.of(Score.of(rnd.nextLong(), rnd.nextLong(), rnd.nextLong())) : Optional.empty(),
        rnd.nextBoolean() ? java.util.OptionalDouble.of(rnd.nextDouble()) : java.util.OptionalDouble.empty());
    assertThat(ResultFiles.parse(ResultFiles.toJson(result))).isEqualTo(result);
  }

  private static dev.tandem.core.evaluation.Fairness randomFairness(Random rnd) {
    List<List<dev.tandem.core.evaluation.GroupMetrics>> lists = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      List<dev.tandem.core.evaluation.GroupMetrics> groups = new ArrayList<>();
      for (int g = rnd.nextInt(3); g > 0; g--) {
        int mentees = 5 + rnd.nextInt(20);
        int matched = rnd.nextInt(mentees + 1);
        groups.add(new dev.tandem.core.evaluation.GroupMetrics("g" + d + "-" + g + ", \"x\"", mentees, matched,
            (double) matched / mentees, rnd.nextDouble(), rnd.nextInt(500) / 3.0));
      }
      lists.add(groups);
    }
    return new dev.tandem.core.evaluation.Fairness(ImmutableList.copyOf(lists.get(0)), ImmutableList.copyOf(lists.get(1)),
        ImmutableList.copyOf(lists.get(2)), rnd.nextInt(4));
  }

  private static ImmutableList<dev.tandem.core.evaluation.TopicTargetProgress> randomTargets(Random rnd) {
    List<dev.tandem.core.evaluation.TopicTargetProgress> out = new ArrayList<>();
    for (int t = rnd.nextInt(3); t > 0; t--) {
      out.add(new dev.tandem.core.evaluation.TopicTargetProgress("c" + t, 1 + rnd.nextInt(5), rnd.nextInt(8)));
    }
    return ImmutableList.copyOf(out);
  }

  /** Fails with the first differing part when the two problems differ in content. */
  static void assertSameContent(MatchingProblem expected, MatchingProblem actual) {
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.competences()).isEqualTo(expected.competences());
    assertThat(actual.employees()).isEqualTo(expected.employees());
    for (int i = 0; i < expected.employees().size(); i++) {
      assertThat(actual.employees().get(i).displayName()).isEqualTo(expected.employees().get(i).displayName());
    }
    assertThat(actual.mentees()).isEqualTo(expected.mentees());
    assertThat(actual.mentors()).isEqualTo(expected.mentors());
    assertThat(actual.history()).isEqualTo(expected.history());
    assertThat(actual.forbiddenPairs()).isEqualTo(expected.forbiddenPairs());
    assertThat(actual.pinnedPairs()).isEqualTo(expected.pinnedPairs());
    assertThat(actual.pairScores()).isEqualTo(expected.pairScores());
    assertThat(actual.policy()).isEqualTo(expected.policy());
    assertThat(actual.topicTargets()).isEqualTo(expected.topicTargets());
  }
}
