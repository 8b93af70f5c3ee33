/**
 * Reference peers outside Java (such as scipy's assignment solver) run on the same problems, so
 * their figures stand side by side with the strategies'.
 */
package dev.tandem.benchmarks.peers;
