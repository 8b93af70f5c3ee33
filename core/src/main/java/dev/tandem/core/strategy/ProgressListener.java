package dev.tandem.core.strategy;

/**
 * Receives progress of a running strategy. Called on the strategy's thread: keep it cheap.
 *
 * <p>Guarantee of callers: reports arrive in order; {@link #NONE} ignores them.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = p -> {};

  void onProgress(Progress progress);
}
