package dev.tandem.benchmarks.peers;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The entry point of the child JVM that runs a JVM peer on a {@link PeerModel} file, so that the
 * harness can enforce a time limit on libraries that cannot be interrupted (and keep their memory
 * apart): {@code PeerMain jgrapht|ortools-mcf|ortools-cpsat MODEL RESULT SECONDS}.
 *
 * <p>Writes {@code RESULT}: line 1 {@code solveMillis peakRssKilobytes status}, then one line per
 * mentee with its mentor index or -1. The solve time excludes JVM start, native library loading
 * and reading the model.
 */
public final class PeerMain {
  private PeerMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: PeerMain jgrapht|ortools-mcf|ortools-cpsat MODEL RESULT SECONDS");
      System.exit(2);
    }
    PeerModel model = PeerModel.read(Path.of(args[1]));
    double seconds = Double.parseDouble(args[3]);
    if (args[0].startsWith("ortools")) {
      Loader.loadNativeLibraries();
    }
    long start = System.nanoTime();
    int[] mentorOf = new int[model.menteeCount()];
    Arrays.fill(mentorOf, -1);
    String status;
    switch (args[0]) {
      case "jgrapht" -> status = jgrapht(model, mentorOf);
      case "ortools-mcf" -> status = minCostFlow(model, mentorOf);
      case "ortools-cpsat" -> status = cpSat(model, mentorOf, seconds);
      default -> throw new IllegalArgumentException("unknown peer \"" + args[0] + "\"");
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    StringBuilder out = new StringBuilder();
    out.append(millis).append(' ').append(peakRssKilobytes()).append(' ').append(status).append('\n');
    for (int m : mentorOf) {
      out.append(m).append('\n');
    }
    Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
  }

  /** JGraphT's maximum weight bipartite matching on the slot expansion. */
  static String jgrapht(PeerModel model, int[] mentorOf) {
    int n = model.menteeCount();
    int[] slotStart = model.slotStart();
    int slots = slotStart[model.mentorCount()];
    SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    java.util.Set<Integer> left = new java.util.HashSet<>();
    java.util.Set<Integer> right = new java.util.HashSet<>();
    for (int m = 0; m < n; m++) {
      g.addVertex(m);
      left.add(m);
    }
    for (int s = 0; s < slots; s++) {
      g.addVertex(n + s);
      right.add(n + s);
    }
    for (int m = 0; m < n; m++) {
      for (int k = model.rowStart()[m]; k < model.rowStart()[m + 1]; k++) {
        int r = model.mentor()[k];
        for (int s = 0; s < model.capacity()[r]; s++) {
          DefaultWeightedEdge e = g.addEdge(m, n + slotStart[r] + s);
          g.setEdgeWeight(e, model.slotWeight(k, s));
        }
      }
    }
    var matching = new MaximumWeightBipartiteMatching<>(g, left, right).getMatching();
    int[] slotMentor = slotMentors(slotStart, slots);
    for (DefaultWeightedEdge e : matching.getEdges()) {
      int a = g.getEdgeSource(e);
      int b = g.getEdgeTarget(e);
      int m = Math.min(a, b);
      int s = Math.max(a, b) - n;
      mentorOf[m] = slotMentor[s];
    }
    return "optimal";
  }

  /** OR-Tools min-cost flow: source → mentee → mentor → sink with convex load arcs, plus a bypass. */
  static String minCostFlow(PeerModel model, int[] mentorOf) {
    int n = model.menteeCount();
    int r = model.mentorCount();
    int source = 0;
    int sink = n + r + 1;
    MinCostFlow flow = new MinCostFlow();
    for (int m = 0; m < n; m++) {
      flow.addArcWithCapacityAndUnitCost(source, 1 + m, 1, 0);
    }
    int firstPairArc = n;
    for (int m = 0; m < n; m++) {
      for (int k = model.rowStart()[m]; k < model.rowStart()[m + 1]; k++) {
        flow.addArcWithCapacityAndUnitCost(1 + m, 1 + n + model.mentor()[k], 1, -model.weight()[k]);
      }
    }
    for (int j = 0; j < r; j++) {
      for (int s = 0; s < model.capacity()[j]; s++) {
        flow.addArcWithCapacityAndUnitCost(1 + n + j, sink, 1, model.loadWeight() * (model.baseLoad()[j] + s));
      }
    }
    flow.addArcWithCapacityAndUnitCost(source, sink, n, 0);
    flow.setNodeSupply(source, n);
    flow.setNodeSupply(sink, -n);
    MinCostFlowBase.Status status = flow.solve();
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      return "failed-" + status;
    }
    int arc = firstPairArc;
    for (int m = 0; m < n; m++) {
      for (int k = model.rowStart()[m]; k < model.rowStart()[m + 1]; k++, arc++) {
        if (flow.getFlow(arc) > 0) {
          mentorOf[m] = model.mentor()[k];
        }
      }
    }
    return "optimal";
  }

  /**
   * OR-Tools CP-SAT on the whole objective including the department spread term: one Boolean per
   * eligible pair, the convex load penalty as an element constraint, each department link's
   * {@code k(k-1)/2} through a product constraint. The objective is doubled to stay integral.
   */
  static String cpSat(PeerModel model, int[] mentorOf, double seconds) {
    int n = model.menteeCount();
    int r = model.mentorCount();
    CpModel cp = new CpModel();
    BoolVar[] x = new BoolVar[model.edgeCount()];
    LinearExprBuilder objective = LinearExpr.newBuilder();
    List<List<BoolVar>> byMentor = new ArrayList<>();
    for (int j = 0; j < r; j++) {
      byMentor.add(new ArrayList<>());
    }
    Map<Long, List<BoolVar>> byLink = new HashMap<>();
    Map<Long, Integer> pinnedLinks = new HashMap<>();
    for (int m = 0; m < n; m++) {
      if (model.pinned()[m] >= 0) {
        pinnedLinks.merge(link(model, m, model.pinned()[m]), 1, Integer::sum);
      }
    }
    for (int m = 0; m < n; m++) {
      List<BoolVar> row = new ArrayList<>();
      for (int k = model.rowStart()[m]; k < model.rowStart()[m + 1]; k++) {
        x[k] = cp.newBoolVar("x" + k);
        row.add(x[k]);
        byMentor.get(model.mentor()[k]).add(x[k]);
        objective.addTerm(x[k], 2 * model.weight()[k]);
        if (model.spreadWeight() > 0) {
          byLink.computeIfAbsent(link(model, m, model.mentor()[k]), l -> new ArrayList<>()).add(x[k]);
        }
      }
      if (!row.isEmpty()) {
        cp.addAtMostOne(row.toArray(new BoolVar[0]));
      }
    }
    for (int j = 0; j < r; j++) {
      List<BoolVar> vars = byMentor.get(j);
      if (vars.isEmpty()) {
        continue;
      }
      int cap = model.capacity()[j];
      IntVar load = cp.newIntVar(0, cap, "load" + j);
      cp.addEquality(load, LinearExpr.sum(vars.toArray(new BoolVar[0])));
      if (model.loadWeight() > 0 && cap > 1 || model.baseLoad()[j] > 0) {
        long[] table = new long[cap + 1];
        for (int l = 1; l <= cap; l++) {
          table[l] = table[l - 1] + model.loadWeight() * (model.baseLoad()[j] + l - 1);
        }
        IntVar penalty = cp.newIntVar(0, table[cap], "pen" + j);
        cp.addElement(load, table, penalty);
        objective.addTerm(penalty, -2);
      }
    }
    for (Map.Entry<Long, List<BoolVar>> e : byLink.entrySet()) {
      int base = pinnedLinks.getOrDefault(e.getKey(), 0);
      int max = base + e.getValue().size();
      IntVar k = cp.newIntVar(base, max, "k" + e.getKey());
      cp.addEquality(LinearExpr.newBuilder().add(LinearExpr.sum(e.getValue().toArray(new BoolVar[0]))).add(base).build(), k);
      IntVar sq = cp.newIntVar(0, (long) max * max, "sq" + e.getKey());
      cp.addMultiplicationEquality(sq, k, k);
      objective.addTerm(sq, -model.spreadWeight());
      objective.addTerm(k, model.spreadWeight());
    }
    cp.maximize(objective);
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(seconds);
    solver.getParameters().setNumWorkers(2);
    CpSolverStatus status = solver.solve(cp);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return "no-solution-" + status;
    }
    for (int m = 0; m < n; m++) {
      for (int k = model.rowStart()[m]; k < model.rowStart()[m + 1]; k++) {
        if (solver.booleanValue(x[k])) {
          mentorOf[m] = model.mentor()[k];
        }
      }
    }
    return status == CpSolverStatus.OPTIMAL ? "optimal" : "feasible";
  }

  private static long link(PeerModel model, int mentee, int mentor) {
    return ((long) model.menteeDepartment()[mentee] << 32) | model.mentorDepartment()[mentor];
  }

  static int[] slotMentors(int[] slotStart, int slots) {
    int[] slotMentor = new int[slots];
    for (int j = 0; j + 1 < slotStart.length; j++) {
      for (int s = slotStart[j]; s < slotStart[j + 1]; s++) {
        slotMentor[s] = j;
      }
    }
    return slotMentor;
  }

  /** The peak resident set size of this process in kilobytes (Linux), or -1. */
  static long peakRssKilobytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
