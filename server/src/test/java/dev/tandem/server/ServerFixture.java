package dev.tandem.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.server.api.Json;
import dev.tandem.server.service.Demo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A server on a free port with the demo organisation, and an HTTP client speaking JSON to it. */
final class ServerFixture implements AutoCloseable {
  static final String P = "/api/programmes/" + Demo.PROGRAMME;
  static final String C = P + "/cycles/" + Demo.CYCLE;

  final TandemServer server;
  final String admin;
  final Map<String, String> tokens;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ServerFixture(TandemServer server, boolean demo) {
    this.server = server;
    if (demo) {
      Demo.Created d = Demo.create(server.platform());
      admin = d.adminToken();
      tokens = d.participantTokens();
    } else {
      admin = server.platform().createAdmin().token();
      tokens = Map.of();
    }
  }

  static String memoryUrl() {
    return "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
  }

  static ServerFixture demo() {
    return demo(memoryUrl(), StrategyRegistry.standard());
  }

  static ServerFixture demo(String jdbcUrl, StrategyRegistry strategies) {
    return new ServerFixture(start(jdbcUrl, strategies), true);
  }

  static ServerFixture empty(String jdbcUrl) {
    return new ServerFixture(start(jdbcUrl, StrategyRegistry.standard()), false);
  }

  static TandemServer start(String jdbcUrl, StrategyRegistry strategies) {
    ServerConfig config = ServerConfig.builder().host("127.0.0.1").port(0).jdbcUrl(jdbcUrl)
        .heartbeat(Duration.ofMillis(200)).staleAfter(Duration.ofSeconds(3)).build();
    return TandemServer.builder(config).strategies(strategies).start();
  }

  String token(String employee) {
    return tokens.get(employee);
  }

  /** A response: status, content type, body, and the body as JSON when it is JSON. */
  record Response(int status, String contentType, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    /** The problem paths of a problem+json answer. */
    java.util.List<String> paths() {
      java.util.List<String> out = new java.util.ArrayList<>();
      json().path("problems").forEach(p -> out.add(p.path("path").asText()));
      return out;
    }

    long version() {
      return json().path("version").asLong();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  Response get(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  Response post(String path, String token, Object body) {
    try {
      String json = body instanceof String s ? s : Json.MAPPER.writeValueAsString(body);
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      return send(b.build());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The cycle's current version as the administrator reads it. */
  long version() {
    return get(C, admin).version();
  }

  /** A step as the administrator, on the current version; asserts it was accepted. */
  Response step(String step, Map<String, Object> args) {
    return stepAs(admin, step, args);
  }

  Response stepAs(String token, String step, Map<String, Object> args) {
    Map<String, Object> body = new java.util.LinkedHashMap<>(args);
    body.putIfAbsent("version", version());
    return post(C + "/" + step, token, body);
  }

  Optional<String> header(Response r, String name) {
    return r.raw().headers().firstValue(name);
  }

  @Override
  public void close() {
    server.close();
  }
}
