/**
 * The objective of docs/objective.md as OptaPlanner constraint streams, one constraint per term,
 * proven equal to core's evaluator by a property test.
 */
package dev.tandem.solver.score;
