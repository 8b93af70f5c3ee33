/**
 * The comparison entry point: every strategy on every problem, written as a CSV and an HTML
 * report ({@code CompareMain}); the parts live in the sub-packages.
 */
package dev.tandem.benchmarks;
