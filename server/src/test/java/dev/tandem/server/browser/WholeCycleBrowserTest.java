package dev.tandem.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.server.Launcher;
import dev.tandem.server.ServerConfig;
import dev.tandem.server.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One whole cycle of a programme, clicked and typed through the pages in real headless Chromium,
 * as the three roles: the programme administrator, executives (mentees) and juniors (mentors).
 *
 * <p>The server runs in-process on a free port with a fresh H2 database, started the way
 * {@code ./tandem serve} starts it; the administrator signs in with the link it prints. Every
 * main page is saved as a screenshot in {@code target/screenshots/whole-cycle/}. The draft's
 * progress and its cancellation are in {@link DraftProgressBrowserTest}, the demo in
 * {@link DemoBrowserTest}.
 */
class WholeCycleBrowserTest {

  @TempDir
  Path data;

  private Launcher.Started started;
  private HeadlessChromium chromium;
  private Pages page;
  private final Map<String, String> links = new LinkedHashMap<>();
  private String cyclePage;

  @BeforeEach
  void start() {
    chromium = HeadlessChromium.startOrSkip();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    started = Launcher.start(ServerConfig.builder().host("127.0.0.1").port(0).jdbcUrl(Database.h2Url(data)).build(), false,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    String out = printed.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("admin sign-in: http://localhost:" + started.server().port() + "/signin/");
    links.put("admin", started.adminUrl().orElseThrow());
    page = new Pages(chromium.driver(), URI.create(started.server().baseUrl() + "/"), Path.of("target", "screenshots", "whole-cycle"));
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
  void aWholeCycleThroughThePages() throws IOException {
    try {
      wholeCycle();
    } catch (AssertionError | RuntimeException e) {
      page.screenshot("failure");
      e.addSuppressed(new AssertionError("the page at failure, " + page.url() + ":\n" + page.text()));
      throw e;
    }
  }

  private void wholeCycle() throws IOException {
    adminCreatesTheProgramme();
    adminAnnouncesTopicsAndIssuesLinks();
    juniorsVolunteer();
    executivesChooseTopicsAndSeeSuggestions();
    adminFollowsEnrolmentAndNominates();
    adminSetsTheFramework();
    adminDraftsAndReviews();
    pairsKickOff();
    sessionsAreRecorded();
    bothSidesGiveFeedback();
    adminClosesReadsTheReportAndStartsTheNextCycle();
  }

  // ------------------------------------------------------------------ the administrator sets up

  private void adminCreatesTheProgramme() throws IOException {
    page.open("/");
    assertThat(page.heading()).isEqualTo("Tandem");
    assertThat(page.text()).contains("Open the personal sign-in link");
    signIn("admin");
    assertThat(page.heading()).isEqualTo("Programmes");
    assertThat(page.text()).contains("No programme yet");
    // The first Tab reaches the skip link, which becomes visible and leads past the header.
    WebElement skip = page.tabTo(page.driver().findElement(By.cssSelector("a[href='#main']")), 1);
    assertThat(skip.getText()).as("the skip link shows when it has the focus").isEqualTo("Skip to content");
    page.screenshot("admin-programmes");

    // A refused form says in words what is wrong, every problem at once, each next to the field
    // that caused it; it keeps what was typed and creates nothing.
    page.type("Programme id", "work shop!").type("Name", "Furniture workshop");
    page.press("Create programme");
    page.screenshot("create-programme-refused");
    assertThat(page.errorFor("Programme id")).as("an id with a blank and '!' is refused").isPresent();
    assertThat(page.errorFor("Organisation as tandem-problem/1 (JSON)")).hasValueSatisfying(e -> assertThat(e).contains("organisation"));
    assertThat(page.field("Programme id").getAttribute("value")).isEqualTo("work shop!");
    assertThat(page.field("Name").getAttribute("value")).isEqualTo("Furniture workshop");
    assertThat(page.text()).contains("No programme yet");

    page.type("Programme id", "workshop").type("Name", "Furniture workshop").type("First cycle id", "2026-spring");
    paste(page.field("Organisation as tandem-problem/1 (JSON)"), resource("/demo/workshop.json"));
    page.press("Create programme");
    assertThat(page.heading()).isEqualTo("Furniture workshop: cycle 2026-spring");
    assertThat(phase()).isEqualTo("TOPIC_CALL");
    cyclePage = page.url();
  }

  private void adminAnnouncesTopicsAndIssuesLinks() {
    // Enter in the last field submits the form, as a keyboard user expects.
    page.in("form-announce-topic").select("Topic", "Generative AI (genai)").type("Target pairs (optional)", "2")
        .field("Target pairs (optional)").sendKeys(Keys.ENTER);
    page.waitForText("Done: announce topic.", 20);
    page.in("form-announce-topic").select("Topic", "Social media (social-media)").type("Target pairs (optional)", "0");
    page.in("form-announce-topic").press("Announce");
    assertThat(page.errorFor("Target pairs (optional)")).as("a target of 0 pairs is refused next to the field").isPresent();
    page.in("form-announce-topic").select("Topic", "Social media (social-media)").type("Target pairs (optional)", "1").press("Announce");
    page.in("form-announce-topic").select("Topic", "Online shop (online-shop)").type("Target pairs (optional)", "1").press("Announce");
    assertThat(page.rows("topics")).containsExactly(
        List.of("Generative AI", "2"), List.of("Social media", "1"), List.of("Online shop", "1"));
    page.screenshot("topic-call");

    for (String[] person : new String[][] {
        {"e01", "Katrin Holz (e01)"}, {"e03", "Sabine Koch (e03)"}, {"e08", "Mehmet Yilmaz (e08)"},
        {"e14", "Lena Schulz (e14)"}}) {
      page.in("form-issue-link").select("Employee", person[1]).press("Issue link");
      assertThat(page.heading()).isEqualTo("Sign-in link issued");
      String link = page.byId("issued-link").getAttribute("value");
      assertThat(link).startsWith(started.server().baseUrl() + "/signin/").doesNotContain(person[0]);
      links.put(person[0], link);
      if (person[0].equals("e01")) {
        page.screenshot("sign-in-link");
      }
      page.press("Back to the cycle");
    }
    page.in("form-open-enrolment").press("Open enrolment");
    assertThat(phase()).isEqualTo("ENROLMENT");
  }

  // ------------------------------------------------------------------ participants enrol

  private void juniorsVolunteer() {
    signIn("e08");
    assertThat(page.heading()).isEqualTo("Hello, Mehmet Yilmaz (e08)");
    assertThat(phase()).isEqualTo("ENROLMENT");
    assertThat(page.text()).contains("Generative AI (genai)", "Social media (social-media)", "Online shop (online-shop)");
    page.screenshot("junior-enrolment");
    page.in("form-enrol-mentor").type("What you can teach, with proficiency", "genai:4;social-media:3")
        .type("How many executives", "1").press("Volunteer as mentor");
    assertThat(page.text("enrolled-mentor")).isEqualTo("Enrolled as mentor for Generative AI (4), Social media (3), capacity 1.");

    signIn("e14");
    assertThat(page.heading()).isEqualTo("Hello, Lena Schulz (e14)");
    page.in("form-enrol-mentor").type("What you can teach, with proficiency", "online-shop:9;social-media:4")
        .type("How many executives", "1").press("Volunteer as mentor");
    assertThat(page.errorFor("What you can teach, with proficiency")).as("proficiency 9 is outside 1..5")
        .hasValueSatisfying(e -> assertThat(e).contains("9"));
    page.screenshot("junior-refused");
    page.in("form-enrol-mentor").type("What you can teach, with proficiency", "online-shop:4;social-media:4")
        .type("How many executives", "1").press("Volunteer as mentor");
    assertThat(page.text("enrolled-mentor")).isEqualTo("Enrolled as mentor for Online shop (4), Social media (4), capacity 1.");
  }

  private void executivesChooseTopicsAndSeeSuggestions() {
    signIn("e01");
    assertThat(page.heading()).isEqualTo("Hello, Katrin Holz (e01)");
    page.in("form-enrol-mentee").type("Topics with weights", "gnai:3").press("Enrol as mentee");
    assertThat(page.errorFor("Topics with weights")).as("an unknown topic is named next to the field")
        .hasValueSatisfying(e -> assertThat(e).contains("gnai"));
    page.in("form-enrol-mentee").type("Topics with weights", "genai:3;online-shop:2").press("Enrol as mentee");
    assertThat(page.text("enrolled-mentee")).isEqualTo("Enrolled as mentee on Generative AI (weight 3), Online shop (weight 2).");
    // Hand-computed with the default weights (docs/objective.md): Katrin (management, level 5) and
    // Mehmet (workshop, level 1): fit 3*4 = 12 -> topic 120, gap 4 -> 20, other department -> 30.
    // Lena (sales, level 1): fit 2*4 = 8 -> topic 80, gap 4 -> 20, other department -> 30.
    assertThat(page.items("suggested-mentors")).containsExactly(
        "Mehmet Yilmaz (e08): shares genai; topic 120, level gap 20, cross-department 30, rating 0, preference 0",
        "Lena Schulz (e14): shares online-shop; topic 80, level gap 20, cross-department 30, rating 0, preference 0");
    page.screenshot("executive-suggestions");
    // An executive who opens the administrator's cycle page lands on their own page instead.
    page.open(cyclePage);
    assertThat(page.heading()).isEqualTo("Hello, Katrin Holz (e01)");
    assertThat(page.has(By.id("form-close-enrolment"))).isFalse();

    signIn("e03");
    page.in("form-enrol-mentee").type("Topics with weights", "social-media:3").press("Enrol as mentee");
    // Sabine manages Lena through Petra (two steps): the reporting line rules Lena out.
    // Mehmet: fit 3*3 = 9 -> topic 90, gap 3 -> 15, other department -> 30.
    assertThat(page.items("suggested-mentors")).containsExactly(
        "Mehmet Yilmaz (e08): shares social-media; topic 90, level gap 15, cross-department 30, rating 0, preference 0");
  }

  private void adminFollowsEnrolmentAndNominates() {
    signIn("admin");
    page.open(cyclePage);
    page.in("form-enrol-mentee").select("Employee", "Uwe Brandt (e04)").type("Topics with weights", "genai:2")
        .type("Priority", "2").press("Enrol mentee");
    assertThat(page.rows("mentees")).containsExactly(
        List.of("Katrin Holz (e01)", "genai (3), online-shop (2)", "1"),
        List.of("Sabine Koch (e03)", "social-media (3)", "1"),
        List.of("Uwe Brandt (e04)", "genai (2)", "2"));
    // Demand against supply: Generative AI is asked by two executives, offered by one junior.
    assertThat(page.rows("demand")).containsExactly(
        List.of("Generative AI", "2", "1", "1", "2"),
        List.of("Social media", "1", "2", "2", "1"),
        List.of("Online shop", "1", "1", "1", "1"));
    WebElement genai = page.byId("suggestions").findElements(By.xpath("./li")).stream()
        .filter(li -> li.getText().startsWith("Generative AI:")).findFirst().orElseThrow();
    page.screenshot("enrolment");
    page.pressWithKeyboard(page.buttonStartingWith(genai, "Nominate Paul Wagner (e18)"));
    assertThat(page.rows("mentors")).contains(List.of("Paul Wagner (e18)", "genai (3)", "1", "approached"));
    assertThat(page.rows("demand").get(0)).containsExactly("Generative AI", "2", "2", "2", "2");
    page.in("form-close-enrolment").press("Close enrolment");
    assertThat(phase()).isEqualTo("FRAMEWORK");
  }

  private void adminSetsTheFramework() {
    // An incomplete framework may be saved; matching cannot start until it is complete, and the
    // refusal names every missing part.
    page.in("form-define-framework").type("Duration (weeks)", "12").type("Meet every (weeks)", "2").type("Sessions", "0")
        .check("The confidentiality charter is accepted", false).press("Save framework");
    page.in("form-start-matching").press("Start matching");
    assertThat(phase()).isEqualTo("FRAMEWORK");
    assertThat(page.text("errors-start-matching")).contains("sessions", "charter");
    page.screenshot("framework-refused");
    page.in("form-define-framework").type("Sessions", "6").check("The confidentiality charter is accepted", true)
        .press("Save framework");
    page.in("form-start-matching").press("Start matching");
    assertThat(phase()).isEqualTo("MATCHING");
  }

  // ------------------------------------------------------------------ matching and review

  private void adminDraftsAndReviews() {
    draftExact();
    // e03 and e04 both need Mehmet (capacity 1): Uwe has priority 2, so Sabine is left out.
    // Katrin + Paul (management -> office, levels 5 -> 1): fit 3*3 = 9 -> 90, gap 4 -> 20, +30 = 140.
    // Uwe + Mehmet (office -> workshop, 4 -> 1): fit 2*4 = 8 -> 80, gap 3 -> 15, +30 = 125.
    assertThat(pairs()).containsExactly(
        List.of("Katrin Holz (e01)", "Paul Wagner (e18)", "140"),
        List.of("Uwe Brandt (e04)", "Mehmet Yilmaz (e08)", "125"));
    assertThat(page.text("pair-e01")).contains("shares genai; topic 90, level gap 20, cross-department 30, rating 0, preference 0");
    assertThat(page.rows("unmatched")).hasSize(1);
    assertThat(page.rows("unmatched").get(0).get(0)).isEqualTo("Sabine Koch (e03)");
    assertThat(page.rows("unmatched").get(0).get(1)).startsWith("CAPACITY_EXHAUSTED");
    assertThat(page.text("score")).isEqualTo("0hard/-1medium/265soft");
    page.screenshot("draft-review");

    // Swap: Katrin + Mehmet (fit 12 -> 120, gap 4 -> 20, +30 = 170) and Uwe + Paul, whom Uwe
    // manages through Martina (reporting line): fit 6 -> 60, gap 3 -> 15, same department = 75.
    page.in("form-swap").select("First mentee", "Katrin Holz (e01)").select("Second mentee", "Uwe Brandt (e04)").press("Swap");
    assertThat(lastReviewChange()).isEqualTo("-1hard/0medium/-20soft");
    assertThat(page.text("score")).isEqualTo("-1hard/-1medium/245soft");
    page.in("form-publish").press("Publish");
    assertThat(phase()).as("a draft that breaks a rule is not published").isEqualTo("MATCHING");
    assertThat(page.text()).contains("REPORTING_LINE");
    page.screenshot("publish-refused");
    page.in("form-swap").select("First mentee", "Katrin Holz (e01)").select("Second mentee", "Uwe Brandt (e04)").press("Swap");
    assertThat(lastReviewChange()).isEqualTo("1hard/0medium/20soft");

    page.pressWithKeyboard(page.button(page.byId("pair-e01"), "Lock"));
    assertThat(lastReviewChange()).isEqualTo("0hard/0medium/0soft");
    assertThat(page.text("pair-e01")).contains("locked").doesNotContain("Forbid");

    page.pressWithKeyboard(page.button(page.byId("pair-e04"), "Forbid"));
    assertThat(lastReviewChange()).as("Uwe (priority 2) loses his 125-point pair").isEqualTo("0hard/-2medium/-125soft");
    assertThat(page.rows("unmatched")).extracting(r -> r.get(0)).containsExactly("Sabine Koch (e03)", "Uwe Brandt (e04)");

    // Drafting again keeps the lock and the forbidden pair: Mehmet now goes to Sabine (135).
    draftExact();
    assertThat(pairs()).containsExactly(
        List.of("Katrin Holz (e01)", "Paul Wagner (e18)", "140"),
        List.of("Sabine Koch (e03)", "Mehmet Yilmaz (e08)", "135"));
    assertThat(page.rows("unmatched").get(0).get(1)).startsWith("NO_ELIGIBLE_MENTOR");
    page.pressWithKeyboard(page.button(page.byId("pair-e03"), "Remove"));
    assertThat(lastReviewChange()).isEqualTo("0hard/-1medium/-135soft");
    draftExact();
    assertThat(page.text("score")).isEqualTo("0hard/-2medium/275soft");
    page.screenshot("review");
    page.in("form-publish").press("Publish");
    assertThat(phase()).isEqualTo("KICK_OFF");
  }

  private void draftExact() {
    String previous = page.has(By.id("job-id")) ? page.text("job-id") : "";
    page.in("form-draft").select("Strategy", "exact").type("Time limit (seconds)", "20").press("Draft");
    // The page polls the draft's progress and reloads itself when the draft ends.
    new WebDriverWait(page.driver(), Duration.ofSeconds(60)).withMessage(() -> "the draft never finished:\n" + page.text())
        .until(d -> d.findElements(By.id("job-id")).stream().anyMatch(e -> !e.getText().equals(previous))
            && d.findElements(By.id("job-status")).stream().anyMatch(e -> e.getText().equals("DONE")));
    // The finished draft says which version of the cycle it stored; the page shows that version.
    Matcher stored = Pattern.compile("stored as version (\\d+)").matcher(page.text("job-message"));
    assertThat(stored.find()).as("the finished draft names the version it stored: %s", page.text("job-message")).isTrue();
    if (!version().equals(stored.group(1))) {
      page.open(page.url().replaceAll("#.*$", ""));
    }
    assertThat(version()).isEqualTo(stored.group(1));
  }

  /** The draft's pairs: mentee, mentor, score. */
  private List<List<String>> pairs() {
    return page.rows("pairs").stream().map(r -> r.subList(0, 3)).toList();
  }

  /** The score change of the last review entry, checked against its own before and after. */
  private String lastReviewChange() {
    List<String> log = page.items("review-log");
    String last = log.get(log.size() - 1).lines().findFirst().orElseThrow();
    Matcher m = Pattern.compile("score (\\S+) → (\\S+) \\(change (\\S+)\\)").matcher(last);
    assertThat(m.find()).as("review entry \"%s\" shows before, after and change", last).isTrue();
    assertThat(m.group(2)).as("the score after the last edit is the draft's score").isEqualTo(page.text("score"));
    return m.group(3);
  }

  // ------------------------------------------------------------------ kick-off, sessions, feedback

  private void pairsKickOff() {
    signIn("e01");
    assertThat(page.text("my-pair")).isEqualTo("My pair: Paul Wagner (e18)");
    page.in("form-record-kick-off").type("The executive's expectations", "Understand what our apprentices do with AI")
        .type("The junior's expectations", "See how the company decides")
        .type("Goal", "Draft customer letters with AI").type("Measure of success", "three letters a week")
        .typeDate("Target date", LocalDate.of(2026, 6, 30)).press("Save kick-off");
    assertThat(page.text("my-goal")).isEqualTo("Goal: Draft customer letters with AI (measure: three letters a week, by 2026-06-30)");
    page.screenshot("executive-kick-off");

    signIn("admin");
    page.open(cyclePage);
    page.in("form-record-kick-off").select("Pair", "Sabine Koch (e03) with Mehmet Yilmaz (e08)")
        .type("Goal", "Post weekly on the shop's channels").type("Measure of success", "12 posts")
        .typeDate("Target date", LocalDate.of(2026, 7, 31)).press("Record kick-off");
    assertThat(page.text("errors-record-kick-off")).as("a kick-off needs both sides' expectations")
        .contains("mentee's expectations are blank", "mentor's expectations are blank");
    page.screenshot("kick-off-refused");
    page.in("form-record-kick-off").select("Pair", "Sabine Koch (e03) with Mehmet Yilmaz (e08)")
        .type("The executive's expectations", "Reach younger customers").type("The junior's expectations", "Learn how sales plans")
        .type("Goal", "Post weekly on the shop's channels").type("Measure of success", "12 posts")
        .typeDate("Target date", LocalDate.of(2026, 7, 31)).press("Record kick-off");
    assertThat(page.rows("running-pairs")).containsExactly(
        List.of("Katrin Holz (e01)", "Paul Wagner (e18)", "goal: Draft customer letters with AI", "0"),
        List.of("Sabine Koch (e03)", "Mehmet Yilmaz (e08)", "goal: Post weekly on the shop's channels", "0"));
    page.in("form-start-running").press("Start running");
    assertThat(phase()).isEqualTo("RUNNING");
  }

  private void sessionsAreRecorded() {
    signIn("e08");
    assertThat(page.text("my-pair")).isEqualTo("My pair: Sabine Koch (e03)");
    page.in("form-record-session").typeDate("Date", LocalDate.of(2026, 4, 15)).select("Status", "held").press("Record session");
    assertThat(page.text("my-sessions")).isEqualTo("1 session(s) recorded.");
    page.screenshot("junior-sessions");

    signIn("admin");
    page.open(cyclePage);
    page.in("form-record-session").select("Pair", "Katrin Holz (e01) with Paul Wagner (e18)").typeDate("Date", LocalDate.of(2026, 4, 16))
        .select("Status", "held").press("Record session");
    assertThat(page.rows("running-pairs")).extracting(r -> r.get(3)).containsExactly("1", "1");
    page.screenshot("running");
    page.in("form-start-feedback").press("Start feedback");
    assertThat(phase()).isEqualTo("FEEDBACK");
  }

  private void bothSidesGiveFeedback() {
    feedback("e01", "5", "4", "Prompts need context\nCheck every answer");
    page.screenshot("executive-feedback");
    feedback("e03", "4", "3", "Short videos work");
    feedback("e08", "4", "5", "Executives like plain words");
    signIn("admin");
    page.open(cyclePage);
    assertThat(page.text()).contains("3 answers received, 1 missing.");
    assertThat(page.items("missing-feedback")).containsExactly("Paul Wagner (e18) (mentor of e01->e18)");
    page.screenshot("feedback-round");
  }

  private void feedback(String who, String overall, String goal, String learnings) {
    signIn(who);
    page.in("form-record-feedback").type("Overall rating (1 to 5)", overall).type("Rating of each goal (1 to 5)", goal)
        .type("What you learnt (one per line)", learnings).check("I would take part again", true).press("Send feedback");
    assertThat(page.text("feedback-given")).startsWith("Thank you: your feedback is recorded.");
  }

  // ------------------------------------------------------------------ the report and the next cycle

  private void adminClosesReadsTheReportAndStartsTheNextCycle() {
    page.in("form-close").press("Close cycle");
    assertThat(phase()).isEqualTo("CLOSED");
    assertThat(page.text("participation")).contains("Mentees\n3", "Mentors\n3 (1 approached)", "Pairs formed\n2 (0 ended early)",
        "Sessions held\n2 (0 cancelled)", "Feedback\n3 of 4");
    assertThat(page.driver().findElements(By.cssSelector("#ratings .bar[role=img]"))).isNotEmpty();
    assertThat(page.items("learnings")).contains("Prompts need context (mentee, e01->e18)");
    page.screenshot("report");

    page.in("form-next-cycle").type("Next cycle id", "2026-autumn").press("Start next cycle");
    assertThat(page.heading()).isEqualTo("Furniture workshop: cycle 2026-autumn");
    assertThat(phase()).isEqualTo("TOPIC_CALL");
    assertThat(page.text()).contains("2026-spring (Closed)");
    page.screenshot("next-cycle");
  }

  /** The cycle's phase, as the page marks it for machines (people read its label). */
  private String phase() {
    return page.byId("phase").getAttribute("data-phase");
  }

  /** The version of the cycle the page shows. */
  private String version() {
    return page.byId("phase").getAttribute("data-version");
  }

  private void signIn(String who) {
    if (page.has(By.id("submit-signout"))) {
      page.press("Sign out");
    }
    page.open(links.get(who));
  }

  /** Puts a file's text into a field at once, as pasting does (typing 4 kB key by key is slow). */
  private void paste(WebElement field, String text) {
    ((JavascriptExecutor) page.driver()).executeScript("arguments[0].value = arguments[1];", field, text);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WholeCycleBrowserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
