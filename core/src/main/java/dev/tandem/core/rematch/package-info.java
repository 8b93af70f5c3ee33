/**
 * Re-matching during a running cycle: when a pair ends early, a mentor or mentee leaves,
 * or a mentor joins, {@link dev.tandem.core.rematch.Rematcher} repairs the published matching
 * with any registered strategy while every pair the change does not touch stays exactly as
 * published.
 *
 * <p>The {@link dev.tandem.core.rematch.Change} records name the events and, for each, which
 * mentees may move; {@link dev.tandem.core.rematch.RematchResult} reports what was kept,
 * removed and added.
 */
package dev.tandem.core.rematch;
