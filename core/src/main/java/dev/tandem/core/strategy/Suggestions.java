package dev.tandem.core.strategy;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Suggestions for an executive on an internal platform: for one mentee, the top {@code k}
 * eligible mentors that still have a free slot under the current matching, with the parts of
 * each pair score; for a mentee without any eligible mentor, the rules that excluded the
 * candidates.
 *
 * <p>Guarantee: only eligible mentors are suggested, each with {@code load < capacity}, where the
 * load counts the current matching's pairs (pinned ones included) except the mentee's own pair, so
 * a matched mentee sees its current mentor as an option again. Ranked by
 * {@code pairScore - mentorLoadWeight * load}, highest first, ties by mentor id. Deterministic.
 *
 * <p>Complexity: {@code O(p + d log d)} for {@code p} pairs in the current matching and the
 * mentee's {@code d} eligible mentors.
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The suggestions for {@code menteeId}.
   *
   * @throws IllegalArgumentException when the mentee is not part of the problem or {@code k < 0}
   */
  public static MenteeSuggestions forMentee(Eligibility el, Matching current, String menteeId, int k) {
    int m = el.problem().menteeIndex(menteeId);
    if (m < 0) {
      throw new IllegalArgumentException("unknown mentee \"" + menteeId + "\"");
    }
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0, was " + k);
    }
    int[] mentorOf = el.assignmentOf(current);
    mentorOf[m] = -1;
    int[] load = Assignments.loads(el, mentorOf);
    long w = el.problem().policy().weights().mentorLoadWeight();
    List<Suggestion> open = new ArrayList<>();
    for (int pos = el.start(m); pos < el.end(m); pos++) {
      int r = el.mentorAt(pos);
      if (load[r] < el.capacity(r)) {
        long score = el.scoreAt(pos);
        open.add(new Suggestion(el.mentorId(r), score, el.scoring().parts(m, r), load[r], el.capacity(r), score - w * load[r]));
      }
    }
    open.sort(Comparator.comparingLong(Suggestion::value).reversed().thenComparing(Suggestion::mentor));
    return new MenteeSuggestions(menteeId, ImmutableList.copyOf(open.subList(0, Math.min(k, open.size()))),
        el.eligibleCount(m), el.excludedBy(m));
  }
}
