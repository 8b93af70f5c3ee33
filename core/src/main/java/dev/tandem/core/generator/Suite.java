package dev.tandem.core.generator;

import dev.tandem.core.model.MatchingProblem;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The named benchmark suite, defined once and used by the comparison harness, the OptaPlanner
 * Benchmarker and the command line: about 60, 1,000, 3,000 and 10,000 mentees with twice as many
 * mentors, each with and without department spread.
 *
 * <p>Guarantee: the same constant always gives the same problem (fixed seed 1, no history, no
 * rankings, no names); names are stable, e.g. {@code M-spread} and {@code M-nospread}.
 */
public enum Suite {
  /** 60 mentees, 120 mentors, 600 employees. */
  S(600, 60, 120),
  /** 1,000 mentees, 2,000 mentors, 10,000 employees. */
  M(10_000, 1_000, 2_000),
  /** 3,000 mentees, 6,000 mentors, 30,000 employees: the reference case (about half the pairs eligible). */
  L(30_000, 3_000, 6_000),
  /** 10,000 mentees, 20,000 mentors, 100,000 employees. */
  XL(100_000, 10_000, 20_000);

  /** The seed of every suite problem. */
  public static final long SEED = 1;

  private final int employees;
  private final int mentees;
  private final int mentors;

  Suite(int employees, int mentees, int mentors) {
    this.employees = employees;
    this.mentees = mentees;
    this.mentors = mentors;
  }

  public int employees() {
    return employees;
  }

  public int mentees() {
    return mentees;
  }

  public int mentors() {
    return mentors;
  }

  /** The stable problem name, {@code S-spread} or {@code S-nospread}. */
  public String problemName(boolean spread) {
    return name() + (spread ? "-spread" : "-nospread");
  }

  /** The generator settings of this suite entry. */
  public GeneratorSettings settings(boolean spread) {
    return GeneratorSettings.builder()
        .name(problemName(spread))
        .employees(employees)
        .mentees(mentees)
        .mentors(mentors)
        .seed(SEED)
        .departmentSpread(spread)
        .build();
  }

  /** Generates the problem of this suite entry. */
  public MatchingProblem problem(boolean spread) {
    return ProblemGenerator.generate(settings(spread));
  }

  /** The suite entry and spread flag named {@code name} (case-insensitive), e.g. {@code m-spread}. */
  public static Optional<Map.Entry<Suite, Boolean>> parse(String name) {
    String n = name.trim().toUpperCase(Locale.ROOT);
    for (Suite s : values()) {
      for (boolean spread : new boolean[] {true, false}) {
        if (s.problemName(spread).toUpperCase(Locale.ROOT).equals(n)) {
          return Optional.of(Map.entry(s, spread));
        }
      }
    }
    return Optional.empty();
  }
}
