package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.server.ServerFixture.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Platform mode through the API: executives rank and request, juniors answer; withdrawals; each refusal changes nothing. */
class PlatformModeApiTest {
  ServerFixture f;

  @BeforeEach
  void start() {
    f = ServerFixture.demo();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private JsonNode mine(String employee) {
    return f.get(ServerFixture.C + "/mine", f.token(employee)).json();
  }

  @Test
  void executivesRequestAndJuniorsAnswer() {
    assertThat(f.stepAs(f.token("e01"), "set-platform-mode", Map.of("mode", "PLATFORM")).status()).isEqualTo(403);
    Response bad = f.step("set-platform-mode", Map.of("mode", "SOMETIMES"));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.paths()).containsExactly("mode");
    assertThat(f.step("set-platform-mode", Map.of("mode", "PLATFORM", "requestExpiryDays", 7)).status()).isEqualTo(200);
    assertThat(f.get(ServerFixture.C, f.admin).json().path("mode").asText()).isEqualTo("PLATFORM");

    assertThat(f.stepAs(f.token("e01"), "enrol-mentee", Map.of("employee", "e01",
        "topics", List.of(Map.of("competence", "social-media", "weight", 3)))).status()).isEqualTo(200);
    JsonNode suggestions = mine("e01").path("suggestions").path("mentors");
    assertThat(suggestions.toString()).contains("e14");
    assertThat(f.stepAs(f.token("e01"), "rank", Map.of("mentee", "e01", "mentors", List.of("e14"))).status()).isEqualTo(200);
    assertThat(f.get(ServerFixture.C, f.admin).json().path("mentees").get(1).path("ranking").toString()).contains("e14");
    assertThat(f.stepAs(f.token("e01"), "request", Map.of("mentee", "e03", "mentor", "e14")).status()).isEqualTo(403);
    long v = f.version();
    Response unknown = f.stepAs(f.token("e01"), "request", Map.of("mentee", "e01", "mentor", "e05"));
    assertThat(unknown.status()).isBetween(409, 422);
    assertThat(f.version()).isEqualTo(v);
    Response req = f.stepAs(f.token("e01"), "request", Map.of("mentee", "e01", "mentor", "e14"));
    assertThat(req.status()).as(req.toString()).isEqualTo(200);
    assertThat(req.json().path("mine").path("requests").get(0).path("status").asText()).isEqualTo("OPEN");
    assertThat(mine("e14").path("requestsToAnswer")).hasSize(1);
    assertThat(f.stepAs(f.token("e08"), "accept-request", Map.of("mentee", "e01", "mentor", "e14")).status()).isEqualTo(403);
    Response accepted = f.stepAs(f.token("e14"), "accept-request", Map.of("mentee", "e01", "mentor", "e14"));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    JsonNode requests = f.get(ServerFixture.C, f.admin).json().path("requests");
    assertThat(requests.get(0).path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(mine("e01").path("requests").get(0).path("status").asText()).isEqualTo("ACCEPTED");
  }

  @Test
  void aParticipantWithdrawsOnlyThemselves() {
    f.stepAs(f.token("e01"), "enrol-mentee", Map.of("employee", "e01", "topics", List.of(Map.of("competence", "genai", "weight", 3))));
    assertThat(f.stepAs(f.token("e03"), "withdraw", Map.of("employee", "e01")).status()).isEqualTo(403);
    Response w = f.stepAs(f.token("e01"), "withdraw", Map.of("employee", "e01"));
    assertThat(w.status()).as(w.toString()).isEqualTo(200);
    assertThat(w.json().path("mine").path("mentee").isNull()).isTrue();
    JsonNode cycle = f.get(ServerFixture.C, f.admin).json();
    assertThat(cycle.path("mentees")).hasSize(1);
    assertThat(cycle.path("changes").toString()).contains("withdr");
  }

  @Test
  void healthAndCarryOverAreRefusedInTheWrongPhase() {
    Response h = f.get(ServerFixture.C + "/health", f.admin);
    assertThat(h.status()).isEqualTo(409);
    assertThat(f.get(ServerFixture.C + "/health?date=soon", f.admin).status()).isEqualTo(422);
    assertThat(f.get(ServerFixture.C + "/carry-over", f.admin).status()).isEqualTo(409);
    assertThat(f.get(ServerFixture.C + "/health", f.token("e01")).status()).isEqualTo(403);
  }
}
