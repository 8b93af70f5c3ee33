package dev.tandem.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The server's database: a connection pool (HikariCP) over an H2 file database or PostgreSQL,
 * migrated to the latest schema by Flyway (versioned scripts in {@code db/migration}) when
 * opened.
 *
 * <p>Guarantee: {@link #inTransaction} commits everything the work did, or nothing: an exception
 * rolls the transaction back and passes through unchanged. Several servers may open the same
 * PostgreSQL database; Flyway serialises their migrations.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The JDBC URL of the H2 file database under {@code dir} (file {@code tandem.mv.db}).
   * {@code WRITE_DELAY=0} writes every commit to the file before the answer, so a process killed
   * right after an acknowledged step keeps it (H2's default delays writes by up to a second).
   */
  public static String h2Url(Path dir) {
    return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("tandem") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
  }

  /**
   * Opens and migrates the database at {@code jdbcUrl}.
   *
   * @param user the user, or empty to take it from the URL
   * @param password the password, or empty
   */
  public static Database open(String jdbcUrl, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    if (!user.isEmpty()) {
      config.setUsername(user);
      config.setPassword(password);
    }
    config.setMaximumPoolSize(8);
    config.setAutoCommit(true);
    config.setPoolName("tandem");
    HikariDataSource ds = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Database(ds);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Work inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one transaction: commit when it returns, roll back when it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("database: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
