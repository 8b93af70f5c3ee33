package dev.tandem.server;

import dev.tandem.server.service.Demo;
import java.time.Duration;

/** A server in a child JVM (for the kill test): starts with the demo on the given database, prints its port and the admin token. */
public final class KillTarget {
  private KillTarget() {}

  public static void main(String[] args) throws Exception {
    TandemServer s = TandemServer.start(ServerConfig.builder().host("127.0.0.1").port(0).jdbcUrl(args[0])
        .heartbeat(Duration.ofMillis(200)).build());
    Demo.Created d = Demo.create(s.platform());
    System.out.println("port " + s.port());
    System.out.println("admin " + d.adminToken());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
