package dev.tandem.core.strategy;

import java.util.Arrays;

/**
 * An indexed 4-ary min-heap of node ids keyed by an external {@code long[]} (the tentative
 * distances of Dijkstra's algorithm), with decrease-key. Push, pop and decrease-key cost
 * {@code O(log size)}; {@link #clear()} costs {@code O(size)}.
 */
final class NodeHeap {
  private final long[] key;
  private final int[] heap;
  private final int[] pos;
  private int size;

  NodeHeap(long[] key) {
    this.key = key;
    this.heap = new int[key.length];
    this.pos = new int[key.length];
    Arrays.fill(pos, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  int peek() {
    return heap[0];
  }

  /** Inserts {@code node}, or restores the order after its key decreased. */
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

  private void siftUp(int i) {
    int node = heap[i];
    long k = key[node];
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      int p = heap[parent];
      if (key[p] <= k) {
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
    long k = key[node];
    while (true) {
      int first = 4 * i + 1;
      if (first >= size) {
        break;
      }
      int best = first;
      long bestKey = key[heap[first]];
      int last = Math.min(first + 4, size);
      for (int c = first + 1; c < last; c++) {
        long ck = key[heap[c]];
        if (ck < bestKey) {
          best = c;
          bestKey = ck;
        }
      }
      if (bestKey >= k) {
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
