package dev.tandem.core.bound;

import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.PairScore;
import dev.tandem.core.model.Policy;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.ExactStrategy;
import dev.tandem.core.strategy.MatchOptions;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * {@link LinkPricedExact} by {@code exact} on a rescored copy of the problem: every eligible
 * pair gets its priced score as an explicit score, the load weight is scaled and the spread
 * weight is 0. Eligibility is unchanged (the same rules, the same listed pairs), so exact's
 * optimum on the copy is the optimum of the priced model. Simple and slow: it rebuilds the
 * problem and its eligibility on every call, {@code O(E)} objects.
 */
final class RescoredExact implements LinkPricedExact {
  private final Eligibility el;

  RescoredExact(Eligibility el) {
    this.el = el;
  }

  @Override
  public Optional<int[]> solve(long scale, long[] price, BooleanSupplier stop) {
    if (stop.getAsBoolean()) {
      return Optional.empty();
    }
    MatchingProblem p = el.problem();
    int d = el.departments().size();
    var w = p.policy().weights();
    Policy policy = p.policy().toBuilder()
        .weights(w.withDepartmentSpreadWeight(0).withMentorLoadWeight(Math.multiplyExact(scale, w.mentorLoadWeight())))
        .build();
    MatchingProblem.Builder b = MatchingProblem.builder().name(p.name()).policy(policy)
        .competences(p.competences()).employees(p.employees()).mentees(p.mentees()).mentors(p.mentors())
        .history(p.history()).pinnedPairs(p.pinnedPairs());
    p.forbiddenPairs().forEach(b::forbid);
    Set<dev.tandem.core.model.Pair> priced = new HashSet<>();
    for (int m = 0; m < el.menteeCount(); m++) {
      for (int k = el.start(m); k < el.end(m); k++) {
        int r = el.mentorAt(k);
        long s = Math.subtractExact(Math.multiplyExact(scale, el.scoreAt(k)),
            price[el.menteeDepartment(m) * d + el.mentorDepartment(r)]);
        PairScore ps = new PairScore(el.menteeId(m), el.mentorId(r), s);
        priced.add(ps.pair());
        b.pairScore(ps);
      }
    }
    for (PairScore s : p.pairScores()) {
      if (!priced.contains(s.pair())) {
        b.pairScore(s);
      }
    }
    Matching m = new ExactStrategy().match(Eligibility.of(b.build()), MatchOptions.DEFAULTS);
    return Optional.of(el.assignmentOf(m));
  }
}
