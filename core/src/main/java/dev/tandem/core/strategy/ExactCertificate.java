package dev.tandem.core.strategy;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dual values (node potentials) of an optimal {@code exact} run: a certificate that a
 * matching is optimal which anyone can check in {@code O(E + mentees + mentors)} without solving
 * again ({@link #violations}).
 *
 * <p>The model is the min-cost flow of {@code exact} (see docs/objective.md): each mentee not
 * pinned sends one unit either to an eligible mentor (value {@code (priority, score)}) or
 * straight to the sink (staying unmatched, value 0); mentor {@code r} passes its units to the sink
 * through its free slots, the k-th costing {@code w * (pinned(r) + k)}; pinned pairs are fixed.
 * Values are lexicographic pairs {@code (medium, soft)}; a certificate in combined arithmetic
 * ({@link #levelMultiplier()} {@code M > 0}) states them as the single number
 * {@code priority * M + soft} in the soft part, with every medium part 0.
 *
 * <p>Checked conditions (reduced costs of the residual network, potentials of the sink 0; the
 * mentee potential is written {@code u(m)}, the mentor potential {@code p(r)}): for every mentee
 * {@code m} not pinned and every eligible mentor {@code r} with a free slot, {@code u(m) >= value(m,
 * r) + p(r)}, with {@code <=} instead when {@code m} is matched to {@code r}; {@code u(m) >= 0} when
 * {@code m} is matched, {@code <= 0} when not; for every mentor with free load {@code L < free
 * slots}, {@code p(r) >= -w * (pinned + L)}, and when {@code L > 0}, {@code p(r) <= -w * (pinned + L -
 * 1)}; and in combined arithmetic {@code M} greater than any soft difference between matchings.
 *
 * <p>Guarantee: when {@link #violations} is empty for a feasible matching (pins kept, eligible
 * pairs only, capacities respected, which it also checks), no matching that keeps the pins has a
 * better (medium, soft) objective, soft without the department spread term (linear programming
 * duality: no residual cycle has negative cost; Ahuja, Magnanti and Orlin, "Network Flows", 1993,
 * theorem 9.3). Every sum is computed in exact {@code long} arithmetic; an overflow is reported as
 * a violation, never wrapped.
 */
public final class ExactCertificate {
  /** At most this many violations are listed one by one; the rest are counted. */
  static final int MAX_LISTED = 100;

  private final long levelMultiplier;
  private final long[] menteeMedium;
  private final long[] menteeSoft;
  private final long[] mentorMedium;
  private final long[] mentorSoft;

  private ExactCertificate(long levelMultiplier, long[] menteeMedium, long[] menteeSoft, long[] mentorMedium, long[] mentorSoft) {
    this.levelMultiplier = levelMultiplier;
    this.menteeMedium = menteeMedium;
    this.menteeSoft = menteeSoft;
    this.mentorMedium = mentorMedium;
    this.mentorSoft = mentorSoft;
  }

  /**
   * A certificate from its potentials (arrays are copied). {@code levelMultiplier} is {@code M >
   * 0} for combined values, 0 for lexicographic pairs.
   *
   * @throws IllegalArgumentException when the arrays of one side differ in length or the
   *     multiplier is negative
   */
  public static ExactCertificate of(long levelMultiplier, long[] menteeMedium, long[] menteeSoft, long[] mentorMedium, long[] mentorSoft) {
    if (levelMultiplier < 0) {
      throw new IllegalArgumentException("levelMultiplier: " + levelMultiplier + " is below 0");
    }
    if (menteeMedium.length != menteeSoft.length || mentorMedium.length != mentorSoft.length) {
      throw new IllegalArgumentException("potentials: medium and soft parts differ in length (mentees "
          + menteeMedium.length + "/" + menteeSoft.length + ", mentors " + mentorMedium.length + "/" + mentorSoft.length + ")");
    }
    return new ExactCertificate(levelMultiplier, menteeMedium.clone(), menteeSoft.clone(), mentorMedium.clone(), mentorSoft.clone());
  }

  /** {@code M} of the combined values {@code priority * M + soft}, or 0 for lexicographic pairs. */
  public long levelMultiplier() {
    return levelMultiplier;
  }

  public int menteeCount() {
    return menteeSoft.length;
  }

  public int mentorCount() {
    return mentorSoft.length;
  }

  /** The medium part of the potential of a mentee (0 for pinned mentees and in combined arithmetic). */
  public long menteeMedium(int mentee) {
    return menteeMedium[mentee];
  }

  /** The soft part (the whole value in combined arithmetic) of the potential of a mentee. */
  public long menteeSoft(int mentee) {
    return menteeSoft[mentee];
  }

  public long mentorMedium(int mentor) {
    return mentorMedium[mentor];
  }

  public long mentorSoft(int mentor) {
    return mentorSoft[mentor];
  }

  /** This certificate with one mentee's potential replaced. */
  public ExactCertificate withMentee(int mentee, long medium, long soft) {
    ExactCertificate c = of(levelMultiplier, menteeMedium, menteeSoft, mentorMedium, mentorSoft);
    c.menteeMedium[mentee] = medium;
    c.menteeSoft[mentee] = soft;
    return c;
  }

  /** This certificate with one mentor's potential replaced. */
  public ExactCertificate withMentor(int mentor, long medium, long soft) {
    ExactCertificate c = of(levelMultiplier, menteeMedium, menteeSoft, mentorMedium, mentorSoft);
    c.mentorMedium[mentor] = medium;
    c.mentorSoft[mentor] = soft;
    return c;
  }

  /** {@link #violations(Eligibility, long, PairAdjustment, int[])} of a matching for the plain scores. */
  public List<String> violations(Eligibility el, Matching matching) {
    return violations(el, 1, PairAdjustment.NONE, el.assignmentOf(matching));
  }

  /** Whether this certificate proves {@code mentorOf} optimal for the plain scores. */
  public boolean proves(Eligibility el, int[] mentorOf) {
    return violations(el, 1, PairAdjustment.NONE, mentorOf).isEmpty();
  }

  /**
   * Every reason why this certificate does not prove {@code mentorOf} ({@code mentorOf[m]} a
   * mentor index or -1) optimal for the scores {@code scale * pairScore - adjustment}; empty when
   * it does. At most {@value #MAX_LISTED} are listed, then how many more there are.
   *
   * <p>Time {@code O(E + mentees + mentors)}, memory {@code O(mentors)}.
   */
  public List<String> violations(Eligibility el, long scale, PairAdjustment adjustment, int[] mentorOf) {
    List<String> out = new ArrayList<>();
    int[] more = {0};
    int n = el.menteeCount();
    int mentors = el.mentorCount();
    if (mentorOf.length != n || menteeSoft.length != n || mentorSoft.length != mentors) {
      out.add("sizes: the problem has " + n + " mentees and " + mentors + " mentors, the assignment "
          + mentorOf.length + " mentees, the certificate " + menteeSoft.length + " mentees and " + mentorSoft.length + " mentors");
      return out;
    }
    if (scale < 1) {
      out.add("scale: " + scale + " is below 1");
      return out;
    }
    long w;
    try {
      w = Math.multiplyExact(scale, el.problem().policy().weights().mentorLoadWeight());
    } catch (ArithmeticException e) {
      out.add("scale: " + scale + " times the load weight overflows");
      return out;
    }
    // feasibility
    int[] pinned = new int[mentors];
    int[] freeLoad = new int[mentors];
    for (int m = 0; m < n; m++) {
      int p = el.pinnedMentor(m);
      int r = mentorOf[m];
      if (p >= 0) {
        pinned[p]++;
        if (r != p) {
          add(out, more, "mentees[" + m + "] \"" + el.menteeId(m) + "\": pinned to \"" + el.mentorId(p) + "\" but "
              + (r < 0 ? "unmatched" : "matched to \"" + el.mentorId(r) + "\""));
        }
      } else if (r >= mentors || r < -1) {
        add(out, more, "mentees[" + m + "] \"" + el.menteeId(m) + "\": mentor index " + r + " out of range");
      } else if (r >= 0) {
        freeLoad[r]++;
        if (el.position(m, r) < 0) {
          add(out, more, "mentees[" + m + "] \"" + el.menteeId(m) + "\": matched to \"" + el.mentorId(r) + "\", which is not eligible");
        }
      }
    }
    for (int r = 0; r < mentors; r++) {
      if (pinned[r] + freeLoad[r] > el.capacity(r)) {
        add(out, more, "mentors[" + r + "] \"" + el.mentorId(r) + "\": load " + (pinned[r] + freeLoad[r]) + " exceeds capacity " + el.capacity(r));
      }
    }
    if (!out.isEmpty()) {
      return finish(out, more);
    }
    if (levelMultiplier > 0) {
      try {
        long range = SlotFlow.Magnitudes.of(el, scale, adjustment).softRange();
        if (levelMultiplier <= range) {
          out.add("levelMultiplier: " + levelMultiplier + " does not exceed the largest soft difference bound " + range
              + ", so the combined values are not lexicographic");
          return out;
        }
      } catch (ArithmeticException e) {
        out.add("levelMultiplier: the soft range of the adjusted scores overflows a long");
        return out;
      }
    }
    boolean adjusted = scale != 1 || adjustment != PairAdjustment.NONE;
    for (int m = 0; m < n; m++) {
      if (el.pinnedMentor(m) >= 0) {
        continue;
      }
      int r = mentorOf[m];
      long uh = menteeMedium[m];
      long ul = menteeSoft[m];
      try {
        for (int k = el.start(m), end = el.end(m); k < end; k++) {
          int q = el.mentorAt(k);
          if (pinned[q] >= el.capacity(q)) {
            continue; // no free slot: no flow can enter this mentor
          }
          long sc = el.scoreAt(k);
          if (adjusted) {
            sc = Math.subtractExact(Math.multiplyExact(scale, sc), adjustment.of(m, q));
          }
          long vh;
          long vl;
          if (levelMultiplier > 0) {
            vh = 0;
            vl = Math.addExact(Math.multiplyExact((long) el.priority(m), levelMultiplier), sc);
          } else {
            vh = el.priority(m);
            vl = sc;
          }
          long rh = Math.addExact(vh, mentorMedium[q]);
          long rl = Math.addExact(vl, mentorSoft[q]);
          int c = compare(uh, ul, rh, rl);
          if (q == r ? c > 0 : c < 0) {
            add(out, more, "mentees[" + m + "] \"" + el.menteeId(m) + "\" and mentors[" + q + "] \"" + el.mentorId(q) + "\": "
                + (q == r ? "matched pair has negative reduced cost " : "unused pair has negative reduced cost ")
                + pair(q == r ? Math.subtractExact(rh, uh) : Math.subtractExact(uh, rh), q == r ? Math.subtractExact(rl, ul) : Math.subtractExact(ul, rl)));
          }
        }
      } catch (ArithmeticException e) {
        add(out, more, "mentees[" + m + "] \"" + el.menteeId(m) + "\": a reduced cost overflows a long");
      }
      int c = compare(uh, ul, 0, 0);
      if (r >= 0 ? c < 0 : c > 0) {
        add(out, more, "mentees[" + m + "] \"" + el.menteeId(m) + "\": " + (r >= 0 ? "matched" : "unmatched")
            + " but its potential " + pair(uh, ul) + (r >= 0 ? " is below 0" : " is above 0"));
      }
    }
    for (int r = 0; r < mentors; r++) {
      int free = el.capacity(r) - pinned[r];
      if (free <= 0) {
        continue;
      }
      try {
        int l = freeLoad[r];
        if (l < free && compare(mentorMedium[r], mentorSoft[r], 0, Math.negateExact(Math.multiplyExact(w, pinned[r] + (long) l))) < 0) {
          add(out, more, "mentors[" + r + "] \"" + el.mentorId(r) + "\": its next slot has negative reduced cost (potential "
              + pair(mentorMedium[r], mentorSoft[r]) + ")");
        }
        if (l > 0 && compare(mentorMedium[r], mentorSoft[r], 0, Math.negateExact(Math.multiplyExact(w, pinned[r] + (long) l - 1))) > 0) {
          add(out, more, "mentors[" + r + "] \"" + el.mentorId(r) + "\": its last used slot has negative reduced cost backwards (potential "
              + pair(mentorMedium[r], mentorSoft[r]) + ")");
        }
      } catch (ArithmeticException e) {
        add(out, more, "mentors[" + r + "] \"" + el.mentorId(r) + "\": a slot cost overflows a long");
      }
    }
    return finish(out, more);
  }

  private static int compare(long ah, long al, long bh, long bl) {
    int c = Long.compare(ah, bh);
    return c != 0 ? c : Long.compare(al, bl);
  }

  private static String pair(long h, long l) {
    return "(" + h + ", " + l + ")";
  }

  private static void add(List<String> out, int[] more, String message) {
    if (out.size() < MAX_LISTED) {
      out.add(message);
    } else {
      more[0]++;
    }
  }

  private static List<String> finish(List<String> out, int[] more) {
    if (more[0] > 0) {
      out.add("... and " + more[0] + " more");
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "ExactCertificate[levelMultiplier=" + levelMultiplier + ", mentees=" + menteeSoft.length
        + ", mentors=" + mentorSoft.length + ", menteeSoft=" + Arrays.toString(Arrays.copyOf(menteeSoft, Math.min(8, menteeSoft.length))) + "...]";
  }
}
