package dev.tandem.core.bound;

import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;

/**
 * The department links of a problem as the Lagrangian bound sees them: every link
 * {@code (a, b)} (mentee department, mentor department) that some feasible matching can use, its
 * pinned count {@code P} (pairs on it in every matching) and an upper bound {@code K} on its
 * count, and the closed-form conjugate of its spread penalty.
 *
 * <p>Links are numbered densely ({@code 0 .. count()-1}); {@link #of(int, int)} maps a
 * department pair to that number, or -1 when no feasible matching has a pair on it.
 *
 * <p>Complexity: one pass over the eligible pairs, {@code O(E + D^2)} time for {@code D}
 * departments, {@code O(D^2)} memory.
 */
final class Links {
  private final int d;
  private final int[] idOf;
  private final int[] menteeDept;
  private final int[] mentorDept;
  private final long[] pinned;
  private final long[] max;

  private Links(int d, int[] idOf, int count, long[] pinnedDense, long[] maxDense) {
    this.d = d;
    this.idOf = idOf;
    menteeDept = new int[count];
    mentorDept = new int[count];
    pinned = new long[count];
    max = new long[count];
    for (int i = 0; i < idOf.length; i++) {
      int id = idOf[i];
      if (id >= 0) {
        menteeDept[id] = i / d;
        mentorDept[id] = i % d;
        pinned[id] = pinnedDense[i];
        max[id] = maxDense[i];
      }
    }
  }

  /**
   * The links of {@code el}: {@code P} counts the pinned pairs, {@code K} is the smaller of
   * {@code P} plus the unpinned mentees of department {@code a} with an eligible mentor in
   * {@code b}, and the seats of {@code b}'s mentors (each mentor counted with the larger of its
   * capacity and its pinned load).
   */
  static Links of(Eligibility el) {
    return of(el, () -> false);
  }

  /**
   * As {@link #of(Eligibility)}, polling {@code stop} every 256 mentees of the pass over the
   * pairs; when it answers true the pass ends and every link gets {@code K} = the larger of
   * {@code P} and its mentor department's seats. Those counts are still never exceeded, so
   * everything built on them stays valid, only looser.
   */
  static Links of(Eligibility el, java.util.function.BooleanSupplier stop) {
    int d = Math.max(1, el.departments().size());
    long dd = (long) d * d;
    if (dd > 1 << 26) {
      throw new IllegalArgumentException("the bound supports at most 8,192 departments, problem \""
          + el.problem().name() + "\" has " + d);
    }
    int size = (int) dd;
    long[] pinnedDense = new long[size];
    long[] candidates = new long[size];
    int[] pinnedLoad = new int[el.mentorCount()];
    for (int m = 0; m < el.menteeCount(); m++) {
      int r = el.pinnedMentor(m);
      if (r >= 0) {
        pinnedLoad[r]++;
        pinnedDense[el.menteeDepartment(m) * d + el.mentorDepartment(r)]++;
      }
    }
    long[] seats = new long[d];
    for (int r = 0; r < el.mentorCount(); r++) {
      seats[el.mentorDepartment(r)] += Math.max(el.capacity(r), pinnedLoad[r]);
    }
    int[] stamp = new int[d];
    Arrays.fill(stamp, -1);
    boolean complete = true;
    for (int m = 0; m < el.menteeCount(); m++) {
      if ((m & 255) == 0 && stop.getAsBoolean()) {
        complete = false;
        break;
      }
      if (el.pinnedMentor(m) >= 0) {
        continue;
      }
      int base = el.menteeDepartment(m) * d;
      for (int k = el.start(m), end = el.end(m); k < end; k++) {
        int b = el.mentorDepartment(el.mentorAt(k));
        if (stamp[b] != m) {
          stamp[b] = m;
          candidates[base + b]++;
        }
      }
    }
    int[] idOf = new int[size];
    long[] maxDense = new long[size];
    int count = 0;
    for (int i = 0; i < size; i++) {
      long bySeats = Math.max(pinnedDense[i], seats[i % d]);
      maxDense[i] = complete ? Math.min(pinnedDense[i] + candidates[i], bySeats) : bySeats;
      idOf[i] = maxDense[i] > 0 ? count++ : -1;
    }
    return new Links(d, idOf, count, pinnedDense, maxDense);
  }

  /** The number of departments {@code D} (at least 1). */
  int departments() {
    return d;
  }

  /** The number of links. */
  int count() {
    return pinned.length;
  }

  /** The link of a mentee department and a mentor department, or -1 when no matching uses it. */
  int of(int menteeDepartment, int mentorDepartment) {
    return idOf[menteeDepartment * d + mentorDepartment];
  }

  /** The dense index {@code a * D + b} of a link. */
  int dense(int link) {
    return menteeDept[link] * d + mentorDept[link];
  }

  /** Pairs on the link in every matching (the pinned ones). */
  long pinned(int link) {
    return pinned[link];
  }

  /** No feasible matching has more pairs on the link. */
  long max(int link) {
    return max[link];
  }

  /**
   * The counts {@code k} in {@code [pinned, max]} maximising {@code y k - c k (k - 1) / 2} for a
   * price {@code y} and a curvature {@code c >= 0}: the least and the greatest maximiser (they
   * differ by one at a tie). Exact in {@code long}.
   */
  long[] argmax(int link, long y, long c) {
    long lo = pinned[link];
    long hi = max[link];
    long a;
    long b;
    if (c == 0) {
      a = y > 0 ? hi : lo;
      b = y >= 0 ? hi : lo;
    } else if (y <= 0) {
      // increments y - c k are <= 0 from k = 0: 0 is a maximiser, 1 too when y == 0
      a = 0;
      b = y == 0 ? 1 : 0;
    } else {
      // f(k+1) - f(k) = y - c k > 0 exactly while k < y / c
      long q = Math.floorDiv(y, c);
      if (q * c == y) {
        a = q;
        b = q + 1;
      } else {
        a = q + 1;
        b = q + 1;
      }
    }
    // f is concave: clamping the unconstrained maximisers to [lo, hi] gives the constrained ones
    return new long[] {Math.min(Math.max(a, lo), hi), Math.min(Math.max(b, lo), hi)};
  }

  /** {@code max over k in [pinned, max] of y k - c k (k - 1) / 2}, exactly. */
  long conjugate(int link, long y, long c) {
    long k = argmax(link, y, c)[0];
    return value(k, y, c);
  }

  /** {@code y k - c k (k - 1) / 2}, with overflow checks. */
  static long value(long k, long y, long c) {
    return Math.subtractExact(Math.multiplyExact(y, k), Math.multiplyExact(c, k * (k - 1) / 2));
  }
}
