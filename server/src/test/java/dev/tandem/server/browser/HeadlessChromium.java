package dev.tandem.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium, headless, driven through the system's chromedriver.
 *
 * <p>Nothing is downloaded: the browser is {@code $CHROME_BIN} (default {@code /usr/bin/chromium})
 * and the driver {@code $CHROMEDRIVER} (default {@code /usr/bin/chromedriver}), both given to
 * Selenium explicitly so that Selenium Manager never runs. Each browser gets a fresh profile
 * directory, removed on {@link #close()}, and flags that keep it off the network (the machine's
 * network is closed): no background networking, component updates, sync or QUIC.
 *
 * <p>Guarantee: {@link #startOrSkip()} either returns a running browser, or aborts the calling
 * test (JUnit "skipped") when the environment variable {@code CI} is unset, or fails it when
 * {@code CI} is set: in CI the browser test never skips.
 */
final class HeadlessChromium implements AutoCloseable {

  static final List<String> FLAGS = List.of(
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
      "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-extensions", "--lang=en-GB",
      "--window-size=1280,900");

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** The browser, or an aborted (locally) or failed (in CI) test when it cannot start. */
  static HeadlessChromium startOrSkip() {
    String browser = env("CHROME_BIN", "/usr/bin/chromium");
    String chromedriver = env("CHROMEDRIVER", "/usr/bin/chromedriver");
    boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
    String missing = !Files.isExecutable(Path.of(browser)) ? "browser " + browser + " not found"
        : !Files.isExecutable(Path.of(chromedriver)) ? "driver " + chromedriver + " not found" : null;
    if (missing != null) {
      String message = "headless Chromium cannot start: " + missing
          + " (install the Debian packages chromium and chromium-driver, as .ci/run does,"
          + " or set CHROME_BIN and CHROMEDRIVER)";
      return unavailable(ci, message, null);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("tandem-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Selenium looks for a DevTools binding matching the browser version and logs a warning when
    // there is none; we never use DevTools, so that warning is noise.
    Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.SEVERE);
    Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver").setLevel(Level.SEVERE);
    try {
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(Path.of(chromedriver).toFile())
          .usingAnyFreePort()
          .withTimeout(Duration.ofSeconds(60))
          .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(browser);
      options.addArguments(FLAGS);
      options.addArguments("--user-data-dir=" + profile);
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      return new HeadlessChromium(driver, profile);
    } catch (RuntimeException e) {
      deleteQuietly(profile);
      return unavailable(ci, "headless Chromium cannot start (" + browser + " via " + chromedriver + "): "
          + e.getMessage().lines().findFirst().orElse(e.toString()), e);
    }
  }

  private static HeadlessChromium unavailable(boolean ci, String message, Throwable cause) {
    if (ci) {
      return Assertions.fail(message + " [CI is set: the browser test must run, not skip]", cause);
    }
    Assumptions.abort(message + " [skipped because CI is not set]");
    throw new AssertionError("unreachable");
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
