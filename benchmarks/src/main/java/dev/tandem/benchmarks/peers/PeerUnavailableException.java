package dev.tandem.benchmarks.peers;

/**
 * A peer could not produce a result (not installed, timed out, out of memory, no solution). The
 * harness reports the reason instead of failing.
 *
 * <p>Guarantee: the message says why, in one line.
 */
public final class PeerUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PeerUnavailableException(String message) {
    super(message);
  }

  public PeerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
