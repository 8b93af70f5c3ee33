package dev.tandem.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tandem.core.evaluation.Fairness;
import dev.tandem.core.evaluation.GroupMetrics;
import dev.tandem.core.evaluation.TopicTargetProgress;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.evaluation.UnmatchedReason;
import dev.tandem.core.rules.PairParts;
import dev.tandem.core.rules.Rule;
import dev.tandem.io.ResultFile.ResultMetrics;
import dev.tandem.io.ResultFile.ResultPair;
import dev.tandem.io.ResultFile.ResultUnmatched;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The JSON document of the format {@code tandem-result/1} (docs/formats.md), one record component
 * per key, in the order written. Only {@code format} and {@code pairs} are required, so results of
 * other tools can be rescored.
 *
 * <p>To add a key: add a component with {@link JsonProperty} (and {@link Check} where needed),
 * carry it through {@link ResultFile} in {@code of} and {@code toResult}, and add it to
 * {@code schema/tandem-result-1.schema.json}. A new metric is a component of {@link MetricsDoc}
 * (a {@code Long} count or a {@code Double} share or mean), its value in
 * {@link ResultMetrics#of}, and the schema.
 */
record ResultDocument(
    @JsonProperty(value = "format", required = true) String format,
    @JsonProperty("problem") String problem,
    @JsonProperty("strategy") String strategy,
    @JsonProperty("seed") Long seed,
    @JsonProperty(value = "pairs", required = true) List<PairDoc> pairs,
    @JsonProperty("unmatched") List<UnmatchedDoc> unmatched,
    @JsonProperty("score") ScoreDoc score,
    @JsonProperty("metrics") MetricsDoc metrics,
    @JsonProperty("fairness") FairnessDoc fairness,
    @JsonProperty("topicTargets") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TopicTargetDoc> topicTargets,
    @JsonProperty("bound") ScoreDoc bound,
    @JsonProperty("gap") @Check(nullable = true) Double gap,
    @JsonProperty("stoppedEarly") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean stoppedEarly) {

  ResultDocument {
    unmatched = ProblemDocument.orEmpty(unmatched);
    topicTargets = ProblemDocument.orEmpty(topicTargets);
  }

  static ResultDocument of(ResultFile r) {
    return new ResultDocument(ResultFiles.FORMAT, r.problem().orElse(null), r.strategy().orElse(null),
        r.seed().isPresent() ? r.seed().getAsLong() : null, ProblemDocument.map(r.pairs(), PairDoc::of),
        ProblemDocument.map(r.unmatched(), UnmatchedDoc::of), r.score().map(ScoreDoc::of).orElse(null),
        r.metrics().map(MetricsDoc::of).orElse(null), r.fairness().map(FairnessDoc::of).orElse(null),
        ProblemDocument.map(r.topicTargets(), TopicTargetDoc::of), r.bound().map(ScoreDoc::of).orElse(null),
        r.gap().isPresent() ? r.gap().getAsDouble() : null, r.stoppedEarly() ? Boolean.TRUE : null);
  }

  ResultFile toResult() {
    return new ResultFile(Optional.ofNullable(problem), Optional.ofNullable(strategy), optionalLong(seed),
        ImmutableList.copyOf(ProblemDocument.map(pairs, PairDoc::toModel)),
        ImmutableList.copyOf(ProblemDocument.map(unmatched, UnmatchedDoc::toModel)),
        Optional.ofNullable(score).map(ScoreDoc::toModel), Optional.ofNullable(metrics).map(MetricsDoc::toModel),
        Optional.ofNullable(fairness).map(FairnessDoc::toModel),
        ImmutableList.copyOf(ProblemDocument.map(topicTargets, TopicTargetDoc::toModel)),
        Optional.ofNullable(bound).map(ScoreDoc::toModel), gap == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(gap),
        Boolean.TRUE.equals(stoppedEarly));
  }

  /** The fairness metrics: per department, level and declared group (groups of at least five), and how many were left out. */
  record FairnessDoc(
      @JsonProperty(value = "byDepartment", required = true) List<GroupDoc> byDepartment,
      @JsonProperty(value = "byLevel", required = true) List<GroupDoc> byLevel,
      @JsonProperty(value = "byDeclaredGroup", required = true) List<GroupDoc> byDeclaredGroup,
      @JsonProperty(value = "suppressedGroups", required = true) @Check(min = 0) Integer suppressedGroups) {
    static FairnessDoc of(Fairness f) {
      return new FairnessDoc(ProblemDocument.map(f.byDepartment(), GroupDoc::of), ProblemDocument.map(f.byLevel(), GroupDoc::of),
          ProblemDocument.map(f.byDeclaredGroup(), GroupDoc::of), f.suppressedGroups());
    }

    Fairness toModel() {
      return new Fairness(ImmutableList.copyOf(ProblemDocument.map(byDepartment, GroupDoc::toModel)),
          ImmutableList.copyOf(ProblemDocument.map(byLevel, GroupDoc::toModel)),
          ImmutableList.copyOf(ProblemDocument.map(byDeclaredGroup, GroupDoc::toModel)), suppressedGroups);
    }
  }

  /** The outcome of one group of mentees. */
  record GroupDoc(
      @JsonProperty(value = "group", required = true) String group,
      @JsonProperty(value = "mentees", required = true) @Check(min = 0) Integer mentees,
      @JsonProperty(value = "matched", required = true) @Check(min = 0) Integer matched,
      @JsonProperty(value = "matchRate", required = true) Double matchRate,
      @JsonProperty(value = "topTopicCoverage", required = true) Double topTopicCoverage,
      @JsonProperty(value = "pairScoreMean", required = true) Double pairScoreMean) {
    static GroupDoc of(GroupMetrics g) {
      return new GroupDoc(g.group(), g.mentees(), g.matched(), g.matchRate(), g.topTopicCoverage(), g.pairScoreMean());
    }

    GroupMetrics toModel() {
      return new GroupMetrics(group, mentees, matched, matchRate, topTopicCoverage, pairScoreMean);
    }
  }

  /** A topic's target and the matched pairs working on it. */
  record TopicTargetDoc(
      @JsonProperty(value = "competence", required = true) String competence,
      @JsonProperty(value = "target", required = true) @Check(min = 1) Integer target,
      @JsonProperty(value = "pairs", required = true) @Check(min = 0) Integer pairs) {
    static TopicTargetDoc of(TopicTargetProgress t) {
      return new TopicTargetDoc(t.competence(), t.target(), t.pairs());
    }

    TopicTargetProgress toModel() {
      return new TopicTargetProgress(competence, target, pairs);
    }
  }

  static OptionalLong optionalLong(Long v) {
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  static OptionalInt optionalInt(Integer v) {
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }

  /** A matched pair, with its score and parts when known. */
  record PairDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty("pairScore") Long pairScore,
      @JsonProperty("parts") PartsDoc parts) {
    static PairDoc of(ResultPair p) {
      return new PairDoc(p.mentee(), p.mentor(), p.pairScore().isPresent() ? p.pairScore().getAsLong() : null,
          p.parts().map(PartsDoc::of).orElse(null));
    }

    ResultPair toModel() {
      return new ResultPair(mentee, mentor, optionalLong(pairScore), Optional.ofNullable(parts).map(PartsDoc::toModel));
    }
  }

  /**
   * The parts of a pair score ("why"); {@code explicit} only when the problem lists the pair's
   * score, {@code perspective} only when not 0.
   */
  record PartsDoc(
      @JsonProperty(value = "topic", required = true) Long topic,
      @JsonProperty(value = "levelGap", required = true) Long levelGap,
      @JsonProperty(value = "crossDepartment", required = true) Long crossDepartment,
      @JsonProperty(value = "rating", required = true) Long rating,
      @JsonProperty(value = "preference", required = true) Long preference,
      @JsonProperty("explicit") Long explicit,
      @JsonProperty("perspective") Long perspective) {
    static PartsDoc of(PairParts p) {
      return new PartsDoc(p.topic(), p.levelGap(), p.crossDepartment(), p.rating(), p.preference(),
          p.explicit().isPresent() ? p.explicit().getAsLong() : null, p.perspective() == 0 ? null : p.perspective());
    }

    PairParts toModel() {
      return new PairParts(topic, levelGap, crossDepartment, rating, preference, perspective == null ? 0 : perspective,
          optionalLong(explicit));
    }
  }

  /** An unmatched mentee: why, how many mentors each rule excluded, priority and eligible mentors. */
  record UnmatchedDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty("reason") UnmatchedReason reason,
      @JsonProperty("excludedBy") @JsonInclude(JsonInclude.Include.ALWAYS) @Check(min = 0) Map<Rule, Integer> excludedBy,
      @JsonProperty("priority") Integer priority,
      @JsonProperty("eligibleMentors") @Check(min = 0) Integer eligibleMentors) {
    UnmatchedDoc {
      excludedBy = excludedBy == null ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOf(excludedBy);
    }

    static UnmatchedDoc of(ResultUnmatched u) {
      return new UnmatchedDoc(u.mentee(), u.reason().orElse(null), u.excludedBy(),
          u.priority().isPresent() ? u.priority().getAsInt() : null,
          u.eligibleMentors().isPresent() ? u.eligibleMentors().getAsInt() : null);
    }

    ResultUnmatched toModel() {
      return new ResultUnmatched(mentee, Optional.ofNullable(reason), ImmutableSortedMap.copyOf(excludedBy),
          optionalInt(priority), optionalInt(eligibleMentors));
    }
  }

  /** A score: hard, medium, soft. */
  record ScoreDoc(
      @JsonProperty(value = "hard", required = true) Long hard,
      @JsonProperty(value = "medium", required = true) Long medium,
      @JsonProperty(value = "soft", required = true) Long soft) {
    static ScoreDoc of(Score s) {
      return new ScoreDoc(s.hard(), s.medium(), s.soft());
    }

    Score toModel() {
      return new Score(hard, medium, soft);
    }
  }

  /**
   * The metrics, each optional: counts are {@code Long}, shares and means {@code Double}. The
   * components' names and order are {@link ResultMetrics#KEYS}.
   */
  record MetricsDoc(
      @JsonProperty("matched") Long matched,
      @JsonProperty("unmatched") Long unmatched,
      @JsonProperty("blockingPairs") Long blockingPairs,
      @JsonProperty("eligibilityMillis") Long eligibilityMillis,
      @JsonProperty("wallMillis") Long wallMillis,
      @JsonProperty("mentees") Long mentees,
      @JsonProperty("matchedPriority") Long matchedPriority,
      @JsonProperty("unmatchedPriority") Long unmatchedPriority,
      @JsonProperty("topTopicCoverage") Double topTopicCoverage,
      @JsonProperty("pairScoreMean") Double pairScoreMean,
      @JsonProperty("pairScoreMin") Long pairScoreMin,
      @JsonProperty("pairScoreP10") Long pairScoreP10,
      @JsonProperty("meanLevelGap") Double meanLevelGap,
      @JsonProperty("crossDepartmentShare") Double crossDepartmentShare,
      @JsonProperty("departmentLinks") Long departmentLinks,
      @JsonProperty("largestLinkCount") Long largestLinkCount,
      @JsonProperty("mentorsUsed") Long mentorsUsed,
      @JsonProperty("largestLoad") Long largestLoad) {

    /** Every key, in the order written. */
    static final ImmutableList<String> KEYS = ImmutableList.copyOf(JsonDocuments.keyNames(MetricsDoc.class));

    /** The keys holding decimal numbers. */
    static final ImmutableList<String> DECIMAL_KEYS = Arrays.stream(MetricsDoc.class.getRecordComponents())
        .filter(c -> c.getType() == Double.class).map(RecordComponent::getName)
        .collect(ImmutableList.toImmutableList());

    static MetricsDoc of(ResultMetrics m) {
      return JsonDocuments.MAPPER.convertValue(m.values(), MetricsDoc.class);
    }

    ResultMetrics toModel() {
      Map<String, Number> values = new LinkedHashMap<>();
      JsonDocuments.MAPPER.convertValue(this, Map.class).forEach((k, v) -> {
        if (v != null) {
          values.put((String) k, (Number) v);
        }
      });
      return new ResultMetrics(ImmutableMap.copyOf(values));
    }
  }
}
