/**
 * The two-cycles example: the feedback of the first cycle shapes the second (no repeat pairs,
 * well-rated mentors preferred).
 */
package dev.tandem.examples.twocycles;
