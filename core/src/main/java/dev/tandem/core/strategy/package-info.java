/**
 * The matching strategies ({@code random}, {@code greedy}, {@code exact}, {@code stable}, {@code
 * stable-mentor}), the {@code MatchingStrategy} seam with its options, cancellation and progress,
 * and the registry that finds strategies by name.
 */
package dev.tandem.core.strategy;
