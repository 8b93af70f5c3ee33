package dev.tandem.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.rules.Rule;
import dev.tandem.core.rules.Rules;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.StrategyRegistry;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ErasureProperties {
  /**
   * Erasing one side of a random closed pair leaves neither the person's name nor the person's
   * learnings in any snapshot, and when the person enrols again the pair is still a repeat.
   */
  @Property(tries = 40)
  void erasureForgetsThePersonButNotThePair(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 2, max = 8) int mentees,
      @ForAll @IntRange(min = 1, max = 5) int mentors) {
    Cycle enrolled = RandomCycles.enrolled(seed, mentees, mentors, PlatformMode.OPTIMISED);
    Cycle drafted = enrolled.closeEnrolment().defineFramework(Fixtures.framework()).startMatching()
        .draft(StrategyRegistry.standard(), "greedy", MatchOptions.DEFAULTS);
    Assume.that(!drafted.matching().orElseThrow().pairs().isEmpty());
    Random rnd = new Random(seed);
    Cycle published = drafted.publish();
    Pair pair = published.matching().orElseThrow().pairs().get(rnd.nextInt(published.matching().orElseThrow().pairs().size()));
    boolean menteeSide = rnd.nextBoolean();
    String person = menteeSide ? pair.mentee() : pair.mentor();
    String name = "Name of " + person;
    String learning = "learning of " + person;
    Cycle closed = RandomCycles.runToClose(published);
    // the erased person wrote a learning; the other side too
    closed = Cycle.restore(closed.snapshot().toBuilder()
        .employees(closed.snapshot().employees().stream().map(e -> e.withDisplayName("Name of " + e.id())).toList())
        .feedback(List.of(
            new Feedback(pair, Side.MENTEE, 4, ImmutableList.of(), ImmutableList.of("learning of " + pair.mentee()), true),
            new Feedback(pair, Side.MENTOR, 4, ImmutableList.of(), ImmutableList.of("learning of " + pair.mentor()), true)))
        .build());
    String other = menteeSide ? pair.mentor() : pair.mentee();

    Programme erased = Programme.of("p", List.of(closed)).erase(person);
    String text = ErasureTest.text(erased.cycles().get(0).snapshot());
    assertThat(text).doesNotContain(name).doesNotContain(learning).contains("learning of " + other);
    assertThat(ErasureTest.mentions(text, person)).isFalse();

    List<Employee> staff = closed.snapshot().employees();
    Programme next = erased.startCycle("n+1", staff, closed.snapshot().catalogue(), Policy.DEFAULT);
    Cycle again = next.latest().orElseThrow().announceTopic("a").announceTopic("b").announceTopic("c").openEnrolment();
    for (Mentee m : closed.mentees()) {
      again = again.enrolMentee(m);
    }
    for (Mentor m : closed.mentors()) {
      again = again.enrolMentor(m);
    }
    MatchingProblem problem = again.problem();
    assertThat(Rules.violated(problem, pair.mentee(), pair.mentor())).contains(Rule.REPEAT);
  }
}
