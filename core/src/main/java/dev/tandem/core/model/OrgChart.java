package dev.tandem.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The reporting tree of an organisation (a forest: several people may have no manager).
 *
 * <p>Guarantee: immutable and acyclic; every manager id names an employee of the chart; ids are
 * unique. {@link #distanceUp(int, int)} answers "is A one of B's managers, and how many steps
 * up" in constant time (an Euler tour of the tree), so eligibility can ask it for millions of
 * pairs.
 */
public final class OrgChart {
  /** A manager of an employee and how many steps up it stands (1 is the direct manager). */
  public record Ancestor(String id, int depth) {}

  private final ImmutableList<Employee> employees;
  private final ImmutableMap<String, Integer> indexById;
  private final int[] parent;
  private final int[] depth;
  private final int[] enter;
  private final int[] exit;

  private OrgChart(List<Employee> employees) {
    this.employees = ImmutableList.copyOf(employees);
    int n = employees.size();
    ImmutableMap.Builder<String, Integer> ids = ImmutableMap.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      ids.put(employees.get(i).id(), i);
    }
    indexById = ids.buildOrThrow();
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = employees.get(i).manager().map(indexById::get).orElse(-1);
    }
    depth = new int[n];
    enter = new int[n];
    exit = new int[n];
    eulerTour(n);
  }

  private void eulerTour(int n) {
    int[] childCount = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        childCount[parent[i] + 1]++;
      }
    }
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + childCount[i + 1];
    }
    int[] children = new int[Math.max(0, start[n])];
    int[] fill = start.clone();
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        children[fill[parent[i]]++] = i;
      }
    }
    int clock = 0;
    int[] stack = new int[n];
    int[] next = new int[n];
    for (int root = 0; root < n; root++) {
      if (parent[root] >= 0) {
        continue;
      }
      int top = 0;
      stack[top++] = root;
      depth[root] = 0;
      enter[root] = clock++;
      next[root] = start[root];
      while (top > 0) {
        int v = stack[top - 1];
        if (next[v] < start[v + 1]) {
          int c = children[next[v]++];
          depth[c] = depth[v] + 1;
          enter[c] = clock++;
          next[c] = start[c];
          stack[top++] = c;
        } else {
          exit[v] = clock;
          top--;
        }
      }
    }
  }

  /**
   * Builds the chart.
   *
   * @throws ValidationException naming every duplicate id, unknown manager and cycle
   */
  public static OrgChart of(List<Employee> employees) {
    List<ValidationProblem> problems = new ArrayList<>();
    validate(employees, "employees", problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new OrgChart(employees);
  }

  /** Adds to {@code problems} every duplicate id, unknown manager, self-manager and cycle. */
  static void validate(List<Employee> employees, String path, List<ValidationProblem> problems) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < employees.size(); i++) {
      Employee e = employees.get(i);
      Integer earlier = index.putIfAbsent(e.id(), i);
      if (earlier != null) {
        problems.add(new ValidationProblem(path + "[" + i + "].id",
            "duplicate employee id \"" + e.id() + "\" (first at " + path + "[" + earlier + "])"));
      }
    }
    for (int i = 0; i < employees.size(); i++) {
      Employee e = employees.get(i);
      if (e.manager().isPresent()) {
        String m = e.manager().get();
        if (m.equals(e.id())) {
          problems.add(new ValidationProblem(path + "[" + i + "].manager",
              "employee \"" + e.id() + "\" is its own manager"));
        } else if (!index.containsKey(m)) {
          problems.add(new ValidationProblem(path + "[" + i + "].manager",
              "unknown manager \"" + m + "\""));
        }
      }
    }
    // Cycle detection, every cycle once: 0 unvisited, 1 on the current walk, 2 done. An unknown
    // manager or the employee itself (both reported above) ends a walk, so the other cycles are
    // still found.
    int n = employees.size();
    byte[] state = new byte[n];
    for (int s = 0; s < n; s++) {
      if (state[s] != 0 || index.get(employees.get(s).id()) != s) {
        continue;
      }
      List<Integer> walk = new ArrayList<>();
      int v = s;
      while (v >= 0 && state[v] == 0) {
        state[v] = 1;
        walk.add(v);
        int from = v;
        v = employees.get(v).manager().map(m -> index.getOrDefault(m, -1)).orElse(-1);
        if (v == from) {
          v = -1;
        }
      }
      if (v >= 0 && state[v] == 1) {
        List<String> cycle = new ArrayList<>();
        for (int k = walk.indexOf(v); k < walk.size(); k++) {
          cycle.add(employees.get(walk.get(k)).id());
        }
        problems.add(new ValidationProblem(path + "[" + v + "].manager",
            "reporting cycle: " + String.join(" -> ", cycle) + " -> " + employees.get(v).id()));
      }
      for (int w : walk) {
        state[w] = 2;
      }
    }
  }

  public ImmutableList<Employee> employees() {
    return employees;
  }

  public int size() {
    return employees.size();
  }

  public Optional<Employee> employee(String id) {
    Integer i = indexById.get(id);
    return i == null ? Optional.empty() : Optional.of(employees.get(i));
  }

  /** The position of {@code id} in {@link #employees()}, or -1. */
  public int indexOf(String id) {
    Integer i = indexById.get(id);
    return i == null ? -1 : i;
  }

  public Employee employee(int index) {
    return employees.get(index);
  }

  /** The depth of an employee in the tree (0 for someone without manager). */
  public int depth(int index) {
    return depth[index];
  }

  /**
   * How many steps up from {@code employee} the {@code manager} stands (1: direct manager), or -1
   * when {@code manager} is not in {@code employee}'s reporting line (or is the same person).
   * Constant time.
   */
  public int distanceUp(int manager, int employee) {
    if (manager == employee) {
      return -1;
    }
    if (enter[manager] <= enter[employee] && enter[employee] < exit[manager]) {
      return depth[employee] - depth[manager];
    }
    return -1;
  }

  /** As {@link #distanceUp(int, int)}, by id; empty when not in the line or unknown. */
  public OptionalInt distanceUp(String manager, String employee) {
    int a = indexOf(manager);
    int b = indexOf(employee);
    if (a < 0 || b < 0) {
      return OptionalInt.empty();
    }
    int d = distanceUp(a, b);
    return d < 0 ? OptionalInt.empty() : OptionalInt.of(d);
  }

  /** The managers of {@code id}, nearest first, each with its distance. */
  public ImmutableList<Ancestor> ancestors(String id) {
    int i = indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("unknown employee \"" + id + "\"");
    }
    ImmutableList.Builder<Ancestor> out = ImmutableList.builder();
    int d = 1;
    for (int p = parent[i]; p >= 0; p = parent[p]) {
      out.add(new Ancestor(employees.get(p).id(), d++));
    }
    return out.build();
  }

  /** The index of the direct manager, or -1. */
  public int parent(int index) {
    return parent[index];
  }
}
