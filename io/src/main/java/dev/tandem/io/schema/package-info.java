/**
 * The JSON Schemas of the file formats (resources only, no classes):
 * {@code tandem-problem-1.schema.json}, {@code tandem-result-1.schema.json} and
 * {@code tandem-programme-1.schema.json} (docs/formats.md). The package is open, so that any
 * reader (a schema validator, a test) finds them with {@code ClassLoader.getResource} also when
 * {@code dev.tandem.io} is a named module.
 */
package dev.tandem.io.schema;
