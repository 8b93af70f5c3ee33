package dev.tandem.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.Rule;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator reaches every corner the properties rely on, and is a function of its seed. */
class RandomProblemsTest {

  @Test
  void coversEveryRuleAndEveryPolicyCorner() {
    Map<Rule, Integer> excluded = new EnumMap<>(Rule.class);
    Map<ReportingLine, Integer> lines = new EnumMap<>(ReportingLine.class);
    int listedOnly = 0;
    int pinned = 0;
    int noMentees = 0;
    int noMentors = 0;
    int rated = 0;
    int zeroWeights = 0;
    int explicit = 0;
    long eligible = 0;
    for (long seed = 0; seed < 300; seed++) {
      MatchingProblem p = RandomProblems.generate(seed);
      Eligibility el = Eligibility.of(p);
      for (int m = 0; m < el.menteeCount(); m++) {
        el.excludedBy(m).forEach((rule, count) -> excluded.merge(rule, count, Integer::sum));
      }
      eligible += el.pairCount();
      lines.merge(p.policy().reportingLine(), 1, Integer::sum);
      listedOnly += p.policy().candidatePairs() == CandidatePairs.LISTED_ONLY ? 1 : 0;
      pinned += p.pinnedPairs().size();
      noMentees += p.mentees().isEmpty() ? 1 : 0;
      noMentors += p.mentors().isEmpty() ? 1 : 0;
      rated += (int) p.history().stream().filter(h -> h.rating().isPresent()).count();
      zeroWeights += p.policy().weights().equals(Weights.ZERO) ? 1 : 0;
      explicit += p.pairScores().size();
    }
    assertThat(excluded.keySet()).containsExactlyInAnyOrder(Rule.values());
    assertThat(lines.keySet()).containsExactlyInAnyOrder(ReportingLine.values());
    assertThat(eligible).isPositive();
    assertThat(listedOnly).isPositive();
    assertThat(pinned).isPositive();
    assertThat(noMentees).isPositive();
    assertThat(noMentors).isPositive();
    assertThat(rated).isPositive();
    assertThat(zeroWeights).isPositive();
    assertThat(explicit).isPositive();
  }

  @Test
  void theSameSeedGivesTheSameProblem() {
    for (long seed = 0; seed < 20; seed++) {
      MatchingProblem a = RandomProblems.generate(seed);
      MatchingProblem b = RandomProblems.generate(seed);
      assertThat(a.mentees()).isEqualTo(b.mentees());
      assertThat(a.mentors()).isEqualTo(b.mentors());
      assertThat(a.employees()).isEqualTo(b.employees());
      assertThat(a.history()).isEqualTo(b.history());
      assertThat(a.pinnedPairs()).isEqualTo(b.pinnedPairs());
      assertThat(a.pairScores()).isEqualTo(b.pairScores());
      assertThat(a.policy()).isEqualTo(b.policy());
    }
  }
}
