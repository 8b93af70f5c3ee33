package dev.tandem.core.strategy;

import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Successive shortest augmenting paths over mentor slots with Dijkstra on reduced costs
 * (Jonker and Volgenant 1987, "A shortest augmenting path algorithm for dense and sparse linear
 * assignment problems", Computing 38; Edmonds and Karp 1972 for the potentials), solving
 * {@code max sum over matched mentees m of (priority(m) * M + pairScore(m, r)) - mentorLoadWeight
 * * sum over mentors of (load choose 2)} with every mentee free to stay unmatched.
 *
 * <p>Model: a flow network with one node per mentee, one per mentor and a sink. Arcs mentee to
 * mentor (cost {@code -(priority * M + pairScore)}, one per eligible pair, read straight from the
 * {@link Eligibility} rows), mentee to sink (cost 0: staying unmatched) and mentor to sink with
 * convex unit costs {@code w * (pinned + k)} for its k-th free slot. Because slot costs increase,
 * the cheapest unused slot of a mentor is always the next one, so a mentor is a single node and no
 * capacity copies of arcs exist. Mentees enter one at a time (highest priority first); each finds
 * a shortest path to the sink in the residual network by Dijkstra on reduced costs (node
 * potentials keep them non-negative), pruned at the best sink distance found so far and stopped
 * as soon as no open node is closer than it. The flow after each step is a minimum-cost flow for
 * the mentees entered so far, hence optimal at the end. Mentor potentials never increase, so a
 * per-row cache of the best {@code K} arcs (with a bound on the rest) lets most searches read a
 * few arcs of a row instead of all of them, without changing any result.
 *
 * <p>Complexity: {@code O(E + n * (E' + V' log V'))} time in the worst case, where {@code E'}
 * and {@code V'} are the arcs and nodes a single search touches (in practice a small part of the
 * graph: pruning stops it at the first free slot); memory {@code O(mentees + mentors)} beyond
 * the eligibility rows.
 *
 * <p>The lexicographic objective (priority first, then the soft terms) is folded into one
 * {@code long} with {@code M} larger than any possible soft difference; when that or any
 * distance could overflow, {@link ExactStrategy} uses {@link LexSlotAssignment} instead.
 */
final class SlotAssignment {
  static final long INF = Long.MAX_VALUE;
  /** How many best positions of each row are cached by default. */
  static final int DEFAULT_CACHE = 64;

  private final Eligibility el;
  private final int n;
  private final long w;
  private final long bigM;
  private final int[] mentorOf;
  private final long[] asgScore;
  private final int[] pinnedLoad;
  private final int[] freeCap;
  private final int[] load;
  private final int[] head;
  private final int[] next;
  private final int[] prev;
  private final long[] phi;
  private final long[] dist;
  private final int[] predMentee;
  private final long[] predScore;
  private final NodeHeap heap;
  private final int[] settled;
  private int settledCount;
  private final int[] touched;
  private int touchedCount;
  private long bound;
  private int endNode;
  private final int cacheSize;
  private final int[] cachePos;
  private final int[] cacheLen;
  private final long[] cacheOutside;
  private final long[] topA;
  private final int[] topPos;

  /**
   * Prepares the solver; {@code bigM} must come from {@link #bigM(Eligibility)}. The pinned pairs
   * are fixed and fill their mentors' first slots.
   */
  SlotAssignment(Eligibility el, long bigM) {
    this(el, bigM, DEFAULT_CACHE);
  }

  /** As above, caching the best {@code cacheSize >= 1} positions of each row. */
  SlotAssignment(Eligibility el, long bigM, int cacheSize) {
    this.el = el;
    this.n = el.menteeCount();
    int mentors = el.mentorCount();
    this.w = el.problem().policy().weights().mentorLoadWeight();
    this.bigM = bigM;
    mentorOf = Assignments.pinned(el);
    asgScore = new long[n];
    pinnedLoad = Assignments.loads(el, mentorOf);
    freeCap = new int[mentors];
    for (int r = 0; r < mentors; r++) {
      freeCap[r] = el.capacity(r) - pinnedLoad[r];
    }
    load = new int[mentors];
    head = new int[mentors];
    Arrays.fill(head, -1);
    next = new int[n];
    prev = new int[n];
    phi = new long[n + mentors];
    dist = new long[n + mentors];
    Arrays.fill(dist, INF);
    predMentee = new int[mentors];
    predScore = new long[mentors];
    heap = new NodeHeap(dist);
    settled = new int[n + mentors];
    touched = new int[n + mentors];
    this.cacheSize = cacheSize;
    cachePos = new int[Math.multiplyExact(n, cacheSize)];
    cacheLen = new int[n];
    Arrays.fill(cacheLen, -1);
    cacheOutside = new long[n];
    topA = new long[cacheSize];
    topPos = new int[cacheSize];
  }

  /**
   * The multiplier {@code M} that makes {@code priority * M + soft} lexicographic, or -1 when it
   * or a distance of the search could overflow a {@code long}.
   */
  static long bigM(Eligibility el) {
    try {
      int n = el.menteeCount();
      long w = el.problem().policy().weights().mentorLoadWeight();
      long sumAbs = 0;
      long maxAbs = 0;
      long maxPrio = 1;
      long free = 0;
      int[] pinnedLoad = new int[el.mentorCount()];
      for (int m = 0; m < n; m++) {
        int p = el.pinnedMentor(m);
        if (p >= 0) {
          pinnedLoad[p]++;
          continue;
        }
        free++;
        maxPrio = Math.max(maxPrio, el.priority(m));
        long rowMax = 0;
        for (int k = el.start(m); k < el.end(m); k++) {
          rowMax = Math.max(rowMax, Math.absExact(el.scoreAt(k)));
        }
        sumAbs = Math.addExact(sumAbs, rowMax);
        maxAbs = Math.max(maxAbs, rowMax);
      }
      long maxSlot = 0;
      for (int r = 0; r < el.mentorCount(); r++) {
        long top = Math.min((long) el.capacity(r), pinnedLoad[r] + free) - 1;
        maxSlot = Math.max(maxSlot, top);
      }
      long soft = Math.addExact(Math.multiplyExact(2, sumAbs), Math.multiplyExact(w, Math.multiplyExact(free, maxSlot)));
      long bigM = Math.addExact(soft, 1);
      long value = Math.addExact(Math.addExact(Math.multiplyExact(maxPrio, bigM), maxAbs), Math.multiplyExact(w, maxSlot));
      long worst = Math.multiplyExact(Math.addExact(Math.multiplyExact(4, free), 8), value);
      return worst <= Long.MAX_VALUE / 4 ? bigM : -1;
    } catch (ArithmeticException e) {
      return -1;
    }
  }

  /** The mentees in the order they enter: highest priority first, then by index. */
  static int[] order(Eligibility el) {
    return java.util.stream.IntStream.range(0, el.menteeCount())
        .filter(m -> el.pinnedMentor(m) < 0)
        .boxed()
        .sorted((a, b) -> el.priority(a) != el.priority(b) ? Integer.compare(el.priority(b), el.priority(a)) : Integer.compare(a, b))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * Runs to optimality, or until {@code stop} answers true (checked between mentees); then the
   * mentees not yet entered are placed greedily so the result stays feasible.
   *
   * @return the assignment ({@code mentorOf[m]}, -1 for unmatched) and whether it is optimal
   */
  boolean solve(int[] order, BooleanSupplier stop, Runnable tick) {
    for (int i = 0; i < order.length; i++) {
      if ((i & 31) == 0) {
        if (stop.getAsBoolean()) {
          completeGreedily(order, i);
          return false;
        }
        tick.run();
      }
      augment(order[i]);
    }
    return true;
  }

  int[] mentorOf() {
    return mentorOf;
  }

  private void augment(int s) {
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
    applyPath(s);
  }

  /**
   * Relaxes the arcs out of mentee {@code m} at distance {@code dm}, except to {@code skip} (its
   * current mentor). With {@code a(r) = pairScore(m, r) + phi(r)} the arc to {@code r} is useful
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
        relax(m, el.mentorAt(k), el.scoreAt(k), base, skip);
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
      long sc = el.scoreAt(k);
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

  /** Shifts the flow along the path found: every mentee on it moves to the next mentor. */
  private void applyPath(int s) {
    int cur;
    if (endNode < n) {
      int x = endNode;
      if (x == s) {
        return; // the new mentee stays unmatched
      }
      cur = mentorOf[x];
      unlink(x, cur);
      mentorOf[x] = -1;
    } else {
      cur = endNode - n;
    }
    while (true) {
      int y = predMentee[cur];
      int from = mentorOf[y];
      if (from >= 0) {
        unlink(y, from);
      }
      link(y, cur, predScore[cur]);
      if (y == s) {
        return;
      }
      cur = from;
    }
  }

  private void link(int m, int r, long score) {
    mentorOf[m] = r;
    asgScore[m] = score;
    prev[m] = -1;
    next[m] = head[r];
    if (head[r] >= 0) {
      prev[head[r]] = m;
    }
    head[r] = m;
    load[r]++;
  }

  private void unlink(int m, int r) {
    if (prev[m] >= 0) {
      next[prev[m]] = next[m];
    } else {
      head[r] = next[m];
    }
    if (next[m] >= 0) {
      prev[next[m]] = prev[m];
    }
    load[r]--;
  }

  /** Places mentees {@code order[from..]} one by one on their best mentor with a free slot. */
  private void completeGreedily(int[] order, int from) {
    for (int i = from; i < order.length; i++) {
      int m = order[i];
      int best = -1;
      long bestValue = Long.MIN_VALUE;
      long bestScore = 0;
      for (int k = el.start(m); k < el.end(m); k++) {
        int r = el.mentorAt(k);
        if (load[r] < freeCap[r]) {
          long v = el.scoreAt(k) - w * (pinnedLoad[r] + load[r]);
          if (v > bestValue) {
            bestValue = v;
            best = r;
            bestScore = el.scoreAt(k);
          }
        }
      }
      if (best >= 0) {
        link(m, best, bestScore);
      }
    }
  }
}
