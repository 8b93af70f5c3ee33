/**
 * Tandem io: the {@code tandem-problem/1}, {@code tandem-result/1} and {@code tandem-programme/1}
 * JSON files with their schemas, CSV import of HR exports and spreadsheet-safe CSV export.
 *
 * <p>Exported: {@code dev.tandem.io} (the entry points {@code ProblemFiles}, {@code ResultFiles},
 * {@code ProgrammeFiles}, {@code HrCsvImport}, {@code PairingsCsv}, ...). The JSON documents are
 * package-private records in the same package, read and written by Jackson. A new package is added
 * here when it is created; {@code ModuleDescriptorTest} pins the list.
 */
module dev.tandem.io {
  requires transitive dev.tandem.core;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;

  exports dev.tandem.io;

  // Jackson databind reads and writes the package-private document records by reflection.
  opens dev.tandem.io to com.fasterxml.jackson.databind;
  // The JSON Schemas (resources only): open to everyone, so validators find them by name.
  opens dev.tandem.io.schema;
}
