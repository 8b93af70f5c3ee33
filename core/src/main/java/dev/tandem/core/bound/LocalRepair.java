package dev.tandem.core.bound;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Hill climbing on the whole objective (department spread included) from a feasible
 * assignment: moves a mentee to another eligible mentor with a free seat, places an unmatched
 * mentee, or swaps the mentors of two mentees, whenever that raises the score; pinned mentees
 * never move and no move unmatches a mentee, so the hard and medium levels never fall.
 *
 * <p>Every move's change of score is computed exactly in {@code long} from the pair scores, the
 * loads and the link counts it touches ({@code O(1)} per candidate; a move pass reads every
 * eligible pair once, a swap pass every eligible pair times its mentor's load). The score it
 * keeps equals the {@link dev.tandem.core.evaluation.Evaluator}'s score of the assignment
 * (checked by the tests).
 */
final class LocalRepair {
  private final Eligibility el;
  private final Links links;
  private final long wl;
  private final long ws;
  private final int n;
  private final int[] order;
  private final RowTops tops;
  private final int[] mentorOf;
  private final long[] pairScore;
  private final int[] load;
  private final long[] count;
  private final int[] head;
  private final int[] next;
  private final int[] prev;
  private final TopicTargets topics;
  private final int[] topicCount;
  private final long wt;
  private long hard;
  private long medium;
  private long soft;

  /**
   * Starts from {@code start} (not changed), visiting mentees in {@code order} (a permutation of
   * all mentee indices).
   */
  LocalRepair(Eligibility el, Links links, int[] start, int[] order) {
    this(el, links, RowTops.of(el), start, order);
  }

  /** As above, with the rows' best entries computed once for many repairs. */
  LocalRepair(Eligibility el, Links links, RowTops tops, int[] start, int[] order) {
    this.el = el;
    this.tops = tops;
    this.links = links;
    var w = el.problem().policy().weights();
    this.wl = w.mentorLoadWeight();
    this.ws = w.departmentSpreadWeight();
    this.n = el.menteeCount();
    this.order = order;
    mentorOf = start.clone();
    pairScore = new long[n];
    load = new int[el.mentorCount()];
    count = new long[links.count()];
    head = new int[el.mentorCount()];
    Arrays.fill(head, -1);
    next = new int[n];
    prev = new int[n];
    for (int m = 0; m < n; m++) {
      int r = mentorOf[m];
      if (r < 0) {
        medium -= el.priority(m);
        continue;
      }
      int k = el.position(m, r);
      if (k < 0) {
        hard--;
        pairScore[m] = el.pairScore(m, r);
      } else {
        pairScore[m] = el.scoreAt(k);
      }
      soft += pairScore[m];
      count[link(m, r)]++;
      link(m, r, true);
    }
    for (int r = 0; r < load.length; r++) {
      hard -= Math.max(0, load[r] - el.capacity(r));
      soft -= wl * ((long) load[r] * (load[r] - 1) / 2);
    }
    for (long c : count) {
      soft -= ws * (c * (c - 1) / 2);
    }
    topics = TopicTargets.of(el);
    wt = topics.active() ? topics.weight() : 0;
    topicCount = topics.counts(mentorOf);
    if (wt != 0) {
      soft += wt * topics.counted(topicCount);
    }
  }

  /** The current assignment (a live view: copy it to keep it). */
  int[] mentorOf() {
    return mentorOf;
  }

  /** The score of the current assignment. */
  Score score() {
    return Score.of(hard, medium, soft);
  }

  /**
   * Passes of improving moves (and swaps when {@code swaps}) until a pass finds none, {@code
   * maxPasses} passes ran, or {@code stop} answers true (checked every 256 mentees).
   *
   * @return whether the score rose
   */
  boolean improve(int maxPasses, boolean swaps, BooleanSupplier stop) {
    Score before = score();
    for (int pass = 0; pass < maxPasses; pass++) {
      boolean any = movePass(stop);
      if (swaps) {
        any |= swapPass(stop, false);
      }
      if (!any || stop.getAsBoolean()) {
        break;
      }
    }
    return score().compareTo(before) > 0;
  }

  /**
   * Rounds of a move pass, a swap pass over the rows' best entries and a {@link #flowPass} until
   * a round gains nothing; then a swap pass over whole rows, and more rounds while it gains, until
   * {@code stop} answers true, or, at the point where the whole-row pass would start, {@code
   * enough} does. Measured at L-spread from the search's matching: 664,690 to 669,505 in 3.7 s,
   * where moves and whole-row swaps alone reached 667,580 in 12.5 s.
   *
   * @return whether the score rose
   */
  boolean improveDeep(BooleanSupplier stop, BooleanSupplier enough) {
    Score before = score();
    while (!stop.getAsBoolean()) {
      // cheap passes first: under a short time limit on a large problem they gain the most
      boolean any = movePass(stop);
      any |= swapPass(stop, true);
      any |= flowPass(stop);
      if (!any && (stop.getAsBoolean() || enough.getAsBoolean() || !swapPass(stop, false))) {
        break;
      }
    }
    return score().compareTo(before) > 0;
  }

  private int link(int m, int r) {
    return links.of(el.menteeDepartment(m), el.mentorDepartment(r));
  }

  private boolean movePass(BooleanSupplier stop) {
    boolean any = false;
    for (int i = 0; i < n; i++) {
      if ((i & 255) == 0 && stop.getAsBoolean()) {
        return any;
      }
      int m = order[i];
      if (el.pinnedMentor(m) >= 0) {
        continue;
      }
      int r = mentorOf[m];
      long base;
      int from = -1;
      if (r >= 0) {
        from = link(m, r);
        base = -pairScore[m] + wl * (load[r] - 1);
      } else {
        base = 0;
      }
      int loss = 0;
      if (wt != 0 && r >= 0) {
        loss = topics.remove(topicCount, m, r); // undone below
        base -= wt * loss;
      }
      // no candidate gains more than its score plus these (loads and counts only cost); the
      // rows' best entries come in descending score, so the first that cannot win ends the search
      long ceiling = base + (from >= 0 ? ws * Math.max(0, count[from] - 1 - leastCount(el.menteeDepartment(m))) : 0)
          + wt * el.scoring().topicCount(m);
      found = false;
      bestDelta = 0;
      bestMentor = -1;
      bestScore = 0;
      boolean complete = false;
      for (int t = 0, len = tops.length(m); t < len; t++) {
        int k = tops.position(m, t);
        if ((found || r >= 0) && ceiling + el.scoreAt(k) <= bestDelta) {
          complete = true;
          break;
        }
        consider(m, r, from, base, k);
      }
      long rest = tops.restMax(m);
      if (!complete && rest != Long.MIN_VALUE && (!found && r < 0 || ceiling + rest > bestDelta)) {
        for (int k = el.start(m), end = el.end(m); k < end; k++) {
          consider(m, r, from, base, k);
        }
      }
      int best = bestMentor;
      if (wt != 0 && r >= 0) {
        topics.add(topicCount, m, r);
      }
      if (best >= 0) {
        move(m, best, bestScore);
        any = true;
      }
    }
    return any;
  }

  /**
   * The least pair count over the links out of mentee department {@code a} (0 with many
   * departments, where the scan would cost more than it saves): no move of a mentee of {@code a}
   * lands on a link with fewer pairs.
   */
  private long leastCount(int a) {
    int d = links.departments();
    if (d > 64) {
      return 0;
    }
    long least = Long.MAX_VALUE;
    for (int b = 0; b < d; b++) {
      int l = links.of(a, b);
      if (l >= 0) {
        least = Math.min(least, count[l]);
      }
    }
    return least == Long.MAX_VALUE ? 0 : least;
  }

  /** The best move of the mentee under consideration so far (scratch of {@link #movePass}). */
  private boolean found;
  private long bestDelta;
  private int bestMentor;
  private long bestScore;

  /**
   * Weighs moving mentee {@code m} (on {@code r}, link {@code from}, -1 when unmatched) to the
   * mentor at position {@code k}; {@code base} is the change of leaving {@code r}. A matched
   * mentee takes only improving moves; an unmatched one its best placement.
   */
  private void consider(int m, int r, int from, long base, int k) {
    int r2 = el.mentorAt(k);
    if (r2 == r || load[r2] >= el.capacity(r2)) {
      return;
    }
    long s = el.scoreAt(k);
    long delta = base + s - wl * load[r2];
    int to = links.of(el.menteeDepartment(m), el.mentorDepartment(r2));
    if (to != from) {
      delta -= ws * count[to];
      if (from >= 0) {
        delta += ws * (count[from] - 1);
      }
    }
    if (wt != 0) {
      delta += wt * topics.gain(topicCount, m, r2);
    }
    if (r < 0 ? !found || delta > bestDelta : delta > bestDelta) {
      found = true;
      bestDelta = delta;
      bestMentor = r2;
      bestScore = s;
    }
  }

  private void move(int m, int r2, long s2) {
    if (mentorOf[m] >= 0) {
      unassign(m);
    }
    assign(m, r2, s2);
  }

  /** Matches unmatched mentee {@code m} to {@code r2} (pair score {@code s2}), keeping the score up to date. */
  private void assign(int m, int r2, long s2) {
    if (wt != 0) {
      soft += wt * topics.add(topicCount, m, r2);
    }
    medium += el.priority(m);
    int l2 = link(m, r2);
    soft -= ws * count[l2];
    count[l2]++;
    soft -= wl * load[r2];
    soft += s2;
    pairScore[m] = s2;
    mentorOf[m] = r2;
    link(m, r2, true);
  }

  /**
   * One pass of {@link DepartmentFlow}: each mentee department in turn, its matched unpinned
   * mentees are re-assigned by a min-cost flow with everyone else kept, and the result is kept
   * when the score rises (the topic-target bonus, which the flow does not see, can make it fall).
   * Nothing happens while a capacity is exceeded.
   *
   * @return whether the score rose
   */
  boolean flowPass(BooleanSupplier stop) {
    if (hard < 0) {
      return false;
    }
    int d = links.departments();
    if (flow == null) {
      flow = new DepartmentFlow(el, Math.max(FLOW_MIN_PER_DEPARTMENT, FLOW_ARCS / d));
      deptStart = new int[d + 1];
      deptMentees = new int[n];
      for (int m = 0; m < n; m++) {
        deptStart[el.menteeDepartment(m) + 1]++;
      }
      for (int a = 0; a < d; a++) {
        deptStart[a + 1] += deptStart[a];
      }
      int[] fill = Arrays.copyOf(deptStart, d);
      for (int m : order) {
        deptMentees[fill[el.menteeDepartment(m)]++] = m;
      }
    }
    flowPasses++;
    boolean any = false;
    long[] onLink = new long[d];
    int[] block = new int[n];
    int[] result = new int[n];
    int[] old = new int[n];
    int[] movable = new int[n];
    for (int a = 0; a < d && !stop.getAsBoolean(); a++) {
      int all = 0;
      for (int p = deptStart[a]; p < deptStart[a + 1]; p++) {
        int m = deptMentees[p];
        if (el.pinnedMentor(m) < 0 && mentorOf[m] >= 0) {
          movable[all++] = m;
        }
      }
      // a large department goes in blocks of at most FLOW_BLOCK, starting elsewhere each pass
      int blocks = (all + FLOW_BLOCK - 1) / FLOW_BLOCK;
      int shift = all == 0 ? 0 : (int) ((long) flowPasses * FLOW_BLOCK / 2 % all);
      for (int c = 0; c < blocks && !stop.getAsBoolean(); c++) {
        int size = 0;
        for (int i = c * all / blocks, end = (c + 1) * all / blocks; i < end; i++) {
          block[size++] = movable[(i + shift) % all];
        }
        any |= flowBlock(a, block, size, onLink, result, old, stop);
      }
    }
    return any;
  }

  /** Re-assigns one block of department {@code a} by the flow; keeps the result when it scores more. */
  private boolean flowBlock(int a, int[] block, int size, long[] onLink, int[] result, int[] old, BooleanSupplier stop) {
    for (int b = 0; b < onLink.length; b++) {
      int l = links.of(a, b);
      onLink[b] = l >= 0 ? count[l] : 0;
    }
    if (size == 0 || !flow.solve(block, size, mentorOf, load, onLink, result, stop)) {
      return false;
    }
    Score before = score();
    int changed = 0;
    for (int i = 0; i < size; i++) {
      int m = block[i];
      if (el.mentorAt(result[i]) != mentorOf[m]) {
        old[changed] = el.position(m, mentorOf[m]);
        block[changed] = m;
        result[changed++] = result[i];
      }
    }
    if (changed == 0) {
      return false;
    }
    reassign(block, changed, result);
    if (score().compareTo(before) > 0) {
      return true;
    }
    reassign(block, changed, old);
    return false;
  }

  /** Each arc budget of the flow: about this many candidate mentors per block mentee. */
  private static final int FLOW_ARCS = 128;
  private static final int FLOW_MIN_PER_DEPARTMENT = 2;
  /**
   * The most mentees in one flow: a block of {@code f} costs {@code f} shortest paths over about
   * {@code 128 f} arcs, so a department of thousands (a problem with one department) would cost
   * far more than its gain; larger departments go in blocks, the rest of the department counting
   * as pairs from outside.
   */
  private static final int FLOW_BLOCK = 256;
  private int flowPasses;
  private DepartmentFlow flow;
  private int[] deptStart;
  private int[] deptMentees;

  /** Moves {@code mentees[0..size)} to the pairs at {@code positions}: all leave, then all arrive. */
  private void reassign(int[] mentees, int size, int[] positions) {
    for (int i = 0; i < size; i++) {
      unassign(mentees[i]);
    }
    for (int i = 0; i < size; i++) {
      assign(mentees[i], el.mentorAt(positions[i]), el.scoreAt(positions[i]));
    }
  }

  /** Unmatches matched mentee {@code m}, keeping the score up to date. */
  private void unassign(int m) {
    int r = mentorOf[m];
    if (wt != 0) {
      soft -= wt * topics.remove(topicCount, m, r);
    }
    soft -= pairScore[m];
    soft += wl * (load[r] - 1);
    int l = link(m, r);
    count[l]--;
    soft += ws * count[l];
    unlink(m, r);
    medium -= el.priority(m);
    mentorOf[m] = -1;
    pairScore[m] = 0;
  }

  /**
   * One pass of swaps: each mentee in turn takes the best improving exchange of mentors with
   * another mentee; {@code quick} reads only the row's best entries ({@link RowTops}) instead of
   * the whole row.
   */
  private boolean swapPass(BooleanSupplier stop, boolean quick) {
    boolean any = false;
    for (int i = 0; i < n; i++) {
      if ((i & 255) == 0 && stop.getAsBoolean()) {
        return any;
      }
      int m1 = order[i];
      int r1 = mentorOf[m1];
      if (r1 < 0 || el.pinnedMentor(m1) >= 0) {
        continue;
      }
      long bestDelta = 0;
      int bestM2 = -1;
      long bestS1 = 0;
      long bestS2 = 0;
      int start = el.start(m1);
      int len = quick ? tops.length(m1) : el.end(m1) - start;
      for (int t = 0; t < len; t++) {
        int k = quick ? tops.position(m1, t) : start + t;
        int r2 = el.mentorAt(k);
        if (r2 == r1) {
          continue;
        }
        for (int m2 = head[r2]; m2 >= 0; m2 = next[m2]) {
          if (el.pinnedMentor(m2) >= 0) {
            continue;
          }
          int k2 = el.position(m2, r1);
          if (k2 < 0) {
            continue;
          }
          long s1 = el.scoreAt(k);
          long s2 = el.scoreAt(k2);
          long delta = s1 + s2 - pairScore[m1] - pairScore[m2] - ws * swapSpread(m1, r1, m2, r2);
          if (wt != 0) {
            delta += wt * swapTopics(m1, r1, m2, r2, false);
          }
          if (delta > bestDelta) {
            bestDelta = delta;
            bestM2 = m2;
            bestS1 = s1;
            bestS2 = s2;
          }
        }
      }
      if (bestM2 >= 0) {
        int r2 = mentorOf[bestM2];
        applySwap(m1, r1, bestS1, bestM2, r2, bestS2, bestDelta);
        any = true;
      }
    }
    return any;
  }

  /** The change of {@code sum k(k-1)/2} over links when m1 (on r1) and m2 (on r2) swap mentors. */
  private long swapSpread(int m1, int r1, int m2, int r2) {
    if (el.menteeDepartment(m1) == el.menteeDepartment(m2) || el.mentorDepartment(r1) == el.mentorDepartment(r2)) {
      return 0;
    }
    int l1 = link(m1, r1);
    int l2 = link(m2, r2);
    int l1b = link(m1, r2);
    int l2b = link(m2, r1);
    long d = 0;
    d -= --count[l1];
    d -= --count[l2];
    d += count[l1b]++;
    d += count[l2b]++;
    count[l1]++;
    count[l2]++;
    count[l1b]--;
    count[l2b]--;
    return d;
  }

  /**
   * The change of the counted topic-target pairs when m1 (on r1) and m2 (on r2) swap mentors;
   * the counts are left swapped when {@code keep}, else restored.
   */
  private long swapTopics(int m1, int r1, int m2, int r2, boolean keep) {
    long d = -topics.remove(topicCount, m1, r1) - topics.remove(topicCount, m2, r2);
    d += topics.add(topicCount, m1, r2) + topics.add(topicCount, m2, r1);
    if (!keep) {
      topics.remove(topicCount, m1, r2);
      topics.remove(topicCount, m2, r1);
      topics.add(topicCount, m1, r1);
      topics.add(topicCount, m2, r2);
    }
    return d;
  }

  private void applySwap(int m1, int r1, long s1, int m2, int r2, long s2, long delta) {
    if (wt != 0) {
      swapTopics(m1, r1, m2, r2, true);
    }
    count[link(m1, r1)]--;
    count[link(m2, r2)]--;
    unlink(m1, r1);
    unlink(m2, r2);
    mentorOf[m1] = r2;
    mentorOf[m2] = r1;
    pairScore[m1] = s1;
    pairScore[m2] = s2;
    count[link(m1, r2)]++;
    count[link(m2, r1)]++;
    link(m1, r2, true);
    link(m2, r1, true);
    soft += delta;
  }

  private void link(int m, int r, boolean countLoad) {
    prev[m] = -1;
    next[m] = head[r];
    if (head[r] >= 0) {
      prev[head[r]] = m;
    }
    head[r] = m;
    if (countLoad) {
      load[r]++;
    }
  }

  private void unlink(int m, int r) {
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
}
