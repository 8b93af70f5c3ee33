package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Phase;
import dev.tandem.core.cycle.Programme;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeFilesTest {
  static List<String> problemsOf(String json) {
    try {
      ProgrammeFiles.parse(json);
    } catch (ValidationException e) {
      return e.problems().stream().map(ValidationProblem::toString).toList();
    }
    throw new AssertionError("expected the file to be rejected");
  }

  @Test
  void aClosedCycleKeepsEveryPartThroughTheFile() {
    Programme p = ProgrammeFilesProperties.programme(3);
    Cycle closed = p.cycles().get(0);
    assertThat(closed.phase()).isEqualTo(Phase.CLOSED);
    assertThat(closed.review()).isNotEmpty();
    assertThat(closed.kickOffs()).isNotEmpty();
    assertThat(closed.sessions()).isNotEmpty();
    assertThat(closed.feedback()).isNotEmpty();
    String json = ProgrammeFiles.toJson(p);
    assertThat(json).startsWith("{\n  \"format\": \"tandem-programme/1\",\n  \"organisation\": \"org-3\"");
    Programme back = ProgrammeFiles.parse(json);
    assertThat(back.cycles().get(0)).isEqualTo(closed);
    assertThat(back.cycles().get(0).report()).isEqualTo(closed.report());
    assertThat(back.history()).isEqualTo(p.history()).isNotEmpty();
  }

  @Test
  void reportsBadValuesWithPathsAndInconsistentCycles() {
    String json = ProgrammeFiles.toJson(ProgrammeFilesProperties.programme(3));
    String broken = json.replaceFirst("\"date\": \"\\d{4}-\\d{2}-\\d{2}\"", "\"date\": \"2026-13-40\"")
        .replaceFirst("\"type\": \"DRAFT\"", "\"type\": \"UNDO\"")
        .replaceFirst("\"phase\": \"CLOSED\"", "\"phase\": \"DONE\"");
    assertThat(problemsOf(broken)).containsExactlyInAnyOrder(
        "$.cycles[0].phase: \"DONE\" is not one of TOPIC_CALL, ENROLMENT, FRAMEWORK, MATCHING, KICK_OFF, RUNNING, FEEDBACK, CLOSED",
        "$.cycles[0].review[0].edit.type: \"UNDO\" is not one of DRAFT, LOCK, FORBID, SWAP, REMOVE",
        "$.cycles[0].sessions[0].date: \"2026-13-40\" is not a date (YYYY-MM-DD)");
    String noMatching = "{\"format\": \"tandem-programme/1\", \"organisation\": \"x\", \"cycles\": [{\"id\": \"c\", \"phase\": \"RUNNING\","
        + " \"employees\": [], \"mentees\": [], \"mentors\": []}]}";
    assertThat(problemsOf(noMatching)).contains(
        "$.cycles[0].topics: a cycle in phase RUNNING needs announced topics",
        "$.cycles[0].matching: a cycle in phase RUNNING needs a published matching");
  }

  @Test
  void rejectsAnOpenCycleBeforeTheLast() {
    Programme p = ProgrammeFilesProperties.programme(5);
    String json = ProgrammeFiles.toJson(p).replaceFirst("\"phase\": \"CLOSED\"", "\"phase\": \"FEEDBACK\"");
    assertThat(problemsOf(json)).singleElement().asString().startsWith("$.cycles[0]: cycle \"2025\" is open (FEEDBACK)");
  }

  @Test
  void anEmptyProgrammeRoundTrips() {
    Programme p = ProgrammeFiles.parse("{\"format\": \"tandem-programme/1\", \"organisation\": \"acme\", \"cycles\": []}");
    assertThat(p.cycles()).isEmpty();
    assertThatThrownBy(() -> ProgrammeFiles.parse("{\"format\": \"tandem-programme/1\", \"cycles\": []}"))
        .isInstanceOf(ValidationException.class).hasMessage("$.organisation: missing required key");
  }
}
