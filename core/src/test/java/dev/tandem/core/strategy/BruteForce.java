package dev.tandem.core.strategy;

import dev.tandem.core.rules.Eligibility;
import java.util.function.Consumer;

/** Enumerates every feasible assignment: pins kept, eligible pairs only, capacities respected. */
final class BruteForce {
  private BruteForce() {}

  static void forEach(Eligibility el, Consumer<int[]> visit) {
    int[] mentorOf = Assignments.pinned(el);
    int[] load = Assignments.loads(el, mentorOf);
    walk(el, 0, mentorOf, load, visit);
  }

  private static void walk(Eligibility el, int m, int[] mentorOf, int[] load, Consumer<int[]> visit) {
    if (m == el.menteeCount()) {
      visit.accept(mentorOf.clone());
      return;
    }
    if (el.pinnedMentor(m) >= 0) {
      walk(el, m + 1, mentorOf, load, visit);
      return;
    }
    mentorOf[m] = -1;
    walk(el, m + 1, mentorOf, load, visit);
    for (int k = el.start(m); k < el.end(m); k++) {
      int r = el.mentorAt(k);
      if (load[r] < el.capacity(r)) {
        load[r]++;
        mentorOf[m] = r;
        walk(el, m + 1, mentorOf, load, visit);
        load[r]--;
        mentorOf[m] = -1;
      }
    }
  }

  /**
   * The score levels exact optimises, as a comparable triple: (hard, medium, soft without the
   * spread term).
   */
  static long[] coveredTerms(Eligibility el, int[] mentorOf) {
    var w = el.problem().policy().weights();
    int[] load = Assignments.loads(el, mentorOf);
    long hard = 0;
    long medium = 0;
    long soft = 0;
    for (int m = 0; m < mentorOf.length; m++) {
      if (mentorOf[m] < 0) {
        medium -= el.priority(m);
      } else {
        if (!el.isEligible(m, mentorOf[m])) {
          hard--;
        }
        soft += el.pairScore(m, mentorOf[m]);
      }
    }
    for (int r = 0; r < load.length; r++) {
      hard -= Math.max(0, load[r] - el.capacity(r));
      soft -= w.mentorLoadWeight() * ((long) load[r] * (load[r] - 1) / 2);
    }
    return new long[] {hard, medium, soft};
  }

  static int compare(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      int c = Long.compare(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
