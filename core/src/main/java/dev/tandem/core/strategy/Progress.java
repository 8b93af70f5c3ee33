package dev.tandem.core.strategy;

import dev.tandem.core.evaluation.Score;

/**
 * A progress report of a running strategy: a new best score after {@code elapsedMillis}.
 *
 * <p>Guarantee: a value; reports of one run have non-decreasing {@code elapsedMillis}.
 */
public record Progress(String strategy, long elapsedMillis, Score bestScore) {}
