package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

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
  private final Optional<String> erasureKey;

  private Programme(String organisation, List<Cycle> cycles, Optional<String> erasureKey) {
    this.organisation = requireNonNull(organisation, "organisation");
    this.cycles = ImmutableList.copyOf(cycles);
    this.erasureKey = requireNonNull(erasureKey, "erasureKey");
  }

  /** A programme without cycles. */
  public static Programme of(String organisation) {
    return new Programme(organisation, List.of(), Optional.empty());
  }

  /**
   * A programme of existing cycles with the erasure key of its pseudonyms (e.g. restored from
   * files; see {@link #erase}).
   *
   * @throws IllegalArgumentException when ids repeat, an open cycle is not the last one, or the
   *     key is not 64 lower-case hex digits
   */
  public static Programme of(String organisation, List<Cycle> cycles, Optional<String> erasureKey) {
    erasureKey.ifPresent(k -> {
      if (!k.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("erasureKey: not 64 lower-case hex digits");
      }
    });
    return new Programme(organisation, of(organisation, cycles).cycles, erasureKey);
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
    return new Programme(organisation, cycles, Optional.empty());
  }

  public String organisation() {
    return organisation;
  }

  public ImmutableList<Cycle> cycles() {
    return cycles;
  }

  /**
   * The secret key of this programme's pseudonyms (64 hex digits), present once a person was
   * erased. It is personal-data infrastructure: store it with the programme, never log it.
   */
  public Optional<String> erasureKey() {
    return erasureKey;
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
   * {@code employees} and the {@link CarryOver} of the last closed cycle restricted to them (its
   * waitlist raises priorities at enrolment; its returning mentors are suggested first).
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
    Cycle c = Cycle.start(id, employees, catalogue, policy, historyFor(employees), carryOverFor(employees));
    List<Cycle> next = new ArrayList<>(cycles);
    next.add(c);
    return new Programme(organisation, next, erasureKey);
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
        return new Programme(organisation, next, erasureKey);
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

  /**
   * {@link #history()} restricted to pairs whose mentee and mentor are both in {@code employees}.
   * Pseudonyms of erased people who are in {@code employees} are resolved back to their ids, so
   * the no-repeat rule and the rating bonus keep working for them (see {@link #erase}).
   */
  public ImmutableList<PastPair> historyFor(Collection<Employee> employees) {
    Map<String, String> resolve = resolver(employees);
    return history().stream()
        .map(p -> new PastPair(p.cycle(), resolve.getOrDefault(p.mentee(), ""), resolve.getOrDefault(p.mentor(), ""), p.rating()))
        .filter(p -> !p.mentee().isEmpty() && !p.mentor().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The {@link CarryOver} of the last closed cycle, restricted to {@code employees} (waitlist,
   * returning mentors, people to approach) with pseudonyms of present people resolved; empty when
   * no cycle is closed.
   */
  public Optional<CarryOver> carryOverFor(Collection<Employee> employees) {
    Optional<Cycle> closed = cycles.reverse().stream().filter(c -> c.phase() == Phase.CLOSED).findFirst();
    if (closed.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> resolve = resolver(employees);
    CarryOver co = closed.get().carryOver();
    return Optional.of(new CarryOver(co.cycle(),
        co.waitlist().stream().filter(w -> resolve.containsKey(w.employee()))
            .map(w -> new WaitlistEntry(resolve.get(w.employee()), w.topics(), w.priority(), w.roundsWaited()))
            .collect(ImmutableList.toImmutableList()),
        co.shortTopics().stream().map(t -> new TopicShortage(t.competence(), t.pairsFormed(), t.menteesUnserved(), t.nextTarget(),
            t.approach().stream().filter(a -> resolve.containsKey(a.employee()))
                .map(a -> new MentorCandidate(resolve.get(a.employee()), a.mentees().stream().filter(resolve::containsKey)
                    .map(resolve::get).collect(ImmutableList.toImmutableList())))
                .filter(a -> !a.mentees().isEmpty()).collect(ImmutableList.toImmutableList())))
            .collect(ImmutableList.toImmutableList()),
        co.returningMentors().stream().filter(resolve::containsKey).map(resolve::get).collect(ImmutableList.toImmutableList()),
        co.learnings()));
  }

  /** Present ids to themselves, and the pseudonyms of present people to their ids. */
  private Map<String, String> resolver(Collection<Employee> employees) {
    Map<String, String> out = new HashMap<>();
    for (Employee e : employees) {
      out.put(e.id(), e.id());
      erasureKey.ifPresent(k -> out.putIfAbsent(Erasure.pseudonym(k, e.id()), e.id()));
    }
    return out;
  }

  /**
   * Erases a person from the programme's history: in every cycle the person's id becomes a
   * pseudonymous id, and the display name, skills inventory, learnings, kick-off expectations and
   * the reasons of pair endings and missed kick-offs go (see {@link Erasure} for the exact list).
   * The pairs and ratings stay under the pseudonym, so when the person is in a later cycle's
   * organisation {@link #historyFor} resolves the pseudonym and the no-repeat rule and the rating
   * bonus keep working. In an open cycle whose organisation still holds the person, only the name
   * and skills go (that round's rules need the id). The first erasure creates the programme's
   * erasure key (random, 256 bits).
   *
   * @throws StepRefusedException when the person is enrolled in the open cycle (withdraw or leave
   *     first)
   * @throws IllegalArgumentException when the person appears nowhere in the programme
   */
  public Programme erase(String employeeId) {
    requireNonNull(employeeId, "employeeId");
    Optional<Cycle> open = latest().filter(c -> c.phase() != Phase.CLOSED);
    if (open.isPresent() && (PhaseGuard.isMentee(open.get().state(), employeeId) || PhaseGuard.isMentor(open.get().state(), employeeId))) {
      throw new StepRefusedException(open.get().phase(), "erase \"" + employeeId + "\"",
          List.of("the person is enrolled in the open cycle \"" + open.get().id() + "\"; withdraw or leave first"));
    }
    if (cycles.stream().noneMatch(c -> c.state().employees().stream().anyMatch(e -> e.id().equals(employeeId))
        || c.state().history().stream().anyMatch(h -> h.mentee().equals(employeeId) || h.mentor().equals(employeeId)))) {
      throw new IllegalArgumentException("employeeId: \"" + employeeId + "\" appears in no cycle of programme \"" + organisation + "\"");
    }
    String key = erasureKey.orElseGet(() -> {
      byte[] b = new byte[32];
      new java.security.SecureRandom().nextBytes(b);
      return com.google.common.io.BaseEncoding.base16().lowerCase().encode(b);
    });
    String pseudo = Erasure.pseudonym(key, employeeId);
    List<Cycle> next = new ArrayList<>();
    for (Cycle c : cycles) {
      CycleState s = c.state();
      boolean present = c.phase() != Phase.CLOSED && s.employees().stream().anyMatch(e -> e.id().equals(employeeId));
      CycleState erased = present
          ? s.toBuilder().employees(s.employees().stream().map(e -> e.id().equals(employeeId)
              ? new Employee(e.id(), e.department(), e.level(), e.manager(), Optional.empty(), com.google.common.collect.ImmutableSet.of())
              : e).toList()).build()
          : Erasure.erase(s, employeeId, pseudo);
      next.add(Cycle.restore(erased));
    }
    return new Programme(organisation, next, Optional.of(key));
  }

  @Override
  public String toString() {
    return "Programme[" + organisation + ", " + cycles.size() + " cycles]";
  }
}
