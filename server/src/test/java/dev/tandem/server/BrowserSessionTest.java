package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.server.ServerFixture.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in link, the session cookie, CSRF on forms and on cookie-signed API calls, and errors shown in the form. */
class BrowserSessionTest {
  ServerFixture f;

  @BeforeEach
  void start() {
    f = ServerFixture.demo();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private String cookie(String token) {
    Response r = f.get("/signin/" + token, null);
    assertThat(r.status()).isEqualTo(303);
    String setCookie = f.header(r, "Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").startsWith(TandemServer.COOKIE + "=");
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private Response page(String path, String cookie) {
    return f.send(HttpRequest.newBuilder(URI.create(f.server.baseUrl() + path)).header("Cookie", cookie).GET().build());
  }

  private Response form(String path, String cookie, String body) {
    return f.send(HttpRequest.newBuilder(URI.create(f.server.baseUrl() + path)).header("Cookie", cookie)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void aBadLinkSaysSoInWords() {
    Response r = f.get("/signin/nope", null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).contains("This sign-in link is not valid");
  }

  @Test
  void theAdministratorRunsAFormStepAndSeesAnErrorInTheFormThatCausedIt() {
    String c = cookie(f.admin);
    Response cycle = page("/programmes/workshop/cycles/2026-spring", c);
    assertThat(cycle.status()).isEqualTo(200);
    assertThat(cycle.body()).contains("id=\"form-enrol-mentee\"").contains("<label for=\"enrol-mentee-topics\"");
    String token = csrf(cycle.body());
    // without the CSRF token: refused, nothing changes
    Response noCsrf = form("/programmes/workshop/cycles/2026-spring/enrol-mentee", c, "version=7&employee=e01&topics=genai:3");
    assertThat(noCsrf.status()).isEqualTo(403);
    assertThat(f.version()).isEqualTo(7);
    // an invalid topic: the page again, the problem inside that form, the field marked
    Response bad = form("/programmes/workshop/cycles/2026-spring/enrol-mentee", c,
        "csrf=" + token + "&version=7&employee=e01&topics=cloud:3");
    assertThat(bad.status()).isEqualTo(422);
    String html = bad.body();
    int form = html.indexOf("id=\"form-enrol-mentee\"");
    int error = html.indexOf("id=\"errors-enrol-mentee\"");
    assertThat(form).isPositive();
    assertThat(error).isGreaterThan(form).isLessThan(html.indexOf("</form>", form));
    assertThat(html).contains("is not an announced topic").contains("aria-invalid=\"true\"");
    // a valid one: redirect with a notice
    Response ok = form("/programmes/workshop/cycles/2026-spring/enrol-mentee", c,
        "csrf=" + token + "&version=7&employee=e01&topics=genai:3;online-shop:2&priority=2");
    assertThat(ok.status()).isEqualTo(303);
    assertThat(f.version()).isEqualTo(8);
    assertThat(page("/programmes/workshop/cycles/2026-spring?done=enrol-mentee", c).body()).contains("id=\"notice\"")
        .contains("Katrin Holz (e01)");
  }

  @Test
  void aCookieSignedApiCallNeedsTheCsrfHeader() {
    String c = cookie(f.token("e01"));
    String token = csrf(page("/me", c).body());
    String body = "{\"version\":7,\"employee\":\"e01\",\"topics\":[{\"competence\":\"genai\",\"weight\":3}]}";
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(f.server.baseUrl() + ServerFixture.C + "/enrol-mentee"))
        .header("Cookie", c).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    assertThat(f.send(b.build()).status()).isEqualTo(403);
    assertThat(f.send(b.header("X-CSRF-Token", token).build()).status()).isEqualTo(200);
    // reading with the cookie needs no CSRF token (the page polls drafts this way)
    assertThat(page(ServerFixture.C + "/mine", c).status()).isEqualTo(200);
  }

  @Test
  void theParticipantPageShowsOwnEnrolmentAndSignOutEndsTheSession() {
    String c = cookie(f.token("e14"));
    Response me = page("/me", c);
    assertThat(me.body()).contains("Lena Schulz").contains("id=\"enrolled-mentor\"");
    assertThat(page("/programmes/workshop/cycles/2026-spring", c).status()).isEqualTo(302);
    Response out = form("/signout", c, "csrf=" + csrf(me.body()));
    assertThat(out.status()).isEqualTo(303);
    assertThat(page("/me", c).status()).isEqualTo(401);
  }
}
