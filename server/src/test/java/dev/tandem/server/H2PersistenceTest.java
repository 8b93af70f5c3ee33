package dev.tandem.server;

import dev.tandem.server.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link PersistenceContract} on the embedded H2 file database (the default of {@code serve --data}). */
class H2PersistenceTest extends PersistenceContract {
  @TempDir
  Path dir;
  int n;

  @Override
  String newDatabase() throws Exception {
    return Database.h2Url(Files.createDirectories(dir.resolve("db" + n++)));
  }
}
