package dev.tandem.core.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Proficiency;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The generator is deterministic per seed and valid at every small size and option. */
class GeneratorProperties {

  private static GeneratorSettings settings(int employees, long seed, boolean spread, boolean history,
      boolean rankings, boolean skills, boolean names) {
    return GeneratorSettings.builder()
        .employees(employees)
        .seed(seed)
        .departmentSpread(spread)
        .history(history)
        .rankings(rankings)
        .skills(skills)
        .displayNames(names)
        .build();
  }

  @Property(tries = 100)
  void sameSeedGivesTheSameProblem(
      @ForAll @IntRange(min = 20, max = 400) int employees,
      @ForAll long seed,
      @ForAll boolean history,
      @ForAll boolean rankings,
      @ForAll boolean skills,
      @ForAll boolean names) {
    GeneratorSettings s = settings(employees, seed, true, history, rankings, skills, names);
    MatchingProblem a = ProblemGenerator.generate(s);
    MatchingProblem b = ProblemGenerator.generate(s);
    assertThat(b.employees()).isEqualTo(a.employees());
    assertThat(b.mentees()).isEqualTo(a.mentees());
    assertThat(b.mentors()).isEqualTo(a.mentors());
    assertThat(b.history()).isEqualTo(a.history());
    assertThat(b.policy()).isEqualTo(a.policy());
    assertThat(b.name()).isEqualTo(a.name());
  }

  @Property(tries = 150)
  void everySmallProblemIsValidAndWellShaped(
      @ForAll @IntRange(min = 20, max = 400) int employees,
      @ForAll long seed,
      @ForAll boolean spread,
      @ForAll boolean history,
      @ForAll boolean rankings,
      @ForAll boolean skills,
      @ForAll boolean names) {
    // generate() builds through MatchingProblem.Builder#build(), which validates everything.
    MatchingProblem p = ProblemGenerator.generate(settings(employees, seed, spread, history, rankings, skills, names));
    Map<String, Employee> byId = p.employees().stream().collect(Collectors.toMap(Employee::id, Function.identity()));

    assertThat(p.employees()).hasSize(employees);
    assertThat(p.mentees()).isNotEmpty();
    assertThat(p.mentors()).hasSizeLessThanOrEqualTo(2 * p.mentees().size());
    assertThat(p.policy().weights().departmentSpreadWeight()).isEqualTo(spread ? 20 : 0);
    if (!history) {
      assertThat(p.history()).isEmpty();
    }
    for (Employee e : p.employees()) {
      assertThat(e.level()).isBetween(1, 8);
      e.manager().ifPresent(m -> assertThat(byId.get(m).level()).isGreaterThan(e.level()));
      assertThat(e.displayName().isPresent()).isEqualTo(names);
      if (!skills || e.level() > 4) {
        assertThat(e.skills()).isEmpty();
      }
    }
    for (Mentee m : p.mentees()) {
      Employee e = byId.get(m.employee());
      assertThat(m.priority()).isEqualTo(Math.max(1, e.level() - 4));
      assertThat(m.topics()).hasSizeBetween(1, 3);
      assertThat(m.topics().get(0).weight()).isEqualTo(3);
      if (!rankings) {
        assertThat(m.ranking()).isEmpty();
      }
    }
    for (Mentor r : p.mentors()) {
      assertThat(r.capacity()).isBetween(1, 3);
      assertThat(r.competences()).hasSizeBetween(1, 4);
      if (skills && byId.get(r.employee()).level() <= 4) {
        assertThat(byId.get(r.employee()).skills())
            .containsExactlyInAnyOrderElementsOf(r.competences().stream().map(Proficiency::competence).toList());
      }
      if (!rankings) {
        assertThat(r.ranking()).isEmpty();
      }
    }
  }

  @Property(tries = 50)
  void explicitProgrammeSizesAreHonoured(
      @ForAll @IntRange(min = 50, max = 400) int employees,
      @ForAll @IntRange(min = 1, max = 20) int mentees,
      @ForAll @IntRange(min = 1, max = 25) int mentors,
      @ForAll long seed) {
    MatchingProblem p = ProblemGenerator.generate(
        GeneratorSettings.builder().employees(employees).mentees(mentees).mentors(mentors).seed(seed).build());
    assertThat(p.mentees()).hasSize(mentees);
    assertThat(p.mentors()).hasSize(mentors);
  }
}
