package dev.tandem.core.evaluation;

import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import java.util.HashMap;
import java.util.Map;

/**
 * The terms of the objective that depend on more than one pair, computed for one assignment:
 * the load of every mentor (capacity excess, mentor-load penalty), the number of pairs on
 * every department link (department-spread penalty) and the number of pairs working on each topic
 * with a target (topic-target bonus). The one place these terms are computed in
 * {@code core}: the {@link Evaluator}, the strategies' fast score and the solver's explainer read
 * them from here; the OptaPlanner constraint provider is the one deliberate second
 * implementation (see {@code docs/objective.md}).
 *
 * <pre>
 * capacityExcess = sum over mentors of max(0, load - capacity)
 * loadPenalty    = mentorLoadWeight       * sum over mentors of load(load-1)/2
 * spreadPenalty  = departmentSpreadWeight * sum over department links of k(k-1)/2
 * topicTargetBonus = topicTargetWeight    * sum over topics t with a target of min(c_t, target_t)
 * </pre>
 *
 * <p>{@code c_t}, the pairs working on topic {@code t}, counts the matched pairs whose mentee asks
 * for {@code t} and whose mentor holds {@code t} (a pair can work on several topics).
 *
 * <p>An assignment is an array {@code mentorOf[m]} holding a mentor index or -1 (unmatched);
 * pairs that break a rule count like any other pair.
 *
 * <p>Guarantee: immutable after {@link #of}; all arithmetic on {@code long}. Time
 * {@code O(mentees + mentors)} expected (one hash lookup per pair), memory linear in the mentors
 * and the department links in use.
 */
public final class Aggregates {
  private final Eligibility eligibility;
  private final int[] load;
  private final Map<Long, Integer> links;
  private final long capacityExcess;
  private final long loadPairs;
  private final long linkPairs;
  private final int mentorsUsed;
  private final int largestLoad;
  private final int largestLinkCount;
  private final int[] topicPairs;
  private final long topicTargetPairs;

  private Aggregates(Eligibility el, int[] mentorOf) {
    if (mentorOf.length != el.menteeCount()) {
      throw new IllegalArgumentException("assignment has " + mentorOf.length + " entries for " + el.menteeCount() + " mentees");
    }
    eligibility = el;
    load = new int[el.mentorCount()];
    links = new HashMap<>();
    for (int m = 0; m < mentorOf.length; m++) {
      int r = mentorOf[m];
      if (r >= 0) {
        load[r]++;
        links.merge(linkKey(el, m, r), 1, Integer::sum);
      }
    }
    long excess = 0;
    long lp = 0;
    int used = 0;
    int largest = 0;
    for (int r = 0; r < load.length; r++) {
      excess += Math.max(0, load[r] - el.capacity(r));
      lp += pairsAmong(load[r]);
      if (load[r] > 0) {
        used++;
      }
      largest = Math.max(largest, load[r]);
    }
    long kp = 0;
    int largestLink = 0;
    for (int k : links.values()) {
      kp += pairsAmong(k);
      largestLink = Math.max(largestLink, k);
    }
    // topics with a target: pairs working on each, counted up to the target
    var problem = el.problem();
    int[] target = new int[problem.competences().size()];
    for (var t : problem.topicTargets()) {
      target[problem.competenceIndex(t.competence())] = t.pairs();
    }
    topicPairs = new int[target.length];
    if (!problem.topicTargets().isEmpty()) {
      var scoring = el.scoring();
      for (int m = 0; m < mentorOf.length; m++) {
        int r = mentorOf[m];
        if (r < 0) {
          continue;
        }
        for (int k = 0; k < scoring.topicCount(m); k++) {
          int c = scoring.topicAt(m, k);
          if (target[c] > 0 && scoring.holds(r, c)) {
            topicPairs[c]++;
          }
        }
      }
    }
    long counted = 0;
    for (int c = 0; c < target.length; c++) {
      counted += Math.min(topicPairs[c], target[c]);
    }
    topicTargetPairs = counted;
    capacityExcess = excess;
    loadPairs = lp;
    linkPairs = kp;
    mentorsUsed = used;
    largestLoad = largest;
    largestLinkCount = largestLink;
  }

  /** The aggregates of {@code mentorOf} ({@code mentorOf[m]} is a mentor index or -1). */
  public static Aggregates of(Eligibility el, int[] mentorOf) {
    return new Aggregates(el, mentorOf);
  }

  /** {@code k(k-1)/2}: the number of unordered pairs among {@code k} items. */
  public static long pairsAmong(long k) {
    return k * (k - 1) / 2;
  }

  private static long linkKey(Eligibility el, int mentee, int mentor) {
    return (long) el.menteeDepartment(mentee) * el.departments().size() + el.mentorDepartment(mentor);
  }

  /** The number of mentees of {@code mentor}. */
  public int load(int mentor) {
    return load[mentor];
  }

  /**
   * {@code k}: the number of matched pairs on the department link of (mentee, mentor), that is
   * pairs from the mentee's department to the mentor's department (0 when none).
   */
  public int linkCount(int mentee, int mentor) {
    return links.getOrDefault(linkKey(eligibility, mentee, mentor), 0);
  }

  /** {@code sum over mentors of max(0, load - capacity)}: the capacity part of the hard score. */
  public long capacityExcess() {
    return capacityExcess;
  }

  /** {@code sum over mentors of load(load-1)/2}, before the weight. */
  public long loadPairs() {
    return loadPairs;
  }

  /** {@code sum over department links of k(k-1)/2}, before the weight. */
  public long linkPairs() {
    return linkPairs;
  }

  /** {@code mentorLoadWeight * loadPairs()}. */
  public long loadPenalty() {
    return Math.multiplyExact(weights().mentorLoadWeight(), loadPairs);
  }

  /** {@code departmentSpreadWeight * linkPairs()}. */
  public long spreadPenalty() {
    return Math.multiplyExact(weights().departmentSpreadWeight(), linkPairs);
  }

  /**
   * The number of matched pairs working on competence {@code c} (index into the problem's
   * competences): mentee asks for it, mentor holds it. Counted for topics with a target only
   * (0 for the others).
   */
  public int topicPairs(int competence) {
    return topicPairs[competence];
  }

  /** {@code sum over topics t with a target of min(c_t, target_t)}, before the weight. */
  public long topicTargetPairs() {
    return topicTargetPairs;
  }

  /** {@code topicTargetWeight * topicTargetPairs()}. */
  public long topicTargetBonus() {
    return weights().topicTargetWeight() * topicTargetPairs;
  }

  /** Mentors with at least one mentee. */
  public int mentorsUsed() {
    return mentorsUsed;
  }

  /** The most mentees of one mentor (0 without pairs). */
  public int largestLoad() {
    return largestLoad;
  }

  /** The number of department links with at least one pair. */
  public int departmentLinks() {
    return links.size();
  }

  /** The most pairs on one department link (0 without pairs). */
  public int largestLinkCount() {
    return largestLinkCount;
  }

  private Weights weights() {
    return eligibility.problem().policy().weights();
  }
}
