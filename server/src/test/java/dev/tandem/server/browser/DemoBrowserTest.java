package dev.tandem.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.server.Launcher;
import dev.tandem.server.ServerConfig;
import dev.tandem.server.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The demo as the README tells people to start it ({@code ./tandem serve --demo}): every sign-in
 * link it prints opens, in a real browser, the page of the person it names.
 */
class DemoBrowserTest {

  @TempDir
  Path data;

  private Launcher.Started started;
  private HeadlessChromium chromium;
  private Pages page;
  private String printed;

  @BeforeEach
  void start() {
    chromium = HeadlessChromium.startOrSkip();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    started = Launcher.start(ServerConfig.builder().host("127.0.0.1").port(0).jdbcUrl(Database.h2Url(data)).build(), true,
        new PrintStream(out, true, StandardCharsets.UTF_8));
    printed = out.toString(StandardCharsets.UTF_8);
    page = new Pages(chromium.driver(), URI.create(started.server().baseUrl() + "/"), Path.of("target", "screenshots", "demo"));
  }

  @AfterEach
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (started != null) {
      started.server().close();
    }
  }

  @Test
  void everyPrintedSignInLinkOpensThatPersonsPage() {
    Map<String, String> links = new LinkedHashMap<>();
    Matcher line = Pattern.compile("(?m)^(\\S+) sign-in: (\\S+)$").matcher(printed);
    while (line.find()) {
      links.put(line.group(1), line.group(2));
    }
    assertThat(links).as("printed:\n%s", printed).containsOnlyKeys("admin", "e01", "e03", "e04", "e14", "e08");
    assertThat(links.values()).allSatisfy(u -> assertThat(u).startsWith(started.server().baseUrl() + "/signin/"));

    page.open(links.get("admin"));
    assertThat(page.heading()).isEqualTo("Programmes");
    page.press("Furniture workshop");
    assertThat(page.heading()).isEqualTo("Furniture workshop: cycle 2026-spring");
    assertThat(page.byId("phase").getAttribute("data-phase")).isEqualTo("ENROLMENT");
    assertThat(page.rows("mentees")).extracting(r -> r.get(0)).containsExactly("Bernd Maier (e02)");
    assertThat(page.rows("mentors")).extracting(r -> r.get(0)).containsExactly("Lena Schulz (e14)");
    assertThat(page.rows("demand")).extracting(r -> r.get(0)).containsExactly("Generative AI", "Social media", "Online shop");
    page.screenshot("admin-demo");

    Map<String, String> names = Map.of("e01", "Katrin Holz", "e03", "Sabine Koch", "e04", "Uwe Brandt", "e14", "Lena Schulz",
        "e08", "Mehmet Yilmaz");
    for (String who : List.of("e01", "e03", "e04", "e14", "e08")) {
      page.press("Sign out");
      page.open(links.get(who));
      assertThat(page.heading()).isEqualTo("Hello, " + names.get(who) + " (" + who + ")");
      if (who.equals("e14")) {
        assertThat(page.text("enrolled-mentor")).startsWith("Enrolled as mentor");
      } else {
        assertThat(page.has(By.id("form-enrol-mentee"))).as("%s can still enrol", who).isTrue();
      }
    }
    page.screenshot("junior-demo");
  }
}
