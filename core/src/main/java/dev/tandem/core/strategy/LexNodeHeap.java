package dev.tandem.core.strategy;

import java.util.Arrays;

/**
 * {@link NodeHeap} keyed by lexicographic pairs {@code (hi[node], lo[node])} of two external
 * {@code long[]}: the same operations and costs.
 */
final class LexNodeHeap {
  private final long[] hi;
  private final long[] lo;
  private final int[] heap;
  private final int[] pos;
  private int size;

  LexNodeHeap(long[] hi, long[] lo) {
    this.hi = hi;
    this.lo = lo;
    this.heap = new int[hi.length];
    this.pos = new int[hi.length];
    Arrays.fill(pos, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  int peek() {
    return heap[0];
  }

  void pushOrDecrease(int node) {
    int i = pos[node];
    if (i < 0) {
      i = size++;
      heap[i] = node;
      pos[node] = i;
    }
    siftUp(i);
  }

  int pop() {
    int top = heap[0];
    pos[top] = -1;
    size--;
    if (size > 0) {
      int last = heap[size];
      heap[0] = last;
      pos[last] = 0;
      siftDown(0);
    }
    return top;
  }

  void clear() {
    for (int i = 0; i < size; i++) {
      pos[heap[i]] = -1;
    }
    size = 0;
  }

  private boolean less(int a, int b) {
    return hi[a] < hi[b] || (hi[a] == hi[b] && lo[a] < lo[b]);
  }

  private void siftUp(int i) {
    int node = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      int p = heap[parent];
      if (!less(node, p)) {
        break;
      }
      heap[i] = p;
      pos[p] = i;
      i = parent;
    }
    heap[i] = node;
    pos[node] = i;
  }

  private void siftDown(int i) {
    int node = heap[i];
    while (true) {
      int first = 4 * i + 1;
      if (first >= size) {
        break;
      }
      int best = first;
      int last = Math.min(first + 4, size);
      for (int c = first + 1; c < last; c++) {
        if (less(heap[c], heap[best])) {
          best = c;
        }
      }
      if (!less(heap[best], node)) {
        break;
      }
      int b = heap[best];
      heap[i] = b;
      pos[b] = i;
      i = best;
    }
    heap[i] = node;
    pos[node] = i;
  }
}
