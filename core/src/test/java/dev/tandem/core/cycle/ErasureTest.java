package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.Fixtures.mentee;
import static dev.tandem.core.cycle.Fixtures.mentor;
import static dev.tandem.core.cycle.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.rules.Rule;
import dev.tandem.core.rules.Rules;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Erasing ceo from the programme of {@link ProgrammeTest#firstCycleClosed()}. */
class ErasureTest {
  static final String NAME = "Carla Chief";

  static Programme withNames() {
    Programme prog = ProgrammeTest.firstCycleClosed();
    Cycle closed = prog.latest().orElseThrow();
    CycleState named = closed.snapshot().toBuilder().employees(closed.snapshot().employees().stream()
        .map(e -> e.id().equals("ceo") ? e.withDisplayName(NAME) : e.withDisplayName("Person " + e.id())).toList()).build();
    return Programme.of("acme", List.of(Cycle.restore(named)));
  }

  /** Every value of the snapshot as text, display names included ({@link Employee#toString()} leaves them out). */
  static String text(CycleState s) {
    return s + " " + s.employees().stream().map(e -> e.displayName().orElse("")).toList();
  }

  static boolean mentions(Object value, String id) {
    return Pattern.compile("(?<![A-Za-z0-9_.@-])" + Pattern.quote(id) + "(?![A-Za-z0-9_.@-])").matcher(String.valueOf(value)).find();
  }

  @Test
  void noNameIdOrLearningOfThePersonIsLeftInTheSnapshot() {
    Programme before = withNames();
    assertThat(text(before.latest().orElseThrow().snapshot())).contains(NAME, "prompting");
    Programme erased = before.erase("ceo");
    CycleState s = erased.latest().orElseThrow().snapshot();
    String all = text(s);
    assertThat(all).doesNotContain(NAME).doesNotContain("prompting");
    assertThat(mentions(all, "ceo")).isFalse();
    // the other side's learning stays
    assertThat(all).contains("board view");
    assertThat(erased.erasureKey()).hasValueSatisfying(k -> assertThat(k).matches("[0-9a-f]{64}"));
    String pseudo = Erasure.pseudonym(erased.erasureKey().orElseThrow(), "ceo");
    assertThat(s.formed().get(0).mentee()).isEqualTo(pseudo).startsWith("erased-");
    // the report still computes; its figures are the same
    assertThat(erased.latest().orElseThrow().report().participation()).isEqualTo(before.latest().orElseThrow().report().participation());
  }

  @Test
  void theNoRepeatRuleAndTheRatingBonusKeepWorking() {
    Programme erased = withNames().erase("ceo");
    assertThat(erased.history()).noneMatch(h -> h.mentee().equals("ceo"));
    Programme next = erased.startCycle("2026", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT);
    Cycle second = next.latest().orElseThrow();
    assertThat(second.snapshot().history()).contains(PastPair.rated("2025", "ceo", "j4", 5));
    second = second.announceTopic("ai").openEnrolment()
        .enrolMentee(mentee("ceo", 5, "ai", 3)).enrolMentee(mentee("cfo", 3, "ai", 2))
        .enrolMentor(mentor("j4", 1, p("ai", 4), p("social", 3))).enrolMentor(mentor("j6", 1, p("ai", 3)));
    MatchingProblem problem = second.problem();
    assertThat(Rules.violated(problem, "ceo", "j4")).containsExactly(Rule.REPEAT);
    // j4's rating 5 from ceo still gives the bonus: as in ProgrammeTest, cfo->j4 scores 150 instead of 130
    assertThat(ProgrammeTest.score(problem, "cfo", "j4")).isEqualTo(150);
  }

  @Test
  void erasingTwiceGivesTheSamePseudonym() {
    Programme once = withNames().erase("ceo");
    Programme twice = once.erase("j4");
    assertThat(twice.erasureKey()).isEqualTo(once.erasureKey());
    assertThat(twice.history().get(0).mentee()).isEqualTo(once.history().get(0).mentee());
    assertThat(twice.history().get(0).mentor()).startsWith("erased-");
  }

  @Test
  void anOpenCycleKeepsTheIdOfAPersonStillInItsOrganisation() {
    Programme next = withNames().erase("ceo").startCycle("2026",
        Fixtures.employees().stream().map(e -> e.id().equals("ceo") ? e.withDisplayName(NAME) : e).toList(),
        Fixtures.catalogue(), Policy.DEFAULT);
    Programme again = next.erase("ceo");
    CycleState open = again.latest().orElseThrow().snapshot();
    assertThat(text(open)).doesNotContain(NAME);
    assertThat(open.employees()).extracting(Employee::id).contains("ceo");
    assertThat(open.history()).contains(PastPair.rated("2025", "ceo", "j4", 5));
  }

  @Test
  void erasureIsRefusedForAnEnrolledPersonAndUnknownIds() {
    Programme open = withNames().startCycle("2026", Fixtures.employees(), Fixtures.catalogue(), Policy.DEFAULT);
    Programme enrolled = open.with(open.latest().orElseThrow().announceTopic("ai").openEnrolment().enrolMentee(mentee("ceo", 5, "ai", 3)));
    assertThatThrownBy(() -> enrolled.erase("ceo")).isInstanceOf(StepRefusedException.class)
        .hasMessageContaining("the person is enrolled in the open cycle \"2026\"; withdraw or leave first");
    assertThatThrownBy(() -> withNames().erase("nobody")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"nobody\" appears in no cycle");
  }
}
