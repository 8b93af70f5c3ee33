/**
 * OptaPlanner Benchmarker configurations that compare local-search settings of the {@code
 * optaplanner} strategy on generated problems.
 */
package dev.tandem.benchmarks.optaplanner;
