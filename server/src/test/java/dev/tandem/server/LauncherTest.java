package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ./tandem serve} prints, and that the printed links sign people in. */
class LauncherTest {
  @TempDir
  Path dir;

  private static ServerConfig config(Path dir) {
    return ServerConfig.builder().host("127.0.0.1").port(0).jdbcUrl(dev.tandem.server.store.Database.h2Url(dir)).build();
  }

  @Test
  void demoPrintsTheAdminAndParticipantLinksOneALine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Launcher.Started s = Launcher.start(config(dir), true, out);
      try (TandemServer server = s.server()) {
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(1)).startsWith("admin sign-in: " + server.baseUrl() + "/signin/");
        assertThat(lines.subList(2, lines.size())).hasSize(5).allMatch(l -> l.matches("e\\d\\d sign-in: http://localhost:\\d+/signin/\\S{43}"));
        HttpClient http = HttpClient.newHttpClient();
        for (String url : List.of(s.adminUrl().orElseThrow(), s.participantUrls().get("e01"))) {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
          assertThat(r.statusCode()).isEqualTo(303);
          assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly");
        }
      }
    }
    // a restart with --demo on the same data keeps the programme and issues fresh links
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(again, true, StandardCharsets.UTF_8)) {
      Launcher.Started s = Launcher.start(config(dir), true, out);
      try (TandemServer server = s.server()) {
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("admin sign-in: ");
        assertThat(server.platform().programmes(dev.tandem.server.auth.Principal.admin("x"))).hasSize(1);
      }
    }
  }

  @Test
  void withoutDemoTheFirstStartPrintsAnAdminLinkAndLaterStartsDoNot() {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    try (TandemServer s = Launcher.start(config(dir), false, new PrintStream(first, true, StandardCharsets.UTF_8)).server()) {
      assertThat(first.toString(StandardCharsets.UTF_8)).contains("admin sign-in: ");
    }
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    try (TandemServer s = Launcher.start(config(dir), false, new PrintStream(second, true, StandardCharsets.UTF_8)).server()) {
      assertThat(second.toString(StandardCharsets.UTF_8)).doesNotContain("sign-in");
    }
  }
}
