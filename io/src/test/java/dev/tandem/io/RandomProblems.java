package dev.tandem.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** Small random valid problems for round-trip properties; every optional part is exercised. */
final class RandomProblems {
  private static final String[] ODD = {"Zoë Ñúñez", "李雷", "O'Brien, \"Pat\"", "=cmd|' /C calc'!A0", "tab\there", "line\nbreak"};

  private RandomProblems() {}

  static MatchingProblem generate(long seed) {
    Random rnd = new Random(seed);
    MatchingProblem.Builder b = MatchingProblem.builder().name("random-" + Long.toHexString(seed));
    int nc = 1 + rnd.nextInt(4);
    List<String> comps = new ArrayList<>();
    for (int i = 0; i < nc; i++) {
      String id = "c" + i;
      comps.add(id);
      b.competence(rnd.nextBoolean() ? Competence.of(id) : new Competence(id, "Topic " + ODD[rnd.nextInt(ODD.length)], rnd.nextBoolean()));
    }
    int ne = 2 + rnd.nextInt(12);
    String[] depts = {"IT", "RISK", "HR", "Sales & Ops"};
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < ne; i++) {
      String id = "e" + i;
      Optional<String> manager = i == 0 || rnd.nextInt(5) == 0 ? Optional.empty() : Optional.of("e" + rnd.nextInt(i));
      Optional<String> name = rnd.nextBoolean() ? Optional.of(ODD[rnd.nextInt(ODD.length)] + " " + i) : Optional.empty();
      List<String> skills = new ArrayList<>();
      for (String c : comps) {
        if (rnd.nextInt(3) == 0) {
          skills.add(c);
        }
      }
      b.employee(new Employee(id, depts[rnd.nextInt(depts.length)], 1 + rnd.nextInt(8), manager, name, ImmutableSet.copyOf(skills)));
      ids.add(id);
    }
    List<String> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, rnd);
    int nm = rnd.nextInt(Math.max(1, ne / 2) + 1);
    List<String> menteeIds = shuffled.subList(0, Math.min(nm, ne));
    List<String> mentorIds = new ArrayList<>();
    for (String id : ids) {
      if (rnd.nextInt(3) > 0 && (!menteeIds.contains(id) || rnd.nextInt(4) == 0)) {
        mentorIds.add(id);
      }
    }
    for (String m : menteeIds) {
      List<TopicRequest> topics = new ArrayList<>();
      for (String c : comps) {
        if (rnd.nextBoolean()) {
          topics.add(new TopicRequest(c, 1 + rnd.nextInt(3)));
        }
      }
      List<String> ranking = new ArrayList<>(mentorIds);
      Collections.shuffle(ranking, rnd);
      b.mentee(new Mentee(m, ImmutableList.copyOf(topics), 1 + rnd.nextInt(5),
          ImmutableList.copyOf(ranking.subList(0, rnd.nextInt(ranking.size() + 1)))));
    }
    for (String r : mentorIds) {
      List<Proficiency> held = new ArrayList<>();
      for (String c : comps) {
        if (rnd.nextBoolean()) {
          held.add(new Proficiency(c, 1 + rnd.nextInt(5)));
        }
      }
      List<String> ranking = new ArrayList<>(menteeIds);
      Collections.shuffle(ranking, rnd);
      b.mentor(new Mentor(r, ImmutableList.copyOf(held), 1 + rnd.nextInt(3), rnd.nextBoolean(),
          ImmutableList.copyOf(ranking.subList(0, rnd.nextInt(ranking.size() + 1)))));
    }
    int nh = rnd.nextInt(4);
    for (int i = 0; i < nh; i++) {
      String a = ids.get(rnd.nextInt(ne));
      String c = ids.get(rnd.nextInt(ne));
      if (!a.equals(c)) {
        b.history(new PastPair("20" + (20 + rnd.nextInt(6)), a, c, rnd.nextBoolean() ? OptionalInt.of(1 + rnd.nextInt(5)) : OptionalInt.empty()));
      }
    }
    if (!menteeIds.isEmpty() && !mentorIds.isEmpty()) {
      for (int i = rnd.nextInt(3); i > 0; i--) {
        Pair p = Pair.of(menteeIds.get(rnd.nextInt(menteeIds.size())), mentorIds.get(rnd.nextInt(mentorIds.size())));
        if (!p.mentee().equals(p.mentor())) {
          b.forbid(p);
        }
      }
      List<Pair> scored = new ArrayList<>();
      for (int i = rnd.nextInt(4); i > 0; i--) {
        Pair p = Pair.of(menteeIds.get(rnd.nextInt(menteeIds.size())), mentorIds.get(rnd.nextInt(mentorIds.size())));
        if (!scored.contains(p) && !p.mentee().equals(p.mentor())) {
          scored.add(p);
          b.pairScore(p.mentee(), p.mentor(), rnd.nextInt(2001) - 1000L);
        }
      }
    }
    if (rnd.nextBoolean()) {
      b.policy(Policy.builder()
          .minLevelGap(rnd.nextInt(4) - 1)
          .reportingLine(ReportingLine.values()[rnd.nextInt(3)])
          .reportingLineDepth(rnd.nextInt(3))
          .requireTopicMatch(rnd.nextBoolean())
          .allowRepeatPairs(rnd.nextBoolean())
          .candidatePairs(CandidatePairs.values()[rnd.nextInt(2)])
          .weights(new Weights(rnd.nextInt(20), rnd.nextInt(20), rnd.nextInt(6), rnd.nextInt(50), rnd.nextInt(20),
              rnd.nextInt(10), rnd.nextInt(30), rnd.nextInt(30)))
          .build());
    }
    MatchingProblem draft = b.build();
    // Pin a few eligible pairs within capacity.
    Map<String, Integer> load = new HashMap<>();
    MatchingProblem.Builder pinned = draft.toBuilder();
    for (Mentee m : draft.mentees()) {
      if (rnd.nextInt(3) != 0) {
        continue;
      }
      for (Mentor r : draft.mentors()) {
        if (Rules.violated(draft, m.employee(), r.employee()).isEmpty()
            && load.getOrDefault(r.employee(), 0) < r.capacity()) {
          load.merge(r.employee(), 1, Integer::sum);
          pinned.pin(m.employee(), r.employee());
          break;
        }
      }
    }
    return pinned.build();
  }

  /** Fails with the first differing part when the two problems differ in content. */
  static void assertSameContent(MatchingProblem expected, MatchingProblem actual) {
    org.assertj.core.api.Assertions.assertThat(actual.name()).isEqualTo(expected.name());
    org.assertj.core.api.Assertions.assertThat(actual.competences()).isEqualTo(expected.competences());
    org.assertj.core.api.Assertions.assertThat(actual.employees()).isEqualTo(expected.employees());
    for (int i = 0; i < expected.employees().size(); i++) {
      org.assertj.core.api.Assertions.assertThat(actual.employees().get(i).displayName())
          .isEqualTo(expected.employees().get(i).displayName());
    }
    org.assertj.core.api.Assertions.assertThat(actual.mentees()).isEqualTo(expected.mentees());
    org.assertj.core.api.Assertions.assertThat(actual.mentors()).isEqualTo(expected.mentors());
    org.assertj.core.api.Assertions.assertThat(actual.history()).isEqualTo(expected.history());
    org.assertj.core.api.Assertions.assertThat(actual.forbiddenPairs()).isEqualTo(expected.forbiddenPairs());
    org.assertj.core.api.Assertions.assertThat(actual.pinnedPairs()).isEqualTo(expected.pinnedPairs());
    org.assertj.core.api.Assertions.assertThat(actual.pairScores()).isEqualTo(expected.pairScores());
    org.assertj.core.api.Assertions.assertThat(actual.policy()).isEqualTo(expected.policy());
  }
}
