package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link IntSort} against {@link List#sort} (a stable sort of the JDK) on random ranges, with
 * comparators that tie often so that stability shows.
 */
class IntSortProperties {

  /** Sorts {@code a[from, to)} by {@code x / 4} (many ties) with the JDK's stable sort. */
  private static int[] reference(int[] a, int from, int to, Comparator<Integer> c) {
    List<Integer> range = new ArrayList<>();
    for (int i = from; i < to; i++) {
      range.add(a[i]);
    }
    range.sort(c);
    int[] out = a.clone();
    for (int i = from; i < to; i++) {
      out[i] = range.get(i - from);
    }
    return out;
  }

  @Property(tries = 300)
  void sortsAnyRangeStablyLikeTheJdk(@ForAll("seeds") long seed, @ForAll @IntRange(min = 0, max = 140) int length) {
    Random rnd = new Random(seed);
    int size = length + rnd.nextInt(5);
    int from = size == length ? 0 : rnd.nextInt(size - length + 1);
    int to = from + length;
    int[] a = new int[size];
    for (int i = 0; i < size; i++) {
      a[i] = rnd.nextInt(40) - 10;
    }
    // ties: compare by value / 4 only; the JDK's sort keeps equal keys in input order
    IntSort.Comparator byQuarter = (x, y) -> Integer.compare(Math.floorDiv(x, 4), Math.floorDiv(y, 4));
    int[] expected = reference(a, from, to, Comparator.comparingInt(x -> Math.floorDiv(x, 4)));
    int[] buffer = new int[size];
    IntSort.sort(a, buffer, from, to, byQuarter);
    assertThat(a).containsExactly(expected);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seeds() {
    return net.jqwik.api.Arbitraries.longs();
  }

  @Test
  void handExamplesAcrossTheRunLengths() {
    // 17 values: one run of 16 by insertion sort, then one merge with a single element
    int[] a = {16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
    IntSort.sort(a, new int[17], 0, 17, Integer::compare);
    assertThat(a).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    // 33 descending values: two merge rounds (16 -> 32 -> 64), the result ends in the buffer and is copied back
    int[] b = new int[40];
    for (int i = 0; i < 33; i++) {
      b[i + 3] = 100 - i;
    }
    b[0] = 7;
    b[1] = 8;
    b[2] = 9;
    b[36] = -1;
    IntSort.sort(b, new int[40], 3, 36, Integer::compare);
    assertThat(b[0]).isEqualTo(7);
    assertThat(b[2]).isEqualTo(9);
    for (int i = 0; i < 33; i++) {
      assertThat(b[i + 3]).isEqualTo(68 + i);
    }
    assertThat(b[36]).isEqualTo(-1);
    // ranges of 0 and 1 stay as they are
    int[] c = {3, 2, 1};
    IntSort.sort(c, new int[3], 1, 2, Integer::compare);
    IntSort.sort(c, new int[3], 2, 2, Integer::compare);
    assertThat(c).containsExactly(3, 2, 1);
    // two values are sorted
    IntSort.sort(c, new int[3], 0, 2, Integer::compare);
    assertThat(c).containsExactly(2, 3, 1);
  }

  @Test
  void equalKeysKeepTheirOrderAcrossAMerge() {
    // 20 values with key x / 100: the second run (positions 16..19) has keys equal to the first's
    int[] a = new int[20];
    for (int i = 0; i < 16; i++) {
      a[i] = 100 + i; // key 1
    }
    for (int i = 16; i < 20; i++) {
      a[i] = 100 + i; // key 1, after the first run
    }
    a[3] = 5; // key 0
    IntSort.sort(a, new int[20], 0, 20, (x, y) -> Integer.compare(x / 100, y / 100));
    assertThat(a[0]).isEqualTo(5);
    for (int i = 1; i < 20; i++) {
      int expected = i <= 3 ? 100 + i - 1 : 100 + i;
      assertThat(a[i]).as("position %d", i).isEqualTo(expected);
    }
  }
}
