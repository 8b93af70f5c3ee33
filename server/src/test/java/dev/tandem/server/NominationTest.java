package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.server.ServerFixture.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The direct approach with the candidate's answer. */
class NominationTest {
  static final String N = ServerFixture.C + "/nominations";
  ServerFixture f;

  @BeforeEach
  void start() {
    f = ServerFixture.demo();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private String invite(String employee, String competence) {
    Response r = f.post(N, f.admin, Map.of("employee", employee, "competence", competence));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().path("status").asText()).isEqualTo("PENDING");
    return r.json().path("id").asText();
  }

  @Test
  void theInvitedJuniorAcceptsAndIsEnrolledAsNominated() {
    Response bad = f.post(N, f.admin, Map.of("employee", "e99", "competence", "diversity"));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.paths()).containsExactlyInAnyOrder("employee", "competence");
    assertThat(f.post(N, f.admin, Map.of("employee", "e14", "competence", "genai")).paths()).containsExactly("employee");
    assertThat(f.post(N, f.token("e08"), Map.of("employee", "e08", "competence", "genai")).status()).isEqualTo(403);
    String id = invite("e08", "genai");
    assertThat(f.post(N, f.admin, Map.of("employee", "e08", "competence", "genai")).status()).isEqualTo(422);

    assertThat(f.get(N, f.token("e08")).json().path("nominations")).hasSize(1);
    assertThat(f.get(N, f.token("e01")).json().path("nominations")).isEmpty();
    Map<String, Object> answer = Map.of("version", f.version(), "capacity", 2,
        "competences", List.of(Map.of("competence", "genai", "proficiency", 4)));
    assertThat(f.post(N + "/" + id + "/accept", f.token("e01"), answer).status()).isEqualTo(403);
    assertThat(f.post(N + "/" + id + "/accept", f.admin, answer).status()).isEqualTo(403);
    long v = f.version();
    Response stale = f.post(N + "/" + id + "/accept", f.token("e08"), Map.of("version", v - 1, "capacity", 2,
        "competences", List.of(Map.of("competence", "genai", "proficiency", 4))));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(f.get(N, f.admin).json().path("nominations").get(0).path("status").asText()).isEqualTo("PENDING");
    assertThat(f.version()).isEqualTo(v);

    Response ok = f.post(N + "/" + id + "/accept", f.token("e08"), answer);
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    assertThat(ok.json().path("mine").path("mentor").path("nominated").asBoolean()).isTrue();
    JsonNode mentors = f.get(ServerFixture.C, f.admin).json().path("mentors");
    assertThat(mentors.get(1).path("employee").asText()).isEqualTo("e08");
    assertThat(mentors.get(1).path("capacity").asInt()).isEqualTo(2);
    assertThat(f.get(N, f.admin).json().path("nominations").get(0).path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(f.post(N + "/" + id + "/accept", f.token("e08"), Map.of("version", f.version(), "capacity", 1,
        "competences", List.of(Map.of("competence", "genai", "proficiency", 4)))).status()).isEqualTo(409);
  }

  @Test
  void declineRecordsTheAnswerAndChangesNoCycle() {
    String id = invite("e03", "online-shop");
    long v = f.version();
    assertThat(f.post(N + "/" + id + "/decline", f.token("e04"), "").status()).isEqualTo(403);
    Response r = f.post(N + "/" + id + "/decline", f.token("e03"), "");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("status").asText()).isEqualTo("DECLINED");
    assertThat(f.version()).isEqualTo(v);
    assertThat(f.post(N + "/" + id + "/decline", f.token("e03"), "").status()).isEqualTo(409);
    assertThat(f.post(N + "/nom-x/decline", f.token("e03"), "").status()).isEqualTo(404);
  }
}
