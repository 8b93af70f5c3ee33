package dev.tandem.core.strategy;

import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * {@link SlotAssignment} on lexicographic pairs of {@code long}: every cost, potential and
 * distance is a pair {@code (medium part, soft part)} compared lexicographically, so no multiplier
 * is needed and priorities of any size are exact. The same algorithm, model, guarantee and
 * complexity (Jonker and Volgenant 1987); about twice the work per arc.
 *
 * @throws ArithmeticException from the constructor when even the soft part could overflow
 */
final class LexSlotAssignment {
  static final long INF = Long.MAX_VALUE;

  private final Eligibility el;
  private final int n;
  private final long w;
  private final int[] mentorOf;
  private final long[] asgScore;
  private final int[] pinnedLoad;
  private final int[] freeCap;
  private final int[] load;
  private final int[] head;
  private final int[] next;
  private final int[] prev;
  private final long[] phiH;
  private final long[] phiL;
  private final long[] distH;
  private final long[] distL;
  private final int[] predMentee;
  private final long[] predScore;
  private final LexNodeHeap heap;
  private final int[] settled;
  private int settledCount;
  private final int[] touched;
  private int touchedCount;
  private long boundH;
  private long boundL;
  private int endNode;

  LexSlotAssignment(Eligibility el) {
    this.el = el;
    this.n = el.menteeCount();
    int mentors = el.mentorCount();
    this.w = el.problem().policy().weights().mentorLoadWeight();
    checkRange(el);
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
    phiH = new long[n + mentors];
    phiL = new long[n + mentors];
    distH = new long[n + mentors];
    distL = new long[n + mentors];
    Arrays.fill(distH, INF);
    predMentee = new int[mentors];
    predScore = new long[mentors];
    heap = new LexNodeHeap(distH, distL);
    settled = new int[n + mentors];
    touched = new int[n + mentors];
  }

  /** Fails when a sum of soft parts along a path could overflow. */
  private static void checkRange(Eligibility el) {
    try {
      long maxAbs = 0;
      long maxPrio = 1;
      for (int m = 0; m < el.menteeCount(); m++) {
        maxPrio = Math.max(maxPrio, el.priority(m));
        for (int k = el.start(m); k < el.end(m); k++) {
          maxAbs = Math.max(maxAbs, Math.absExact(el.scoreAt(k)));
        }
      }
      long maxSlot = 0;
      for (int r = 0; r < el.mentorCount(); r++) {
        maxSlot = Math.max(maxSlot, Math.min(el.capacity(r), el.menteeCount()));
      }
      long w = el.problem().policy().weights().mentorLoadWeight();
      long nodes = Math.addExact(Math.multiplyExact(4L, el.menteeCount()), 8);
      long soft = Math.multiplyExact(nodes, Math.addExact(maxAbs, Math.multiplyExact(w, maxSlot)));
      long medium = Math.multiplyExact(nodes, maxPrio);
      if (soft > Long.MAX_VALUE / 4 || medium > Long.MAX_VALUE / 4) {
        throw new ArithmeticException();
      }
    } catch (ArithmeticException e) {
      throw new ArithmeticException("exact: the pair scores or priorities of problem \""
          + el.problem().name() + "\" are too large for exact long arithmetic");
    }
  }

  /** See {@link SlotAssignment#solve}. */
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

  private static boolean less(long ah, long al, long bh, long bl) {
    return ah < bh || (ah == bh && al < bl);
  }

  private void augment(int s) {
    phiH[s] = 0;
    phiL[s] = 0;
    distH[s] = 0;
    distL[s] = 0;
    touched[touchedCount++] = s;
    settled[settledCount++] = s;
    boundH = 0;
    boundL = 0;
    endNode = s;
    relaxRow(s, 0, 0, -1);
    while (!heap.isEmpty() && less(distH[heap.peek()], distL[heap.peek()], boundH, boundL)) {
      int x = heap.pop();
      settled[settledCount++] = x;
      if (x >= n) {
        settleMentor(x - n);
      } else {
        relaxRow(x, distH[x], distL[x], mentorOf[x]);
      }
    }
    for (int i = 0; i < settledCount; i++) {
      int x = settled[i];
      phiH[x] += distH[x] - boundH;
      phiL[x] += distL[x] - boundL;
    }
    for (int i = 0; i < touchedCount; i++) {
      distH[touched[i]] = INF;
      distL[touched[i]] = 0;
    }
    heap.clear();
    settledCount = 0;
    touchedCount = 0;
    applyPath(s);
  }

  private void relaxRow(int m, long dh, long dl, int skip) {
    long baseH = dh - el.priority(m) + phiH[m];
    long baseL = dl + phiL[m];
    for (int k = el.start(m), end = el.end(m); k < end; k++) {
      int r = el.mentorAt(k);
      int node = n + r;
      if (r == skip || freeCap[r] == 0) {
        continue;
      }
      long sc = el.scoreAt(k);
      long kh = baseH - phiH[node];
      long kl = baseL - sc - phiL[node];
      if (!less(kh, kl, boundH, boundL) || !less(kh, kl, distH[node], distL[node])) {
        continue;
      }
      if (distH[node] == INF) {
        touched[touchedCount++] = node;
      }
      distH[node] = kh;
      distL[node] = kl;
      predMentee[r] = m;
      predScore[r] = sc;
      if (load[r] < freeCap[r]) {
        long vh = kh + phiH[node];
        long vl = kl + w * (pinnedLoad[r] + load[r]) + phiL[node];
        if (less(vh, vl, boundH, boundL)) {
          boundH = vh;
          boundL = vl;
          endNode = node;
        }
      }
      if (less(kh, kl, boundH, boundL)) {
        heap.pushOrDecrease(node);
      }
    }
  }

  private void settleMentor(int r) {
    long dh = distH[n + r];
    long dl = distL[n + r];
    for (int m = head[r]; m >= 0; m = next[m]) {
      long kh = dh + el.priority(m) + phiH[n + r] - phiH[m];
      long kl = dl + asgScore[m] + phiL[n + r] - phiL[m];
      if (!less(kh, kl, boundH, boundL)) {
        continue;
      }
      touched[touchedCount++] = m;
      distH[m] = kh;
      distL[m] = kl;
      long vh = kh + phiH[m];
      long vl = kl + phiL[m];
      if (less(vh, vl, boundH, boundL)) {
        boundH = vh;
        boundL = vl;
        endNode = m;
      }
      if (less(kh, kl, boundH, boundL)) {
        heap.pushOrDecrease(m);
      }
    }
  }

  private void applyPath(int s) {
    int cur;
    if (endNode < n) {
      int x = endNode;
      if (x == s) {
        return;
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
