package dev.tandem.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.server.ServerConfig;
import dev.tandem.server.TandemServer;
import dev.tandem.server.service.Demo;
import dev.tandem.server.store.Database;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A draft that takes its time: the matching page shows the best score so far while the draft
 * runs, updated in place, and a cancelled draft leaves the cycle as it was. The demo's cycle is
 * taken from enrolment to matching through the pages; {@link PatientStrategy} keeps the draft
 * running until it is cancelled.
 */
class DraftProgressBrowserTest {

  @TempDir
  Path data;

  private TandemServer server;
  private HeadlessChromium chromium;
  private Pages page;
  private String adminLink;

  @BeforeEach
  void start() {
    chromium = HeadlessChromium.startOrSkip();
    server = TandemServer.builder(ServerConfig.builder().host("127.0.0.1").port(0).jdbcUrl(Database.h2Url(data)).build())
        .strategies(StrategyRegistry.standard().with(new PatientStrategy())).start();
    adminLink = server.signInUrl(Demo.create(server.platform()).adminToken());
    page = new Pages(chromium.driver(), URI.create(server.baseUrl() + "/"), Path.of("target", "screenshots", "draft-progress"));
  }

  @AfterEach
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theDraftShowsItsProgressAndCanBeCancelled() {
    page.open(adminLink);
    page.press("Furniture workshop");
    page.in("form-close-enrolment").press("Close enrolment");
    page.in("form-define-framework").type("Duration (weeks)", "12").type("Meet every (weeks)", "2").type("Sessions", "6")
        .check("The confidentiality charter is accepted", true).press("Save framework");
    page.in("form-start-matching").press("Start matching");
    assertThat(phase()).isEqualTo("MATCHING");
    String version = page.byId("phase").getAttribute("data-version");

    page.in("form-draft").select("Strategy", PatientStrategy.NAME).type("Time limit (seconds)", "120").press("Draft");
    assertThat(page.text("job-status")).isEqualTo("RUNNING");
    // The page asks for the progress and updates it in place, without reloading. Greedy pairs
    // Bernd (workshop, level 4; social media 3, AI 1) with Lena (sales, level 1; social media 4):
    // fit 3*4 = 12 -> 120, level gap 3 -> 15, other department -> 30: 165.
    WebElement html = page.driver().findElement(By.tagName("html"));
    new WebDriverWait(page.driver(), Duration.ofSeconds(30)).withMessage(() -> "no progress shown:\n" + page.text())
        .until(d -> page.text("job-score").equals("0hard/0medium/165soft"));
    assertThat(Pages.gone(html)).as("updated in place, without reloading").isFalse();
    assertThat(page.text("job-status")).isEqualTo("RUNNING");
    page.screenshot("draft-running");

    page.in("job").press("Cancel draft");
    new WebDriverWait(page.driver(), Duration.ofSeconds(60)).withMessage(() -> "the draft was not cancelled:\n" + page.text())
        .until(d -> page.text("job-status").equals("CANCELLED"));
    assertThat(page.text("job-message")).isEqualTo("cancelled; the cycle is unchanged");
    assertThat(page.text("review")).isEqualTo("No draft yet.");
    assertThat(page.byId("phase").getAttribute("data-version")).isEqualTo(version);
    page.screenshot("draft-cancelled");

    // A draft that runs to its time limit is stored and reviewed.
    page.in("form-draft").select("Strategy", PatientStrategy.NAME).type("Time limit (seconds)", "1").press("Draft");
    new WebDriverWait(page.driver(), Duration.ofSeconds(60)).withMessage(() -> "the draft never finished:\n" + page.text())
        .until(d -> page.has(By.id("pairs")) && page.text("job-status").equals("DONE"));
    assertThat(page.rows("pairs")).extracting(r -> r.subList(0, 3))
        .containsExactly(List.of("Bernd Maier (e02)", "Lena Schulz (e14)", "165"));
  }

  private String phase() {
    return page.byId("phase").getAttribute("data-phase");
  }
}
