/**
 * The small-company example: management announces topics, the library suggests whom to approach,
 * and one cycle runs through kick-off, sessions and feedback.
 */
package dev.tandem.examples.smallcompany;
