package dev.tandem.benchmarks.peers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A reference solver from another library, run side by side with our strategies on the same
 * problem: JGraphT's {@code MaximumWeightBipartiteMatching}, OR-Tools' min-cost flow and CP-SAT,
 * and scipy's {@code linear_sum_assignment}. Every peer runs in a child process (a JVM on this
 * class path, or python3) on a {@link PeerModel} file, so the time limit is enforced by killing
 * the process and its memory stays apart from ours.
 *
 * <p>Guarantee: {@link #solve} returns a matching that respects eligibility, capacities and pins,
 * or throws {@link PeerUnavailableException} saying why not (missing python3 or scipy, time limit,
 * crash). The assignment peers optimise the objective without the department spread term (see
 * {@link PeerModel}); CP-SAT optimises all of it. Peers ignore the seed.
 */
public final class Peer implements MatchingStrategy {
  /** The default time limit when the options give none. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

  private static final Duration START_GRACE = Duration.ofSeconds(20);

  private final String name;
  private final String description;
  private final boolean python;

  private Peer(String name, String description, boolean python) {
    this.name = name;
    this.description = description;
    this.python = python;
  }

  /** JGraphT {@code MaximumWeightBipartiteMatching} on the slot expansion. */
  public static Peer jgrapht() {
    return new Peer("jgrapht", "peer: JGraphT MaximumWeightBipartiteMatching on the slot expansion (no spread term)", false);
  }

  /** OR-Tools {@code MinCostFlow} with convex load arcs. */
  public static Peer ortoolsMinCostFlow() {
    return new Peer("ortools-mcf", "peer: OR-Tools MinCostFlow, convex load arcs (no spread term)", false);
  }

  /** OR-Tools CP-SAT on the whole objective including the spread term, within the time limit. */
  public static Peer ortoolsCpSat() {
    return new Peer("ortools-cpsat", "peer: OR-Tools CP-SAT on the whole objective including spread", false);
  }

  /** scipy {@code linear_sum_assignment} on the dense slot cost matrix (python3). */
  public static Peer scipy() {
    return new Peer("scipy", "peer: scipy linear_sum_assignment on the dense slot matrix (no spread term)", true);
  }

  /** Every peer. */
  public static ImmutableList<Peer> all() {
    return ImmutableList.of(jgrapht(), ortoolsMinCostFlow(), ortoolsCpSat(), scipy());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Matching match(Eligibility eligibility, MatchOptions options) {
    return solve(eligibility, options.timeLimit().orElse(DEFAULT_TIME_LIMIT)).matching();
  }

  /**
   * Runs the peer in a child process on {@code eligibility}'s model.
   *
   * @throws PeerUnavailableException when the peer cannot run or does not finish within
   *     {@code timeLimit} (plus a grace period for starting the process)
   */
  public PeerResult solve(Eligibility eligibility, Duration timeLimit) {
    requireNonNull(timeLimit, "timeLimit");
    Path dir = null;
    try {
      dir = Files.createTempDirectory("tandem-peer-");
      Path model = dir.resolve("model.bin");
      Path result = dir.resolve("result.txt");
      PeerModel.of(eligibility).write(model);
      List<String> command = new ArrayList<>();
      if (python) {
        Path script = dir.resolve("scipy_peer.py");
        try (var in = Peer.class.getResourceAsStream("scipy_peer.py")) {
          Files.copy(requireNonNull(in, "scipy_peer.py resource"), script);
        }
        command.addAll(List.of("python3", script.toString(), model.toString(), result.toString()));
      } else {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PeerMain.class.getName(),
            name, model.toString(), result.toString(), Double.toString(timeLimit.toMillis() / 1000.0)));
      }
      Path log = dir.resolve("stderr.txt");
      Process process;
      try {
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      } catch (IOException e) {
        throw new PeerUnavailableException(name + " cannot start: " + e.getMessage(), e);
      }
      boolean done = process.waitFor(timeLimit.plus(START_GRACE).toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        throw new PeerUnavailableException(name + " did not finish within the time limit of " + timeLimit.toSeconds() + " s");
      }
      if (process.exitValue() != 0 || !Files.exists(result)) {
        throw new PeerUnavailableException(name + " failed (exit " + process.exitValue() + "): " + lastLine(log));
      }
      return read(eligibility, result);
    } catch (IOException e) {
      throw new PeerUnavailableException(name + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerUnavailableException(name + " was interrupted", e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private PeerResult read(Eligibility eligibility, Path result) throws IOException {
    List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
    String[] head = lines.get(0).trim().split(" ");
    if (!head[2].equals("optimal") && !head[2].equals("feasible")) {
      throw new PeerUnavailableException(name + " found no solution (" + head[2] + ")");
    }
    int n = eligibility.menteeCount();
    int[] mentorOf = new int[n];
    for (int m = 0; m < n; m++) {
      int pinned = eligibility.pinnedMentor(m);
      mentorOf[m] = pinned >= 0 ? pinned : Integer.parseInt(lines.get(1 + m).trim());
    }
    long kb = Long.parseLong(head[1]);
    long algorithm = head.length > 3 ? Long.parseLong(head[3]) : -1;
    return new PeerResult(eligibility.toMatching(mentorOf), Long.parseLong(head[0]), kb < 0 ? -1 : kb * 1024, head[2], algorithm);
  }

  private static String lastLine(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        String l = lines.get(i).trim();
        if (!l.isEmpty() && !l.startsWith("at ")) {
          return l.length() > 300 ? l.substring(0, 300) : l;
        }
      }
      return "no output";
    } catch (IOException e) {
      return "no output";
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Temporary files only; the operating system cleans up the rest.
    }
  }
}
