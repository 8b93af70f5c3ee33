package dev.tandem.core.cycle;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rematch.GreedyTestStrategy;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.StrategyRegistry;
import java.time.LocalDate;
import java.util.List;

/**
 * A small hand-made company. ceo (BOARD 9) manages cfo (FIN 8), cto (IT 8) and hr (HR 7).
 * j1 (IT 2) and s1 (IT 6) report to cto; j2 (FIN 2) and s2 (FIN 8) to cfo; j3 (HR 2) to hr;
 * j4, j5 (MKT 1), j6 (OPS 1) and j7 (DATA 1) have no manager. Skills inventory: j1 ai; j2 social,
 * ai; j3 data; j4 ai, social; j5 social; j6 ai; j7 data; s1 ai; s2 ai.
 */
final class Fixtures {
  private Fixtures() {}

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  static List<Competence> catalogue() {
    return List.of(Competence.of("ai"), Competence.of("social"), Competence.of("data"));
  }

  static List<Employee> employees() {
    return List.of(
        Employee.of("ceo", "BOARD", 9),
        Employee.of("cfo", "FIN", 8, "ceo"),
        Employee.of("cto", "IT", 8, "ceo"),
        Employee.of("hr", "HR", 7, "ceo"),
        Employee.of("j1", "IT", 2, "cto").withSkills(List.of("ai")),
        Employee.of("j2", "FIN", 2, "cfo").withSkills(List.of("social", "ai")),
        Employee.of("j3", "HR", 2, "hr").withSkills(List.of("data")),
        Employee.of("j4", "MKT", 1).withSkills(List.of("ai", "social")),
        Employee.of("j5", "MKT", 1).withSkills(List.of("social")),
        Employee.of("j6", "OPS", 1).withSkills(List.of("ai")),
        Employee.of("j7", "DATA", 1).withSkills(List.of("data")),
        Employee.of("s1", "IT", 6, "cto").withSkills(List.of("ai")),
        Employee.of("s2", "FIN", 8, "cfo").withSkills(List.of("ai")));
  }

  static StrategyRegistry registry() {
    return StrategyRegistry.standard().with(new GreedyTestStrategy());
  }

  static Framework framework() {
    return new Framework(26, 4, 6, true);
  }

  static Mentee mentee(String id, int priority, String topic, int weight) {
    return Mentee.of(id, priority, List.of(new TopicRequest(topic, weight)));
  }

  static Mentor mentor(String id, int capacity, Proficiency... ps) {
    return Mentor.of(id, capacity, List.of(ps));
  }

  static Proficiency p(String competence, int level) {
    return new Proficiency(competence, level);
  }

  static Cycle topicCall() {
    return Cycle.start("2026", employees(), catalogue(), Policy.DEFAULT, List.of());
  }

  /** Topics ai and data; mentees ceo (ai 3, p5), cfo (ai 2, p3), hr (data 2, p2); mentors j4, j6, j7. */
  static Cycle enrolment() {
    return topicCall().announceTopic("ai", 2).announceTopic("data").openEnrolment()
        .enrolMentee(mentee("ceo", 5, "ai", 3))
        .enrolMentee(mentee("cfo", 3, "ai", 2))
        .enrolMentee(mentee("hr", 2, "data", 2))
        .enrolMentor(mentor("j4", 1, p("ai", 4), p("social", 3)))
        .enrolMentor(mentor("j6", 1, p("ai", 3)))
        .enrolMentor(mentor("j7", 1, p("data", 4)));
  }

  static Cycle framework(Cycle enrolment) {
    return enrolment.closeEnrolment();
  }

  static Cycle matching() {
    return enrolment().closeEnrolment().defineFramework(framework()).startMatching();
  }

  /** The greedy draft: ceo->j4 (170), cfo->j6 (110), hr->j7 (130). */
  static Cycle drafted() {
    return matching().draft(registry(), "greedy-test", MatchOptions.DEFAULTS);
  }

  static KickOff kickOff(Pair pair) {
    return new KickOff(pair, "learn", "access", ImmutableList.of(new Goal("use it weekly", "5 uses a week", DAY.plusMonths(3))));
  }

  static Cycle kickOff() {
    return drafted().publish();
  }

  static Cycle running() {
    Cycle c = kickOff();
    for (Pair p : c.matching().orElseThrow().pairs()) {
      c = c.recordKickOff(kickOff(p));
    }
    return c.startRunning();
  }

  static Cycle feedback() {
    Cycle c = running();
    for (Pair p : c.matching().orElseThrow().pairs()) {
      c = c.recordSession(p, DAY, SessionStatus.HELD);
    }
    return c.startFeedback();
  }

  static Feedback feedback(Pair pair, Side side, int rating, int goalRating, String... learnings) {
    return new Feedback(pair, side, rating, ImmutableList.of(goalRating), ImmutableList.copyOf(learnings), true);
  }

  static Cycle closed() {
    return feedback().recordFeedback(feedback(Pair.of("ceo", "j4"), Side.MENTEE, 5, 5)).close();
  }
}
