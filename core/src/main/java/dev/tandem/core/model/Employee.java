package dev.tandem.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A person in the organisation: a node of the org chart.
 *
 * <p>Guarantee: id and department are non-blank; {@code level} is the seniority (higher is more
 * senior); {@code manager} is the id of the direct manager, empty for the top. The optional
 * {@code displayName} is personal data: it is never part of {@link #toString()} and must never be
 * logged. {@code skills} is an optional skills inventory (competence ids the person is known to
 * hold), used to suggest whom to approach as a mentor.
 *
 * <p>Two more optional parts, both opt-in and empty by default:
 * <ul>
 *   <li>{@code attributes}: named values the policy's attribute rules read
 *       ({@link AttributeRule}), e.g. {@code language -> {de, en}} or
 *       {@code utcOffsetHours -> {1}}; sorted by name, values sorted and distinct;
 *   <li>{@code selfDeclaration}: perspective groups the person declared, stored only with their
 *       {@link Consent} ({@link SelfDeclaration}); sensitive, never part of {@link #toString()}.
 * </ul>
 */
public record Employee(
    String id,
    String department,
    int level,
    Optional<String> manager,
    Optional<String> displayName,
    ImmutableSet<String> skills,
    ImmutableSortedMap<String, ImmutableSortedSet<String>> attributes,
    Optional<SelfDeclaration> selfDeclaration) {

  public Employee {
    requireNonNull(id, "id");
    requireNonNull(department, "department");
    requireNonNull(manager, "manager");
    requireNonNull(displayName, "displayName");
    requireNonNull(selfDeclaration, "selfDeclaration");
    skills = ImmutableSet.copyOf(requireNonNull(skills, "skills"));
    attributes = copyAttributes(requireNonNull(attributes, "attributes"));
    checkArgument(!id.isBlank(), "employee id must not be blank");
  }

  /** An employee without attributes or self-declaration (the fields before they existed). */
  public Employee(String id, String department, int level, Optional<String> manager, Optional<String> displayName,
      ImmutableSet<String> skills) {
    this(id, department, level, manager, displayName, skills, ImmutableSortedMap.of(), Optional.empty());
  }

  private static ImmutableSortedMap<String, ImmutableSortedSet<String>> copyAttributes(
      Map<String, ? extends Collection<String>> attributes) {
    ImmutableSortedMap.Builder<String, ImmutableSortedSet<String>> b = ImmutableSortedMap.naturalOrder();
    attributes.forEach((k, v) -> b.put(requireNonNull(k, "attribute name"), ImmutableSortedSet.copyOf(v)));
    return b.build();
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
    return new Employee(id, department, level, Optional.of(managerId), displayName, skills, attributes, selfDeclaration);
  }

  public Employee withDisplayName(String name) {
    return new Employee(id, department, level, manager, Optional.of(name), skills, attributes, selfDeclaration);
  }

  public Employee withSkills(Collection<String> competenceIds) {
    return new Employee(id, department, level, manager, displayName, ImmutableSet.copyOf(competenceIds), attributes, selfDeclaration);
  }

  /** This employee with every attribute replaced by {@code values} (name to values). */
  public Employee withAttributes(Map<String, ? extends Collection<String>> values) {
    return new Employee(id, department, level, manager, displayName, skills, copyAttributes(values), selfDeclaration);
  }

  /** This employee with one attribute set to {@code values} (others kept). */
  public Employee withAttribute(String name, Collection<String> values) {
    java.util.TreeMap<String, Collection<String>> m = new java.util.TreeMap<>(attributes);
    m.put(requireNonNull(name, "name"), values);
    return withAttributes(m);
  }

  /** This employee with a self-declaration (perspective groups stored under the person's consent). */
  public Employee withSelfDeclaration(SelfDeclaration declaration) {
    return new Employee(id, department, level, manager, displayName, skills, attributes, Optional.of(declaration));
  }

  /** This employee without any self-declaration (consent withdrawn or never given). */
  public Employee withoutSelfDeclaration() {
    return new Employee(id, department, level, manager, displayName, skills, attributes, Optional.empty());
  }

  /** The perspectives this person declared with consent; empty without a declaration. */
  public ImmutableSortedSet<String> perspectives() {
    return selfDeclaration.map(SelfDeclaration::perspectives).orElse(ImmutableSortedSet.of());
  }

  /** The values of an attribute; empty when the person does not hold it. */
  public ImmutableSortedSet<String> attribute(String name) {
    return attributes.getOrDefault(name, ImmutableSortedSet.of());
  }

  /** Ids only: the display name and the self-declaration are personal data and never printed. */
  @Override
  public String toString() {
    return "Employee[" + id + ", " + department + ", level " + level
        + manager.map(m -> ", manager " + m).orElse("") + "]";
  }
}
