/**
 * The {@code ./tandem} command line: one picocli command per task (generate, validate, solve,
 * evaluate, compare, examples), a thin layer over the library with exit code 0 done, 1 invalid
 * input or an error (never a stack trace), 2 wrong usage.
 */
package dev.tandem.cli;
