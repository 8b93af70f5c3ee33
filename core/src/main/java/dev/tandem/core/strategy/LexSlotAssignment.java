package dev.tandem.core.strategy;

import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;

/**
 * {@link SlotAssignment} on lexicographic pairs of {@code long}: every cost, potential and
 * distance is a pair {@code (medium part, soft part)} compared lexicographically, so no multiplier
 * is needed and priorities of any size are exact. The same model ({@link SlotFlow}), algorithm
 * (Jonker and Volgenant 1987), guarantee and complexity, without the row cache and without a warm
 * start (each solve starts from the pinned pairs); about twice the work per arc.
 */
final class LexSlotAssignment extends SlotFlow {
  static final long INF = Long.MAX_VALUE;

  private final long[] phiH;
  private final long[] phiL;
  private final long[] distH;
  private final long[] distL;
  private final LexNodeHeap heap;
  private long boundH;
  private long boundL;

  LexSlotAssignment(Eligibility el) {
    super(el);
    int mentors = el.mentorCount();
    phiH = new long[n + mentors];
    phiL = new long[n + mentors];
    distH = new long[n + mentors];
    distL = new long[n + mentors];
    Arrays.fill(distH, INF);
    heap = new LexNodeHeap(distH, distL);
  }

  /** Starts from the pinned pairs with the given scores; returns the mentees to enter. */
  int[] prepareCold(long scale, PairAdjustment adjustment) {
    scores(scale, adjustment);
    reset();
    Arrays.fill(phiH, 0);
    Arrays.fill(phiL, 0);
    return order(el);
  }

  /** The medium part of the potential of node {@code x}. */
  long potentialMedium(int x) {
    return phiH[x];
  }

  /** The soft part of the potential of node {@code x}. */
  long potentialSoft(int x) {
    return phiL[x];
  }

  private static boolean less(long ah, long al, long bh, long bl) {
    return ah < bh || (ah == bh && al < bl);
  }

  @Override
  void augment(int s) {
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
      long sc = score(m, k);
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
}
