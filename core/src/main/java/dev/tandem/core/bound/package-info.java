/**
 * Optimality certificates: a proven upper bound on the best score of a problem
 * ({@link dev.tandem.core.bound.Bounds}, {@link dev.tandem.core.bound.Bound}) and the gap of any
 * matching to it, plus the {@code lagrangian} strategy that closes that gap. The bound is
 * {@code exact}'s own score without department spread and the Lagrangian bound on priced
 * department links with it; docs/bound.md gives the account.
 */
package dev.tandem.core.bound;
