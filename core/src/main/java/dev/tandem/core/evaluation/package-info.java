/**
 * The one evaluator: the HardMediumSoft score of any matching by docs/objective.md, each term,
 * every pair with its parts, the unmatched with their reasons, broken pins and the metrics.
 */
package dev.tandem.core.evaluation;
