package dev.tandem.core.bound;

import dev.tandem.core.rules.Eligibility;

/**
 * For each mentee, the positions of its {@code K} highest pair scores in descending order of
 * score (ties by position), and the highest score outside them; pair scores never change during a
 * search, so this is computed once and lets a move search read a few entries of a row instead of
 * all of them: once the bound {@code score + the largest possible rest of the move's gain} of the
 * next entry cannot beat the best move found, no later entry can.
 *
 * <p>Rows are ranked on first use, so building the structure costs {@code O(mentees)} and a
 * search that is stopped early never pays for rows it did not read.
 *
 * <p>Complexity: {@code O(row log K)} per row on its first use, {@code O(mentees * K)} memory.
 */
final class RowTops {
  /** How many entries of each row are kept, at most. */
  static final int DEFAULT_SIZE = 64;

  private final Eligibility el;
  private final int size;
  private final int[] pos;
  /** Entries kept per row, -1 until the row is ranked. */
  private final int[] len;
  private final long[] restMax;
  private final int[] heapPos;

  private RowTops(Eligibility el, int size) {
    this.el = el;
    this.size = size;
    int n = el.menteeCount();
    pos = new int[Math.multiplyExact(n, size)];
    len = new int[n];
    java.util.Arrays.fill(len, -1);
    restMax = new long[n];
    heapPos = new int[size];
  }

  static RowTops of(Eligibility el) {
    return of(el, DEFAULT_SIZE);
  }

  static RowTops of(Eligibility el, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, was " + size);
    }
    return new RowTops(el, size);
  }

  /** Ranks row {@code m}: a min-heap of the best {@code size} entries, emptied from the back. */
  private void rank(int m) {
    int count = 0;
    long rest = Long.MIN_VALUE;
    for (int k = el.start(m), end = el.end(m); k < end; k++) {
      if (count < size) {
        heapPos[count] = k;
        siftUp(el, heapPos, count++);
      } else if (better(el, k, heapPos[0])) {
        rest = Math.max(rest, el.scoreAt(heapPos[0]));
        heapPos[0] = k;
        siftDown(el, heapPos, count);
      } else {
        rest = Math.max(rest, el.scoreAt(k));
      }
    }
    int base = m * size;
    for (int c = count; c > 0; c--) {
      pos[base + c - 1] = heapPos[0];
      heapPos[0] = heapPos[c - 1];
      siftDown(el, heapPos, c - 1);
    }
    len[m] = count;
    restMax[m] = rest;
  }

  /** Whether position {@code a} ranks before {@code b}: higher score, then lower position. */
  private static boolean better(Eligibility el, int a, int b) {
    long sa = el.scoreAt(a);
    long sb = el.scoreAt(b);
    return sa > sb || (sa == sb && a < b);
  }

  private static void siftUp(Eligibility el, int[] h, int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!better(el, h[parent], h[i])) {
        return;
      }
      int t = h[parent];
      h[parent] = h[i];
      h[i] = t;
      i = parent;
    }
  }

  private static void siftDown(Eligibility el, int[] h, int count) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= count) {
        return;
      }
      int c = l + 1 < count && better(el, h[l], h[l + 1]) ? l + 1 : l;
      if (!better(el, h[i], h[c])) {
        return;
      }
      int t = h[i];
      h[i] = h[c];
      h[c] = t;
      i = c;
    }
  }

  /** How many entries row {@code m} keeps (ranking the row on first use; not thread-safe). */
  int length(int m) {
    if (len[m] < 0) {
      rank(m);
    }
    return len[m];
  }

  /** The position of the {@code i}-th best entry of row {@code m} (after {@link #length}). */
  int position(int m, int i) {
    return pos[m * size + i];
  }

  /** The highest score of row {@code m} outside the kept entries, {@code Long.MIN_VALUE} if none. */
  long restMax(int m) {
    length(m);
    return restMax[m];
  }
}
