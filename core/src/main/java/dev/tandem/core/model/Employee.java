package dev.tandem.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Optional;

/**
 * A person in the organisation: a node of the org chart.
 *
 * <p>Guarantee: id and department are non-blank; {@code level} is the seniority (higher is more
 * senior); {@code manager} is the id of the direct manager, empty for the top. The optional
 * {@code displayName} is personal data: it is never part of {@link #toString()} and must never be
 * logged. {@code skills} is an optional skills inventory (competence ids the person is known to
 * hold), used to suggest whom to approach as a mentor.
 */
public record Employee(
    String id,
    String department,
    int level,
    Optional<String> manager,
    Optional<String> displayName,
    ImmutableSet<String> skills) {

  public Employee {
    requireNonNull(id, "id");
    requireNonNull(department, "department");
    requireNonNull(manager, "manager");
    requireNonNull(displayName, "displayName");
    skills = ImmutableSet.copyOf(requireNonNull(skills, "skills"));
    checkArgument(!id.isBlank(), "employee id must not be blank");
  }

  /** An employee without manager, name or skills. */
  public static Employee of(String id, String department, int level) {
    return new Employee(id, department, level, Optional.empty(), Optional.empty(), ImmutableSet.of());
  }

  /** An employee reporting to {@code managerId}. */
  public static Employee of(String id, String department, int level, String managerId) {
    return new Employee(
        id, department, level, Optional.of(managerId), Optional.empty(), ImmutableSet.of());
  }

  public Employee withManager(String managerId) {
    return new Employee(id, department, level, Optional.of(managerId), displayName, skills);
  }

  public Employee withDisplayName(String name) {
    return new Employee(id, department, level, manager, Optional.of(name), skills);
  }

  public Employee withSkills(Collection<String> competenceIds) {
    return new Employee(id, department, level, manager, displayName, ImmutableSet.copyOf(competenceIds));
  }

  /** Ids only: the display name is personal data and never printed. */
  @Override
  public String toString() {
    return "Employee[" + id + ", " + department + ", level " + level
        + manager.map(m -> ", manager " + m).orElse("") + "]";
  }
}
