/**
 * The flagship example ({@code ./tandem demo}): a generated organisation of thousands of
 * employees, every strategy on one objective, pairs with their reasons.
 */
package dev.tandem.examples.enterprise;
