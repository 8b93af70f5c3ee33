package dev.tandem.io;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;

/** The shipped JSON Schemas, loaded from the classpath by an independent validator (networknt). */
final class Schemas {
  static final String ID_PREFIX = "urn:tandem:schema:";

  /** The schema file name of each format, under {@code dev/tandem/io/schema/}. */
  static final Map<String, String> FILES = Map.of(
      ProblemFiles.FORMAT, "tandem-problem-1.schema.json",
      ResultFiles.FORMAT, "tandem-result-1.schema.json",
      ProgrammeFiles.FORMAT, "tandem-programme-1.schema.json");

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaIdResolvers(r -> r.mappings(id -> id.startsWith(ID_PREFIX)
          ? "classpath:dev/tandem/io/schema/" + id.substring(ID_PREFIX.length()) + ".schema.json" : null)));

  private static final Map<String, Schema> SCHEMAS = Map.of(
      ProblemFiles.FORMAT, load("tandem-problem-1"),
      ResultFiles.FORMAT, load("tandem-result-1"),
      ProgrammeFiles.FORMAT, load("tandem-programme-1"));

  private Schemas() {}

  private static Schema load(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + name));
  }

  /** Every violation of {@code format}'s schema by {@code json}, each as "path: message". */
  static List<String> violations(String format, String json) {
    Schema schema = SCHEMAS.get(format);
    if (schema == null) {
      throw new IllegalArgumentException("no schema for " + format);
    }
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).toList();
  }
}
