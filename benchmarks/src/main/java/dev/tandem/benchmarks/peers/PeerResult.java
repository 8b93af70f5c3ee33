package dev.tandem.benchmarks.peers;

import dev.tandem.core.model.Matching;

/**
 * What a peer produced: the matching, the solve time it measured itself (excluding process start
 * and reading the model), its peak resident memory, and its own status word
 * ({@code optimal}, {@code feasible}), and the time of the algorithm call alone when the peer
 * reports it (scipy: {@code linear_sum_assignment} without building its dense matrix).
 *
 * <p>Guarantee: a value; {@code peakMemoryBytes} and {@code algorithmMillis} are -1 when unknown.
 */
public record PeerResult(Matching matching, long solveMillis, long peakMemoryBytes, String status, long algorithmMillis) {
  /** A result whose peer does not time its algorithm call separately. */
  public PeerResult(Matching matching, long solveMillis, long peakMemoryBytes, String status) {
    this(matching, solveMillis, peakMemoryBytes, status, -1);
  }
}
