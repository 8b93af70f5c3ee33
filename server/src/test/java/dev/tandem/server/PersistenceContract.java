package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.server.ServerFixture.Response;
import dev.tandem.server.api.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost, on any database: a restart keeps every committed step; a server killed with
 * SIGKILL in the middle of a stream of steps restarts with every acknowledged one; of concurrent
 * edits based on one version exactly one is applied, the rest answer 409 and change nothing.
 */
abstract class PersistenceContract {
  /** A fresh, empty database for one test. */
  abstract String newDatabase() throws Exception;

  @Test
  void aRestartKeepsEveryCommittedStep() throws Exception {
    String url = newDatabase();
    String before;
    String admin;
    String e01;
    try (ServerFixture f = ServerFixture.demo(url, StrategyRegistry.standard())) {
      f.step("enrol-mentee", Map.of("employee", "e01", "topics", List.of(Map.of("competence", "genai", "weight", 3))));
      before = f.get(ServerFixture.C + "/snapshot", f.admin).body();
      admin = f.admin;
      e01 = f.token("e01");
    }
    try (ServerFixture again = ServerFixture.empty(url)) {
      assertThat(again.get(ServerFixture.C + "/snapshot", admin).body()).isEqualTo(before);
      assertThat(again.get(ServerFixture.C, admin).version()).isEqualTo(8);
      assertThat(again.get(ServerFixture.C + "/mine", e01).json().path("mentee").path("employee").asText()).isEqualTo("e01");
      assertThat(again.get(ServerFixture.C + "/log", admin).json().path("log")).hasSize(8);
    }
  }

  @Test
  void ofConcurrentEditsOnOneVersionExactlyOneIsAppliedAndNothingIsLost() throws Exception {
    try (ServerFixture f = ServerFixture.demo(newDatabase(), StrategyRegistry.standard())) {
      long v = f.version();
      List<String> people = List.of("e01", "e03", "e04", "e05", "e06", "e07");
      ExecutorService pool = Executors.newFixedThreadPool(people.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> answers = new ArrayList<>();
      for (String e : people) {
        answers.add(pool.submit(() -> {
          go.await();
          return f.post(ServerFixture.C + "/enrol-mentee", f.admin, Map.of("version", v, "employee", e,
              "topics", List.of(Map.of("competence", "genai", "weight", 2))));
        }));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      String winner = null;
      for (int i = 0; i < people.size(); i++) {
        Response r = answers.get(i).get(60, TimeUnit.SECONDS);
        statuses.add(r.status());
        if (r.status() == 200) {
          winner = people.get(i);
        } else {
          assertThat(r.json().path("type").asText()).as(r.toString()).endsWith("stale-version");
        }
      }
      pool.shutdown();
      assertThat(Collections.frequency(statuses, 200)).as(statuses.toString()).isEqualTo(1);
      assertThat(Collections.frequency(statuses, 409)).isEqualTo(people.size() - 1);
      JsonNode cycle = f.get(ServerFixture.C, f.admin).json();
      assertThat(cycle.path("version").asLong()).isEqualTo(v + 1);
      List<String> mentees = new ArrayList<>();
      cycle.path("mentees").forEach(m -> mentees.add(m.path("employee").asText()));
      assertThat(mentees).containsExactly("e02", winner);
      // the refused edits, sent again on the new version, all land
      for (String e : people) {
        if (!e.equals(winner)) {
          assertThat(f.step("enrol-mentee", Map.of("employee", e, "topics", List.of(Map.of("competence", "genai", "weight", 2))))
              .status()).isEqualTo(200);
        }
      }
      assertThat(f.get(ServerFixture.C, f.admin).json().path("mentees")).hasSize(people.size() + 1);
    }
  }

  @Test
  void aServerKilledDuringStepsRestartsWithEveryAcknowledgedStep() throws Exception {
    String url = newDatabase();
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), KillTarget.class.getName(), url);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    List<String> acknowledged = new ArrayList<>();
    String admin;
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String port = null;
      admin = null;
      for (String line; (line = out.readLine()) != null;) {
        if (line.startsWith("port ")) {
          port = line.substring(5);
        } else if (line.startsWith("admin ")) {
          admin = line.substring(6);
          break;
        }
      }
      assertThat(admin).as("the child server started").isNotNull();
      Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
      drain.setDaemon(true);
      drain.start();
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port + ServerFixture.C;
      List<String> employees = List.of("e01", "e03", "e04", "e05", "e06", "e07", "e09", "e10", "e11", "e12", "e13", "e15", "e16", "e17");
      long version = 7;
      for (int i = 0; i < employees.size(); i++) {
        String e = employees.get(i);
        String body = Json.MAPPER.writeValueAsString(Map.of("version", version, "employee", e,
            "topics", List.of(Map.of("competence", "genai", "weight", 2))));
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/enrol-mentee"))
            .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        if (i == 6) {
          // the kill lands while this request is in flight
          var pending = http.sendAsync(req, java.net.http.HttpResponse.BodyHandlers.ofString());
          p.destroyForcibly();
          try {
            var r = pending.get(10, TimeUnit.SECONDS);
            if (r.statusCode() == 200) {
              acknowledged.add(e);
            }
          } catch (Exception lost) {
            // no answer: the step may or may not have been committed
          }
          break;
        }
        var r = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        acknowledged.add(e);
        version++;
      }
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    try (ServerFixture again = ServerFixture.empty(url)) {
      JsonNode cycle = again.get(ServerFixture.C, admin).json();
      List<String> mentees = new ArrayList<>();
      cycle.path("mentees").forEach(m -> mentees.add(m.path("employee").asText()));
      assertThat(mentees).containsAll(acknowledged);
      assertThat(mentees.size()).isBetween(acknowledged.size() + 1, acknowledged.size() + 2);
      // the version and the step log agree with the stored snapshot
      assertThat(cycle.path("version").asLong()).isEqualTo(6 + mentees.size());
      assertThat(again.get(ServerFixture.C + "/log", admin).json().path("log")).hasSize(6 + mentees.size());
      // and the server goes on from there
      Response next = again.step("enrol-mentee", Map.of("employee", "e18", "topics", List.of(Map.of("competence", "genai", "weight", 1))));
      assertThat(next.status()).as(next.toString()).isEqualTo(200);
    }
  }
}
