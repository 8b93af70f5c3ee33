/**
 * The eligibility rules and the pair score: which mentee-mentor pairs are allowed, why the others
 * are not, the sparse {@code Eligibility} structure every strategy shares, and both sides'
 * preferences.
 */
package dev.tandem.core.rules;
