package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.server.ServerFixture.Response;
import dev.tandem.server.api.Steps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each role tries the others' endpoints and other people's data. */
class AccessTest {
  ServerFixture f;

  @BeforeEach
  void start() {
    f = ServerFixture.demo();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void everyProtectedRouteAnswers401WithoutOrWithABadToken() {
    for (String route : f.server.servedRoutes()) {
      String[] mp = route.split(" ", 2);
      if (!List.of("GET", "POST").contains(mp[0]) || !mp[1].startsWith("/api/") || mp[1].equals("/api/health")
          || mp[1].equals("/api/openapi.json")) {
        continue;
      }
      String path = mp[1].replace("{programme}", "workshop").replace("{cycle}", "2026-spring").replace("{job}", "j");
      for (String token : new String[] {null, "not-a-token", f.token("e01") + "x"}) {
        Response r = mp[0].equals("GET") ? f.get(path, token) : f.post(path, token, Map.of());
        assertThat(r.status()).as(route + " with " + token).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
      }
    }
  }

  @Test
  void aParticipantGets403OnEveryAdministratorRoute() {
    String e01 = f.token("e01");
    for (String path : List.of("/export", "/people", "/cycles/2026-spring/snapshot", "/cycles/2026-spring/problem",
        "/cycles/2026-spring/result", "/cycles/2026-spring/log", "/cycles/2026-spring/suggestions", "/cycles/2026-spring/review",
        "/cycles/2026-spring/report", "/cycles/2026-spring/drafts", "/cycles/2026-spring/drafts/j")) {
      assertThat(f.get(ServerFixture.P + path, e01).status()).as(path).isEqualTo(403);
    }
    for (Steps.Step s : Steps.all()) {
      if (s.who().equals("admin")) {
        assertThat(f.stepAs(e01, s.name(), Map.of()).status()).as(s.name()).isEqualTo(403);
      }
    }
    assertThat(f.post("/api/programmes", e01, Map.of("id", "x", "problem", Map.of())).status()).isEqualTo(403);
    assertThat(f.post(ServerFixture.P + "/people", e01, Map.of("employee", "e03")).status()).isEqualTo(403);
    assertThat(f.post(ServerFixture.P + "/cycles", e01, Map.of("id", "x")).status()).isEqualTo(403);
    assertThat(f.post(ServerFixture.C + "/drafts", e01, Map.of("version", 1)).status()).isEqualTo(403);
    assertThat(f.version()).isEqualTo(7);
  }

  @Test
  void aParticipantActsOnlyForThemselvesAndSeesOnlyTheirOwnPart() {
    String e01 = f.token("e01");
    Response other = f.stepAs(e01, "enrol-mentee", Map.of("employee", "e03", "topics", List.of(Map.of("competence", "genai", "weight", 3))));
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.body()).doesNotContain("Katrin").doesNotContain("Sabine");
    Response own = f.stepAs(e01, "enrol-mentee", Map.of("employee", "e01", "topics", List.of(Map.of("competence", "genai", "weight", 3))));
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    JsonNode mine = own.json().path("mine");
    assertThat(mine.path("mentee").path("employee").asText()).isEqualTo("e01");
    assertThat(own.body()).doesNotContain("\"e02\"");
    JsonNode view = f.get(ServerFixture.C, e01).json();
    assertThat(view.has("mentees")).isFalse();
    assertThat(view.path("suggestions").path("mentors").toString()).doesNotContain("e02");
    // a junior cannot enrol an executive, nor volunteer someone else
    assertThat(f.stepAs(f.token("e08"), "enrol-mentor", Map.of("employee", "e18",
        "competences", List.of(Map.of("competence", "genai", "proficiency", 3)))).status()).isEqualTo(403);
    // the administrator has no "mine"
    assertThat(f.get(ServerFixture.C + "/mine", f.admin).status()).isEqualTo(403);
  }

  @Test
  void aParticipantOfOneProgrammeCannotReachAnother() {
    String problem = f.get(ServerFixture.C + "/problem", f.admin).body();
    Response created = f.post("/api/programmes", f.admin, "{\"id\":\"other\",\"cycle\":\"c1\",\"problem\":" + problem + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String e01 = f.token("e01");
    assertThat(f.get("/api/programmes/other", e01).status()).isEqualTo(403);
    assertThat(f.get("/api/programmes/other/cycles/c1", e01).status()).isEqualTo(403);
    assertThat(f.post("/api/programmes/other/cycles/c1/enrol-mentee", e01, Map.of("version", 1)).status()).isEqualTo(403);
    JsonNode list = f.get("/api/programmes", e01).json().path("programmes");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("id").asText()).isEqualTo("workshop");
  }

  @Test
  void reissuingALinkRevokesTheOldOne() {
    String old = f.token("e03");
    assertThat(f.get("/api/me", old).status()).isEqualTo(200);
    Response again = f.post(ServerFixture.P + "/people", f.admin, Map.of("employee", "e03"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("signInUrl").asText()).startsWith(f.server.baseUrl() + "/signin/");
    assertThat(f.get("/api/me", old).status()).isEqualTo(401);
    JsonNode me = f.get("/api/me", again.json().path("token").asText()).json();
    assertThat(me.path("employee").asText()).isEqualTo("e03");
    assertThat(me.path("role").asText()).isEqualTo("PARTICIPANT");
    Response unknown = f.post(ServerFixture.P + "/people", f.admin, Map.of("employee", "e99"));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.paths()).containsExactly("employee");
  }

  @Test
  void tokensAreStoredOnlyHashed() {
    String token = f.token("e01");
    List<String> stored = f.server.platform().database().inTransaction(c -> {
      List<String> out = new java.util.ArrayList<>();
      try (var s = c.createStatement(); var r = s.executeQuery("SELECT token_hash FROM sign_in_tokens")) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
      return out;
    });
    assertThat(stored).doesNotContain(token).contains(dev.tandem.server.auth.Tokens.hash(token));
    assertThat(stored).allMatch(h -> h.matches("[0-9a-f]{64}"));
  }

  @Test
  void feedbackIsGivenOnlyByItsSideAndReadOnlyInTheReport() {
    // the feedback step names a side; the administrator and the other side are refused
    Map<String, Object> fb = Map.of("mentee", "e02", "mentor", "e14", "side", "MENTEE", "overallRating", 5);
    assertThat(f.stepAs(f.admin, "record-feedback", fb).status()).isEqualTo(403);
    assertThat(f.stepAs(f.token("e14"), "record-feedback", fb).status()).isEqualTo(403);
    assertThat(f.stepAs(f.token("e01"), "record-feedback", fb).status()).isEqualTo(403);
  }
}
