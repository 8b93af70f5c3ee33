package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.server.ServerFixture.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One whole cycle through the API, with a refusal at every step that has one; a refusal changes nothing. */
class CycleApiTest {
  ServerFixture f;

  @BeforeEach
  void start() {
    f = ServerFixture.demo();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private Response ok(Response r) {
    assertThat(r.status()).as(r.toString()).isBetween(200, 202);
    return r;
  }

  /** Asserts a refusal with status and problem paths, and that the cycle did not change. */
  private Response refused(int status, String snapshotBefore, Response r, String... paths) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.paths()).contains(paths);
    assertThat(snapshot()).as("a refused step changes nothing").isEqualTo(snapshotBefore);
    return r;
  }

  private String snapshot() {
    return f.get(ServerFixture.C + "/snapshot", f.admin).body() + "@" + f.version();
  }

  private JsonNode cycle() {
    return f.get(ServerFixture.C, f.admin).json();
  }

  @Test
  void enrolmentSteps() {
    String s = snapshot();
    // wrong phase
    refused(409, s, f.step("announce-topic", Map.of("competence", "sustainability")), "announce a topic");
    // stale version
    Response stale = f.post(ServerFixture.C + "/enrol-mentee", f.admin, Map.of("version", f.version() - 1, "employee", "e01",
        "topics", List.of(Map.of("competence", "genai", "weight", 3))));
    refused(409, s, stale, "version");
    assertThat(stale.json().path("type").asText()).endsWith("stale-version");
    // missing version
    refused(422, s, f.post(ServerFixture.C + "/enrol-mentee", f.admin, Map.of("employee", "e01",
        "topics", List.of(Map.of("competence", "genai", "weight", 3)))), "version");
    // every problem of the body at once, each with its path
    refused(422, s, f.post(ServerFixture.C + "/enrol-mentee", f.admin, Map.of("version", f.version(), "employee", 5, "priority", "high",
        "topics", List.of(Map.of("competence", "genai")), "bogus", 1)), "employee", "priority", "topics[0].weight", "bogus");
    // core's own validation, with core's paths
    refused(422, s, f.step("enrol-mentee", Map.of("employee", "e01", "topics", List.of(Map.of("competence", "cloud", "weight", 2)))),
        "mentee.topics[0].competence");
    refused(422, s, f.step("enrol-mentee", Map.of("employee", "e99", "topics", List.of(Map.of("competence", "genai", "weight", 2)))),
        "mentee.employee");
    refused(422, s, f.step("enrol-mentee", Map.of("employee", "e02", "topics", List.of(Map.of("competence", "genai", "weight", 2)))),
        "mentee.employee");

    Response r = ok(f.step("enrol-mentee", Map.of("employee", "e01", "priority", 3,
        "topics", List.of(Map.of("competence", "genai", "weight", 3), Map.of("competence", "online-shop", "weight", 2)))));
    assertThat(r.version()).isEqualTo(8);
    assertThat(r.json().path("cycle").path("mentees")).hasSize(2);
    ok(f.step("nominate-mentor", Map.of("employee", "e18", "capacity", 1,
        "competences", List.of(Map.of("competence", "genai", "proficiency", 4)))));
    JsonNode c = cycle();
    assertThat(c.path("mentors").get(1).path("employee").asText()).isEqualTo("e18");
    assertThat(c.path("mentors").get(1).path("nominated").asBoolean()).isTrue();
    JsonNode suggestions = f.get(ServerFixture.C + "/suggestions", f.admin).json();
    assertThat(suggestions.path("topics")).hasSize(3);
    List<String> genai = new ArrayList<>();
    suggestions.path("topics").get(0).path("candidates").forEach(x -> genai.add(x.path("employee").asText()));
    assertThat(genai).doesNotContain("e18", "e14").contains("e16");
  }

  @Test
  void wholeCycleFromEnrolmentToTheNextCycle() throws Exception {
    ok(f.step("enrol-mentee", Map.of("employee", "e01", "priority", 3,
        "topics", List.of(Map.of("competence", "genai", "weight", 3), Map.of("competence", "online-shop", "weight", 2)))));
    ok(f.step("enrol-mentee", Map.of("employee", "e03", "topics", List.of(Map.of("competence", "online-shop", "weight", 3)))));
    ok(f.step("enrol-mentee", Map.of("employee", "e04", "topics", List.of(Map.of("competence", "genai", "weight", 3)))));
    ok(f.step("nominate-mentor", Map.of("employee", "e18", "competences", List.of(Map.of("competence", "genai", "proficiency", 4),
        Map.of("competence", "online-shop", "proficiency", 3)))));
    ok(f.step("nominate-mentor", Map.of("employee", "e16", "competences", List.of(Map.of("competence", "genai", "proficiency", 3)))));
    ok(f.step("enrol-mentor", Map.of("employee", "e08", "competences", List.of(Map.of("competence", "social-media", "proficiency", 4),
        Map.of("competence", "genai", "proficiency", 3)))));
    ok(f.step("close-enrolment", Map.of()));
    assertThat(cycle().path("phase").asText()).isEqualTo("FRAMEWORK");

    String s = snapshot();
    refused(409, s, f.step("start-matching", Map.of()), "start matching");
    ok(f.step("define-framework", Map.of("durationWeeks", 12, "meetingEveryWeeks", 2, "sessions", 6, "charterAccepted", false)));
    s = snapshot();
    Response noCharter = refused(409, s, f.step("start-matching", Map.of()), "start matching");
    assertThat(noCharter.body()).contains("charter");
    ok(f.step("define-framework", Map.of("durationWeeks", 12, "meetingEveryWeeks", 2, "sessions", 6, "charterAccepted", true)));
    ok(f.step("start-matching", Map.of()));

    // draft in the background
    s = snapshot();
    refused(422, s, f.post(ServerFixture.C + "/drafts", f.admin, Map.of("version", f.version(), "strategy", "nope")), "strategy");
    refused(409, s, f.step("publish", Map.of()), "publish");
    Response job = ok(f.post(ServerFixture.C + "/drafts", f.admin, Map.of("version", f.version(), "strategy", "exact",
        "timeLimitSeconds", 5)));
    assertThat(job.status()).isEqualTo(202);
    JsonNode done = DraftJobTest.awaitEnd(f, job.json().path("id").asText());
    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DONE");
    JsonNode review = f.get(ServerFixture.C + "/review", f.admin).json();
    assertThat(review.path("pairs").size()).isGreaterThanOrEqualTo(3);
    assertThat(review.path("log").get(0).path("edit").path("type").asText()).isEqualTo("DRAFT");
    assertThat(review.path("pairs").get(0).path("why").asText()).contains("shares");

    // review edits, each answering with the score change
    JsonNode p0 = review.path("pairs").get(0);
    Response lock = ok(f.step("lock", Map.of("mentee", p0.path("mentee").asText(), "mentor", p0.path("mentor").asText())));
    JsonNode entry = lock.json().path("review");
    assertThat(entry.path("edit").path("type").asText()).isEqualTo("LOCK");
    assertThat(entry.path("change").path("soft").asLong())
        .isEqualTo(entry.path("after").path("soft").asLong() - entry.path("before").path("soft").asLong());
    s = snapshot();
    refused(422, s, f.step("lock", Map.of("mentee", p0.path("mentee").asText(), "mentor", "e05")), "lock.mentor");
    refused(409, s, f.step("remove", Map.of("mentee", p0.path("mentee").asText())), "remove a pair");
    List<JsonNode> unlocked = new ArrayList<>();
    f.get(ServerFixture.C + "/review", f.admin).json().path("pairs").forEach(p -> {
      if (!p.path("locked").asBoolean()) {
        unlocked.add(p);
      }
    });
    assertThat(unlocked).hasSizeGreaterThanOrEqualTo(2);
    String a = unlocked.get(0).path("mentee").asText();
    String b = unlocked.get(1).path("mentee").asText();
    Response swap = ok(f.step("swap", Map.of("menteeA", a, "menteeB", b)));
    assertThat(swap.json().path("review").path("edit").path("type").asText()).isEqualTo("SWAP");
    ok(f.step("swap", Map.of("menteeA", a, "menteeB", b)));
    Response forbid = ok(f.step("forbid", Map.of("mentee", a, "mentor", unlocked.get(0).path("mentor").asText())));
    assertThat(forbid.json().path("review").path("explanation").toString()).contains("dissolved");
    JsonNode afterForbid = f.get(ServerFixture.C + "/review", f.admin).json();
    assertThat(afterForbid.path("forbidden")).hasSize(1);
    assertThat(afterForbid.path("unmatched").toString()).contains(a);
    ok(f.step("publish", Map.of()));
    assertThat(cycle().path("phase").asText()).isEqualTo("KICK_OFF");

    // kick-off
    List<JsonNode> pairs = new ArrayList<>();
    cycle().path("pairs").forEach(pairs::add);
    s = snapshot();
    refused(409, s, f.step("start-running", Map.of()), "start running");
    refused(409, s, f.step("record-kick-off", Map.of("mentee", pairs.get(0).path("mentee").asText(), "mentor",
        pairs.get(0).path("mentor").asText(), "menteeExpectations", "", "mentorExpectations", "x", "goals", List.of())), "record a kick-off");
    for (JsonNode p : pairs) {
      ok(f.step("record-kick-off", Map.of("mentee", p.path("mentee").asText(), "mentor", p.path("mentor").asText(),
          "menteeExpectations", "ideas", "mentorExpectations", "insight",
          "goals", List.of(Map.of("description", "a pilot", "measureOfSuccess", "running", "targetDate", "2026-06-01")))));
    }
    ok(f.step("start-running", Map.of()));
    s = snapshot();
    refused(422, s, f.step("record-session", Map.of("mentee", pairs.get(0).path("mentee").asText(), "mentor",
        pairs.get(0).path("mentor").asText(), "date", "first of may", "status", "MAYBE")), "date", "status");
    refused(409, s, f.step("start-feedback", Map.of()), "start the feedback round");
    for (JsonNode p : pairs) {
      ok(f.step("record-session", Map.of("mentee", p.path("mentee").asText(), "mentor", p.path("mentor").asText(),
          "date", "2026-03-16", "status", "HELD")));
    }
    ok(f.step("start-feedback", Map.of()));

    // feedback: only the person of that side gives it
    JsonNode first = pairs.get(0);
    String mentee = first.path("mentee").asText();
    String token = f.post(ServerFixture.P + "/people", f.admin, Map.of("employee", mentee)).json().path("token").asText();
    Map<String, Object> feedback = Map.of("mentee", mentee, "mentor", first.path("mentor").asText(), "side", "MENTEE",
        "overallRating", 5, "goalRatings", List.of(4), "learnings", List.of("prompting in practice"), "wouldTakePartAgain", true);
    s = snapshot();
    refused(409, s, f.step("close", Map.of()), "close the cycle");
    refused(403, s, f.step("record-feedback", feedback));
    Map<String, Object> badRating = new java.util.HashMap<>(feedback);
    badRating.put("overallRating", 9);
    refused(422, s, f.stepAs(token, "record-feedback", badRating), "feedback.overallRating");
    Response given = ok(f.stepAs(token, "record-feedback", feedback));
    assertThat(given.json().has("cycle")).as("a participant never gets the administrator's view").isFalse();
    assertThat(given.json().path("mine").path("feedbackGiven")).hasSize(1);
    assertThat(f.get(ServerFixture.C, f.admin).body()).doesNotContain("prompting in practice");
    ok(f.step("close", Map.of()));

    JsonNode report = f.get(ServerFixture.C + "/report", f.admin).json().path("report");
    assertThat(report.path("participation").path("feedbackReceived").asInt()).isEqualTo(1);
    assertThat(report.path("learnings").toString()).contains("prompting in practice");
    assertThat(f.get(ServerFixture.C + "/report", token).status()).isEqualTo(403);

    // the next cycle, with this one's pairs as history
    s = snapshot();
    Response bad = f.post(ServerFixture.P + "/cycles", f.admin, Map.of("id", "bad id!"));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.paths()).contains("id");
    Response next = f.post(ServerFixture.P + "/cycles", f.admin, Map.of("id", "2026-autumn"));
    assertThat(next.status()).as(next.toString()).isEqualTo(201);
    assertThat(next.json().path("phase").asText()).isEqualTo("TOPIC_CALL");
    String snap = f.get(ServerFixture.P + "/cycles/2026-autumn/snapshot", f.admin).body();
    assertThat(snap).contains("\"cycle\": \"2026-spring\"");
    assertThat(f.post(ServerFixture.P + "/cycles", f.admin, Map.of("id", "2027")).status()).isEqualTo(409);
    JsonNode programme = f.get(ServerFixture.P, f.admin).json();
    assertThat(programme.path("cycles")).hasSize(2);
    String export = f.get(ServerFixture.P + "/export", f.admin).body();
    assertThat(dev.tandem.io.ProgrammeFiles.parse(export).cycles()).hasSize(2);
  }

  @Test
  void createProgrammeFromProblemOrCsvAndRefuseBadInput() {
    String problem = f.get(ServerFixture.C + "/problem", f.admin).body();
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("id", "copy");
    body.put("name", "Copy");
    body.put("cycle", "one");
    body.put("problem", parse(problem));
    Response created = f.post("/api/programmes", f.admin, body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(f.get("/api/programmes/copy/cycles/one", f.admin).json().path("phase").asText()).isEqualTo("TOPIC_CALL");
    assertThat(f.post("/api/programmes", f.admin, body).status()).isEqualTo(409);

    Response csv = f.post("/api/programmes", f.admin, Map.of("id", "hr", "csv", Map.of(
        "employees", "id,department,level,manager,name,skills\nP1,Board,6,,Kira Engel,\nP2,IT,1,P1,Tom Berg,genai\n",
        "competences", "id,name\ngenai,Generative AI\n")));
    assertThat(csv.status()).as(csv.toString()).isEqualTo(201);

    Response badCsv = f.post("/api/programmes", f.admin, Map.of("id", "hr2", "csv", Map.of(
        "employees", "id,department,level\nP1,Board,high\n")));
    assertThat(badCsv.status()).isEqualTo(422);
    assertThat(badCsv.paths()).anyMatch(p -> p.startsWith("csv."));
    assertThat(badCsv.body()).contains("high");

    Response badProblem = f.post("/api/programmes", f.admin, Map.of("id", "x", "problem", Map.of("format", "tandem-problem/1",
        "employees", List.of(Map.of("id", "e1")), "mentees", List.of(), "mentors", List.of(), "typo", 1)));
    assertThat(badProblem.status()).isEqualTo(422);
    assertThat(badProblem.paths()).allMatch(p -> p.startsWith("problem")).contains("problem.typo");
    Response neither = f.post("/api/programmes", f.admin, Map.of("id", "bad id"));
    assertThat(neither.status()).isEqualTo(422);
    assertThat(neither.paths()).contains("problem");
    assertThat(f.get("/api/programmes", f.admin).json().path("programmes")).hasSize(3);
  }

  private static JsonNode parse(String json) {
    try {
      return dev.tandem.server.api.Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
