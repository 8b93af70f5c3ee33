package dev.tandem.core.rematch;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Mentor;
import java.util.Optional;

/**
 * Something that happens to a published matching while a cycle runs, and that the
 * {@link Rematcher} repairs while keeping every other pair.
 *
 * <p>Guarantee: a closed set of immutable values with non-null fields; which mentees each change
 * affects is stated on each record and applied by {@link Rematcher#rematch}.
 */
public sealed interface Change
    permits Change.MentorLeaves, Change.MenteeLeaves, Change.PairEnds, Change.MentorJoins, Change.MenteeJoins,
        Change.CapacityChanges {

  /**
   * A mentor leaves the programme. The mentor is removed from the problem (and from rankings,
   * forbidden pairs and pair scores that name it; the employee stays in the org chart), its pairs
   * end, and its mentees are re-matched to any other eligible mentor with free capacity.
   */
  record MentorLeaves(String mentor) implements Change {
    public MentorLeaves {
      requireNonNull(mentor, "mentor");
    }
  }

  /**
   * A mentee leaves the programme. The mentee is removed from the problem (and from rankings,
   * forbidden pairs and pair scores that name it), its pair ends, and nobody else moves: the
   * freed place stays free.
   */
  record MenteeLeaves(String mentee) implements Change {
    public MenteeLeaves {
      requireNonNull(mentee, "mentee");
    }
  }

  /**
   * A published pair ends early while both people stay in the programme. The pair becomes a
   * forbidden pair (it must not be formed again) and the mentee is re-matched to any other
   * eligible mentor with free capacity; the mentor keeps its other mentees and its freed place
   * stays free for this mentee's re-matching only.
   */
  record PairEnds(String mentee, String mentor) implements Change {
    public PairEnds {
      requireNonNull(mentee, "mentee");
      requireNonNull(mentor, "mentor");
    }
  }

  /**
   * A mentor joins during the cycle; {@code employee} is given when the person is not yet in the
   * org chart. The mentees left unmatched by the published matching may be matched to the new
   * mentor (and only to it); every published pair stays.
   */
  record MentorJoins(Mentor mentor, Optional<Employee> employee) implements Change {
    public MentorJoins {
      requireNonNull(mentor, "mentor");
      requireNonNull(employee, "employee");
    }

    /** A mentor who is already an employee of the org chart. */
    public static MentorJoins of(Mentor mentor) {
      return new MentorJoins(mentor, Optional.empty());
    }

    /** A mentor who is new to the org chart too. */
    public static MentorJoins withEmployee(Mentor mentor, Employee employee) {
      return new MentorJoins(mentor, Optional.of(employee));
    }
  }

  /**
   * A mentee joins late, e.g. from the waitlist: an employee not yet enrolled is added with the
   * given record, and a mentee enrolled but left unmatched keeps its enrolled record. The mentee
   * may be matched to any eligible mentor with free capacity; every published pair stays.
   */
  record MenteeJoins(dev.tandem.core.model.Mentee mentee) implements Change {
    public MenteeJoins {
      requireNonNull(mentee, "mentee");
    }
  }

  /**
   * A mentor's capacity changes to {@code capacity} (at least 1). When it falls below the
   * mentor's published load, the mentor keeps the pairs with the highest pair scores (ties by
   * mentee id) and the others end; their mentees are re-matched to any other eligible mentor
   * with free capacity. When it rises, the mentees the published matching left unmatched may be
   * matched to this mentor only. Otherwise nobody moves.
   */
  record CapacityChanges(String mentor, int capacity) implements Change {
    public CapacityChanges {
      requireNonNull(mentor, "mentor");
    }
  }
}
