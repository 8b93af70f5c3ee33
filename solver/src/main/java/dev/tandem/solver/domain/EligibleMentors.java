package dev.tandem.solver.domain;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;

/**
 * The value range of one mentee: its eligible mentors in ascending mentor index, with a
 * {@code contains} in {@code O(log n)} (binary search) where OptaPlanner's list-based range scans
 * the list. Swap moves check both mentees' ranges, so with about a thousand eligible mentors per
 * mentee this decides the score-calculation speed.
 *
 * <p>Guarantee: immutable; random iteration is uniform and endless, like OptaPlanner's own ranges.
 */
public final class EligibleMentors implements CountableValueRange<MentorFact> {
  private final List<MentorFact> mentors;
  private final int[] indices;

  /** {@code mentors} must be in strictly ascending mentor index. */
  public EligibleMentors(List<MentorFact> mentors) {
    this.mentors = List.copyOf(mentors);
    this.indices = this.mentors.stream().mapToInt(MentorFact::getIndex).toArray();
    for (int k = 1; k < indices.length; k++) {
      if (indices[k - 1] >= indices[k]) {
        throw new IllegalArgumentException("mentors are not in strictly ascending index order at position " + k);
      }
    }
  }

  public List<MentorFact> asList() {
    return mentors;
  }

  @Override
  public long getSize() {
    return mentors.size();
  }

  @Override
  public MentorFact get(long index) {
    return mentors.get(Math.toIntExact(index));
  }

  @Override
  public Iterator<MentorFact> createOriginalIterator() {
    return mentors.iterator();
  }

  @Override
  public boolean isEmpty() {
    return mentors.isEmpty();
  }

  @Override
  public boolean contains(MentorFact mentor) {
    if (mentor == null) {
      return false;
    }
    int k = Arrays.binarySearch(indices, mentor.getIndex());
    return k >= 0 && mentors.get(k) == mentor;
  }

  @Override
  public Iterator<MentorFact> createRandomIterator(Random random) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !mentors.isEmpty();
      }

      @Override
      public MentorFact next() {
        if (mentors.isEmpty()) {
          throw new NoSuchElementException();
        }
        return mentors.get(random.nextInt(mentors.size()));
      }
    };
  }

  @Override
  public String toString() {
    return "EligibleMentors" + Arrays.toString(indices);
  }
}
