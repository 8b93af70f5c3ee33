/**
 * JMH benchmarks of the hot paths: building the eligibility structure, evaluating a matching, the
 * exact strategy and OptaPlanner's score calculation.
 */
package dev.tandem.benchmarks.jmh;
