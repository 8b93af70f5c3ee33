package dev.tandem.core.strategy;

/**
 * An {@link IndexedHeap} keyed by lexicographic pairs {@code (hi[node], lo[node])} of two
 * external {@code long[]}: the same operations and costs as {@link NodeHeap}.
 */
final class LexNodeHeap extends IndexedHeap {
  private final long[] hi;
  private final long[] lo;

  LexNodeHeap(long[] hi, long[] lo) {
    super(hi.length);
    this.hi = hi;
    this.lo = lo;
  }

  @Override
  boolean less(int a, int b) {
    return hi[a] < hi[b] || (hi[a] == hi[b] && lo[a] < lo[b]);
  }
}
