/**
 * The comparison harness: problems times strategies times seeds, each run timed and scored by the
 * one evaluator, with its proven bound and gap.
 */
package dev.tandem.benchmarks.harness;
