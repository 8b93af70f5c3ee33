package dev.tandem.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does on a page, in their words: fill the field labelled "Capacity", press the
 * button "Enrol", read the page. Fields are found through their {@code <label>} only, so a form
 * whose inputs have no label fails the test: that is what a screen reader user would meet too.
 */
final class Pages {

  private final WebDriver driver;
  private final URI base;
  private final Path screenshots;
  private int shots;

  Pages(WebDriver driver, URI base, Path screenshots) {
    this.driver = driver;
    this.base = base;
    this.screenshots = screenshots;
    try {
      Files.createDirectories(screenshots);
      try (var old = Files.newDirectoryStream(screenshots, "*.png")) {
        for (Path f : old) {
          Files.delete(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a path (or an absolute URL, such as a sign-in link) and waits for the page. */
  Pages open(String pathOrUrl) {
    driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base.resolve(pathOrUrl).toString());
    return this;
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String title() {
    return driver.getTitle();
  }

  String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** The visible text of the whole page. */
  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The visible text of the element with this id. */
  String text(String id) {
    return byId(id).getText();
  }

  WebElement byId(String id) {
    try {
      return driver.findElement(By.id(id));
    } catch (NoSuchElementException e) {
      throw new AssertionError("no element with id \"" + id + "\" on " + url() + "\n" + text(), e);
    }
  }

  boolean has(By by) {
    return !driver.findElements(by).isEmpty();
  }

  /** The form field whose {@code <label>} reads {@code label} (exactly, ignoring case and a trailing colon or "*"). */
  WebElement field(String label) {
    return field(driver.findElement(By.tagName("body")), label);
  }

  WebElement field(WebElement scope, String label) {
    List<String> seen = new ArrayList<>();
    for (WebElement l : scope.findElements(By.tagName("label"))) {
      String text = normalise(l.getText());
      seen.add(text);
      if (!text.equalsIgnoreCase(normalise(label))) {
        continue;
      }
      String forId = l.getAttribute("for");
      if (forId != null && !forId.isBlank()) {
        return byId(forId);
      }
      List<WebElement> nested = l.findElements(By.cssSelector("input, select, textarea"));
      if (!nested.isEmpty()) {
        return nested.get(0);
      }
      throw new AssertionError("label \"" + label + "\" on " + url() + " is bound to no field");
    }
    throw new AssertionError("no field labelled \"" + label + "\" on " + url() + "; labels: " + seen);
  }

  private static String normalise(String label) {
    String t = label.strip().replaceAll("\\s+", " ");
    while (t.endsWith(":") || t.endsWith("*")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** The form (or any element) with this id, to fill and press within it only. */
  In in(String id) {
    return new In(byId(id));
  }

  /** Fields and buttons looked up inside one element (a form), for pages with several forms. */
  final class In {
    private final WebElement root;

    private In(WebElement root) {
      this.root = root;
    }

    WebElement field(String label) {
      return Pages.this.field(root, label);
    }

    In type(String label, String value) {
      WebElement f = field(label);
      f.clear();
      f.sendKeys(value);
      return this;
    }

    /**
     * Types a date into a date field with the keyboard, in the browser's locale order (month first
     * or day first: whichever the field accepts).
     */
    In typeDate(String label, LocalDate date) {
      WebElement f = field(label);
      String iso = date.toString();
      for (String pattern : List.of("MMddyyyy", "ddMMyyyy", "yyyyMMdd")) {
        f.clear();
        f.sendKeys(date.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT)));
        if (iso.equals(f.getAttribute("value"))) {
          return this;
        }
      }
      throw new AssertionError("the date field \"" + label + "\" took none of the usual key orders for " + iso);
    }

    In select(String label, String visibleText) {
      new Select(field(label)).selectByVisibleText(visibleText);
      return this;
    }

    In check(String label, boolean on) {
      WebElement f = field(label);
      if (f.isSelected() != on) {
        f.sendKeys(Keys.SPACE);
      }
      assertThat(f.isSelected()).as("checkbox %s", label).isEqualTo(on);
      return this;
    }

    String text() {
      return root.getText();
    }

    Pages press(String text) {
      return pressWithKeyboard(button(root, text));
    }
  }

  /** Types into the labelled field, replacing what was there, with the keyboard. */
  Pages type(String label, String value) {
    WebElement f = field(label);
    f.clear();
    f.sendKeys(value);
    return this;
  }

  Pages select(String label, String visibleText) {
    new Select(field(label)).selectByVisibleText(visibleText);
    return this;
  }

  Pages check(String label, boolean on) {
    WebElement f = field(label);
    if (f.isSelected() != on) {
      f.sendKeys(Keys.SPACE);
    }
    assertThat(f.isSelected()).as("checkbox %s", label).isEqualTo(on);
    return this;
  }

  /** The button (or submit input, or link styled as one) whose text reads {@code text}. */
  WebElement button(String text) {
    return button(driver.findElement(By.tagName("body")), text);
  }

  WebElement button(WebElement scope, String text) {
    List<String> seen = new ArrayList<>();
    for (WebElement b : scope.findElements(By.cssSelector("button, input[type=submit], a"))) {
      String t = normalise(b.getTagName().equals("input") ? b.getAttribute("value") : b.getText());
      seen.add(t);
      if (t.equalsIgnoreCase(text) && b.isDisplayed()) {
        return b;
      }
    }
    throw new AssertionError("no button or link \"" + text + "\" on " + url() + "; there are: " + seen);
  }

  /** Presses a button or follows a link by focusing it and pressing Enter, as a keyboard user does. */
  Pages press(String text) {
    return pressWithKeyboard(button(text));
  }

  Pages pressWithKeyboard(WebElement element) {
    WebElement before = driver.findElement(By.tagName("html"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", element);
    element.sendKeys(Keys.ENTER);
    waitForNextPage(before);
    return this;
  }

  /** Presses a button with the mouse. */
  Pages click(String text) {
    WebElement before = driver.findElement(By.tagName("html"));
    button(text).click();
    waitForNextPage(before);
    return this;
  }

  /** Presses Tab until the labelled field has the focus: fails if it cannot be reached by the keyboard. */
  WebElement tabTo(WebElement target, int maxPresses) {
    WebElement active = driver.switchTo().activeElement();
    for (int i = 0; i < maxPresses; i++) {
      if (active.equals(target)) {
        return active;
      }
      active.sendKeys(Keys.TAB);
      active = driver.switchTo().activeElement();
    }
    assertThat(active).as("keyboard focus reaches %s within %d Tab presses", describe(target), maxPresses)
        .isEqualTo(target);
    return active;
  }

  private static String describe(WebElement e) {
    return e.getTagName() + "#" + e.getAttribute("id") + " \"" + e.getText() + "\"";
  }

  /** The error shown in words next to the labelled field (the text its aria-describedby points to). */
  Optional<String> errorFor(String label) {
    return errorFor(field(label));
  }

  Optional<String> errorFor(WebElement field) {
    String described = field.getAttribute("aria-describedby");
    if (described == null || described.isBlank() || !"true".equals(field.getAttribute("aria-invalid"))) {
      return Optional.empty();
    }
    String text = List.of(described.trim().split("\\s+")).stream()
        .map(id -> driver.findElements(By.id(id)))
        .flatMap(List::stream)
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .collect(Collectors.joining(" "));
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** The button whose text starts with {@code prefix}, inside {@code scope}. */
  WebElement buttonStartingWith(WebElement scope, String prefix) {
    List<String> seen = new ArrayList<>();
    for (WebElement b : scope.findElements(By.cssSelector("button, input[type=submit]"))) {
      String t = normalise(b.getTagName().equals("input") ? b.getAttribute("value") : b.getText());
      seen.add(t);
      if (t.startsWith(prefix) && b.isDisplayed()) {
        return b;
      }
    }
    throw new AssertionError("no button starting \"" + prefix + "\" on " + url() + "; there are: " + seen);
  }

  /** The rows of a table (by id) as the visible text of their cells, header row excluded. */
  List<List<String>> rows(String tableId) {
    return byId(tableId).findElements(By.cssSelector("tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList())
        .toList();
  }

  /** The visible texts of the items of a list (by id). */
  List<String> items(String listId) {
    return byId(listId).findElements(By.xpath("./li")).stream().map(WebElement::getText).map(String::strip).toList();
  }

  /** Waits (up to {@code seconds}) until the page text contains {@code text}, reloading if asked. */
  Pages waitForText(String text, int seconds) {
    new WebDriverWait(driver, Duration.ofSeconds(seconds)).withMessage(() -> "page " + url()
        + " never showed \"" + text + "\"; it shows:\n" + text()).until(d -> text().contains(text));
    return this;
  }

  /** Every button here submits a form: waits until the page it leads to has replaced {@code before} and loaded. */
  private void waitForNextPage(WebElement before) {
    new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(() -> "no new page after pressing on " + url())
        .until(d -> gone(before));
    new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(WebDriverException.class).until(d ->
        "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * Whether an element's document has been replaced. Chromium answers a question about an element
   * of a document being replaced either "stale element" or "node does not belong to the
   * document": both mean the old page is gone.
   */
  static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /**
   * Saves a screenshot of the whole page (beyond the window, through the browser's own capture) as
   * {@code NN-name.png} and returns its path.
   */
  Path screenshot(String name) {
    Path file = screenshots.resolve(String.format(Locale.ROOT, "%02d-%s.png", ++shots, name));
    Object png;
    if (driver instanceof HasCdp cdp) {
      png = cdp.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true)).get("data");
    } else {
      png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BASE64);
    }
    try {
      Files.write(file, Base64.getDecoder().decode((String) png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

}
