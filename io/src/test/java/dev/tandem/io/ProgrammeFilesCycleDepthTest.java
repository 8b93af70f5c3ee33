package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Feedback;
import dev.tandem.core.cycle.Fit;
import dev.tandem.core.cycle.FitAnswer;
import dev.tandem.core.cycle.Framework;
import dev.tandem.core.cycle.Goal;
import dev.tandem.core.cycle.KickOff;
import dev.tandem.core.cycle.KickOffEvent;
import dev.tandem.core.cycle.PlatformMode;
import dev.tandem.core.cycle.Programme;
import dev.tandem.core.cycle.SessionStatus;
import dev.tandem.core.cycle.Side;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.strategy.ExactStrategy;
import dev.tandem.core.strategy.MatchOptions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every part of a cycle's state added for the platform, pacing, changes, carry-over and erasure survives the file. */
class ProgrammeFilesCycleDepthTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /**
   * a1, a2, a3 (level 8) ask for ai; m1, m2 (level 1, capacity 1) hold ai; m3 joins late. In
   * HYBRID mode a1 requests m1 (accepted), a2 requests m1 too late and m2 (declined), a3 ranks.
   */
  static Programme programme() {
    List<Employee> staff = List.of(Employee.of("a1", "BOARD", 8), Employee.of("a2", "FIN", 8), Employee.of("a3", "IT", 8),
        Employee.of("m1", "OPS", 1).withDisplayName("Mia One"), Employee.of("m2", "MKT", 1), Employee.of("m3", "HR", 1));
    List<Competence> catalogue = List.of(Competence.of("ai"));
    Programme p = Programme.of("acme").startCycle("2025", staff, catalogue, Policy.DEFAULT);
    Cycle c = p.latest().orElseThrow().platform().setMode(PlatformMode.HYBRID, 5).announceTopic("ai", 3).openEnrolment();
    for (String a : List.of("a1", "a2", "a3")) {
      c = c.enrolMentee(Mentee.of(a, 2, List.of(new TopicRequest("ai", 2))));
    }
    c = c.enrolMentor(Mentor.of("m1", 1, List.of(new Proficiency("ai", 4)))).enrolMentor(Mentor.of("m2", 1, List.of(new Proficiency("ai", 3))))
        .platform().request("a1", "m1", DAY).platform().accept("a1", "m1", DAY.plusDays(1))
        .platform().request("a2", "m2", DAY).platform().decline("a2", "m2", DAY.plusDays(2))
        .platform().request("a3", "m2", DAY.plusDays(2)).platform().expire(DAY.plusDays(8))
        .platform().rank("a3", List.of("m2", "m1"))
        .closeEnrolment().defineFramework(new Framework(12, 2, 6, true)).startMatching()
        .draft(new ExactStrategy(), MatchOptions.DEFAULTS).publish();
    ImmutableList<Pair> pairs = c.matching().orElseThrow().pairs();
    c = c.jointKickOff().hold(new KickOffEvent(DAY.plusDays(10), ImmutableList.of("expectations", "goals"), ImmutableList.of("a1", "m1")))
        .recordKickOff(new KickOff(pairs.get(0), "learn", "see", ImmutableList.of(new Goal("one prompt", "daily", DAY.plusWeeks(8)))));
    for (Pair x : pairs.subList(1, pairs.size())) {
      c = c.jointKickOff().excuse(x, "travelling");
    }
    c = c.startRunning();
    for (Pair x : pairs) {
      c = c.recordSession(x, DAY.plusWeeks(3), SessionStatus.HELD)
          .pacing().recordFit(new FitAnswer(x, Side.MENTEE, Fit.UNSURE, DAY.plusWeeks(3)));
    }
    c = c.changes().changeCapacity("m1", 2, DAY.plusWeeks(4), new ExactStrategy(), MatchOptions.DEFAULTS);
    for (Pair x : c.matching().orElseThrow().pairs()) {
      if (!pairs.contains(x)) {
        c = c.recordSession(x, DAY.plusWeeks(5), SessionStatus.HELD);
      }
    }
    c = c.startFeedback().recordFeedback(new Feedback(pairs.get(0), Side.MENTEE, 5, ImmutableList.of(5), ImmutableList.of("prompting"), true))
        .recordFeedback(new Feedback(pairs.get(0), Side.MENTOR, 4, ImmutableList.of(4), ImmutableList.of("board view"), true))
        .close();
    p = p.with(c).erase("m2").startCycle("2026", staff, catalogue, Policy.DEFAULT);
    return p;
  }

  @Test
  void everyNewPartRoundTrips() {
    Programme p = programme();
    Cycle closed = p.cycles().get(0);
    assertThat(closed.platform().requests()).hasSize(3);
    assertThat(closed.jointKickOff().event()).isPresent();
    assertThat(closed.jointKickOff().missed()).isNotEmpty();
    assertThat(closed.pacing().fitAnswers()).isNotEmpty();
    assertThat(closed.snapshot().starts()).isNotEmpty();
    assertThat(closed.changes().log()).isNotEmpty();
    assertThat(p.latest().orElseThrow().snapshot().carriedOver()).isPresent();
    assertThat(p.erasureKey()).isPresent();

    String json = ProgrammeFiles.toJson(p);
    assertThat(Schemas.violations(ProgrammeFiles.FORMAT, json)).isEmpty();
    Programme back = ProgrammeFiles.parse(json);
    assertThat(back.cycles()).isEqualTo(p.cycles());
    assertThat(back.erasureKey()).isEqualTo(p.erasureKey());
    assertThat(back.cycles().get(0).report()).isEqualTo(closed.report());
    assertThat(back.cycles().get(0).carryOver()).isEqualTo(closed.carryOver());
    assertThat(ProgrammeFiles.toJson(back)).isEqualTo(json);
  }

  @Test
  void aCycleWithoutTheNewPartsIsWrittenWithoutTheirKeys() {
    Programme p = Programme.of("acme").startCycle("2025", List.of(Employee.of("a1", "BOARD", 8)), List.of(Competence.of("ai")),
        Policy.DEFAULT);
    String json = ProgrammeFiles.toJson(p);
    for (String key : List.of("platform", "kickOffEvent", "missedKickOffs", "starts", "fitAnswers", "changes", "carriedOver", "erasureKey")) {
      assertThat(json).as(key).doesNotContain("\"" + key + "\":");
    }
  }

  @Test
  void aDecidedRequestNeedsItsDateAndABadKeyIsNamed() {
    String json = ProgrammeFiles.toJson(programme());
    String broken = json.replaceFirst(",\\s*\"decided\": \"\\d{4}-\\d{2}-\\d{2}\"", "")
        .replaceFirst("\"erasureKey\": \"[0-9a-f]+\"", "\"erasureKey\": \"XYZ\"");
    try {
      ProgrammeFiles.parse(broken);
      throw new AssertionError("expected the file to be rejected");
    } catch (ValidationException e) {
      assertThat(e.problems()).extracting(q -> q.path() + ": " + q.message())
          .contains("$.cycles[0].platform.requests[0].decided: missing required key for a ACCEPTED request");
    }
    String badKey = json.replaceFirst("\"erasureKey\": \"[0-9a-f]+\"", "\"erasureKey\": \"XYZ\"");
    try {
      ProgrammeFiles.parse(badKey);
      throw new AssertionError("expected the file to be rejected");
    } catch (ValidationException e) {
      assertThat(e.problems()).extracting(q -> q.path() + ": " + q.message()).containsExactly("$.erasureKey: not 64 lower-case hex digits");
    }
  }
}
