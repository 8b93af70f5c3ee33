package dev.tandem.server;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * How to run a {@link TandemServer}: where to listen, which database, the public address
 * sign-in links use, and the draft pool.
 *
 * <p>Guarantee: immutable; {@link #builder()} starts from port 8080, drafts 1 at a time with 8
 * waiting, a heartbeat each second and a job abandoned after 15 seconds without one.
 */
public record ServerConfig(
    String host,
    int port,
    String jdbcUrl,
    String dbUser,
    String dbPassword,
    Optional<String> publicUrl,
    int draftThreads,
    int draftQueue,
    Duration heartbeat,
    Duration staleAfter) {
  public ServerConfig {
    requireNonNull(host);
    requireNonNull(jdbcUrl);
    requireNonNull(dbUser);
    requireNonNull(dbPassword);
    requireNonNull(publicUrl);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is outside 0..65535");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServerConfig}; {@code jdbcUrl} is required. */
  public static final class Builder {
    private String host = "0.0.0.0";
    private int port = 8080;
    private String jdbcUrl;
    private String dbUser = "";
    private String dbPassword = "";
    private Optional<String> publicUrl = Optional.empty();
    private int draftThreads = 1;
    private int draftQueue = 8;
    private Duration heartbeat = Duration.ofSeconds(1);
    private Duration staleAfter = Duration.ofSeconds(15);

    public Builder host(String v) {
      host = v;
      return this;
    }

    /** The port; 0 picks a free one. */
    public Builder port(int v) {
      port = v;
      return this;
    }

    public Builder jdbcUrl(String v) {
      jdbcUrl = v;
      return this;
    }

    public Builder dbUser(String v) {
      dbUser = v;
      return this;
    }

    public Builder dbPassword(String v) {
      dbPassword = v;
      return this;
    }

    /** The address people reach the server at (sign-in links use it); default {@code http://localhost:PORT}. */
    public Builder publicUrl(String v) {
      publicUrl = Optional.of(v.replaceAll("/+$", ""));
      return this;
    }

    public Builder draftThreads(int v) {
      draftThreads = v;
      return this;
    }

    public Builder draftQueue(int v) {
      draftQueue = v;
      return this;
    }

    public Builder heartbeat(Duration v) {
      heartbeat = v;
      return this;
    }

    public Builder staleAfter(Duration v) {
      staleAfter = v;
      return this;
    }

    public ServerConfig build() {
      if (jdbcUrl == null) {
        throw new IllegalStateException("a database is needed: jdbcUrl (H2 file or PostgreSQL)");
      }
      return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, publicUrl, draftThreads, draftQueue, heartbeat, staleAfter);
    }
  }
}
