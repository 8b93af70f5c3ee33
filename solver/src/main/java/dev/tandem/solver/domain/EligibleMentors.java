package dev.tandem.solver.domain;

import dev.tandem.core.rules.Eligibility;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;

/**
 * The value range of one mentee: its eligible mentors in ascending mentor index, a view of the
 * mentee's row of core's {@link Eligibility} (nothing is copied, so a plan over tens of millions of
 * eligible pairs is built in time linear in the mentees and mentors), with a {@code contains} in
 * {@code O(log n)} (binary search in the row) where OptaPlanner's list-based range scans the list.
 * Swap moves check both mentees' ranges, so with about a thousand eligible mentors per mentee this
 * decides the score-calculation speed.
 *
 * <p>Guarantee: immutable; random iteration is uniform and endless, like OptaPlanner's own ranges.
 */
public final class EligibleMentors implements CountableValueRange<MentorFact> {
  private final Eligibility eligibility;
  private final int mentee;
  private final int start;
  private final int size;
  private final List<MentorFact> mentors;

  /**
   * The row of {@code mentee} in {@code eligibility}; {@code mentors} holds every mentor's fact
   * at its mentor index (shared by all rows).
   */
  public EligibleMentors(Eligibility eligibility, int mentee, List<MentorFact> mentors) {
    this.eligibility = eligibility;
    this.mentee = mentee;
    this.start = eligibility.start(mentee);
    this.size = eligibility.eligibleCount(mentee);
    this.mentors = mentors;
  }

  /** The mentors of the row, in ascending mentor index (a view). */
  public List<MentorFact> asList() {
    return new AbstractList<>() {
      @Override
      public MentorFact get(int index) {
        return at(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private MentorFact at(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index + " outside 0.." + (size - 1));
    }
    return mentors.get(eligibility.mentorAt(start + index));
  }

  @Override
  public long getSize() {
    return size;
  }

  @Override
  public MentorFact get(long index) {
    return at(Math.toIntExact(index));
  }

  @Override
  public Iterator<MentorFact> createOriginalIterator() {
    return asList().iterator();
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean contains(MentorFact mentor) {
    if (mentor == null) {
      return false;
    }
    int r = mentor.getIndex();
    return r >= 0 && r < mentors.size() && mentors.get(r) == mentor && eligibility.position(mentee, r) >= 0;
  }

  @Override
  public Iterator<MentorFact> createRandomIterator(Random random) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return size > 0;
      }

      @Override
      public MentorFact next() {
        if (size == 0) {
          throw new NoSuchElementException();
        }
        return at(random.nextInt(size));
      }
    };
  }

  @Override
  public String toString() {
    return "EligibleMentors[" + eligibility.menteeId(mentee) + ": " + size + " mentors]";
  }
}
