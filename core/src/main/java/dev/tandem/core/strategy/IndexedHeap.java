package dev.tandem.core.strategy;

import java.util.Arrays;

/**
 * An indexed 4-ary min-heap of node ids {@code 0..capacity-1} ordered by {@link #less}, with
 * decrease-key: the one heap of the exact solvers' Dijkstra searches. Subclasses only say how two
 * nodes compare ({@link NodeHeap}: one {@code long} key per node; {@link LexNodeHeap}: a
 * lexicographic pair), so the structure lives here once.
 *
 * <p>Push, pop and decrease-key cost {@code O(log size)}; {@link #clear()} costs {@code O(size)}.
 * The keys are external arrays the caller updates before {@link #pushOrDecrease}; a key may only
 * decrease while its node is in the heap.
 */
abstract class IndexedHeap {
  private final int[] heap;
  private final int[] pos;
  private int size;

  IndexedHeap(int capacity) {
    this.heap = new int[capacity];
    this.pos = new int[capacity];
    Arrays.fill(pos, -1);
  }

  /** Whether node {@code a} has a strictly smaller key than node {@code b}. */
  abstract boolean less(int a, int b);

  final boolean isEmpty() {
    return size == 0;
  }

  /** The node with the smallest key; the heap must not be empty. */
  final int peek() {
    return heap[0];
  }

  /** Inserts {@code node}, or restores the order after its key decreased. */
  final void pushOrDecrease(int node) {
    int i = pos[node];
    if (i < 0) {
      i = size++;
      heap[i] = node;
      pos[node] = i;
    }
    siftUp(i);
  }

  /** Removes and returns the node with the smallest key. */
  final int pop() {
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

  /** Empties the heap. */
  final void clear() {
    for (int i = 0; i < size; i++) {
      pos[heap[i]] = -1;
    }
    size = 0;
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
