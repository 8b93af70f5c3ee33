/**
 * Explanations of a matching ("why this pair"): each pair's score parts and its share of the
 * department-spread and mentor-load terms, adding up to the terms of core's evaluator.
 */
package dev.tandem.solver.explain;
