package dev.tandem.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OrgChartTest {
  // ceo <- cio <- head <- dev <- intern ; ceo <- cfo ; hr has no manager (a forest)
  static final List<Employee> ORG = List.of(
      Employee.of("intern", "IT", 1, "dev"),
      Employee.of("dev", "IT", 2, "head"),
      Employee.of("ceo", "BOARD", 8),
      Employee.of("head", "IT", 6, "cio"),
      Employee.of("cio", "IT", 7, "ceo"),
      Employee.of("cfo", "FIN", 7, "ceo"),
      Employee.of("hr", "HR", 2));

  @Test
  void ancestorsAreNearestFirstWithTheirDepth() {
    OrgChart chart = OrgChart.of(ORG);
    assertThat(chart.ancestors("intern")).containsExactly(
        new OrgChart.Ancestor("dev", 1), new OrgChart.Ancestor("head", 2),
        new OrgChart.Ancestor("cio", 3), new OrgChart.Ancestor("ceo", 4));
    assertThat(chart.ancestors("cfo")).containsExactly(new OrgChart.Ancestor("ceo", 1));
    assertThat(chart.ancestors("ceo")).isEmpty();
    assertThat(chart.ancestors("hr")).isEmpty();
    assertThatThrownBy(() -> chart.ancestors("nobody")).hasMessageContaining("\"nobody\"");
  }

  @Test
  void distanceUpCountsStepsFromEmployeeToManager() {
    OrgChart chart = OrgChart.of(ORG);
    assertThat(chart.distanceUp("dev", "intern")).isEqualTo(OptionalInt.of(1));
    assertThat(chart.distanceUp("ceo", "intern")).isEqualTo(OptionalInt.of(4));
    assertThat(chart.distanceUp("cio", "dev")).isEqualTo(OptionalInt.of(2));
    // the other direction, siblings, other trees, self, unknown: not in the line
    assertThat(chart.distanceUp("intern", "ceo")).isEmpty();
    assertThat(chart.distanceUp("cfo", "intern")).isEmpty();
    assertThat(chart.distanceUp("hr", "intern")).isEmpty();
    assertThat(chart.distanceUp("dev", "dev")).isEmpty();
    assertThat(chart.distanceUp("ghost", "dev")).isEmpty();
    // index form agrees, -1 when not above
    assertThat(chart.distanceUp(chart.indexOf("head"), chart.indexOf("intern"))).isEqualTo(2);
    assertThat(chart.distanceUp(chart.indexOf("intern"), chart.indexOf("head"))).isEqualTo(-1);
    assertThat(chart.depth(chart.indexOf("intern"))).isEqualTo(4);
    assertThat(chart.parent(chart.indexOf("ceo"))).isEqualTo(-1);
    assertThat(chart.employee(chart.parent(chart.indexOf("dev"))).id()).isEqualTo("head");
  }

  @Test
  void distanceUpAgreesWithAncestorsOnEveryPair() {
    OrgChart chart = OrgChart.of(ORG);
    for (Employee a : ORG) {
      for (Employee b : ORG) {
        OptionalInt expected = chart.ancestors(b.id()).stream()
            .filter(x -> x.id().equals(a.id())).mapToInt(OrgChart.Ancestor::depth).findFirst();
        assertThat(chart.distanceUp(a.id(), b.id())).as("%s above %s", a.id(), b.id()).isEqualTo(expected);
      }
    }
  }

  @Test
  void rejectsAnUnknownManagerNamingTheEmployee() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> OrgChart.of(List.of(Employee.of("a", "X", 1), Employee.of("b", "X", 1, "zed"))));
    assertThat(e.problems()).containsExactly(new ValidationProblem("employees[1].manager", "unknown manager \"zed\""));
  }

  @Test
  void rejectsCyclesAndSelfManagement() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> OrgChart.of(List.of(
        Employee.of("a", "X", 1, "c"),
        Employee.of("b", "X", 1, "a"),
        Employee.of("c", "X", 1, "b"),
        Employee.of("d", "X", 1, "a"),
        Employee.of("e", "X", 1, "f"),
        Employee.of("f", "X", 1, "e"))));
    // two cycles: a -> c -> b -> a (d hangs below it) and e <-> f
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0).message()).contains("reporting cycle", "a", "b", "c").doesNotContain("d");
    assertThat(e.problems().get(1).message()).contains("reporting cycle", "e", "f");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).matches("employees\\[\\d]\\.manager"));

    ValidationException self = catchThrowableOfType(ValidationException.class,
        () -> OrgChart.of(List.of(Employee.of("a", "X", 1, "a"))));
    assertThat(self.problems()).containsExactly(new ValidationProblem("employees[0].manager", "employee \"a\" is its own manager"));
  }

  @Test
  void reportsEveryCycleEvenBesideUnknownAndSelfManagers() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> OrgChart.of(List.of(
        Employee.of("a", "X", 1, "b"),
        Employee.of("b", "X", 1, "a"),
        Employee.of("x", "X", 1, "ghost"),
        Employee.of("c", "X", 1, "d"),
        Employee.of("d", "X", 1, "c"),
        Employee.of("s", "X", 1, "s"),
        Employee.of("u", "X", 1, "s"))));
    assertThat(e.problems()).containsExactly(
        new ValidationProblem("employees[2].manager", "unknown manager \"ghost\""),
        new ValidationProblem("employees[5].manager", "employee \"s\" is its own manager"),
        new ValidationProblem("employees[0].manager", "reporting cycle: a -> b -> a"),
        new ValidationProblem("employees[3].manager", "reporting cycle: c -> d -> c"));
  }

  @Test
  void reportsDuplicatesUnknownManagersAndSelfManagementAllAtOnce() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> OrgChart.of(List.of(
        Employee.of("a", "X", 1),
        Employee.of("b", "X", 1, "ghost"),
        Employee.of("a", "Y", 2),
        Employee.of("c", "X", 1, "c"),
        Employee.of("d", "X", 1, "phantom"))));
    assertThat(e.problems()).extracting(ValidationProblem::path)
        .containsExactlyInAnyOrder("employees[2].id", "employees[1].manager", "employees[3].manager", "employees[4].manager");
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("duplicate employee id \"a\"", "employees[0]"));
    assertThat(e.getMessage()).startsWith("4 problems:");
  }

  @Test
  void anEmptyChartIsValid() {
    assertThat(OrgChart.of(List.of()).size()).isZero();
  }
}
