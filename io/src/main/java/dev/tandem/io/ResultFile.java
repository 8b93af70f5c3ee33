package dev.tandem.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.tandem.core.bound.Bound;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Metrics;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.evaluation.UnmatchedReason;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import dev.tandem.core.evaluation.Fairness;
import dev.tandem.core.evaluation.TopicTargetProgress;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The content of a result file ({@code tandem-result/1}): which problem and strategy, the pairs
 * with their scores and "why" parts, the unmatched mentees with their reasons, the score, the
 * metrics, the fairness metrics per group (k-anonymous: groups of at least five mentees), the
 * progress of each topic target, and the proven bound on the optimum with the gap to it
 * (docs/bound.md; the gap is absent when the hard or medium levels differ from the bound's), and
 * whether a time limit or a cancellation stopped the strategy early (its result then carries none
 * of the strategy's optimality promise).
 *
 * <p>Guarantee: immutable. Only the pairs are required: a file written by another tool may
 * carry nothing else, which is why the other parts are optional; {@link #of} fills every part
 * from an {@link Evaluation}. {@link #matching(MatchingProblem)} turns the pairs into a core
 * {@link Matching} of a problem (for rescoring with the one evaluator).
 */
public record ResultFile(
    Optional<String> problem,
    Optional<String> strategy,
    OptionalLong seed,
    ImmutableList<ResultPair> pairs,
    ImmutableList<ResultUnmatched> unmatched,
    Optional<Score> score,
    Optional<ResultMetrics> metrics,
    Optional<Fairness> fairness,
    ImmutableList<TopicTargetProgress> topicTargets,
    Optional<Score> bound,
    OptionalDouble gap,
    boolean stoppedEarly) {

  public ResultFile {
    requireNonNull(problem, "problem");
    requireNonNull(strategy, "strategy");
    requireNonNull(seed, "seed");
    pairs = ImmutableList.copyOf(pairs);
    unmatched = ImmutableList.copyOf(unmatched);
    requireNonNull(score, "score");
    requireNonNull(metrics, "metrics");
    requireNonNull(fairness, "fairness");
    topicTargets = ImmutableList.copyOf(topicTargets);
    requireNonNull(bound, "bound");
    requireNonNull(gap, "gap");
  }

  /** A result of a run that was not stopped early. */
  public ResultFile(Optional<String> problem, Optional<String> strategy, OptionalLong seed, ImmutableList<ResultPair> pairs,
      ImmutableList<ResultUnmatched> unmatched, Optional<Score> score, Optional<ResultMetrics> metrics,
      Optional<Fairness> fairness, ImmutableList<TopicTargetProgress> topicTargets, Optional<Score> bound, OptionalDouble gap) {
    this(problem, strategy, seed, pairs, unmatched, score, metrics, fairness, topicTargets, bound, gap, false);
  }

  /** A result without a bound and gap. */
  public ResultFile(Optional<String> problem, Optional<String> strategy, OptionalLong seed, ImmutableList<ResultPair> pairs,
      ImmutableList<ResultUnmatched> unmatched, Optional<Score> score, Optional<ResultMetrics> metrics,
      Optional<Fairness> fairness, ImmutableList<TopicTargetProgress> topicTargets) {
    this(problem, strategy, seed, pairs, unmatched, score, metrics, fairness, topicTargets, Optional.empty(), OptionalDouble.empty());
  }

  /** A result without fairness metrics and topic-target progress (the parts before they existed). */
  public ResultFile(Optional<String> problem, Optional<String> strategy, OptionalLong seed, ImmutableList<ResultPair> pairs,
      ImmutableList<ResultUnmatched> unmatched, Optional<Score> score, Optional<ResultMetrics> metrics) {
    this(problem, strategy, seed, pairs, unmatched, score, metrics, Optional.empty(), ImmutableList.of(), Optional.empty(),
        OptionalDouble.empty());
  }

  /**
   * The full result of one strategy run on {@code problem}.
   *
   * @param eligibilityMillis time to build the eligibility structure
   * @param wallMillis time of the strategy's own work on that structure
   */
  public static ResultFile of(MatchingProblem problem, String strategy, long seed, Evaluation evaluation,
      long eligibilityMillis, long wallMillis) {
    return of(problem, strategy, seed, evaluation, eligibilityMillis, wallMillis, Optional.empty());
  }

  /**
   * As above, with a proven bound on the optimum ({@code dev.tandem.core.bound}); the gap is
   * {@code Bound.gap(bound, score)}.
   */
  public static ResultFile of(MatchingProblem problem, String strategy, long seed, Evaluation evaluation,
      long eligibilityMillis, long wallMillis, Optional<Score> bound) {
    return of(problem, strategy, seed, evaluation, eligibilityMillis, wallMillis, bound, false);
  }

  /**
   * As above, saying whether a time limit or a cancellation stopped the strategy before it
   * finished its own work ({@code StrategyOutcome.stoppedEarly()}: for {@code exact}, the matching
   * is then not proven optimal).
   */
  public static ResultFile of(MatchingProblem problem, String strategy, long seed, Evaluation evaluation,
      long eligibilityMillis, long wallMillis, Optional<Score> bound, boolean stoppedEarly) {
    ImmutableList<ResultPair> pairs = evaluation.pairs().stream()
        .map(ResultPair::of).collect(ImmutableList.toImmutableList());
    ImmutableList<ResultUnmatched> unmatched = evaluation.unmatched().stream()
        .map(ResultUnmatched::of).collect(ImmutableList.toImmutableList());
    return new ResultFile(Optional.of(problem.name()), Optional.of(strategy), OptionalLong.of(seed), pairs, unmatched,
        Optional.of(evaluation.score()),
        Optional.of(ResultMetrics.of(evaluation.metrics(), eligibilityMillis, wallMillis)),
        Optional.of(evaluation.fairness()), evaluation.topicTargets(), bound,
        bound.isPresent() ? Bound.gap(bound.get(), evaluation.score()) : OptionalDouble.empty(), stoppedEarly);
  }

  /** A result holding only pairs, as another tool might write it. */
  public static ResultFile ofPairs(List<Pair> pairs) {
    return new ResultFile(Optional.empty(), Optional.empty(), OptionalLong.empty(),
        pairs.stream().map(p -> new ResultPair(p.mentee(), p.mentor(), OptionalLong.empty(), Optional.empty()))
            .collect(ImmutableList.toImmutableList()),
        ImmutableList.of(), Optional.empty(), Optional.empty());
  }

  /** The pairs as core pairs, in file order. */
  public ImmutableList<Pair> corePairs() {
    return pairs.stream().map(ResultPair::pair).collect(ImmutableList.toImmutableList());
  }

  /**
   * The matching of {@code problem} this result describes: its pairs; every other mentee of the
   * problem is unmatched.
   *
   * @throws ValidationException naming (by JSON path) each pair or unmatched entry that names
   *     someone outside the problem, a mentee twice, or a mentee both matched and unmatched
   */
  public Matching matching(MatchingProblem problem) {
    List<ValidationProblem> problems = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (int i = 0; i < pairs.size(); i++) {
      ResultPair p = pairs.get(i);
      String path = "$.pairs[" + i + "]";
      if (problem.menteeIndex(p.mentee()) < 0) {
        problems.add(new ValidationProblem(path + ".mentee", "unknown mentee \"" + p.mentee() + "\""));
      } else if (!matched.add(p.mentee())) {
        problems.add(new ValidationProblem(path + ".mentee", "mentee \"" + p.mentee() + "\" is matched twice"));
      }
      if (problem.mentorIndex(p.mentor()) < 0) {
        problems.add(new ValidationProblem(path + ".mentor", "unknown mentor \"" + p.mentor() + "\""));
      }
    }
    for (int i = 0; i < unmatched.size(); i++) {
      String mentee = unmatched.get(i).mentee();
      String path = "$.unmatched[" + i + "].mentee";
      if (problem.menteeIndex(mentee) < 0) {
        problems.add(new ValidationProblem(path, "unknown mentee \"" + mentee + "\""));
      } else if (matched.contains(mentee)) {
        problems.add(new ValidationProblem(path, "mentee \"" + mentee + "\" is also in a pair"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return Matching.of(problem, corePairs());
  }

  /**
   * One matched pair: ids, and when known the pair score and its parts.
   *
   * <p>Guarantee: immutable; non-null ids.
   */
  public record ResultPair(String mentee, String mentor, OptionalLong pairScore, Optional<PairParts> parts) {
    public ResultPair {
      requireNonNull(mentee, "mentee");
      requireNonNull(mentor, "mentor");
      requireNonNull(pairScore, "pairScore");
      requireNonNull(parts, "parts");
    }

    static ResultPair of(PairEvaluation e) {
      return new ResultPair(e.pair().mentee(), e.pair().mentor(), OptionalLong.of(e.pairScore()), Optional.of(e.parts()));
    }

    public Pair pair() {
      return new Pair(mentee, mentor);
    }
  }

  /**
   * One unmatched mentee: the reason and how many mentors each rule excluded, plus (additive
   * keys) the mentee's priority and number of eligible mentors when known.
   *
   * <p>Guarantee: immutable; {@code excludedBy} is sorted in {@link Rule} order.
   */
  public record ResultUnmatched(
      String mentee,
      Optional<UnmatchedReason> reason,
      ImmutableSortedMap<Rule, Integer> excludedBy,
      OptionalInt priority,
      OptionalInt eligibleMentors) {
    public ResultUnmatched {
      requireNonNull(mentee, "mentee");
      requireNonNull(reason, "reason");
      excludedBy = ImmutableSortedMap.copyOf(excludedBy);
      requireNonNull(priority, "priority");
      requireNonNull(eligibleMentors, "eligibleMentors");
    }

    static ResultUnmatched of(UnmatchedMentee u) {
      return new ResultUnmatched(u.mentee(), Optional.of(u.reason()), u.excludedBy(), OptionalInt.of(u.priority()),
          OptionalInt.of(u.eligibleMentors()));
    }
  }

  /**
   * The metrics of a result, by name: {@code matched}, {@code unmatched}, {@code blockingPairs},
   * {@code eligibilityMillis}, {@code wallMillis} (docs/formats.md) and the other fields of
   * {@link Metrics} as additive keys. Each key holds a {@link Long} (counts) or a {@link Double}
   * (shares and means: {@link #DECIMAL_KEYS}).
   *
   * <p>Guarantee: immutable; keys are among {@link #KEYS}, in that order, each with its type.
   */
  public record ResultMetrics(ImmutableMap<String, Number> values) {
    /** Every key a result file may hold under {@code metrics}, in the order written. */
    public static final ImmutableList<String> KEYS = ResultDocument.MetricsDoc.KEYS;

    /** The keys holding decimal numbers; all others hold integers. */
    public static final ImmutableList<String> DECIMAL_KEYS = ResultDocument.MetricsDoc.DECIMAL_KEYS;

    public ResultMetrics {
      Map<String, Number> ordered = new LinkedHashMap<>();
      for (String key : KEYS) {
        Number v = values.get(key);
        if (v != null) {
          ordered.put(key, DECIMAL_KEYS.contains(key) ? (Number) v.doubleValue() : (Number) v.longValue());
        }
      }
      for (String key : values.keySet()) {
        if (!KEYS.contains(key)) {
          throw new IllegalArgumentException("unknown metric \"" + key + "\"; known: " + String.join(", ", KEYS));
        }
      }
      values = ImmutableMap.copyOf(ordered);
    }

    /** Every metric of an evaluation, plus the two timings. */
    public static ResultMetrics of(Metrics m, long eligibilityMillis, long wallMillis) {
      Map<String, Number> v = new LinkedHashMap<>();
      v.put("matched", (long) m.matched());
      v.put("unmatched", (long) m.unmatched());
      v.put("blockingPairs", m.blockingPairs());
      v.put("eligibilityMillis", eligibilityMillis);
      v.put("wallMillis", wallMillis);
      v.put("mentees", (long) m.mentees());
      v.put("matchedPriority", m.matchedPriority());
      v.put("unmatchedPriority", m.unmatchedPriority());
      v.put("topTopicCoverage", m.topTopicCoverage());
      v.put("pairScoreMean", m.pairScoreMean());
      v.put("pairScoreMin", m.pairScoreMin());
      v.put("pairScoreP10", m.pairScoreP10());
      v.put("meanLevelGap", m.meanLevelGap());
      v.put("crossDepartmentShare", m.crossDepartmentShare());
      v.put("departmentLinks", (long) m.departmentLinks());
      v.put("largestLinkCount", (long) m.largestLinkCount());
      v.put("mentorsUsed", (long) m.mentorsUsed());
      v.put("largestLoad", (long) m.largestLoad());
      return new ResultMetrics(ImmutableMap.copyOf(v));
    }

    /** An integer metric, when present. */
    public OptionalLong count(String key) {
      Number v = values.get(key);
      return v instanceof Long ? OptionalLong.of((Long) v) : OptionalLong.empty();
    }

    /** A decimal metric, when present. */
    public OptionalDouble decimal(String key) {
      Number v = values.get(key);
      return v instanceof Double ? OptionalDouble.of((Double) v) : OptionalDouble.empty();
    }
  }
}
