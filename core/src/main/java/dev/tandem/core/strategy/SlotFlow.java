package dev.tandem.core.strategy;

import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * What the two exact solvers share: the flow over mentor slots (who is matched where, the
 * per-mentor lists and loads), the scores being optimised (pair scores scaled and adjusted by a
 * {@link PairAdjustment}), entering mentees one at a time, shifting the flow along a path found by
 * a search, and the greedy completion after a stop ({@link #complete}). {@link SlotAssignment}
 * searches in one {@code long}, {@link LexSlotAssignment} in lexicographic pairs; each implements only
 * {@link #augment}, which finds a shortest path for a new mentee and leaves it in
 * {@link #endNode}, {@link #predMentee} and {@link #predScore}.
 *
 * <p>Model: one node per mentee, one per mentor and a sink. Arcs mentee to mentor for each
 * eligible pair (value {@code priority * M + score}), mentee to sink (staying unmatched, value
 * 0), and mentor to sink with convex unit costs {@code w * (pinned + k)} for its k-th free slot,
 * {@code w = scale * mentorLoadWeight}. Node indices: mentees {@code 0..n-1}, mentors
 * {@code n..n+mentors-1}.
 */
abstract class SlotFlow {
  final Eligibility el;
  final int n;
  final long baseW;
  long w;
  long scale = 1;
  PairAdjustment adjustment = PairAdjustment.NONE;
  boolean adjusted;
  final int[] mentorOf;
  final long[] asgScore;
  final int[] pinnedLoad;
  final int[] freeCap;
  final int[] load;
  final int[] head;
  final int[] next;
  final int[] prev;
  final int[] predMentee;
  final long[] predScore;
  final int[] settled;
  int settledCount;
  final int[] touched;
  int touchedCount;
  int endNode;

  SlotFlow(Eligibility el) {
    this.el = el;
    this.n = el.menteeCount();
    int mentors = el.mentorCount();
    this.baseW = el.problem().policy().weights().mentorLoadWeight();
    this.w = baseW;
    mentorOf = Assignments.pinned(el);
    asgScore = new long[n];
    pinnedLoad = Assignments.loads(el, mentorOf);
    freeCap = new int[mentors];
    for (int r = 0; r < mentors; r++) {
      freeCap[r] = Math.max(0, el.capacity(r) - pinnedLoad[r]);
    }
    load = new int[mentors];
    head = new int[mentors];
    Arrays.fill(head, -1);
    next = new int[n];
    prev = new int[n];
    predMentee = new int[mentors];
    predScore = new long[mentors];
    settled = new int[n + mentors];
    touched = new int[n + mentors];
  }

  /**
   * Sets the scores to optimise: {@code scale * pairScore - adjustment}, load weight
   * {@code scale * mentorLoadWeight}. The caller has checked with {@link Magnitudes} that no
   * value overflows.
   */
  final void scores(long scale, PairAdjustment adjustment) {
    this.scale = scale;
    this.adjustment = adjustment;
    this.adjusted = scale != 1 || adjustment != PairAdjustment.NONE;
    this.w = scale * baseW;
  }

  /** The score of row position {@code k} of mentee {@code m} as optimised. */
  final long score(int m, int k) {
    long sc = el.scoreAt(k);
    return adjusted ? scale * sc - adjustment.of(m, el.mentorAt(k)) : sc;
  }

  /** Back to the pinned pairs only, every other mentee not yet entered. */
  void reset() {
    for (int m = 0; m < n; m++) {
      mentorOf[m] = el.pinnedMentor(m);
    }
    Arrays.fill(load, 0);
    Arrays.fill(head, -1);
  }

  /** The mentees not pinned, in the order they enter: highest priority first, then by index. */
  static int[] order(Eligibility el) {
    return orderOf(el, java.util.stream.IntStream.range(0, el.menteeCount()).filter(m -> el.pinnedMentor(m) < 0));
  }

  /** The mentees of {@code mentees} in entering order. */
  static int[] orderOf(Eligibility el, java.util.stream.IntStream mentees) {
    return mentees
        .boxed()
        .sorted((a, b) -> el.priority(a) != el.priority(b) ? Integer.compare(el.priority(b), el.priority(a)) : Integer.compare(a, b))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * Enters the mentees of {@code order} one by one, or until {@code stop} answers true (checked
   * every 32 mentees); then the mentees not yet entered are placed by {@link #complete} so the
   * result stays feasible.
   *
   * @return whether every mentee was entered (the result is then optimal)
   */
  final boolean solve(int[] order, BooleanSupplier stop, Runnable tick) {
    for (int i = 0; i < order.length; i++) {
      if ((i & 31) == 0) {
        if (stop.getAsBoolean()) {
          complete(order, i);
          return false;
        }
        tick.run();
      }
      augment(order[i]);
      applyPath(order[i]);
    }
    return true;
  }

  /** The current assignment ({@code mentorOf[m]}, -1 for unmatched); not a copy. */
  final int[] mentorOf() {
    return mentorOf;
  }

  /**
   * Finds a shortest augmenting path for the new mentee {@code s}, updates the potentials and
   * leaves the path in {@link #endNode} (a mentor node whose next slot is used, or a mentee that
   * becomes unmatched, {@code s} itself when it stays unmatched) and the predecessors.
   */
  abstract void augment(int s);

  /** Shifts the flow along the path found: every mentee on it moves to the next mentor. */
  private void applyPath(int s) {
    int cur;
    if (endNode < n) {
      int x = endNode;
      if (x == s) {
        return; // the new mentee stays unmatched
      }
      cur = mentorOf[x];
      unlink(x, cur);
      mentorOf[x] = -1;
    } else {
      cur = endNode - n;
    }
    while (true) {
      int y = predMentee[cur];
      int from = mentorOf[y];
      if (from >= 0) {
        unlink(y, from);
      }
      link(y, cur, predScore[cur]);
      if (y == s) {
        return;
      }
      cur = from;
    }
  }

  final void link(int m, int r, long score) {
    mentorOf[m] = r;
    asgScore[m] = score;
    prev[m] = -1;
    next[m] = head[r];
    if (head[r] >= 0) {
      prev[head[r]] = m;
    }
    head[r] = m;
    load[r]++;
  }

  final void unlink(int m, int r) {
    if (prev[m] >= 0) {
      next[prev[m]] = next[m];
    } else {
      head[r] = next[m];
    }
    if (next[m] >= 0) {
      prev[next[m]] = prev[m];
    }
    load[r]--;
  }

  /**
   * How many pair reads the completion after a stop spends on rows longer than
   * {@value #COMPLETION_ROW}: about this many in all, spread evenly over the mentees left, and at
   * least {@value #COMPLETION_MIN_READS} per row.
   */
  static final long COMPLETION_READS = 1L << 22;
  /** Every row is read in full up to this length by the completion after a stop. */
  static final int COMPLETION_ROW = 1024;
  /** The fewest positions the completion reads of a longer row. */
  static final int COMPLETION_MIN_READS = 512;
  /**
   * A longer row is read in blocks of this many consecutive positions: streams the memory
   * prefetches, where scattered reads would each wait for memory.
   */
  static final int COMPLETION_BLOCK = 256;

  /**
   * The completion after a stop: places mentees {@code order[from..]} one by one on the best
   * mentor with a free slot (highest {@code score - w * load}) among the positions it reads of
   * the mentee's row. A row is read in full when it has at most {@code max(COMPLETION_ROW,
   * COMPLETION_READS / mentees left)} positions, otherwise {@code max(COMPLETION_MIN_READS,
   * COMPLETION_READS / mentees left)} positions in blocks of {@value #COMPLETION_BLOCK} spread
   * evenly over it, shifted per mentee (and the whole row when every mentor read is full). So on
   * long rows it reads about {@code COMPLETION_READS + COMPLETION_MIN_READS * mentees left} pairs
   * and stays short after a time limit even on rows of 10,000 pairs. It reads no clock and is
   * deterministic; on rows up to {@value #COMPLETION_ROW} pairs it is the plain greedy completion.
   */
  final void complete(int[] order, int from) {
    int left = order.length - from;
    if (left <= 0) {
      return;
    }
    long perRow = Math.max(COMPLETION_MIN_READS, COMPLETION_READS / left);
    for (int i = from; i < order.length; i++) {
      int m = order[i];
      int start = el.start(m);
      int len = el.end(m) - start;
      if (len <= Math.max(perRow, COMPLETION_ROW)) {
        placeBest(m, start, len, 1, len);
        continue;
      }
      // blocks at a stride, shifted per mentee so that different mentees read different mentors
      int blocks = (int) (perRow / COMPLETION_BLOCK);
      int stride = len / blocks;
      int shift = (int) (((m + 1) * 0x9E3779B97F4A7C15L >>> 33) % (stride - COMPLETION_BLOCK + 1));
      if (!placeBest(m, start + shift, COMPLETION_BLOCK, blocks, stride)) {
        placeBest(m, start, len, 1, len); // every mentor read was full: the whole row
      }
    }
  }

  /**
   * Links {@code m} to the best mentor with a free slot among {@code blocks} blocks of
   * {@code blockLen} positions starting at {@code first}, {@code stride} apart; false when all
   * are full.
   */
  private boolean placeBest(int m, int first, int blockLen, int blocks, int stride) {
    int best = -1;
    long bestValue = Long.MIN_VALUE;
    long bestScore = 0;
    for (int b = 0; b < blocks; b++) {
      for (int k = first + b * stride, end = k + blockLen; k < end; k++) {
        int r = el.mentorAt(k);
        if (load[r] < freeCap[r]) {
          long sc = score(m, k);
          long v = sc - w * (pinnedLoad[r] + load[r]);
          if (v > bestValue) {
            bestValue = v;
            best = r;
            bestScore = sc;
          }
        }
      }
    }
    if (best < 0) {
      return false;
    }
    link(m, best, bestScore);
    return true;
  }

  /**
   * The sizes that decide whether the optimised values fit a {@code long}, computed with exact
   * arithmetic over the adjusted scores.
   *
   * @param sumAbs sum over free mentees of the largest |score| in the row
   * @param maxAbs the largest |score| of any row, pinned mentees included
   * @param maxPrio the largest priority of a free mentee (at least 1)
   * @param free the number of mentees not pinned
   * @param maxSlot the largest {@code pinned + k} slot index any mentor can reach
   * @param w the load weight ({@code scale * mentorLoadWeight})
   */
  record Magnitudes(long sumAbs, long maxAbs, long maxPrio, long free, long maxSlot, long w) {
    /**
     * Computes the magnitudes of {@code el} under the given scores.
     *
     * @throws ArithmeticException when an adjusted score itself overflows a {@code long}
     */
    static Magnitudes of(Eligibility el, long scale, PairAdjustment adjustment) {
      return of(el, scale, adjustment, new WorkPoller(() -> false)).orElseThrow();
    }

    /**
     * As {@link #of(Eligibility, long, PairAdjustment)}, polling {@code poller} once per row by
     * the row's length; empty when it says stop.
     */
    static java.util.Optional<Magnitudes> of(Eligibility el, long scale, PairAdjustment adjustment, WorkPoller poller) {
      boolean adjusted = scale != 1 || adjustment != PairAdjustment.NONE;
      long sumAbs = 0;
      long maxAbs = 0;
      long maxPrio = 1;
      long free = 0;
      int[] pinnedLoad = new int[el.mentorCount()];
      for (int m = 0; m < el.menteeCount(); m++) {
        if (poller.afterRow(el.eligibleCount(m))) {
          return java.util.Optional.empty();
        }
        long rowMax = 0;
        for (int k = el.start(m); k < el.end(m); k++) {
          long sc = el.scoreAt(k);
          if (adjusted) {
            sc = Math.subtractExact(Math.multiplyExact(scale, sc), adjustment.of(m, el.mentorAt(k)));
          }
          rowMax = Math.max(rowMax, Math.absExact(sc));
        }
        maxAbs = Math.max(maxAbs, rowMax);
        int p = el.pinnedMentor(m);
        if (p >= 0) {
          pinnedLoad[p]++;
          continue;
        }
        free++;
        maxPrio = Math.max(maxPrio, el.priority(m));
        sumAbs = Math.addExact(sumAbs, rowMax);
      }
      long maxSlot = 0;
      for (int r = 0; r < el.mentorCount(); r++) {
        maxSlot = Math.max(maxSlot, Math.min((long) el.capacity(r), pinnedLoad[r] + free) - 1);
      }
      long w = Math.multiplyExact(scale, el.problem().policy().weights().mentorLoadWeight());
      return java.util.Optional.of(new Magnitudes(sumAbs, maxAbs, maxPrio, free, maxSlot, w));
    }

    /**
     * An upper bound on the difference of the soft objective (scores minus load term) between
     * any two feasible matchings: {@code 2 * sumAbs + w * free * maxSlot}.
     */
    long softRange() {
      return Math.addExact(Math.multiplyExact(2, sumAbs), Math.multiplyExact(w, Math.multiplyExact(free, maxSlot)));
    }

    /**
     * Whether the combined search with multiplier {@code bigM} keeps every potential and
     * distance within a quarter of the {@code long} range.
     */
    boolean fitsCombined(long bigM) {
      try {
        long value = Math.addExact(Math.addExact(Math.multiplyExact(maxPrio, bigM), maxAbs), Math.multiplyExact(w, maxSlot));
        long worst = Math.multiplyExact(Math.addExact(Math.multiplyExact(4, free), 8), value);
        return worst <= Long.MAX_VALUE / 4;
      } catch (ArithmeticException e) {
        return false;
      }
    }

    /** Whether the lexicographic search keeps both parts within a quarter of the range. */
    boolean fitsLexicographic(int mentees) {
      try {
        long nodes = Math.addExact(Math.multiplyExact(4L, mentees), 8);
        long soft = Math.multiplyExact(nodes, Math.addExact(maxAbs, Math.multiplyExact(w, Math.max(maxSlot + 1, 0))));
        long medium = Math.multiplyExact(nodes, maxPrio);
        return soft <= Long.MAX_VALUE / 4 && medium <= Long.MAX_VALUE / 4;
      } catch (ArithmeticException e) {
        return false;
      }
    }
  }
}
