package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthAndOpenApiTest {
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
  void healthAnswersWithoutSignIn() {
    ServerFixture.Response r = f.get("/api/health", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("status").asText()).isEqualTo("UP");
  }

  @Test
  void everyServedApiRouteIsInTheOpenApiDocumentAndNothingElse() {
    ServerFixture.Response r = f.get("/api/openapi.json", null);
    assertThat(r.status()).isEqualTo(200);
    JsonNode doc = r.json();
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    List<String> documented = new ArrayList<>();
    doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    // Javalin's own table of routes, independent of how the document is written
    List<String> served = f.server.servedRoutes().stream()
        .filter(s -> List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(s.split(" ", 2)[0]))
        .filter(s -> s.split(" ", 2)[1].startsWith("/api/")).toList();
    assertThat(served).hasSizeGreaterThan(30);
    assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
  }

  @Test
  void everyProtectedOperationDeclaresBearerSecurityAnd401() {
    JsonNode doc = f.get("/api/openapi.json", null).json();
    doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
      boolean open = p.getKey().equals("/api/health") || p.getKey().equals("/api/openapi.json");
      assertThat(op.getValue().path("responses").has("401")).as(op.getKey() + " " + p.getKey()).isEqualTo(!open);
      assertThat(op.getValue().path("security").size()).as(p.getKey()).isEqualTo(open ? 0 : 1);
    }));
  }

  @Test
  void unknownApiPathIsAProblemDocument() {
    ServerFixture.Response r = f.get("/api/nothing-here", f.admin);
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }
}
