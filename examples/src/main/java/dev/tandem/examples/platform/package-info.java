/**
 * The {@code platform-mode} example: executives request mentors on the platform, juniors accept or
 * decline, and the optimiser matches everyone else (hybrid mode).
 */
package dev.tandem.examples.platform;
