package dev.tandem.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Policy;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.StrategyRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CarryOverProperties {
  /**
   * An executive left unmatched in cycle n enrols in cycle n + 1 with a strictly higher priority,
   * whatever priority the person asks for then (the carried one is priority + 1).
   */
  @Property(tries = 60)
  void anUnmatchedExecutiveHasAHigherPriorityInTheNextCycle(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 2, max = 9) int mentees,
      @ForAll @IntRange(min = 1, max = 5) int mentors) {
    Cycle enrolled = RandomCycles.enrolled(seed, mentees, mentors, PlatformMode.OPTIMISED);
    Cycle drafted = enrolled.closeEnrolment().defineFramework(Fixtures.framework()).startMatching()
        .draft(StrategyRegistry.standard(), "greedy", MatchOptions.DEFAULTS);
    Assume.that(!drafted.matching().orElseThrow().pairs().isEmpty());
    Cycle closed = RandomCycles.runToClose(drafted.publish());
    Map<String, Integer> before = new HashMap<>();
    closed.matching().orElseThrow().unmatched().forEach(m -> before.put(m, closed.mentees().stream()
        .filter(x -> x.employee().equals(m)).findFirst().orElseThrow().priority()));

    Programme prog = Programme.of("p", java.util.List.of(closed))
        .startCycle("n+1", closed.snapshot().employees(), closed.snapshot().catalogue(), Policy.DEFAULT);
    Cycle next = prog.latest().orElseThrow().announceTopic("a").announceTopic("b").announceTopic("c").openEnrolment();
    Random rnd = new Random(seed);
    for (Mentee m : closed.mentees()) {
      next = next.enrolMentee(new Mentee(m.employee(), m.topics(), 1 + rnd.nextInt(3), m.ranking()));
    }
    for (Mentee m : next.mentees()) {
      if (before.containsKey(m.employee())) {
        assertThat(m.priority()).isGreaterThan(before.get(m.employee()));
      }
    }
    assertThat(next.snapshot().carriedOver().orElseThrow().waitlist()).extracting(WaitlistEntry::employee)
        .containsExactlyInAnyOrderElementsOf(before.keySet());
  }
}
