package dev.tandem.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.testing.RandomProblems;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The kept row maxima against the rows themselves, and against the pair scoring. */
class EligibilityRowMaxProperties {
  @Property(tries = 200)
  void eachRowsMaximumIsItsHighestPairScore(@ForAll long seed) {
    MatchingProblem p = RandomProblems.generate(seed);
    Eligibility el = Eligibility.of(p);
    for (int m = 0; m < el.menteeCount(); m++) {
      long max = Long.MIN_VALUE;
      for (int r = 0; r < el.mentorCount(); r++) {
        if (el.isEligible(m, r)) {
          max = Math.max(max, el.pairScore(m, r));
        }
      }
      assertThat(el.maxScore(m)).as("mentee %d", m).isEqualTo(max);
    }
  }
}
