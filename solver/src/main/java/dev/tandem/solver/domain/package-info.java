/**
 * The OptaPlanner planning model: the plan (planning solution), one assignment entity per mentee
 * with its eligible mentors as value range, and the mentor facts.
 */
package dev.tandem.solver.domain;
