package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link NodeHeap} and {@link LexNodeHeap} against a linear scan for the minimum: random
 * pushes, key decreases, pops and clears, with many equal keys.
 */
class IndexedHeapProperties {

  /** The smallest key among the nodes in {@code in} under the pair order, or -1. */
  private static long[] minKey(boolean[] in, long[] hi, long[] lo) {
    long[] best = null;
    for (int x = 0; x < in.length; x++) {
      if (in[x] && (best == null || hi[x] < best[0] || (hi[x] == best[0] && lo[x] < best[1]))) {
        best = new long[] {hi[x], lo[x]};
      }
    }
    return best;
  }

  @Property(tries = 200)
  void popsInKeyOrderUnderDecreasesAndClears(@ForAll long seed) {
    Random rnd = new Random(seed);
    int capacity = 1 + rnd.nextInt(40);
    boolean lex = rnd.nextBoolean();
    long[] hi = new long[capacity];
    long[] lo = new long[capacity];
    IndexedHeap heap = lex ? new LexNodeHeap(hi, lo) : new NodeHeap(lo);
    boolean[] in = new boolean[capacity];
    int size = 0;
    for (int step = 0; step < 300; step++) {
      int op = rnd.nextInt(10);
      if (op < 5) {
        int x = rnd.nextInt(capacity);
        long h = lex ? rnd.nextInt(3) : 0;
        long l = rnd.nextInt(12) - 4;
        if (in[x]) {
          // only decreases are allowed while a node is in the heap
          if (h < hi[x] || (h == hi[x] && l < lo[x])) {
            hi[x] = h;
            lo[x] = l;
            heap.pushOrDecrease(x);
          }
        } else {
          hi[x] = h;
          lo[x] = l;
          heap.pushOrDecrease(x);
          in[x] = true;
          size++;
        }
      } else if (op < 9) {
        if (size == 0) {
          assertThat(heap.isEmpty()).isTrue();
          continue;
        }
        assertThat(heap.isEmpty()).isFalse();
        long[] expected = minKey(in, hi, lo);
        int top = heap.peek();
        assertThat(in[top]).isTrue();
        assertThat(new long[] {hi[top], lo[top]}).containsExactly(expected);
        assertThat(heap.pop()).isEqualTo(top);
        in[top] = false;
        size--;
      } else if (rnd.nextInt(4) == 0) {
        heap.clear();
        Arrays.fill(in, false);
        size = 0;
        assertThat(heap.isEmpty()).isTrue();
      }
    }
    // drain: every remaining node comes out once, in non-decreasing key order
    long[] last = null;
    while (size > 0) {
      int x = heap.pop();
      assertThat(in[x]).isTrue();
      in[x] = false;
      size--;
      long[] key = {hi[x], lo[x]};
      if (last != null) {
        assertThat(last[0] < key[0] || (last[0] == key[0] && last[1] <= key[1])).as("order").isTrue();
      }
      last = key;
    }
    assertThat(heap.isEmpty()).isTrue();
  }

  @Test
  void lexicographicOrderComparesTheSecondPartOnlyOnATie() {
    long[] hi = {1, 1, 0, 2};
    long[] lo = {5, 4, 9, -9};
    LexNodeHeap heap = new LexNodeHeap(hi, lo);
    assertThat(heap.less(2, 0)).isTrue(); // (0, 9) < (1, 5)
    assertThat(heap.less(0, 2)).isFalse();
    assertThat(heap.less(1, 0)).isTrue(); // (1, 4) < (1, 5)
    assertThat(heap.less(0, 1)).isFalse();
    assertThat(heap.less(0, 0)).isFalse();
    assertThat(heap.less(0, 3)).isTrue(); // (1, 5) < (2, -9)
    for (int x : new int[] {3, 0, 1, 2}) {
      heap.pushOrDecrease(x);
    }
    assertThat(heap.pop()).isEqualTo(2);
    assertThat(heap.pop()).isEqualTo(1);
    assertThat(heap.pop()).isEqualTo(0);
    assertThat(heap.pop()).isEqualTo(3);
    assertThat(heap.isEmpty()).isTrue();
  }

  @Test
  void aClearedNodeCanBePushedAgain() {
    long[] key = {3, 1, 2, 0, 5, 4, 7, 6};
    NodeHeap heap = new NodeHeap(key);
    for (int x = 0; x < key.length; x++) {
      heap.pushOrDecrease(x);
    }
    heap.clear();
    assertThat(heap.isEmpty()).isTrue();
    heap.pushOrDecrease(4);
    heap.pushOrDecrease(0);
    assertThat(heap.pop()).isEqualTo(0);
    assertThat(heap.pop()).isEqualTo(4);
    assertThat(heap.isEmpty()).isTrue();
    // a key decreased below the top moves to the top
    for (int x = 0; x < key.length; x++) {
      heap.pushOrDecrease(x);
    }
    key[6] = -1;
    heap.pushOrDecrease(6);
    assertThat(heap.peek()).isEqualTo(6);
    int[] popped = new int[key.length];
    for (int i = 0; i < key.length; i++) {
      popped[i] = heap.pop();
    }
    assertThat(popped).containsExactly(6, 3, 1, 2, 0, 5, 4, 7);
  }
}
