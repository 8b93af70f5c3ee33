package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.Progress;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.server.ServerFixture.Response;
import dev.tandem.server.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Background drafts: progress, cancel, one at a time, and a draft whose server died started again. */
class DraftJobTest {
  /** Reports a rising score every 50 ms until cancelled (at most 20 s), then proposes no pair. */
  static final class Slow implements MatchingStrategy {
    @Override
    public String name() {
      return "slow";
    }

    @Override
    public String description() {
      return "test: waits for cancellation";
    }

    @Override
    public Matching match(Eligibility el, MatchOptions options) {
      long start = System.nanoTime();
      for (int i = 1; !options.cancellation().isCancelled() && System.nanoTime() - start < 20_000_000_000L; i++) {
        options.progress().onProgress(new Progress("slow", i * 50L, Score.of(0, 0, i)));
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return Matching.empty(el.problem());
    }
  }

  ServerFixture f;

  @BeforeEach
  void start() {
    f = ServerFixture.demo(ServerFixture.memoryUrl(), StrategyRegistry.standard().with(new Slow()));
    f.step("enrol-mentee", Map.of("employee", "e01", "topics", List.of(Map.of("competence", "social-media", "weight", 3))));
    f.step("close-enrolment", Map.of());
    f.step("define-framework", Map.of("durationWeeks", 12, "meetingEveryWeeks", 2, "sessions", 6, "charterAccepted", true));
    f.step("start-matching", Map.of());
  }

  @AfterEach
  void stop() {
    f.close();
  }

  static JsonNode awaitEnd(ServerFixture f, String job) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      JsonNode j = f.get(ServerFixture.C + "/drafts/" + job, f.admin).json();
      if (!List.of("RUNNING", "CANCEL_REQUESTED").contains(j.path("status").asText())) {
        return j;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("draft " + job + " did not end in 30 s");
  }

  private Response startSlow() {
    return f.post(ServerFixture.C + "/drafts", f.admin, Map.of("version", f.version(), "strategy", "slow", "timeLimitSeconds", 30));
  }

  @Test
  void progressIsPolledAndCancelLeavesTheCycleUnchanged() throws Exception {
    long version = f.version();
    Response job = startSlow();
    assertThat(job.status()).as(job.toString()).isEqualTo(202);
    String id = job.json().path("id").asText();
    JsonNode progress = null;
    for (int i = 0; i < 100; i++) {
      progress = f.get(ServerFixture.C + "/drafts/" + id, f.admin).json();
      if (!progress.path("bestScore").isNull()) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(progress.path("status").asText()).isEqualTo("RUNNING");
    assertThat(progress.path("bestScore").asText()).startsWith("0hard/0medium/");
    // one live draft per cycle
    Response second = startSlow();
    assertThat(second.status()).isEqualTo(409);
    assertThat(f.post(ServerFixture.C + "/drafts/" + id + "/cancel", f.admin, "").status()).isEqualTo(200);
    JsonNode end = awaitEnd(f, id);
    assertThat(end.path("status").asText()).isEqualTo("CANCELLED");
    assertThat(f.version()).isEqualTo(version);
    assertThat(f.get(ServerFixture.C + "/review", f.admin).json().path("log")).isEmpty();
    assertThat(f.post(ServerFixture.C + "/drafts/" + id + "/cancel", f.admin, "").status()).isEqualTo(409);
  }

  @Test
  void aDraftWhoseServerDiedIsAbandonedAndCanBeStartedAgain() throws Exception {
    long version = f.version();
    Instant old = Instant.now().minusSeconds(60);
    f.server.platform().database().inTransaction(c -> {
      Store.insertJob(c, new Store.JobRow("job-dead", "workshop", "2026-spring", "exact", 5000, 1, version, "RUNNING",
          Optional.empty(), Optional.empty(), "admin-x", old, old, Optional.empty()));
      return null;
    });
    Response job = f.post(ServerFixture.C + "/drafts", f.admin, Map.of("version", version, "strategy", "greedy", "timeLimitSeconds", 5));
    assertThat(job.status()).as(job.toString()).isEqualTo(202);
    assertThat(f.get(ServerFixture.C + "/drafts/job-dead", f.admin).json().path("status").asText()).isEqualTo("ABANDONED");
    JsonNode end = awaitEnd(f, job.json().path("id").asText());
    assertThat(end.path("status").asText()).isEqualTo("DONE");
    assertThat(f.version()).isEqualTo(version + 1);
    JsonNode list = f.get(ServerFixture.C + "/drafts", f.admin).json().path("drafts");
    assertThat(list).hasSize(2);
  }

  @Test
  void aDraftBasedOnAnOldVersionChangesNothing() throws Exception {
    Response stale = f.post(ServerFixture.C + "/drafts", f.admin, Map.of("version", f.version() - 1, "strategy", "greedy"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.paths()).contains("version");
    assertThat(f.get(ServerFixture.C + "/drafts", f.admin).json().path("drafts")).isEmpty();
    Response wrongPhase = f.post(ServerFixture.P + "/cycles/2026-spring/drafts", f.admin, Map.of("version", f.version(),
        "strategy", "greedy", "timeLimitSeconds", 0));
    assertThat(wrongPhase.status()).isEqualTo(422);
    assertThat(wrongPhase.paths()).contains("timeLimitSeconds");
  }
}
