package dev.tandem.solver.domain;

/**
 * A department link (docs/objective.md): pairs whose mentee is in department {@code menteeDepartment}
 * and whose mentor is in department {@code mentorDepartment} (indices into
 * {@link dev.tandem.core.rules.Eligibility#departments()}; equal departments included).
 *
 * <p>Guarantee: a value type with a stable hash code, used as a constraint-stream group key.
 */
public record DepartmentLink(int menteeDepartment, int mentorDepartment) {}
