package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.rules.Eligibility;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Deferred acceptance with many proposals: 400 mentees and 400 mentors of capacity 1, every pair
 * eligible, every mentee ranking the mentors alike (score 1000 - mentor index) and every mentor
 * ranking the mentees alike (equal scores, ties by id). Mentee by id rank k gets mentor k either
 * way, after about 400 * 401 / 2 = 80,200 mentee proposals, so the stop condition is also polled
 * while the mentees propose: a stop at the last poll of a full run leaves the proposals accepted
 * so far, more than the pins and fewer than the full result.
 */
class StableLongRunTest {
  private static final int N = 400;

  private static Eligibility el() {
    Long[][] t = new Long[N][N];
    for (int m = 0; m < N; m++) {
      for (int r = 0; r < N; r++) {
        t[m][r] = 1000L - r;
      }
    }
    return Eligibility.of(HandProblems.table(t).build());
  }

  @Test
  void aStopDuringTheProposalsKeepsThoseAcceptedSoFar() {
    Eligibility el = el();
    // ids a0, a1, a10, a100, ...: the mentee of id rank k gets mentor k
    int[] expected = new int[N];
    java.util.List<Integer> byId = new java.util.ArrayList<>();
    for (int m = 0; m < N; m++) {
      byId.add(m);
    }
    byId.sort((a, b) -> ("a" + a).compareTo("a" + b));
    for (int k = 0; k < N; k++) {
      expected[byId.get(k)] = k;
    }
    for (boolean menteeSide : new boolean[] {true, false}) {
      AtomicInteger polls = new AtomicInteger();
      StableMatcher full = new StableMatcher(el);
      int[] all = menteeSide ? full.menteeProposing(() -> polls.incrementAndGet() < 0) : full.mentorProposing(() -> polls.incrementAndGet() < 0);
      assertThat(all).as("mentee side %s", menteeSide).containsExactly(expected);
      int last = polls.get();
      AtomicInteger again = new AtomicInteger();
      StableMatcher cut = new StableMatcher(el);
      int[] part = menteeSide ? cut.menteeProposing(() -> again.incrementAndGet() == last) : cut.mentorProposing(() -> again.incrementAndGet() == last);
      assertThat(cut.stopped()).isTrue();
      long matched = java.util.Arrays.stream(part).filter(r -> r >= 0).count();
      // the mentees propose about 80,000 times, so their last poll falls among the proposals; the mentors' turns are
      // fewer, so theirs may fall in the sort (nothing accepted yet): never the whole result
      assertThat(matched).as("mentee side %s: matched at the last poll", menteeSide).isBetween(menteeSide ? 1L : 0L, (long) N - 1);
      int[] load = new int[N];
      for (int r : part) {
        if (r >= 0) {
          assertThat(++load[r]).isEqualTo(1);
        }
      }
    }
  }
}
