/**
 * Re-matching with the {@code optaplanner} strategy: kept pairs are pinned entities, only the
 * affected mentees move.
 */
package dev.tandem.solver.rematch;
