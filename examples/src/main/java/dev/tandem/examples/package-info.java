/**
 * The example programmes people run with {@code ./tandem example NAME}, and the registry that
 * lists them.
 */
package dev.tandem.examples;
