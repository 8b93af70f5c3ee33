package dev.tandem.solver.explain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.tandem.core.evaluation.Aggregates;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.solver.MentoringSolverConfigs;
import dev.tandem.solver.domain.MentoringPlan;
import java.util.Map;
import java.util.TreeMap;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * Explains any matching of a problem, whatever strategy produced it (also infeasible ones): core's
 * {@link Evaluator} gives the pair parts and the unmatched reasons, this class adds each pair's
 * share of the department-spread and mentor-load penalties, and OptaPlanner's
 * {@code SolutionManager.explain} gives the constraint totals and summary.
 *
 * <p>Guarantee: stateless and thread-safe; fails with {@link IllegalStateException} if the
 * OptaPlanner score ever differed from the evaluator's (the contract both implement). Time:
 * linear in the problem plus one full OptaPlanner score calculation.
 */
public final class MatchingExplainer {
  private MatchingExplainer() {}

  /** Explains {@code matching} of {@code problem}. */
  public static MatchingExplanation explain(MatchingProblem problem, Matching matching) {
    return explain(Eligibility.of(problem), matching);
  }

  /** Explains {@code matching} on a prepared eligibility structure. */
  public static MatchingExplanation explain(Eligibility el, Matching matching) {
    Evaluation ev = Evaluator.evaluate(el, matching);
    MatchingProblem problem = el.problem();
    Weights w = problem.policy().weights();
    int[] mentorOf = el.assignmentOf(matching);
    Aggregates agg = Aggregates.of(el, mentorOf);
    ImmutableList.Builder<PairExplanation> pairs = ImmutableList.builder();
    for (PairEvaluation pe : ev.pairs()) {
      int m = problem.menteeIndex(pe.pair().mentee());
      int r = problem.mentorIndex(pe.pair().mentor());
      int k = agg.linkCount(m, r);
      int l = agg.load(r);
      pairs.add(new PairExplanation(pe.pair(), pe.pairScore(), pe.parts(), pe.pinned(), pe.broken(),
          el.departments().get(el.menteeDepartment(m)), el.departments().get(el.mentorDepartment(r)),
          k, w.departmentSpreadWeight() * (k - 1) / 2.0, w.departmentSpreadWeight() * (k - 1),
          l, w.mentorLoadWeight() * (l - 1) / 2.0, w.mentorLoadWeight() * (l - 1)));
    }
    ScoreExplanation<MentoringPlan, HardMediumSoftLongScore> explanation =
        MentoringSolverConfigs.solutionManager().explain(MentoringPlan.of(el, mentorOf));
    Score opta = toScore(explanation.getScore());
    if (!opta.equals(ev.score())) {
      throw new IllegalStateException("OptaPlanner score " + opta + " differs from the evaluator score " + ev.score());
    }
    Map<String, Score> totals = new TreeMap<>();
    for (ConstraintMatchTotal<HardMediumSoftLongScore> t : explanation.getConstraintMatchTotalMap().values()) {
      totals.put(t.getConstraintName(), toScore(t.getScore()));
    }
    return new MatchingExplanation(ev.score(), ev.terms(), pairs.build(), ev.unmatched(),
        ImmutableSortedMap.copyOf(totals), explanation.getSummary());
  }

  static Score toScore(HardMediumSoftLongScore s) {
    return Score.of(s.hardScore(), s.mediumScore(), s.softScore());
  }
}
