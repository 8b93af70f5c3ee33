package dev.tandem.core.strategy;

/**
 * A stable merge sort of a range of an {@code int[]} under a primitive comparator, without
 * boxing: {@code O(k log k)} comparisons for a range of length {@code k}, using a caller's buffer.
 */
final class IntSort {
  private IntSort() {}

  /** Compares two ints. */
  @FunctionalInterface
  interface Comparator {
    int compare(int a, int b);
  }

  /** Sorts {@code a[from, to)}; {@code buffer} must be at least as long as {@code a}. */
  static void sort(int[] a, int[] buffer, int from, int to, Comparator c) {
    if (to - from < 2) {
      return;
    }
    for (int lo = from; lo < to; lo += 16) {
      insertion(a, lo, Math.min(lo + 16, to), c);
    }
    int[] src = a;
    int[] dst = buffer;
    for (int width = 16; width < to - from; width *= 2) {
      for (int lo = from; lo < to; lo += 2 * width) {
        int mid = Math.min(lo + width, to);
        int hi = Math.min(lo + 2 * width, to);
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
          dst[o++] = c.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
        }
        while (i < mid) {
          dst[o++] = src[i++];
        }
        while (j < hi) {
          dst[o++] = src[j++];
        }
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, from, a, from, to - from);
    }
  }

  private static void insertion(int[] a, int from, int to, Comparator c) {
    for (int i = from + 1; i < to; i++) {
      int x = a[i];
      int j = i - 1;
      while (j >= from && c.compare(x, a[j]) < 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }
}
