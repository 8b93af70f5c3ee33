/**
 * Console output shared by the examples: headings, tables, live progress lines and the "why this
 * pair" explanations, ids only.
 */
package dev.tandem.examples.console;
