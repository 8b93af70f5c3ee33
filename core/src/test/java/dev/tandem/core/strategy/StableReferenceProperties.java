package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.Preferences;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * {@code stable} and {@code stable-mentor} against a textbook deferred acceptance written from
 * Gale and Shapley (1962) on {@link Preferences} (lists sorted once, proposals one at a time,
 * rejections by a linear scan): the mentee-optimal and the mentor-optimal stable matchings are
 * unique, so both must agree exactly. Problems beyond the brute-force sizes: up to 30 mentees,
 * capacities up to 9 (the held-mentee heaps grow and sift), many ties, explicit rankings, pins,
 * and scores beyond 2^38 (the preference lists are then not sorted as packed keys).
 */
class StableReferenceProperties {

  /** A random table problem; {@code huge} multiplies every score by 2^39. */
  static MatchingProblem random(long seed) {
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(30);
    int mentors = 1 + rnd.nextInt(10);
    boolean huge = rnd.nextInt(3) == 0;
    boolean negativeHuge = rnd.nextBoolean();
    Long[][] t = new Long[n][mentors];
    for (int m = 0; m < n; m++) {
      for (int r = 0; r < mentors; r++) {
        if (rnd.nextInt(10) < 7) {
          long s = rnd.nextInt(5) - 2;
          t[m][r] = huge ? (negativeHuge ? -(1L << 39) + s : (1L << 39) * s + s) : s;
        }
      }
    }
    int[] caps = new int[mentors];
    for (int r = 0; r < mentors; r++) {
      caps[r] = 1 + rnd.nextInt(rnd.nextBoolean() ? 9 : 3);
    }
    int[] prios = new int[n];
    for (int m = 0; m < n; m++) {
      prios[m] = 1 + rnd.nextInt(3);
    }
    HandProblems h = HandProblems.table(t).capacities(caps).priorities(prios);
    if (rnd.nextInt(3) == 0) {
      for (int m = 0; m < n; m++) {
        if (rnd.nextInt(3) == 0) {
          h.menteeRanking(m, shuffledPrefix(rnd, mentors));
        }
      }
    }
    if (rnd.nextInt(3) == 0) {
      for (int r = 0; r < mentors; r++) {
        if (rnd.nextInt(3) == 0) {
          h.mentorRanking(r, shuffledPrefix(rnd, n));
        }
      }
    }
    if (rnd.nextInt(3) == 0) {
      int[] left = caps.clone();
      for (int m = 0; m < n; m++) {
        int r = rnd.nextInt(mentors);
        if (t[m][r] != null && left[r] > 0 && rnd.nextInt(4) == 0) {
          left[r]--;
          h.pin(m, r);
        }
      }
    }
    return h.build();
  }

  private static int[] shuffledPrefix(Random rnd, int count) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(i);
    }
    java.util.Collections.shuffle(all, rnd);
    return all.subList(0, 1 + rnd.nextInt(count)).stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] freeSeats(Eligibility el) {
    int[] free = new int[el.mentorCount()];
    for (int r = 0; r < free.length; r++) {
      free[r] = el.capacity(r);
    }
    for (int m = 0; m < el.menteeCount(); m++) {
      if (el.pinnedMentor(m) >= 0) {
        free[el.pinnedMentor(m)]--;
      }
    }
    return free;
  }

  /** Textbook mentee-proposing deferred acceptance on the free seats. */
  static int[] menteeProposing(Eligibility el) {
    Preferences prefs = new Preferences(el);
    int n = el.menteeCount();
    int[] free = freeSeats(el);
    int[] mentorOf = new int[n];
    List<List<Integer>> lists = new ArrayList<>();
    Deque<Integer> waiting = new ArrayDeque<>();
    for (int m = 0; m < n; m++) {
      mentorOf[m] = el.pinnedMentor(m);
      List<Integer> list = new ArrayList<>();
      for (int r = 0; r < el.mentorCount(); r++) {
        if (el.isEligible(m, r) && free[r] > 0) {
          list.add(r);
        }
      }
      int mm = m;
      list.sort((a, b) -> prefs.compareMentors(mm, a, el.pairScore(mm, a), b, el.pairScore(mm, b)));
      lists.add(list);
      if (mentorOf[m] < 0) {
        waiting.add(m);
      }
    }
    int[] next = new int[n];
    List<List<Integer>> held = new ArrayList<>();
    for (int r = 0; r < el.mentorCount(); r++) {
      held.add(new ArrayList<>());
    }
    while (!waiting.isEmpty()) {
      int m = waiting.poll();
      if (next[m] == lists.get(m).size()) {
        continue; // stays unmatched
      }
      int r = lists.get(m).get(next[m]++);
      List<Integer> h = held.get(r);
      h.add(m);
      mentorOf[m] = r;
      if (h.size() > free[r]) {
        int worst = h.get(0);
        for (int o : h) {
          if (prefs.compareMentees(r, o, el.pairScore(o, r), worst, el.pairScore(worst, r)) > 0) {
            worst = o;
          }
        }
        h.remove(Integer.valueOf(worst));
        mentorOf[worst] = -1;
        waiting.add(worst);
      }
    }
    return mentorOf;
  }

  /** Textbook mentor-proposing deferred acceptance on the free seats. */
  static int[] mentorProposing(Eligibility el) {
    Preferences prefs = new Preferences(el);
    int n = el.menteeCount();
    int mentors = el.mentorCount();
    int[] free = freeSeats(el);
    int[] mentorOf = new int[n];
    for (int m = 0; m < n; m++) {
      mentorOf[m] = el.pinnedMentor(m);
    }
    List<List<Integer>> lists = new ArrayList<>();
    for (int r = 0; r < mentors; r++) {
      List<Integer> list = new ArrayList<>();
      for (int m = 0; m < n; m++) {
        if (el.isEligible(m, r) && el.pinnedMentor(m) < 0) {
          list.add(m);
        }
      }
      int rr = r;
      list.sort((a, b) -> prefs.compareMentees(rr, a, el.pairScore(a, rr), b, el.pairScore(b, rr)));
      lists.add(list);
    }
    int[] next = new int[mentors];
    int[] held = new int[mentors];
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int r = 0; r < mentors; r++) {
        while (held[r] < free[r] && next[r] < lists.get(r).size()) {
          int m = lists.get(r).get(next[r]++);
          int cur = mentorOf[m];
          if (cur < 0 || prefs.compareMentors(m, r, el.pairScore(m, r), cur, el.pairScore(m, cur)) < 0) {
            if (cur >= 0) {
              held[cur]--;
            }
            mentorOf[m] = r;
            held[r]++;
            moved = true;
          }
        }
      }
    }
    return mentorOf;
  }

  @Property(tries = 150)
  void menteeProposingIsTheTextbookResult(@ForAll long seed) {
    Eligibility el = Eligibility.of(random(seed));
    StrategyOutcome o = new StableStrategy().solve(el, MatchOptions.DEFAULTS);
    assertThat(o.stoppedEarly()).isFalse();
    assertThat(el.assignmentOf(o.matching())).containsExactly(menteeProposing(el));
  }

  @Property(tries = 150)
  void mentorProposingIsTheTextbookResult(@ForAll long seed) {
    Eligibility el = Eligibility.of(random(seed));
    StrategyOutcome o = new StableMentorStrategy().solve(el, MatchOptions.DEFAULTS);
    assertThat(o.stoppedEarly()).isFalse();
    assertThat(el.assignmentOf(o.matching())).containsExactly(mentorProposing(el));
  }

  /** Answers true exactly at poll number {@code at} (1-based), false before and after. */
  private static BooleanSupplier onlyAt(int at, AtomicInteger polls) {
    return () -> polls.incrementAndGet() == at;
  }

  /**
   * One problem without rankings and small scores, one with rankings, three mentees each: every
   * poll of the stop condition comes before the first proposal (the proposals poll only every
   * 4,096 steps), so a stop at any of them returns the pins alone and says it stopped, and a run
   * that is never stopped returns the textbook result.
   */
  @Test
  void aStopAtAnyPollBeforeTheProposalsReturnsThePinsAlone() {
    MatchingProblem plain = HandProblems.table(HandProblems.row(1L, 2L, 3L), HandProblems.row(3L, 2L, 1L), HandProblems.row(2L, 2L, 2L))
        .capacities(1, 2, 1).pin(2, 1).build();
    MatchingProblem ranked = HandProblems.table(HandProblems.row(1L, 2L, 3L), HandProblems.row(3L, 2L, 1L), HandProblems.row(2L, 2L, 2L))
        .capacities(1, 2, 1).pin(2, 1).menteeRanking(0, 0).mentorRanking(0, 1).build();
    int[] pinsOnly = {-1, -1, 1};
    for (MatchingProblem p : List.of(plain, ranked)) {
      Eligibility el = Eligibility.of(p);
      for (boolean menteeSide : new boolean[] {true, false}) {
        AtomicInteger all = new AtomicInteger();
        StableMatcher full = new StableMatcher(el);
        int[] result = menteeSide ? full.menteeProposing(onlyAt(-1, all)) : full.mentorProposing(onlyAt(-1, all));
        assertThat(result).containsExactly(menteeSide ? menteeProposing(el) : mentorProposing(el));
        assertThat(full.stopped()).isFalse();
        assertThat(all.get()).as("polls").isPositive();
        for (int at = 1; at <= all.get(); at++) {
          AtomicInteger polls = new AtomicInteger();
          StableMatcher matcher = new StableMatcher(el);
          int[] cut = menteeSide ? matcher.menteeProposing(onlyAt(at, polls)) : matcher.mentorProposing(onlyAt(at, polls));
          assertThat(cut).as("mentee side %s, stop at poll %d", menteeSide, at).containsExactly(pinsOnly);
          assertThat(matcher.stopped()).isTrue();
          assertThat(polls.get()).isEqualTo(at);
        }
      }
    }
  }

  @Test
  void theReferenceAgreesWithAHandExample() {
    // a0: t0 3, t1 1; a1: t0 2, t1 5; a2: t0 4 (only). t0 capacity 1, t1 capacity 2.
    // Mentee-proposing: a0 -> t0, a1 -> t1, a2 -> t0 (t0 prefers a2 (4) to a0 (3)), a0 -> t1 (room). Result {t1, t1, t0}.
    // Mentor-proposing: t0 proposes to a2 (4) - accepted; t1 proposes to a1 (5), then a0 (1) - both accept. Same result.
    Eligibility el = Eligibility.of(HandProblems.table(HandProblems.row(3L, 1L), HandProblems.row(2L, 5L), HandProblems.row(4L, HandProblems.NO))
        .capacities(1, 2).build());
    assertThat(menteeProposing(el)).containsExactly(1, 1, 0);
    assertThat(mentorProposing(el)).containsExactly(1, 1, 0);
    assertThat(el.assignmentOf(new StableStrategy().match(el, MatchOptions.DEFAULTS))).containsExactly(1, 1, 0);
    assertThat(el.assignmentOf(new StableMentorStrategy().match(el, MatchOptions.DEFAULTS))).containsExactly(1, 1, 0);
  }
}
