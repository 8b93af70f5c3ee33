package dev.tandem.core.generator;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What {@link ProblemGenerator} should generate: the size of the organisation and of the
 * programme, the seed, and which optional parts (history, rankings, skills inventory, display
 * names) to include.
 *
 * <p>Guarantee: a value type; the compact constructor checks every range. {@code mentees == 0}
 * and {@code mentors == 0} mean "derived from the organisation": half of the senior staff
 * (levels 5 to 8) take part as mentees and twice as many juniors as mentors. With
 * {@code departmentSpread} the policy keeps the default {@code departmentSpreadWeight} of 20,
 * without it that weight is 0 (every other setting is {@link dev.tandem.core.model.Policy#DEFAULT}).
 *
 * <p>Density: with the defaults about half of all mentee × mentor pairs are eligible (the
 * reference case is {@link #referenceCase()}: 3,000 mentees × 6,000 mentors out of
 * 30,000 employees, the same problem as {@link Suite#L}).
 *
 * @param name the problem name; empty means {@code generated-<employees>-<seed>}
 * @param employees size of the organisation, 20 to 1,000,000 (linear time and memory)
 * @param mentees mentees in the programme, 0 for derived
 * @param mentors mentors in the programme, 0 for derived
 * @param seed the seed; the same settings always give the same problem
 * @param departmentSpread whether the policy penalises many pairs on one department link
 * @param history whether to add two earlier cycles with ratings
 * @param rankings whether some mentees and mentors rank wished partners
 * @param skills whether juniors carry a skills inventory ({@code Employee.skills})
 * @param displayNames whether employees get synthetic display names (personal data; off by default)
 */
public record GeneratorSettings(
    String name,
    int employees,
    int mentees,
    int mentors,
    long seed,
    boolean departmentSpread,
    boolean history,
    boolean rankings,
    boolean skills,
    boolean displayNames) {

  /** The largest organisation the generator accepts. */
  public static final int MAX_EMPLOYEES = 1_000_000;

  /** The smallest organisation the generator accepts. */
  public static final int MIN_EMPLOYEES = 20;

  public GeneratorSettings {
    requireNonNull(name, "name");
    checkArgument(employees >= MIN_EMPLOYEES && employees <= MAX_EMPLOYEES,
        "employees: %s is outside %s..%s", employees, MIN_EMPLOYEES, MAX_EMPLOYEES);
    checkArgument(mentees >= 0, "mentees: %s is below 0", mentees);
    checkArgument(mentors >= 0, "mentors: %s is below 0", mentors);
    checkArgument((long) mentees + mentors <= employees,
        "mentees + mentors: %s + %s exceeds the %s employees", mentees, mentors, employees);
  }

  /** A builder with the defaults: 1,000 employees, derived programme, seed 1, spread on. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    return new Builder()
        .name(name)
        .employees(employees)
        .mentees(mentees)
        .mentors(mentors)
        .seed(seed)
        .departmentSpread(departmentSpread)
        .history(history)
        .rankings(rankings)
        .skills(skills)
        .displayNames(displayNames);
  }

  /**
   * The reference case: 3,000 mentees × 6,000 mentors from 30,000 employees with
   * about half of the 18 million pairs eligible, department spread on, seed 1 (the problem of
   * {@link Suite#L} with spread).
   */
  public static GeneratorSettings referenceCase() {
    return Suite.L.settings(true);
  }

  /** The problem name: {@link #name()} or {@code generated-<employees>-<seed>}. */
  public String problemName() {
    return name.isBlank() ? "generated-" + employees + "-" + seed : name;
  }

  /** Builds {@link GeneratorSettings}; {@link #build()} checks the ranges. */
  public static final class Builder {
    private String name = "";
    private int employees = 1_000;
    private int mentees;
    private int mentors;
    private long seed = 1;
    private boolean departmentSpread = true;
    private boolean history;
    private boolean rankings;
    private boolean skills;
    private boolean displayNames;

    private Builder() {}

    public Builder name(String value) {
      name = requireNonNull(value, "name");
      return this;
    }

    public Builder employees(int value) {
      employees = value;
      return this;
    }

    /** Mentees in the programme; 0 derives the number from the organisation. */
    public Builder mentees(int value) {
      mentees = value;
      return this;
    }

    /** Mentors in the programme; 0 derives the number (twice the mentees). */
    public Builder mentors(int value) {
      mentors = value;
      return this;
    }

    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /** Department spread weight 20 (true, the default) or 0 (false). */
    public Builder departmentSpread(boolean value) {
      departmentSpread = value;
      return this;
    }

    public Builder history(boolean value) {
      history = value;
      return this;
    }

    public Builder rankings(boolean value) {
      rankings = value;
      return this;
    }

    public Builder skills(boolean value) {
      skills = value;
      return this;
    }

    public Builder displayNames(boolean value) {
      displayNames = value;
      return this;
    }

    public GeneratorSettings build() {
      return new GeneratorSettings(
          name, employees, mentees, mentors, seed, departmentSpread, history, rankings, skills, displayNames);
    }
  }
}
