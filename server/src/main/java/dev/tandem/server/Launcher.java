package dev.tandem.server;

import dev.tandem.server.service.Demo;
import dev.tandem.server.service.Platform;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a server the way {@code ./tandem serve} does and prints how to sign in: with
 * {@code demo}, {@code admin sign-in: URL} and one {@code EMPLOYEE sign-in: URL} line per demo
 * participant; without, {@code admin sign-in: URL} on the first start of an empty database.
 * A browser test starts a demo server in-process the same way.
 */
public final class Launcher {
  private Launcher() {}

  /** A started server and the sign-in URLs it printed. */
  public record Started(TandemServer server, Optional<String> adminUrl, Map<String, String> participantUrls) {}

  public static Started start(ServerConfig config, boolean demo, PrintStream out) {
    TandemServer server = TandemServer.start(config);
    try {
      Platform platform = server.platform();
      out.println("Tandem is running at " + server.baseUrl() + " (stop with Ctrl+C)");
      if (demo) {
        Demo.Created d = Demo.createOrRefresh(platform);
        String admin = server.signInUrl(d.adminToken());
        out.println("admin sign-in: " + admin);
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        d.participantTokens().forEach((e, t) -> {
          urls.put(e, server.signInUrl(t));
          out.println(e + " sign-in: " + server.signInUrl(t));
        });
        out.flush();
        return new Started(server, Optional.of(admin), urls);
      }
      Optional<String> admin = platform.createFirstAdmin().map(i -> server.signInUrl(i.token()));
      admin.ifPresent(u -> out.println("admin sign-in: " + u));
      out.flush();
      return new Started(server, admin, Map.of());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }
}
