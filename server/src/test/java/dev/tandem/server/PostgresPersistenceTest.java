package dev.tandem.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link PersistenceContract} on PostgreSQL: an embedded PostgreSQL server (binaries from a Maven
 * artifact) started once for the class, a new database per test.
 */
class PostgresPersistenceTest extends PersistenceContract {
  static EmbeddedPostgres pg;
  static int n;

  @BeforeAll
  static void startPostgres() throws Exception {
    pg = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    pg.close();
  }

  @Override
  String newDatabase() throws Exception {
    String name = "tandem" + n++;
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return pg.getJdbcUrl("postgres", name);
  }
}
