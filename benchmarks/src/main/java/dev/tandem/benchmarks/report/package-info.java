/**
 * The comparison report: a spreadsheet-safe CSV with one row per run and an HTML page with
 * charts.
 */
package dev.tandem.benchmarks.report;
