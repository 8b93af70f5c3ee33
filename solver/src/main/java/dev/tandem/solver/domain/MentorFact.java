package dev.tandem.solver.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A mentor as OptaPlanner sees it: a problem fact (never changed while solving) carrying the
 * mentor's index in {@link dev.tandem.core.model.MatchingProblem#mentors()}, its capacity and its
 * department index (into {@link dev.tandem.core.rules.Eligibility#departments()}).
 *
 * <p>Guarantee: immutable; equality and hash code are identity-based (one instance per mentor in a
 * plan), so it is a stable group key. {@link #toString()} shows the employee id only.
 */
public final class MentorFact {
  @PlanningId
  private final Integer index;
  private final String id;
  private final int capacity;
  private final int department;

  public MentorFact(int index, String id, int capacity, int department) {
    this.index = index;
    this.id = id;
    this.capacity = capacity;
    this.department = department;
  }

  public int getIndex() {
    return index;
  }

  public String getId() {
    return id;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getDepartment() {
    return department;
  }

  @Override
  public String toString() {
    return id;
  }
}
