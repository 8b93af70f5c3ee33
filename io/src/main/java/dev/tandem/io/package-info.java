/**
 * The file formats: the {@code tandem-problem/1}, {@code tandem-result/1} and {@code tandem-
 * programme/1} JSON files read and written through Jackson records with their JSON Schemas, CSV
 * import of HR exports and spreadsheet-safe CSV export of pairings (docs/formats.md).
 */
package dev.tandem.io;
