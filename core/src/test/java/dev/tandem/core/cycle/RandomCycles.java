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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random cycles for properties: a flat organisation of senior mentees (levels 5 to 8) and junior
 * mentors (levels 1 to 3, a quarter reporting to a mentee), topics a, b, c, every mentee asking
 * for one topic, every mentor holding some; capacities 1 or 2; priorities 1 to 3.
 */
final class RandomCycles {
  static final String[] TOPICS = {"a", "b", "c"};
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private RandomCycles() {}

  /** A cycle in enrolment with every person enrolled, in {@code mode}. */
  static Cycle enrolled(long seed, int mentees, int mentors, PlatformMode mode) {
    Random rnd = new Random(seed);
    List<Employee> employees = new ArrayList<>();
    List<Mentee> ms = new ArrayList<>();
    List<Mentor> rs = new ArrayList<>();
    for (int i = 0; i < mentees; i++) {
      employees.add(Employee.of("e" + i, "D" + rnd.nextInt(3), 5 + rnd.nextInt(4)));
      ms.add(Mentee.of("e" + i, 1 + rnd.nextInt(3), List.of(new TopicRequest(TOPICS[rnd.nextInt(3)], 1 + rnd.nextInt(3)))));
    }
    for (int j = 0; j < mentors; j++) {
      String id = "m" + j;
      employees.add(rnd.nextInt(4) == 0 ? Employee.of(id, "D" + rnd.nextInt(3), 1 + rnd.nextInt(3), "e" + rnd.nextInt(mentees))
          : Employee.of(id, "D" + rnd.nextInt(3), 1 + rnd.nextInt(3)));
      List<Proficiency> ps = new ArrayList<>();
      for (String t : TOPICS) {
        if (rnd.nextBoolean()) {
          ps.add(new Proficiency(t, 1 + rnd.nextInt(5)));
        }
      }
      if (ps.isEmpty()) {
        ps.add(new Proficiency(TOPICS[rnd.nextInt(3)], 3));
      }
      rs.add(Mentor.of(id, 1 + rnd.nextInt(2), ps));
    }
    Cycle c = Cycle.start("n", employees, List.of(Competence.of("a"), Competence.of("b"), Competence.of("c")), Policy.DEFAULT, List.of());
    if (mode != PlatformMode.OPTIMISED) {
      c = c.platform().setMode(mode, 14);
    }
    c = c.announceTopic("a").announceTopic("b").announceTopic("c").openEnrolment();
    for (Mentee m : ms) {
      c = c.enrolMentee(m);
    }
    for (Mentor r : rs) {
      c = c.enrolMentor(r);
    }
    return c;
  }

  /** From a published cycle to closed: every pair excused at kick-off, one session each, one feedback. */
  static Cycle runToClose(Cycle published) {
    Cycle c = published;
    ImmutableList<Pair> pairs = c.matching().orElseThrow().pairs();
    for (Pair p : pairs) {
      c = c.jointKickOff().excuse(p, "random");
    }
    c = c.jointKickOff().startRunning(DAY);
    for (Pair p : pairs) {
      c = c.recordSession(p, DAY.plusWeeks(1), SessionStatus.HELD);
    }
    return c.startFeedback().recordFeedback(new Feedback(pairs.get(0), Side.MENTEE, 4, ImmutableList.of(), ImmutableList.of(), true)).close();
  }
}
