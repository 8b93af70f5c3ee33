package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reverse-mentoring programme of one organisation: its cycles in order. What the closing
 * feedback of each cycle collected flows into the next: {@link #history()} holds every pair of
 * the closed cycles with the mentee's rating, and {@link #startCycle} starts the next cycle with
 * that history restricted to the people still in the organisation, so no pair is repeated
 * (unless the policy allows it) and well-rated mentors score higher (docs/objective.md).
 *
 * <p>Guarantee: immutable; cycle ids are unique; at most one cycle is open (not
 * {@link Phase#CLOSED}) and it is the last one. Every change returns a new programme.
 */
public final class Programme {
  private final String organisation;
  private final ImmutableList<Cycle> cycles;

  private Programme(String organisation, List<Cycle> cycles) {
    this.organisation = requireNonNull(organisation, "organisation");
    this.cycles = ImmutableList.copyOf(cycles);
  }

  /** A programme without cycles. */
  public static Programme of(String organisation) {
    return new Programme(organisation, List.of());
  }

  /**
   * A programme of existing cycles (e.g. restored from files).
   *
   * @throws IllegalArgumentException when ids repeat or an open cycle is not the last one
   */
  public static Programme of(String organisation, List<Cycle> cycles) {
    for (int i = 0; i < cycles.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (cycles.get(i).id().equals(cycles.get(j).id())) {
          throw new IllegalArgumentException("cycles[" + i + "].id: cycle \"" + cycles.get(i).id() + "\" appears twice");
        }
      }
      if (i < cycles.size() - 1 && cycles.get(i).phase() != Phase.CLOSED) {
        throw new IllegalArgumentException("cycles[" + i + "]: cycle \"" + cycles.get(i).id() + "\" is open (" + cycles.get(i).phase()
            + ") but is not the last one");
      }
    }
    return new Programme(organisation, cycles);
  }

  public String organisation() {
    return organisation;
  }

  public ImmutableList<Cycle> cycles() {
    return cycles;
  }

  public Optional<Cycle> cycle(String id) {
    return cycles.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The last cycle, open or closed. */
  public Optional<Cycle> latest() {
    return cycles.isEmpty() ? Optional.empty() : Optional.of(cycles.get(cycles.size() - 1));
  }

  /**
   * Starts the next cycle in {@link Phase#TOPIC_CALL} with the history of the closed cycles among
   * {@code employees}.
   *
   * @throws StepRefusedException when the last cycle is still open, or the id is taken
   */
  public Programme startCycle(String id, Collection<Employee> employees, Collection<Competence> catalogue, Policy policy) {
    Optional<Cycle> last = latest();
    if (last.isPresent() && last.get().phase() != Phase.CLOSED) {
      throw new StepRefusedException(last.get().phase(), "start cycle \"" + id + "\"",
          List.of("cycle \"" + last.get().id() + "\" is still open (" + last.get().phase() + "); close it first"));
    }
    if (cycle(id).isPresent()) {
      throw new StepRefusedException(Phase.CLOSED, "start cycle \"" + id + "\"", List.of("a cycle \"" + id + "\" already exists; choose a new id"));
    }
    Cycle c = Cycle.start(id, employees, catalogue, policy, historyFor(employees));
    List<Cycle> next = new ArrayList<>(cycles);
    next.add(c);
    return new Programme(organisation, next);
  }

  /**
   * Stores the new state of a cycle of this programme (every step of a {@link Cycle} returns a new
   * one: put it back here).
   *
   * @throws IllegalArgumentException when no cycle has that id
   */
  public Programme with(Cycle cycle) {
    List<Cycle> next = new ArrayList<>(cycles);
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).id().equals(cycle.id())) {
        next.set(i, cycle);
        return new Programme(organisation, next);
      }
    }
    throw new IllegalArgumentException("no cycle \"" + cycle.id() + "\" in programme \"" + organisation + "\"");
  }

  /** Every pair of the closed cycles, in cycle order, each with the mentee's overall rating when given. */
  public ImmutableList<PastPair> history() {
    ImmutableList.Builder<PastPair> out = ImmutableList.builder();
    for (Cycle c : cycles) {
      if (c.phase() == Phase.CLOSED) {
        out.addAll(c.pastPairs());
      }
    }
    return out.build();
  }

  /** {@link #history()} restricted to pairs whose mentee and mentor are both in {@code employees}. */
  public ImmutableList<PastPair> historyFor(Collection<Employee> employees) {
    Set<String> present = employees.stream().map(Employee::id).collect(Collectors.toSet());
    return history().stream().filter(p -> present.contains(p.mentee()) && present.contains(p.mentor()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Programme[" + organisation + ", " + cycles.size() + " cycles]";
  }
}
