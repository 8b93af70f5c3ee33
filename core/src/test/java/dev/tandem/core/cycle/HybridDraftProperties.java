package dev.tandem.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Pair;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MenteeSuggestions;
import dev.tandem.core.strategy.StrategyRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class HybridDraftProperties {
  @Provide
  Arbitrary<String> strategies() {
    return Arbitraries.of("exact", "greedy", "stable", "random");
  }

  /**
   * Executives request suggested mentors at random and mentors accept or decline at random; the
   * hybrid draft of any strategy keeps every accepted pair and proposes no declined one, also
   * after drafting again.
   */
  @Property(tries = 80)
  void theHybridDraftNeverMovesAnAcceptedPairNorProposesADeclinedOne(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 9) int mentees,
      @ForAll @IntRange(min = 1, max = 6) int mentors, @ForAll @From("strategies") String strategy) {
    Cycle c = RandomCycles.enrolled(seed, mentees, mentors, PlatformMode.HYBRID);
    Random rnd = new Random(seed * 31);
    List<Pair> accepted = new ArrayList<>();
    List<Pair> declined = new ArrayList<>();
    for (Mentee m : c.mentees()) {
      for (int round = 0; round < 2; round++) {
        MenteeSuggestions s = c.platform().suggestions(m.employee(), 3, RandomCycles.DAY);
        if (s.suggestions().isEmpty() || rnd.nextInt(4) == 0) {
          break;
        }
        Pair p = Pair.of(m.employee(), s.suggestions().get(rnd.nextInt(s.suggestions().size())).mentor());
        c = c.platform().request(p.mentee(), p.mentor(), RandomCycles.DAY);
        int answer = rnd.nextInt(3);
        if (answer == 0) {
          c = c.platform().accept(p.mentee(), p.mentor(), RandomCycles.DAY);
          accepted.add(p);
          break;
        } else if (answer == 1) {
          c = c.platform().decline(p.mentee(), p.mentor(), RandomCycles.DAY);
          declined.add(p);
        } else {
          break;
        }
      }
    }
    Statistics.label("accepted").collect(accepted.isEmpty() ? "none" : "some");
    Statistics.label("declined").collect(declined.isEmpty() ? "none" : "some");
    Cycle matching = c.closeEnrolment().defineFramework(Fixtures.framework()).startMatching();
    StrategyRegistry registry = StrategyRegistry.standard();
    Cycle drafted = matching.draft(registry, strategy, MatchOptions.builder().seed(seed).build());
    Cycle again = drafted.draft(registry, "greedy", MatchOptions.DEFAULTS);
    for (Cycle d : List.of(drafted, again)) {
      assertThat(d.matching().orElseThrow().pairs()).containsAll(accepted);
      for (Pair p : declined) {
        assertThat(d.matching().orElseThrow().pairs()).doesNotContain(p);
      }
    }
  }
}
