/**
 * The HR CSV example: import an HR export (errors by file, row and column), match, and export the
 * pairings as spreadsheet-safe CSV.
 */
package dev.tandem.examples.hrcsv;
