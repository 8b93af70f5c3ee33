package dev.tandem.core.bound;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.TopicTarget;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.PairScoring;

/**
 * The topic-target bonus {@code topicTargetWeight * sum over targeted topics t of min(c_t,
 * target_t)} ({@code c_t}: matched pairs whose mentee asks for t and whose mentor holds t), as the
 * bound and the repair need it: its largest possible value, and counts that change pair by pair.
 *
 * <p>A mentee is in at most one pair, so {@code c_t} never exceeds the number of mentees asking
 * for t: {@code weight * sum_t min(target_t, mentees asking t)} is a cap on the bonus of every
 * matching, which is how the bound stays valid for this term that is not a sum over pairs.
 */
final class TopicTargets {
  private final PairScoring scoring;
  private final int[] target;
  private final long weight;
  private final boolean active;

  private TopicTargets(Eligibility el) {
    MatchingProblem p = el.problem();
    scoring = el.scoring();
    target = new int[p.competences().size()];
    for (TopicTarget t : p.topicTargets()) {
      target[p.competenceIndex(t.competence())] = t.pairs();
    }
    weight = p.policy().weights().topicTargetWeight();
    active = weight != 0 && !p.topicTargets().isEmpty();
  }

  static TopicTargets of(Eligibility el) {
    return new TopicTargets(el);
  }

  /** Whether the term can be non-zero (a weight and at least one target). */
  boolean active() {
    return active;
  }

  long weight() {
    return weight;
  }

  /** {@code weight * sum over targeted topics of min(target, mentees asking for it)}: no matching earns more. */
  static long cap(Eligibility el) {
    TopicTargets t = new TopicTargets(el);
    if (!t.active) {
      return 0;
    }
    int[] asking = new int[t.target.length];
    for (int m = 0; m < el.menteeCount(); m++) {
      for (int k = 0; k < t.scoring.topicCount(m); k++) {
        asking[t.scoring.topicAt(m, k)]++;
      }
    }
    long pairs = 0;
    for (int c = 0; c < asking.length; c++) {
      pairs += Math.min(t.target[c], asking[c]);
    }
    return Math.multiplyExact(t.weight, pairs);
  }

  /** A fresh count per competence for the pairs of {@code mentorOf}. */
  int[] counts(int[] mentorOf) {
    int[] count = new int[target.length];
    if (active) {
      for (int m = 0; m < mentorOf.length; m++) {
        if (mentorOf[m] >= 0) {
          add(count, m, mentorOf[m]);
        }
      }
    }
    return count;
  }

  /** {@code sum over targeted topics of min(count, target)}. */
  long counted(int[] count) {
    long out = 0;
    for (int c = 0; c < target.length; c++) {
      out += Math.min(count[c], target[c]);
    }
    return out;
  }

  /** Adds the pair (m, r) to the counts; returns how much {@link #counted} rose. */
  int add(int[] count, int m, int r) {
    int gain = 0;
    for (int k = 0, n = scoring.topicCount(m); k < n; k++) {
      int c = scoring.topicAt(m, k);
      if (target[c] > 0 && scoring.holds(r, c)) {
        if (count[c] < target[c]) {
          gain++;
        }
        count[c]++;
      }
    }
    return gain;
  }

  /** How much {@link #counted} would rise if the pair (m, r) were added; counts unchanged. */
  int gain(int[] count, int m, int r) {
    int gain = 0;
    for (int k = 0, n = scoring.topicCount(m); k < n; k++) {
      int c = scoring.topicAt(m, k);
      if (target[c] > 0 && count[c] < target[c] && scoring.holds(r, c)) {
        gain++;
      }
    }
    return gain;
  }

  /** Removes the pair (m, r) from the counts; returns how much {@link #counted} fell. */
  int remove(int[] count, int m, int r) {
    int loss = 0;
    for (int k = 0, n = scoring.topicCount(m); k < n; k++) {
      int c = scoring.topicAt(m, k);
      if (target[c] > 0 && scoring.holds(r, c)) {
        count[c]--;
        if (count[c] < target[c]) {
          loss++;
        }
      }
    }
    return loss;
  }
}
