package dev.tandem.benchmarks.peers;

import dev.tandem.core.rules.Eligibility;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The linear part of the objective as a weighted bipartite problem that every peer can read: for
 * each free (not pinned) mentee its eligible mentors with the weight
 * {@code bigM * priority(m) + pairScore(m, r)}, each mentor with its remaining capacity and the
 * load it already carries from pinned pairs, and the marginal load penalty
 * {@code mentorLoadWeight * (load before adding)} per extra mentee.
 *
 * <p>Guarantee: {@code bigM} exceeds twice the largest possible total of pair scores and load
 * penalties, so maximising the total weight first maximises the matched priority (the medium
 * level) and then the soft level without the department spread term: an optimal peer solution is
 * optimal for the whole score whenever {@code departmentSpreadWeight == 0}. Expanding mentor
 * {@code r} into {@code capacity(r)} slots, slot {@code k} (0-based) of {@code r} weighs
 * {@code weight - loadWeight * (baseLoad(r) + k)}: the slot cost matrix of the assignment peers.
 *
 * <p>File format (big-endian, {@link DataOutputStream}): ints {@code n, mentors, edges}; longs
 * {@code bigM, loadWeight, spreadWeight}; then int arrays {@code capacity[mentors]},
 * {@code baseLoad[mentors]}, {@code menteeDepartment[n]}, {@code mentorDepartment[mentors]},
 * {@code priority[n]}, {@code pinned[n]} (mentor index or -1), {@code rowStart[n + 1]}, {@code mentor[edges]}; then long arrays
 * {@code weight[edges]} and {@code pairScore[edges]}.
 */
public record PeerModel(
    int menteeCount,
    int mentorCount,
    long bigM,
    long loadWeight,
    long spreadWeight,
    int[] capacity,
    int[] baseLoad,
    int[] menteeDepartment,
    int[] mentorDepartment,
    int[] priority,
    int[] pinned,
    int[] rowStart,
    int[] mentor,
    long[] weight,
    long[] pairScore) {

  /** The model of an eligibility structure; pinned mentees get no edges and use up capacity. */
  public static PeerModel of(Eligibility e) {
    int n = e.menteeCount();
    int r = e.mentorCount();
    var weights = e.problem().policy().weights();
    int[] capacity = new int[r];
    int[] baseLoad = new int[r];
    for (int j = 0; j < r; j++) {
      capacity[j] = e.capacity(j);
    }
    for (int m = 0; m < n; m++) {
      int p = e.pinnedMentor(m);
      if (p >= 0) {
        baseLoad[p]++;
        capacity[p] = Math.max(0, capacity[p] - 1);
      }
    }
    int[] rowStart = new int[n + 1];
    for (int m = 0; m < n; m++) {
      rowStart[m + 1] = rowStart[m] + (e.pinnedMentor(m) >= 0 ? 0 : e.eligibleCount(m));
    }
    int edges = rowStart[n];
    int[] mentor = new int[edges];
    long[] score = new long[edges];
    long bound = 0;
    int maxCapacity = 0;
    for (int j = 0; j < r; j++) {
      maxCapacity = Math.max(maxCapacity, e.capacity(j));
    }
    long loadBound = weights.mentorLoadWeight() * (long) maxCapacity;
    int[] menteeDept = new int[n];
    int[] priority = new int[n];
    int[] pinned = new int[n];
    for (int m = 0; m < n; m++) {
      menteeDept[m] = e.menteeDepartment(m);
      priority[m] = e.priority(m);
      pinned[m] = e.pinnedMentor(m);
      if (e.pinnedMentor(m) >= 0) {
        continue;
      }
      long rowMax = 0;
      int k = rowStart[m];
      for (int pos = e.start(m); pos < e.end(m); pos++, k++) {
        mentor[k] = e.mentorAt(pos);
        score[k] = e.scoreAt(pos);
        rowMax = Math.max(rowMax, Math.abs(score[k]));
      }
      bound += rowMax + loadBound;
    }
    long spreadBound = weights.departmentSpreadWeight() * (long) n * n / 2;
    long bigM = 2 * (bound + spreadBound) + 1;
    long[] weight = new long[edges];
    for (int m = 0; m < n; m++) {
      for (int k = rowStart[m]; k < rowStart[m + 1]; k++) {
        weight[k] = bigM * priority[m] + score[k];
      }
    }
    int[] mentorDept = new int[r];
    for (int j = 0; j < r; j++) {
      mentorDept[j] = e.mentorDepartment(j);
    }
    return new PeerModel(n, r, bigM, weights.mentorLoadWeight(), weights.departmentSpreadWeight(),
        capacity, baseLoad, menteeDept, mentorDept, priority, pinned, rowStart, mentor, weight, score);
  }

  public int edgeCount() {
    return rowStart[menteeCount];
  }

  /** The number of slots of the slot expansion (the sum of remaining capacities). */
  public long slotCount() {
    long s = 0;
    for (int c : capacity) {
      s += c;
    }
    return s;
  }

  /** The first slot of each mentor in the slot expansion ({@code mentors + 1} entries). */
  public int[] slotStart() {
    int[] start = new int[mentorCount + 1];
    for (int j = 0; j < mentorCount; j++) {
      start[j + 1] = start[j] + capacity[j];
    }
    return start;
  }

  /** The weight of giving mentee edge {@code k} the {@code slot}-th (0-based) free place of its mentor. */
  public long slotWeight(int edge, int slot) {
    return weight[edge] - loadWeight * (baseLoad[mentor[edge]] + slot);
  }

  public void write(Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(menteeCount);
      out.writeInt(mentorCount);
      out.writeInt(edgeCount());
      out.writeLong(bigM);
      out.writeLong(loadWeight);
      out.writeLong(spreadWeight);
      for (int[] a : new int[][] {capacity, baseLoad, menteeDepartment, mentorDepartment, priority, pinned, rowStart, mentor}) {
        for (int v : a) {
          out.writeInt(v);
        }
      }
      for (long[] a : new long[][] {weight, pairScore}) {
        for (long v : a) {
          out.writeLong(v);
        }
      }
    }
  }

  public static PeerModel read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      int n = in.readInt();
      int r = in.readInt();
      int edges = in.readInt();
      long bigM = in.readLong();
      long load = in.readLong();
      long spread = in.readLong();
      int[] capacity = readInts(in, r);
      int[] baseLoad = readInts(in, r);
      int[] menteeDept = readInts(in, n);
      int[] mentorDept = readInts(in, r);
      int[] priority = readInts(in, n);
      int[] pinned = readInts(in, n);
      int[] rowStart = readInts(in, n + 1);
      int[] mentor = readInts(in, edges);
      long[] weight = readLongs(in, edges);
      long[] score = readLongs(in, edges);
      return new PeerModel(n, r, bigM, load, spread, capacity, baseLoad, menteeDept, mentorDept, priority,
          pinned, rowStart, mentor, weight, score);
    }
  }

  private static int[] readInts(DataInputStream in, int size) throws IOException {
    int[] a = new int[size];
    for (int i = 0; i < size; i++) {
      a[i] = in.readInt();
    }
    return a;
  }

  private static long[] readLongs(DataInputStream in, int size) throws IOException {
    long[] a = new long[size];
    for (int i = 0; i < size; i++) {
      a[i] = in.readLong();
    }
    return a;
  }
}
