package dev.tandem.core.strategy;

import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Deferred acceptance for many-to-one matching with capacities (Gale and Shapley 1962, "College
 * admissions and the stability of marriage", Amer. Math. Monthly 69:9-15; Roth 1984, "The
 * evolution of the labor market for medical interns and residents", J. Political Economy
 * 92:991-1016, for the hospitals/residents properties), on the preferences of docs/objective.md as
 * {@link dev.tandem.core.rules.Preferences} defines them: a side's explicit ranking first, then
 * the other eligible partners by pair score, highest first, ties by employee id. Only eligible
 * pairs are acceptable. Pinned pairs are fixed: their mentees never propose nor accept, and
 * they take their mentors' capacity.
 *
 * <p>Complexity: {@code O(E log d)} to sort the preference lists ({@code E} eligible pairs,
 * {@code d} the longest list) and {@code O(E log c)} for the proposals ({@code c} the largest
 * capacity); memory {@code O(E)} for the sorted lists (twice that for mentor-proposing, which
 * also builds the column lists).
 */
final class StableMatcher {
  private final Eligibility el;
  private final int n;
  private final int mentors;
  private final int[] menteeIdRank;
  private final int[] mentorIdRank;
  /** Rank bonus a mentee gives the mentor at a row position (only positions with a bonus). */
  private final Map<Integer, Integer> menteeBonus = new HashMap<>();
  /** Rank bonus a mentor gives the mentee at a row position (only positions with a bonus). */
  private final Map<Integer, Integer> mentorBonus = new HashMap<>();
  private final int[] freeCap;
  private final int[] mentorOf;
  private final long[] asgScore;
  private boolean stopped;

  StableMatcher(Eligibility el) {
    this.el = el;
    this.n = el.menteeCount();
    this.mentors = el.mentorCount();
    menteeIdRank = idRanks(n, el::menteeId);
    mentorIdRank = idRanks(mentors, el::mentorId);
    var problem = el.problem();
    for (int m = 0; m < n; m++) {
      Mentee mentee = problem.mentees().get(m);
      int k = mentee.ranking().size();
      for (int i = 0; i < k; i++) {
        int pos = el.position(m, problem.mentorIndex(mentee.ranking().get(i)));
        if (pos >= 0) {
          menteeBonus.put(pos, k - i);
        }
      }
    }
    for (int r = 0; r < mentors; r++) {
      Mentor mentor = problem.mentors().get(r);
      int k = mentor.ranking().size();
      for (int i = 0; i < k; i++) {
        int pos = el.position(problem.menteeIndex(mentor.ranking().get(i)), r);
        if (pos >= 0) {
          mentorBonus.put(pos, k - i);
        }
      }
    }
    mentorOf = Assignments.pinned(el);
    int[] pinnedLoad = Assignments.loads(el, mentorOf);
    freeCap = new int[mentors];
    for (int r = 0; r < mentors; r++) {
      freeCap[r] = el.capacity(r) - pinnedLoad[r];
    }
    asgScore = new long[n];
  }

  private static int[] idRanks(int count, java.util.function.IntFunction<String> id) {
    Integer[] byId = IntStream.range(0, count).boxed().toArray(Integer[]::new);
    Arrays.sort(byId, (a, b) -> id.apply(a).compareTo(id.apply(b)));
    int[] rank = new int[count];
    for (int i = 0; i < count; i++) {
      rank[byId[i]] = i;
    }
    return rank;
  }

  private static final long SCORE_LIMIT = 1L << 38;
  private static final int ID_BITS = 24;
  private static final long ID_MASK = (1L << ID_BITS) - 1;

  /**
   * Whether preference lists can be sorted as packed {@code long} keys (score descending, then id
   * rank): no explicit rankings on the side, ids below 2^24, scores within +-2^38.
   */
  private boolean packable(Map<Integer, Integer> bonus, WorkPoller poller) {
    if (!bonus.isEmpty() || Math.max(n, mentors) >= (1 << ID_BITS)) {
      return false;
    }
    for (int m = 0; m < n; m++) {
      if (poller.afterRow(el.eligibleCount(m))) {
        stopped = true;
        return false;
      }
      for (int k = el.start(m), end = el.end(m); k < end; k++) {
        long sc = el.scoreAt(k);
        if (sc <= -SCORE_LIMIT || sc >= SCORE_LIMIT) {
          return false;
        }
      }
    }
    return true;
  }

  /** Ascending keys order by score descending, then by id rank ascending. */
  private static long pack(long score, int idRank) {
    return ((SCORE_LIMIT - 1 - score) << ID_BITS) | idRank;
  }

  private static int[] inverse(int[] rank) {
    int[] out = new int[rank.length];
    for (int i = 0; i < rank.length; i++) {
      out[rank[i]] = i;
    }
    return out;
  }

  private static int maxLength(java.util.function.IntUnaryOperator length, int count) {
    int max = 0;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, length.applyAsInt(i));
    }
    return max;
  }

  private int bonus(Map<Integer, Integer> map, int position) {
    return map.isEmpty() ? 0 : map.getOrDefault(position, 0);
  }

  /** Negative when the mentee at row positions {@code k1}, {@code k2} prefers the first mentor. */
  private int menteePrefers(int k1, int k2) {
    int b1 = bonus(menteeBonus, k1);
    int b2 = bonus(menteeBonus, k2);
    if (b1 != b2) {
      return Integer.compare(b2, b1);
    }
    long s1 = el.scoreAt(k1);
    long s2 = el.scoreAt(k2);
    if (s1 != s2) {
      return Long.compare(s2, s1);
    }
    return Integer.compare(mentorIdRank[el.mentorAt(k1)], mentorIdRank[el.mentorAt(k2)]);
  }

  /**
   * Negative when a mentor prefers mentee {@code m1} (its pair at row position {@code k1}) to
   * {@code m2} (at {@code k2}).
   */
  private int mentorPrefers(int m1, int k1, int m2, int k2) {
    int b1 = bonus(mentorBonus, k1);
    int b2 = bonus(mentorBonus, k2);
    if (b1 != b2) {
      return Integer.compare(b2, b1);
    }
    long s1 = el.scoreAt(k1);
    long s2 = el.scoreAt(k2);
    if (s1 != s2) {
      return Long.compare(s2, s1);
    }
    return Integer.compare(menteeIdRank[m1], menteeIdRank[m2]);
  }

  /** Whether the last run was stopped by its stop condition before it finished. */
  boolean stopped() {
    return stopped;
  }

  /**
   * Mentee-proposing deferred acceptance: the mentee-optimal stable matching. {@code stop} is
   * polled before any work, by the work done (see {@link WorkPoller}: about every 65,536 pairs read
   * and at least every 256 rows) while the lists are prepared and while the mentees propose, and
   * once per mentee while the preference lists are sorted; when it holds, the pins and the proposals accepted so far are returned
   * (feasible, not necessarily stable).
   */
  int[] menteeProposing(BooleanSupplier stop) {
    int total = (int) el.pairCount();
    WorkPoller poller = new WorkPoller(stop);
    if (poller.after(0)) {
      stopped = true;
      return mentorOf;
    }
    int[] order = new int[total];
    for (int m = 0; m < n; m++) {
      if (poller.afterRow(el.eligibleCount(m))) {
        stopped = true;
        return mentorOf;
      }
      for (int k = el.start(m), end = el.end(m); k < end; k++) {
        order[k] = k;
      }
    }
    boolean packable = packable(menteeBonus, poller);
    if (stopped) {
      return mentorOf;
    }
    if (packable) {
      int[] mentorByRank = inverse(mentorIdRank);
      long[] keys = new long[maxLength(m -> el.end(m) - el.start(m), n)];
      int[] positionInRow = new int[mentors];
      for (int m = 0; m < n; m++) {
        if (poller.now()) { // once per row: sorting a row costs far more than a poll
          stopped = true;
          return mentorOf;
        }
        int from = el.start(m);
        int len = el.end(m) - from;
        for (int i = 0; i < len; i++) {
          positionInRow[el.mentorAt(from + i)] = i;
        }
        for (int i = 0; i < len; i++) {
          keys[i] = pack(el.scoreAt(from + i), mentorIdRank[el.mentorAt(from + i)]);
        }
        Arrays.sort(keys, 0, len);
        for (int i = 0; i < len; i++) {
          // the id rank maps back to the mentor, and the mentor to its place in this row
          order[from + i] = from + positionInRow[mentorByRank[(int) (keys[i] & ID_MASK)]];
        }
      }
    } else {
      int[] buffer = new int[total];
      for (int m = 0; m < n; m++) {
        if (poller.now()) {
          stopped = true;
          return mentorOf;
        }
        IntSort.sort(order, buffer, el.start(m), el.end(m), this::menteePrefers);
      }
    }
    int[] asgPos = new int[n];
    int[] nextChoice = new int[n];
    // the mentees each mentor holds, as a heap with the least preferred on top
    int[][] held = new int[mentors][];
    int[] heldSize = new int[mentors];
    int[] free = new int[n];
    int freeCount = 0;
    for (int m = n - 1; m >= 0; m--) {
      if (mentorOf[m] < 0) {
        free[freeCount++] = m;
      }
    }
    while (freeCount > 0) {
      if (poller.after(1)) {
        stopped = true;
        break;
      }
      int m = free[--freeCount];
      while (el.start(m) + nextChoice[m] < el.end(m)) {
        poller.after(1); // counted here, acted on at the next proposal
        int k = order[el.start(m) + nextChoice[m]++];
        int r = el.mentorAt(k);
        if (freeCap[r] == 0) {
          continue;
        }
        if (held[r] == null) {
          held[r] = new int[Math.min(freeCap[r], 4)];
        }
        if (heldSize[r] < freeCap[r]) {
          if (heldSize[r] == held[r].length) {
            held[r] = Arrays.copyOf(held[r], Math.min(freeCap[r], 2 * held[r].length));
          }
          held[r][heldSize[r]++] = m;
          siftUp(held[r], heldSize[r] - 1, asgPos, m, k);
          mentorOf[m] = r;
          asgPos[m] = k;
          break;
        }
        int worst = held[r][0];
        if (mentorPrefers(m, k, worst, asgPos[worst]) < 0) {
          mentorOf[worst] = -1;
          free[freeCount++] = worst;
          held[r][0] = m;
          mentorOf[m] = r;
          asgPos[m] = k;
          siftDown(held[r], heldSize[r], asgPos);
          break;
        }
      }
    }
    return mentorOf;
  }

  /** Sifts the entry at {@code i} (mentee {@code m}, position {@code k}) up a worst-on-top heap. */
  private void siftUp(int[] heap, int i, int[] asgPos, int m, int k) {
    asgPos[m] = k;
    while (i > 0) {
      int parent = (i - 1) / 2;
      int p = heap[parent];
      // parent must be no better than the child (worst on top)
      if (mentorPrefers(p, asgPos[p], m, k) >= 0) {
        break;
      }
      heap[i] = p;
      i = parent;
    }
    heap[i] = m;
  }

  private void siftDown(int[] heap, int size, int[] asgPos) {
    int i = 0;
    int m = heap[0];
    while (true) {
      int c = 2 * i + 1;
      if (c >= size) {
        break;
      }
      if (c + 1 < size && mentorPrefers(heap[c + 1], asgPos[heap[c + 1]], heap[c], asgPos[heap[c]]) > 0) {
        c++;
      }
      if (mentorPrefers(heap[c], asgPos[heap[c]], m, asgPos[m]) <= 0) {
        break;
      }
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = m;
  }

  /**
   * Mentor-proposing deferred acceptance: the mentor-optimal stable matching. {@code stop} is
   * polled before any work, by the work done (see {@link WorkPoller}) while the column lists are
   * built and while the mentors propose, and once per mentor while the lists are sorted; when it holds, the pins and the
   * proposals accepted so far are returned.
   */
  int[] mentorProposing(BooleanSupplier stop) {
    int total = (int) el.pairCount();
    WorkPoller poller = new WorkPoller(stop);
    if (poller.after(0)) {
      stopped = true;
      return mentorOf;
    }
    int[] colStart = new int[mentors + 1];
    for (int m = 0; m < n; m++) {
      if (poller.afterRow(el.eligibleCount(m))) {
        stopped = true;
        return mentorOf;
      }
      for (int k = el.start(m), end = el.end(m); k < end; k++) {
        colStart[el.mentorAt(k) + 1]++;
      }
    }
    for (int r = 0; r < mentors; r++) {
      colStart[r + 1] += colStart[r];
    }
    int[] colPos = new int[total];
    int[] colMentee = new int[total];
    int[] fill = Arrays.copyOf(colStart, mentors);
    for (int m = 0; m < n; m++) {
      if (poller.afterRow(el.eligibleCount(m))) {
        stopped = true;
        return mentorOf;
      }
      for (int k = el.start(m); k < el.end(m); k++) {
        int at = fill[el.mentorAt(k)]++;
        colPos[at] = k;
        colMentee[at] = m;
      }
    }
    boolean packable = packable(mentorBonus, poller);
    if (stopped) {
      return mentorOf;
    }
    if (packable) {
      int[] menteeByRank = inverse(menteeIdRank);
      long[] keys = new long[maxLength(r -> colStart[r + 1] - colStart[r], mentors)];
      int[] positionOf = new int[n];
      for (int r = 0; r < mentors; r++) {
        if (poller.now()) { // once per mentor: sorting a column costs far more than a poll
          stopped = true;
          return mentorOf;
        }
        int from = colStart[r];
        int len = colStart[r + 1] - from;
        for (int i = 0; i < len; i++) {
          keys[i] = pack(el.scoreAt(colPos[from + i]), menteeIdRank[colMentee[from + i]]);
          positionOf[colMentee[from + i]] = colPos[from + i];
        }
        Arrays.sort(keys, 0, len);
        for (int i = 0; i < len; i++) {
          int m = menteeByRank[(int) (keys[i] & ID_MASK)];
          colMentee[from + i] = m;
          colPos[from + i] = positionOf[m];
        }
      }
    } else {
      int[] buffer = new int[total];
      int[] index = new int[total];
      for (int i = 0; i < total; i++) {
        index[i] = i;
      }
      for (int r = 0; r < mentors; r++) {
        if (poller.now()) { // once per mentor: sorting a column costs far more than a poll
          stopped = true;
          return mentorOf;
        }
        IntSort.sort(index, buffer, colStart[r], colStart[r + 1],
            (a, b) -> mentorPrefers(colMentee[a], colPos[a], colMentee[b], colPos[b]));
      }
      int[] sortedMentee = buffer;
      for (int i = 0; i < total; i++) {
        sortedMentee[i] = colMentee[index[i]];
        index[i] = colPos[index[i]];
      }
      System.arraycopy(sortedMentee, 0, colMentee, 0, total);
      System.arraycopy(index, 0, colPos, 0, total);
    }
    int[] asgPos = new int[n];
    int[] heldCount = new int[mentors];
    int[] nextChoice = new int[mentors];
    int[] queue = new int[mentors];
    boolean[] queued = new boolean[mentors];
    int head = 0;
    int size = 0;
    for (int r = 0; r < mentors; r++) {
      if (freeCap[r] > 0) {
        queue[(head + size++) % mentors] = r;
        queued[r] = true;
      }
    }
    while (size > 0) {
      if (poller.after(1)) {
        stopped = true;
        break;
      }
      int r = queue[head];
      head = (head + 1) % mentors;
      size--;
      queued[r] = false;
      while (heldCount[r] < freeCap[r] && colStart[r] + nextChoice[r] < colStart[r + 1]) {
        poller.after(1); // counted here, acted on at the next mentor turn
        int i = colStart[r] + nextChoice[r]++;
        int m = colMentee[i];
        int k = colPos[i];
        if (el.pinnedMentor(m) >= 0) {
          continue;
        }
        int cur = mentorOf[m];
        if (cur < 0 || menteePrefers(k, asgPos[m]) < 0) {
          if (cur >= 0) {
            heldCount[cur]--;
            if (!queued[cur]) {
              queue[(head + size++) % mentors] = cur;
              queued[cur] = true;
            }
          }
          mentorOf[m] = r;
          asgPos[m] = k;
          heldCount[r]++;
        }
      }
    }
    return mentorOf;
  }
}
