/**
 * The {@code optaplanner} strategy: OptaPlanner local search on the whole objective, department
 * spread included, with its settings ({@code SolverSettings}) and shared solver configuration.
 */
package dev.tandem.solver;
