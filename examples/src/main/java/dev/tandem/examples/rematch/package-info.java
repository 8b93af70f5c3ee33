/**
 * The re-matching example: a mentor leaves mid-cycle and only the affected pairs change.
 */
package dev.tandem.examples.rematch;
