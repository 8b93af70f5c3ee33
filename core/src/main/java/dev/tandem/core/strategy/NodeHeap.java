package dev.tandem.core.strategy;

/**
 * An {@link IndexedHeap} keyed by an external {@code long[]} (the tentative distances of
 * Dijkstra's algorithm). Push, pop and decrease-key cost {@code O(log size)}.
 */
final class NodeHeap extends IndexedHeap {
  private final long[] key;

  NodeHeap(long[] key) {
    super(key.length);
    this.key = key;
  }

  @Override
  boolean less(int a, int b) {
    return key[a] < key[b];
  }
}
