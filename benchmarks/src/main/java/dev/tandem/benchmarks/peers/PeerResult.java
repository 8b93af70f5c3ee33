package dev.tandem.benchmarks.peers;

import dev.tandem.core.model.Matching;

/**
 * What a peer produced: the matching, the solve time it measured itself (excluding process start
 * and reading the model), its peak resident memory, and its own status word
 * ({@code optimal}, {@code feasible}).
 *
 * <p>Guarantee: a value; {@code peakMemoryBytes} is -1 when unknown.
 */
public record PeerResult(Matching matching, long solveMillis, long peakMemoryBytes, String status) {}
