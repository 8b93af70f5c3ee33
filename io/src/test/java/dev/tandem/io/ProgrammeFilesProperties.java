package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Feedback;
import dev.tandem.core.cycle.Framework;
import dev.tandem.core.cycle.Goal;
import dev.tandem.core.cycle.KickOff;
import dev.tandem.core.cycle.Phase;
import dev.tandem.core.cycle.Programme;
import dev.tandem.core.cycle.SessionStatus;
import dev.tandem.core.cycle.Side;
import dev.tandem.core.generator.GeneratorSettings;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.strategy.ExactStrategy;
import dev.tandem.core.strategy.MatchOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Programmes driven through the cycle API to random phases survive write then read unchanged. */
class ProgrammeFilesProperties {

  @Property(tries = 15)
  void programmeWriteThenReadKeepsEveryCycleState(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    Programme programme = programme(seed);
    String json = ProgrammeFiles.toJson(programme);
    Programme back = ProgrammeFiles.parse(json);
    assertThat(back.organisation()).isEqualTo(programme.organisation());
    assertThat(back.cycles()).hasSameSizeAs(programme.cycles());
    for (int i = 0; i < programme.cycles().size(); i++) {
      assertThat(back.cycles().get(i).snapshot()).isEqualTo(programme.cycles().get(i).snapshot());
    }
    assertThat(back.history()).isEqualTo(programme.history());
    assertThat(ProgrammeFiles.toJson(back)).isEqualTo(json);
  }

  /** A programme of one closed cycle and a second one stopped in a random phase (or closed too). */
  static Programme programme(long seed) {
    Random rnd = new Random(seed);
    MatchingProblem org = ProblemGenerator.generate(GeneratorSettings.builder().employees(60 + rnd.nextInt(80)).seed(seed)
        .skills(true).displayNames(rnd.nextBoolean()).build());
    Programme p = Programme.of("org-" + seed);
    p = p.startCycle("2025", org.employees(), org.competences(), org.policy());
    p = p.with(run(p.latest().orElseThrow(), org, rnd, Phase.CLOSED));
    p = p.startCycle("2026", org.employees(), org.competences(), org.policy());
    Phase stop = Phase.values()[rnd.nextInt(Phase.values().length)];
    return p.with(run(p.latest().orElseThrow(), org, rnd, stop));
  }

  static Cycle run(Cycle c, MatchingProblem org, Random rnd, Phase stop) {
    Set<String> topics = new LinkedHashSet<>();
    org.mentees().forEach(m -> m.topics().forEach(t -> topics.add(t.competence())));
    boolean first = true;
    for (String t : topics) {
      c = first || rnd.nextBoolean() ? c.announceTopic(t, 1 + rnd.nextInt(5)) : c.announceTopic(t);
      first = false;
    }
    if (stop == Phase.TOPIC_CALL) {
      return c;
    }
    c = c.openEnrolment();
    for (Mentee m : org.mentees()) {
      if (!m.topics().isEmpty()) {
        c = c.enrolMentee(new Mentee(m.employee(), ImmutableList.copyOf(m.topics()), m.priority(), ImmutableList.of()));
      }
    }
    for (Mentor m : org.mentors()) {
      c = rnd.nextBoolean() ? c.enrolMentor(m) : c.nominateMentor(m);
    }
    if (stop == Phase.ENROLMENT) {
      return c;
    }
    c = c.closeEnrolment().defineFramework(new Framework(12, 2, 6, true));
    if (stop == Phase.FRAMEWORK) {
      return c;
    }
    c = c.startMatching();
    ExactStrategy exact = new ExactStrategy();
    c = c.draft(exact, MatchOptions.DEFAULTS);
    ImmutableList<Pair> pairs = c.matching().orElseThrow().pairs();
    if (pairs.size() >= 2) {
      c = c.lock(pairs.get(0).mentee(), pairs.get(0).mentor());
      c = c.forbid(pairs.get(1).mentee(), pairs.get(1).mentor());
      c = c.draft(exact, MatchOptions.DEFAULTS);
    }
    if (stop == Phase.MATCHING || c.matching().orElseThrow().pairs().isEmpty()) {
      return c;
    }
    c = c.publish();
    LocalDate day = LocalDate.of(2026, 1, 5).plusDays(rnd.nextInt(300));
    for (Pair pair : c.matching().orElseThrow().pairs()) {
      c = c.recordKickOff(new KickOff(pair, "learn " + pair.mentor(), "see how the board decides",
          ImmutableList.of(new Goal("one idea tried", "\"=quoted\", and commas", day.plusWeeks(8)))));
    }
    if (stop == Phase.KICK_OFF) {
      return c;
    }
    c = c.startRunning();
    for (Pair pair : c.matching().orElseThrow().pairs()) {
      c = c.recordSession(pair, day.plusWeeks(1), rnd.nextBoolean() ? SessionStatus.HELD : SessionStatus.CANCELLED);
    }
    ImmutableList<Pair> current = c.matching().orElseThrow().pairs();
    if (current.size() >= 2 && rnd.nextBoolean()) {
      c = c.endPair(current.get(current.size() - 1), day.plusWeeks(3), "moved abroad", exact, MatchOptions.DEFAULTS);
      for (Pair pair : c.matching().orElseThrow().pairs()) {
        c = c.recordSession(pair, day.plusWeeks(4), SessionStatus.HELD);
      }
    }
    if (stop == Phase.RUNNING) {
      return c;
    }
    c = c.startFeedback();
    List<Pair> formed = new ArrayList<>(c.formedPairs());
    for (Pair pair : formed) {
      int goals = c.kickOffs().stream().filter(k -> k.pair().equals(pair)).findFirst().map(k -> k.goals().size()).orElse(0);
      List<Integer> ratings = new ArrayList<>();
      for (int g = 0; g < goals; g++) {
        ratings.add(1 + rnd.nextInt(5));
      }
      c = c.recordFeedback(new Feedback(pair, Side.MENTEE, 1 + rnd.nextInt(5), ImmutableList.copyOf(ratings),
          ImmutableList.of("Zoë learnt: " + rnd.nextInt(9)), rnd.nextBoolean()));
      if (rnd.nextBoolean()) {
        c = c.recordFeedback(new Feedback(pair, Side.MENTOR, 1 + rnd.nextInt(5), ImmutableList.copyOf(ratings),
            ImmutableList.of(), true));
      }
    }
    if (stop == Phase.FEEDBACK) {
      return c;
    }
    return c.close();
  }

}
