package dev.tandem.core.bound;

import dev.tandem.core.rules.Eligibility;
import java.util.Arrays;

/**
 * The best re-assignment of the matched mentees of one mentee department, everyone else staying
 * where they are: a min-cost flow, solved exactly on a restricted set of mentors.
 *
 * <p>Why a flow: the department links {@code (a, b)} of mentee department {@code a} carry pairs
 * of {@code a}'s mentees only, and every mentor belongs to one department. So a pair {@code
 * (i, j)} of the block is a path {@code source -> i -> j -> dept(j) -> sink} whose arcs carry, in
 * turn, nothing, the pair's score, the mentor's load penalty and the link's spread penalty, and
 * both penalties are convex in the flow through their arc ({@code wl (L + t - 1)} for the
 * {@code t}-th block pair on a mentor with {@code L} other pairs, {@code ws (P + t - 1)} on a link
 * with {@code P} pairs from outside the block). Successive shortest paths (Dijkstra with
 * potentials, one unit per path) then give the min-cost flow of every value (Ahuja, Magnanti and
 * Orlin 1993, "Network Flows", ch. 9 and 14 for convex arc costs as unit arcs of rising cost);
 * with several mentee departments the flow would have to remember which department a mentor's
 * pair belongs to, which no single-commodity flow can.
 *
 * <p>The restriction: each mentee may take its present mentor and the {@code t} best mentors of
 * each mentor department, ranked by score minus the first load penalty among mentors with a free
 * seat. The present assignment is thus always a feasible flow, and the result never scores less.
 *
 * <p>Complexity: {@code O(row)} per block mentee to build its arcs, then {@code f} shortest paths
 * of {@code O(A log A)} for {@code f} block mentees and {@code A <= f (D t + 1)} arcs.
 */
final class DepartmentFlow {
  private static final long INF = Long.MAX_VALUE / 4;

  private final Eligibility el;
  private final int d;
  private final int perDepartment;
  private final long wl;
  private final long ws;

  // mentors of the current block, by local index
  private final int[] localOf;
  private int stampBlock;
  private final int[] stampOf;
  private int[] global = new int[64];
  private long[] other = new long[64];
  private long[] seats = new long[64];
  private long[] flow = new long[64];
  private int[] firstMentee = new int[64];

  // per-department ranking scratch of one row
  private final int[] topPos;
  private final long[] topKey;
  private final int[] topCount;
  private final int[] topStamp;

  // arcs of the block mentees (CSR)
  private int[] arcStart = new int[65];
  private int[] arcMentor = new int[256];
  private long[] arcCost = new long[256];
  private int[] arcPos = new int[256];

  // block state
  private int f;
  private int[] assigned = new int[64];
  private int[] assignedArc = new int[64];
  private int[] nextMentee = new int[64];
  private final long[] linkBase;
  private final long[] linkFlow;
  private final int[] usedHead;
  private int[] usedNext = new int[64];

  // shortest paths
  private long[] pi = new long[128];
  private long[] dist = new long[128];
  private int[] parent = new int[128];
  private boolean[] done = new boolean[128];
  private int[] path = new int[128];
  private long[] heapKey = new long[256];
  private int[] heapNode = new int[256];
  private int heapSize;
  private int sinkNode;

  DepartmentFlow(Eligibility el, int perDepartment) {
    this.el = el;
    this.d = Math.max(1, el.departments().size());
    this.perDepartment = perDepartment;
    var w = el.problem().policy().weights();
    this.wl = w.mentorLoadWeight();
    this.ws = w.departmentSpreadWeight();
    localOf = new int[el.mentorCount()];
    stampOf = new int[el.mentorCount()];
    Arrays.fill(stampOf, -1);
    topPos = new int[d * perDepartment];
    topKey = new long[d * perDepartment];
    topCount = new int[d];
    topStamp = new int[d];
    Arrays.fill(topStamp, -1);
    linkBase = new long[d];
    linkFlow = new long[d];
    usedHead = new int[d];
  }

  /**
   * Re-assigns the block {@code mentees[0..size)} (unpinned, matched, all of one mentee
   * department) optimally within the restriction.
   *
   * @param mentorOf every mentee's mentor; the block's entries are read and, when the result is
   *     returned, not changed
   * @param load every mentor's load, the block's pairs included
   * @param onLink for each mentor department {@code b}, the pairs on the link from the block's
   *     department to {@code b}, the block's pairs included
   * @param result receives the position ({@link Eligibility#mentorAt}) of the new pair of each
   *     block mentee, in the order of {@code mentees}
   * @return whether a new assignment of all of them was found (false if no feasible flow exists,
   *     which cannot happen when the present assignment respects the capacities)
   */
  boolean solve(int[] mentees, int size, int[] mentorOf, int[] load, long[] onLink, int[] result) {
    return solve(mentees, size, mentorOf, load, onLink, result, () -> false);
  }

  /** As above, polling {@code stop} before each shortest path; false when it answered true. */
  boolean solve(int[] mentees, int size, int[] mentorOf, int[] load, long[] onLink, int[] result, java.util.function.BooleanSupplier stop) {
    f = size;
    stampBlock++;
    int nm = 0;
    ensureBlock(size);
    for (int b = 0; b < d; b++) {
      linkBase[b] = onLink[b];
      linkFlow[b] = 0;
      usedHead[b] = -1;
    }
    // the block's own pairs: local mentors of the present mentors, other load = load - block load
    for (int i = 0; i < size; i++) {
      int r = mentorOf[mentees[i]];
      nm = local(r, load, nm);
      other[localOf[r]]--;
      linkBase[el.mentorDepartment(r)]--;
    }
    // arcs: the present mentor and the best few of each department with a free seat
    int arcs = 0;
    for (int i = 0; i < size; i++) {
      int m = mentees[i];
      int present = mentorOf[m];
      arcStart[i] = arcs;
      for (int k = el.start(m), end = el.end(m); k < end; k++) {
        int r = el.mentorAt(k);
        if (r == present) {
          continue;
        }
        long otherLoad = stampOf[r] == stampBlock ? other[localOf[r]] : load[r];
        if (el.capacity(r) - otherLoad < 1) {
          continue;
        }
        offer(m, el.mentorDepartment(r), k, el.scoreAt(k) - wl * otherLoad);
      }
      int need = arcs + d * perDepartment + 1;
      ensureArcs(need);
      arcPos[arcs] = el.position(m, present);
      arcMentor[arcs++] = localOf[present];
      for (int b = 0; b < d; b++) {
        if (topStamp[b] != m) {
          continue;
        }
        for (int t = 0; t < topCount[b]; t++) {
          int k = topPos[b * perDepartment + t];
          nm = local(el.mentorAt(k), load, nm);
          arcPos[arcs] = k;
          arcMentor[arcs++] = localOf[el.mentorAt(k)];
        }
        topStamp[b] = -1;
      }
      long top = Long.MIN_VALUE;
      for (int a = arcStart[i]; a < arcs; a++) {
        top = Math.max(top, el.scoreAt(arcPos[a]));
      }
      for (int a = arcStart[i]; a < arcs; a++) {
        arcCost[a] = top - el.scoreAt(arcPos[a]);
      }
    }
    arcStart[size] = arcs;
    for (int j = 0; j < nm; j++) {
      seats[j] = el.capacity(global[j]) - other[j];
      flow[j] = 0;
      firstMentee[j] = -1;
    }
    for (int i = 0; i < size; i++) {
      assigned[i] = -1;
    }
    int nodes = size + nm + d + 2;
    ensureNodes(nodes);
    Arrays.fill(pi, 0, nodes, 0);
    for (int unit = 0; unit < size; unit++) {
      if (stop.getAsBoolean() || !shortestPath(nm)) {
        return false;
      }
    }
    for (int i = 0; i < size; i++) {
      result[i] = arcPos[assignedArc[i]];
    }
    return true;
  }

  /** The local index of mentor {@code r}, adding it with its full load as "other" load. */
  private int local(int r, int[] load, int nm) {
    if (stampOf[r] == stampBlock) {
      return nm;
    }
    if (nm == global.length) {
      int n = nm * 2;
      global = Arrays.copyOf(global, n);
      other = Arrays.copyOf(other, n);
      seats = Arrays.copyOf(seats, n);
      flow = Arrays.copyOf(flow, n);
      firstMentee = Arrays.copyOf(firstMentee, n);
    }
    stampOf[r] = stampBlock;
    localOf[r] = nm;
    global[nm] = r;
    other[nm] = load[r];
    return nm + 1;
  }

  /** Keeps position {@code k} among the best {@code t} of its department for mentee {@code m}. */
  private void offer(int m, int b, int k, long key) {
    int base = b * perDepartment;
    if (topStamp[b] != m) {
      topStamp[b] = m;
      topCount[b] = 0;
    }
    int c = topCount[b];
    if (c < perDepartment) {
      topPos[base + c] = k;
      topKey[base + c] = key;
      topCount[b] = c + 1;
      return;
    }
    int worst = base;
    for (int t = base + 1; t < base + c; t++) {
      if (topKey[t] < topKey[worst]) {
        worst = t;
      }
    }
    if (key > topKey[worst]) {
      topPos[worst] = k;
      topKey[worst] = key;
    }
  }

  // node numbering: mentees [0, f), mentors [f, f + nm), departments [f + nm, f + nm + d), sink, source
  /** One shortest augmenting path from the source to the sink, applied; false when none exists. */
  private boolean shortestPath(int nm) {
    int mentorBase = f;
    int deptBase = f + nm;
    int sink = deptBase + d;
    sinkNode = sink;
    int source = sink + 1;
    int nodes = source + 1;
    Arrays.fill(dist, 0, nodes, INF);
    Arrays.fill(done, 0, nodes, false);
    heapSize = 0;
    dist[source] = 0;
    parent[source] = -1;
    push(0, source);
    while (heapSize > 0) {
      long du = heapKey[0];
      int u = pop();
      if (done[u] || du > dist[u]) {
        continue;
      }
      done[u] = true;
      if (u == sink) {
        break;
      }
      if (u == source) {
        for (int i = 0; i < f; i++) {
          if (assigned[i] < 0) {
            relax(u, i, pi[u] - pi[i], du);
          }
        }
      } else if (u < mentorBase) {
        int i = u;
        for (int a = arcStart[i]; a < arcStart[i + 1]; a++) {
          if (a != assignedArc[i] || assigned[i] < 0) {
            int v = mentorBase + arcMentor[a];
            relax(u, v, arcCost[a] + pi[u] - pi[v], du);
          }
        }
      } else if (u < deptBase) {
        int j = u - mentorBase;
        int b = el.mentorDepartment(global[j]);
        if (flow[j] < seats[j]) {
          int v = deptBase + b;
          relax(u, v, wl * (other[j] + flow[j]) + pi[u] - pi[v], du);
        }
        for (int i = firstMentee[j]; i >= 0; i = nextMentee[i]) {
          relax(u, i, -arcCost[assignedArc[i]] + pi[u] - pi[i], du);
        }
      } else {
        int b = u - deptBase;
        relax(u, sink, ws * (linkBase[b] + linkFlow[b]) + pi[u] - pi[sink], du);
        for (int j = usedHead[b]; j >= 0; j = usedNext[j]) {
          int v = mentorBase + j;
          relax(u, v, -wl * (other[j] + flow[j] - 1) + pi[u] - pi[v], du);
        }
      }
    }
    if (dist[sink] >= INF) {
      return false;
    }
    long dt = dist[sink];
    for (int v = 0; v < nodes; v++) {
      pi[v] += done[v] && dist[v] < dt ? dist[v] : dt;
    }
    augment(sink, source, mentorBase, deptBase);
    return true;
  }

  private void relax(int u, int v, long reduced, long du) {
    long nd = du + reduced;
    // reduced costs are non-negative: a node no nearer than the sink's best path cannot shorten it
    if (nd < dist[v] && nd < dist[sinkNode]) {
      dist[v] = nd;
      parent[v] = u;
      push(nd, v);
    }
  }

  /** Applies the path ending at the sink, one unit, from the source forward. */
  private void augment(int sink, int source, int mentorBase, int deptBase) {
    int len = 0;
    for (int v = sink; v != source; v = parent[v]) {
      path[len++] = v;
    }
    int u = source;
    for (int p = len - 1; p >= 0; p--) {
      int v = path[p];
      if (v == sink) {
        linkFlow[u - deptBase]++;
      } else if (u < mentorBase && v >= mentorBase && v < deptBase) {
        // mentee u takes mentor v
        int j = v - mentorBase;
        int a = arcStart[u];
        while (arcMentor[a] != j) {
          a++;
        }
        assigned[u] = j;
        assignedArc[u] = a;
        nextMentee[u] = firstMentee[j];
        firstMentee[j] = u;
      } else if (u >= mentorBase && u < deptBase && v < mentorBase) {
        // mentee v leaves mentor u
        removeMentee(u - mentorBase, v);
        assigned[v] = -1;
      } else if (u >= mentorBase && u < deptBase && v >= deptBase) {
        int j = u - mentorBase;
        if (flow[j]++ == 0) {
          int b = v - deptBase;
          usedNext[j] = usedHead[b];
          usedHead[b] = j;
        }
      } else if (u >= deptBase && v >= mentorBase && v < deptBase) {
        int j = v - mentorBase;
        if (--flow[j] == 0) {
          removeUsed(u - deptBase, j);
        }
      }
      u = v;
    }
  }

  private void removeMentee(int j, int i) {
    if (firstMentee[j] == i) {
      firstMentee[j] = nextMentee[i];
      return;
    }
    int p = firstMentee[j];
    while (nextMentee[p] != i) {
      p = nextMentee[p];
    }
    nextMentee[p] = nextMentee[i];
  }

  private void removeUsed(int b, int j) {
    if (usedHead[b] == j) {
      usedHead[b] = usedNext[j];
      return;
    }
    int p = usedHead[b];
    while (usedNext[p] != j) {
      p = usedNext[p];
    }
    usedNext[p] = usedNext[j];
  }

  private void push(long key, int node) {
    if (heapSize == heapKey.length) {
      heapKey = Arrays.copyOf(heapKey, heapSize * 2);
      heapNode = Arrays.copyOf(heapNode, heapSize * 2);
    }
    int c = heapSize++;
    while (c > 0) {
      int p = (c - 1) >> 1;
      if (heapKey[p] <= key) {
        break;
      }
      heapKey[c] = heapKey[p];
      heapNode[c] = heapNode[p];
      c = p;
    }
    heapKey[c] = key;
    heapNode[c] = node;
  }

  private int pop() {
    int top = heapNode[0];
    long key = heapKey[--heapSize];
    int node = heapNode[heapSize];
    int c = 0;
    while (true) {
      int l = 2 * c + 1;
      if (l >= heapSize) {
        break;
      }
      int r = l + 1;
      int s = r < heapSize && heapKey[r] < heapKey[l] ? r : l;
      if (heapKey[s] >= key) {
        break;
      }
      heapKey[c] = heapKey[s];
      heapNode[c] = heapNode[s];
      c = s;
    }
    heapKey[c] = key;
    heapNode[c] = node;
    return top;
  }

  private void ensureBlock(int size) {
    if (assigned.length < size) {
      int n = Math.max(size, assigned.length * 2);
      assigned = new int[n];
      assignedArc = new int[n];
      nextMentee = new int[n];
      arcStart = new int[n + 1];
    }
  }

  private void ensureArcs(int need) {
    if (arcMentor.length < need) {
      int n = Math.max(need, arcMentor.length * 2);
      arcMentor = Arrays.copyOf(arcMentor, n);
      arcCost = Arrays.copyOf(arcCost, n);
      arcPos = Arrays.copyOf(arcPos, n);
    }
  }

  private void ensureNodes(int nodes) {
    if (pi.length < nodes) {
      int n = Math.max(nodes, pi.length * 2);
      pi = new long[n];
      dist = new long[n];
      parent = new int[n];
      done = new boolean[n];
      path = new int[n];
    }
    if (usedNext.length < global.length) {
      usedNext = new int[global.length];
    }
  }
}
