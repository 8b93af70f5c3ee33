package dev.tandem.core.strategy;

import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;

/**
 * Successive shortest augmenting paths over mentor slots with Dijkstra on reduced costs
 * (Jonker and Volgenant 1987, "A shortest augmenting path algorithm for dense and sparse linear
 * assignment problems", Computing 38; Edmonds and Karp 1972 for the potentials), solving
 * {@code max sum over matched mentees m of (priority(m) * M + score(m, r)) - w * sum over mentors
 * of (load choose 2)} with every mentee free to stay unmatched, in one {@code long} per value.
 *
 * <p>Model: see {@link SlotFlow}. Because slot costs increase, the cheapest unused slot of a
 * mentor is always the next one, so a mentor is a single node and no capacity copies of arcs
 * exist. Mentees enter one at a time (highest priority first); each finds a shortest path to the
 * sink in the residual network by Dijkstra on reduced costs (node potentials keep them
 * non-negative), pruned at the best sink distance found so far and stopped as soon as no open
 * node is closer than it. The flow after each step is a minimum-cost flow for the mentees entered
 * so far, hence optimal at the end, and the potentials are its dual certificate
 * ({@link ExactCertificate}). Mentor potentials never increase during a solve, so a per-row cache
 * of the best {@code K} arcs (with a bound on the rest) lets most searches read a few arcs of a
 * row instead of all of them, without changing any result.
 *
 * <p>Warm start ({@link #prepareWarm}): when only the scores change, the previous flow and
 * potentials are kept where they still satisfy the optimality conditions; a matched mentee whose
 * arc is no longer its best (given the mentors' potentials) leaves its mentor, the mentor's
 * potential rises to its new marginal slot cost, and those mentees enter again. This is the
 * primal-dual restart of Bertsekas ("Linear Network Optimization", MIT Press 1991, ch. 4).
 *
 * <p>Complexity: {@code O(E + n * (E' + V' log V'))} time in the worst case, where {@code E'}
 * and {@code V'} are the arcs and nodes a single search touches (in practice a small part of the
 * graph: pruning stops it at the first free slot); memory {@code O(mentees * K + mentors)} beyond
 * the eligibility rows.
 *
 * <p>The lexicographic objective (priority first, then the soft terms) is folded into one
 * {@code long} with {@code M} larger than any possible soft difference
 * ({@link Magnitudes#softRange}); when that or any distance could overflow, {@link ExactSolver}
 * uses {@link LexSlotAssignment} instead.
 */
final class SlotAssignment extends SlotFlow {
  static final long INF = Long.MAX_VALUE;
  /** Warm-start passes over the matched mentees before giving up and starting cold. */
  private static final int WARM_PASSES = 6;

  /**
   * How many best positions of each row are cached by default: a 64th of the average row length,
   * between 16 and 256 (measured: 64 best at rows of 3,000, 128 to 256 at rows of 10,000).
   */
  static int defaultCache(Eligibility el) {
    long average = el.menteeCount() == 0 ? 0 : el.pairCount() / el.menteeCount();
    return (int) Math.max(16, Math.min(256, average / 64));
  }

  private long bigM;
  private final long[] phi;
  private final long[] dist;
  private final NodeHeap heap;
  private long bound;
  private final int cacheSize;
  private final int[] cachePos;
  private final int[] cacheLen;
  private final long[] cacheOutside;
  private final long[] topA;
  private final int[] topPos;

  /** Prepares the solver, caching the best {@code cacheSize >= 1} positions of each row. */
  SlotAssignment(Eligibility el, int cacheSize) {
    super(el);
    int mentors = el.mentorCount();
    phi = new long[n + mentors];
    dist = new long[n + mentors];
    Arrays.fill(dist, INF);
    heap = new NodeHeap(dist);
    this.cacheSize = cacheSize;
    cachePos = new int[Math.multiplyExact(n, cacheSize)];
    cacheLen = new int[n];
    Arrays.fill(cacheLen, -1);
    cacheOutside = new long[n];
    topA = new long[cacheSize];
    topPos = new int[cacheSize];
  }

  /**
   * The multiplier {@code M} that makes {@code priority * M + soft} lexicographic for
   * {@code magnitudes}, or -1 when it or a distance of the search could overflow a {@code long}.
   */
  static long bigM(Magnitudes magnitudes) {
    try {
      long bigM = Math.addExact(magnitudes.softRange(), 1);
      return magnitudes.fitsCombined(bigM) ? bigM : -1;
    } catch (ArithmeticException e) {
      return -1;
    }
  }

  long multiplier() {
    return bigM;
  }

  /** The potential of node {@code x} (mentees {@code 0..n-1}, then mentors). */
  long potential(int x) {
    return phi[x];
  }

  /**
   * Starts from the pinned pairs with multiplier {@code bigM} and the given scores.
   *
   * @return the mentees to enter
   */
  int[] prepareCold(long bigM, long scale, PairAdjustment adjustment) {
    this.bigM = bigM;
    scores(scale, adjustment);
    reset();
    Arrays.fill(phi, 0);
    Arrays.fill(cacheLen, -1);
    return order(el);
  }

  /**
   * Keeps the current optimal flow and potentials for new scores (same multiplier): repairs the
   * potentials so that every residual arc has a non-negative reduced cost again, unmatching the
   * mentees whose arcs no longer allow it. Falls back to {@link #prepareCold} after
   * {@value #WARM_PASSES} passes. Polls {@code poller} once per matched mentee by its row length;
   * when it says stop the repair ends where it is (the flow stays feasible) and the caller
   * completes the mentees returned.
   *
   * @return the mentees to enter (the unmatched and the unmatched-by-the-repair)
   */
  int[] prepareWarm(long scale, PairAdjustment adjustment, WorkPoller poller) {
    scores(scale, adjustment);
    Arrays.fill(cacheLen, -1);
    for (int m = 0; m < n; m++) {
      int r = mentorOf[m];
      if (r >= 0 && el.pinnedMentor(m) < 0) {
        asgScore[m] = score(m, el.position(m, r));
      }
    }
    // mentor slot arcs under the (possibly rescaled) load weight: used slots stay usable, the next one stays not cheaper
    for (int r = 0; r < freeCap.length; r++) {
      if (freeCap[r] == 0) {
        continue;
      }
      int x = n + r;
      if (load[r] > 0) {
        phi[x] = Math.min(phi[x], -w * (pinnedLoad[r] + load[r] - 1));
      }
      if (load[r] < freeCap[r]) {
        phi[x] = Math.max(phi[x], -w * (pinnedLoad[r] + load[r]));
      }
    }
    boolean changed = true;
    for (int pass = 0; changed; pass++) {
      if (pass == WARM_PASSES) {
        return prepareCold(bigM, scale, adjustment);
      }
      changed = false;
      for (int m = 0; m < n; m++) {
        int r = mentorOf[m];
        if (r < 0 || el.pinnedMentor(m) >= 0) {
          continue;
        }
        if (poller.afterRow(el.eligibleCount(m))) {
          return unentered(); // feasible as it stands; the caller completes it
        }
        long prio = el.priority(m) * bigM;
        long tight = prio + asgScore[m] + phi[n + r];
        long best = 0;
        for (int k = el.start(m), end = el.end(m); k < end && best <= tight; k++) {
          int q = el.mentorAt(k);
          if (q != r && freeCap[q] > 0) {
            best = Math.max(best, prio + score(m, k) + phi[n + q]);
          }
        }
        if (best <= tight) {
          phi[m] = tight;
          continue;
        }
        unlink(m, r);
        mentorOf[m] = -1;
        long floor = -w * (pinnedLoad[r] + load[r]);
        if (phi[n + r] < floor) {
          phi[n + r] = floor;
          changed = true;
        }
      }
    }
    return unentered();
  }

  /** The mentees neither pinned nor matched, in entering order. */
  private int[] unentered() {
    return orderOf(el, java.util.stream.IntStream.range(0, n).filter(m -> mentorOf[m] < 0 && el.pinnedMentor(m) < 0));
  }

  @Override
  void augment(int s) {
    phi[s] = 0;
    dist[s] = 0;
    touched[touchedCount++] = s;
    settled[settledCount++] = s;
    bound = 0; // staying unmatched: reduced cost phi[s] - phi[sink] = 0
    endNode = s;
    relaxRow(s, 0, -1);
    while (!heap.isEmpty() && dist[heap.peek()] < bound) {
      int x = heap.pop();
      settled[settledCount++] = x;
      if (x >= n) {
        settleMentor(x - n);
      } else {
        relaxRow(x, dist[x], mentorOf[x]);
      }
    }
    long d = bound;
    for (int i = 0; i < settledCount; i++) {
      int x = settled[i];
      phi[x] += dist[x] - d;
    }
    for (int i = 0; i < touchedCount; i++) {
      dist[touched[i]] = INF;
    }
    heap.clear();
    settledCount = 0;
    touchedCount = 0;
  }

  /**
   * Relaxes the arcs out of mentee {@code m} at distance {@code dm}, except to {@code skip} (its
   * current mentor). With {@code a(r) = score(m, r) + phi(r)} the arc to {@code r} is useful
   * only when {@code a(r) > base - bound}. Potentials of mentors never increase, so {@code a(r)}
   * never increases: the cached best {@code K} positions of the row and an upper bound on
   * {@code a} outside them stay valid, and when that bound is below the threshold only the cached
   * positions are read. Otherwise the whole row is read and the cache rebuilt.
   */
  private void relaxRow(int m, long dm, int skip) {
    long base = dm - el.priority(m) * bigM + phi[m];
    if (cacheLen[m] >= 0 && cacheOutside[m] <= base - bound) {
      for (int i = m * cacheSize, end = i + cacheLen[m]; i < end; i++) {
        int k = cachePos[i];
        relax(m, el.mentorAt(k), score(m, k), base, skip);
      }
      return;
    }
    int size = 0;
    long outside = Long.MIN_VALUE;
    for (int k = el.start(m), end = el.end(m); k < end; k++) {
      int r = el.mentorAt(k);
      if (freeCap[r] == 0) {
        continue;
      }
      long sc = score(m, k);
      long a = sc + phi[n + r];
      if (size < cacheSize) {
        topAdd(size++, a, k);
      } else if (a > topA[0]) {
        outside = Math.max(outside, topA[0]);
        topReplaceMin(size, a, k);
      } else {
        outside = Math.max(outside, a);
      }
      if (base - a < bound) {
        relax(m, r, sc, base, skip);
      }
    }
    System.arraycopy(topPos, 0, cachePos, m * cacheSize, size);
    cacheLen[m] = size;
    cacheOutside[m] = outside;
  }

  private void relax(int m, int r, long sc, long base, int skip) {
    int node = n + r;
    long key = base - sc - phi[node];
    if (key >= bound || key >= dist[node] || r == skip) {
      return;
    }
    if (dist[node] == INF) {
      touched[touchedCount++] = node;
    }
    dist[node] = key;
    predMentee[r] = m;
    predScore[r] = sc;
    if (load[r] < freeCap[r]) {
      long viaSlot = key + w * (pinnedLoad[r] + load[r]) + phi[node];
      if (viaSlot < bound) {
        bound = viaSlot;
        endNode = node;
      }
    }
    if (key < bound) {
      heap.pushOrDecrease(node);
    }
  }

  /** Adds {@code (a, k)} at slot {@code i} of the min-heap of the row's best entries. */
  private void topAdd(int i, long a, int k) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (topA[parent] <= a) {
        break;
      }
      topA[i] = topA[parent];
      topPos[i] = topPos[parent];
      i = parent;
    }
    topA[i] = a;
    topPos[i] = k;
  }

  /** Replaces the minimum of the min-heap of {@code size} entries with {@code (a, k)}. */
  private void topReplaceMin(int size, long a, int k) {
    int i = 0;
    while (true) {
      int c = 2 * i + 1;
      if (c >= size) {
        break;
      }
      if (c + 1 < size && topA[c + 1] < topA[c]) {
        c++;
      }
      if (topA[c] >= a) {
        break;
      }
      topA[i] = topA[c];
      topPos[i] = topPos[c];
      i = c;
    }
    topA[i] = a;
    topPos[i] = k;
  }

  private void settleMentor(int r) {
    long dr = dist[n + r];
    long phiR = phi[n + r];
    for (int m = head[r]; m >= 0; m = next[m]) {
      long key = dr + (el.priority(m) * bigM + asgScore[m]) + phiR - phi[m];
      if (key >= bound) {
        continue;
      }
      touched[touchedCount++] = m;
      dist[m] = key;
      long viaDummy = key + phi[m];
      if (viaDummy < bound) {
        bound = viaDummy;
        endNode = m;
      }
      if (key < bound) {
        heap.pushOrDecrease(m);
      }
    }
  }
}
