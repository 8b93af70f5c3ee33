package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Every setting of the eligibility rules and the weights of the objective (docs/objective.md).
 *
 * <p>Guarantee: a value type; {@link #DEFAULT} holds the documented defaults
 * ({@code minLevelGap} 1, {@code FORBID_CHAIN} at any depth, topic match required, no repeat
 * pairs, {@code ELIGIBLE} candidates, {@link Weights#DEFAULTS}, no attribute rules).
 * {@code attributeRules} are policy rules on employee attributes ({@link AttributeRule}); a pair
 * must meet every one of them. Ranges are checked by
 * {@link MatchingProblem} validation.
 */
public record Policy(
    int minLevelGap,
    ReportingLine reportingLine,
    int reportingLineDepth,
    boolean requireTopicMatch,
    boolean allowRepeatPairs,
    CandidatePairs candidatePairs,
    Weights weights,
    ImmutableList<AttributeRule> attributeRules) {

  public static final Policy DEFAULT =
      new Policy(1, ReportingLine.FORBID_CHAIN, 0, true, false, CandidatePairs.ELIGIBLE, Weights.DEFAULTS);

  public Policy {
    requireNonNull(reportingLine, "reportingLine");
    requireNonNull(candidatePairs, "candidatePairs");
    requireNonNull(weights, "weights");
    attributeRules = ImmutableList.copyOf(requireNonNull(attributeRules, "attributeRules"));
  }

  /** A policy without attribute rules (the settings before they existed). */
  public Policy(int minLevelGap, ReportingLine reportingLine, int reportingLineDepth, boolean requireTopicMatch,
      boolean allowRepeatPairs, CandidatePairs candidatePairs, Weights weights) {
    this(minLevelGap, reportingLine, reportingLineDepth, requireTopicMatch, allowRepeatPairs, candidatePairs, weights,
        ImmutableList.of());
  }

  public static Builder builder() {
    return new Builder(DEFAULT);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public Policy withWeights(Weights w) {
    return toBuilder().weights(w).build();
  }

  /** Builds a {@link Policy}, starting from the defaults or from another policy. */
  public static final class Builder {
    private int minLevelGap;
    private ReportingLine reportingLine;
    private int reportingLineDepth;
    private boolean requireTopicMatch;
    private boolean allowRepeatPairs;
    private CandidatePairs candidatePairs;
    private Weights weights;
    private final List<AttributeRule> attributeRules = new ArrayList<>();

    private Builder(Policy p) {
      minLevelGap = p.minLevelGap;
      reportingLine = p.reportingLine;
      reportingLineDepth = p.reportingLineDepth;
      requireTopicMatch = p.requireTopicMatch;
      allowRepeatPairs = p.allowRepeatPairs;
      candidatePairs = p.candidatePairs;
      weights = p.weights;
      attributeRules.addAll(p.attributeRules);
    }

    public Builder minLevelGap(int v) {
      minLevelGap = v;
      return this;
    }

    public Builder reportingLine(ReportingLine v) {
      reportingLine = requireNonNull(v);
      return this;
    }

    public Builder reportingLineDepth(int v) {
      reportingLineDepth = v;
      return this;
    }

    public Builder requireTopicMatch(boolean v) {
      requireTopicMatch = v;
      return this;
    }

    public Builder allowRepeatPairs(boolean v) {
      allowRepeatPairs = v;
      return this;
    }

    public Builder candidatePairs(CandidatePairs v) {
      candidatePairs = requireNonNull(v);
      return this;
    }

    public Builder weights(Weights v) {
      weights = requireNonNull(v);
      return this;
    }

    /** Adds an attribute rule (a pair must meet every rule). */
    public Builder attributeRule(AttributeRule v) {
      attributeRules.add(requireNonNull(v));
      return this;
    }

    /** Replaces the attribute rules. */
    public Builder attributeRules(List<AttributeRule> v) {
      attributeRules.clear();
      v.forEach(this::attributeRule);
      return this;
    }

    public Policy build() {
      return new Policy(minLevelGap, reportingLine, reportingLineDepth, requireTopicMatch, allowRepeatPairs, candidatePairs, weights,
          ImmutableList.copyOf(attributeRules));
    }
  }
}
