package dev.tandem.cli;

import dev.tandem.server.Launcher;
import dev.tandem.server.ServerConfig;
import dev.tandem.server.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tandem serve}: the Tandem platform as a web service (pages and REST API). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run the Tandem platform: pages for the administrator, executives and juniors, and the REST API",
        "(/api/, OpenAPI at /api/openapi.json). Data is kept in an H2 file database under --data, or in PostgreSQL (--db)."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  Tandem tandem;

  @Option(names = "--port", defaultValue = "8080", description = "port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @ArgGroup(exclusive = true)
  Store store = new Store();

  static final class Store {
    @Option(names = "--data", description = "directory of the embedded database (default ./tandem-data)")
    Path data;

    @Option(names = "--db", description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://localhost/tandem")
    String db;
  }

  @Option(names = "--db-user", description = "database user (with --db)")
  String dbUser = "";

  @Option(names = "--db-password", description = "database password (with --db); or set TANDEM_DB_PASSWORD")
  String dbPassword = "";

  @Option(names = "--public-url", description = "the address people reach the server at, for sign-in links (default http://localhost:PORT)")
  String publicUrl;

  @Option(names = "--demo", description = "create the demo organisation with a cycle in enrolment and print sign-in links")
  boolean demo;

  @Override
  public Integer call() throws Exception {
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
    String url;
    if (store.db != null) {
      url = store.db;
    } else {
      Path dir = store.data != null ? store.data : Path.of("tandem-data");
      Files.createDirectories(dir);
      url = Database.h2Url(dir);
    }
    String password = dbPassword.isEmpty() && System.getenv("TANDEM_DB_PASSWORD") != null ? System.getenv("TANDEM_DB_PASSWORD") : dbPassword;
    ServerConfig.Builder config = ServerConfig.builder().port(port).jdbcUrl(url).dbUser(dbUser).dbPassword(password);
    if (publicUrl != null) {
      config.publicUrl(publicUrl);
    }
    Launcher.Started started = Launcher.start(config.build(), demo, tandem.out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      started.server().close();
      stopped.countDown();
    }, "tandem-stop"));
    stopped.await();
    return 0;
  }
}
