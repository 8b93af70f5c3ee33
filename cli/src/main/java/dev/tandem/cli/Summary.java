package dev.tandem.cli;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Metrics;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.evaluation.UnmatchedReason;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The readable summary of an evaluated matching, the same for {@code solve} and
 * {@code evaluate}: problem size, score and its terms, coverage, unmatched reasons, metrics and
 * the hard-rule breaks. Ids only, never display names.
 *
 * <p>Guarantee: lists at most {@code 10} broken pairs and exceeded mentors, then a count.
 */
final class Summary {
  private static final int SHOWN = 10;

  private Summary() {}

  static void problem(PrintStream out, MatchingProblem p, Eligibility e) {
    out.printf(Locale.ROOT, "problem    %s: %,d employees, %,d mentees, %,d mentors, %,d eligible pairs%n",
        p.name(), p.employees().size(), p.mentees().size(), p.mentors().size(), e.pairCount());
  }

  static void evaluation(PrintStream out, MatchingProblem p, Evaluation ev) {
    Metrics m = ev.metrics();
    var t = ev.terms();
    out.printf(Locale.ROOT, "score      %s%s%n", ev.score(), ev.score().isFeasible() ? "  (feasible)" : "  (BREAKS HARD RULES)");
    out.printf(Locale.ROOT, "  hard     %,d forbidden pairs, %,d over capacity, %,d broken pins%n", t.forbiddenPairs(),
        t.capacityExcess(), t.brokenPins());
    out.printf(Locale.ROOT, "  soft     %,d pair scores - %,d department spread - %,d mentor load%n",
        t.pairScoreSum(), t.spreadPenalty(), t.loadPenalty());
    out.printf(Locale.ROOT, "matched    %,d of %,d mentees (priority %,d of %,d)%n", m.matched(), m.mentees(),
        m.matchedPriority(), m.matchedPriority() + m.unmatchedPriority());
    if (!ev.unmatched().isEmpty()) {
      Map<UnmatchedReason, Integer> reasons = new EnumMap<>(UnmatchedReason.class);
      for (UnmatchedMentee u : ev.unmatched()) {
        reasons.merge(u.reason(), 1, Integer::sum);
      }
      out.printf(Locale.ROOT, "unmatched  %,d: %s%n", ev.unmatched().size(), reasons.entrySet().stream()
          .map(en -> en.getKey() + " " + en.getValue()).collect(Collectors.joining(", ")));
    }
    if (m.matched() > 0) {
      out.printf(Locale.ROOT, "pairs      score mean %.1f, min %,d, p10 %,d; top topic covered %.0f%%; mean level gap %.1f%n",
          m.pairScoreMean(), m.pairScoreMin(), m.pairScoreP10(), 100 * m.topTopicCoverage(), m.meanLevelGap());
      out.printf(Locale.ROOT, "network    cross-department %.0f%%; %,d department links (largest %,d); %,d mentors used (largest load %,d)%n",
          100 * m.crossDepartmentShare(), m.departmentLinks(), m.largestLinkCount(), m.mentorsUsed(), m.largestLoad());
    }
    out.printf(Locale.ROOT, "stability  %,d blocking pairs%n", m.blockingPairs());
    hardBreaks(out, p, ev);
  }

  /** Lists the pairs that break a rule, the mentors over capacity and the broken pins. */
  static void hardBreaks(PrintStream out, MatchingProblem p, Evaluation ev) {
    ev.brokenPins().stream().limit(SHOWN).forEach(b -> out.println("  " + b));
    if (ev.brokenPins().size() > SHOWN) {
      out.printf(Locale.ROOT, "  ... and %,d more broken pins%n", ev.brokenPins().size() - SHOWN);
    }
    int shown = 0;
    int broken = 0;
    for (PairEvaluation pe : ev.pairs()) {
      if (!pe.eligible()) {
        broken++;
        if (shown++ < SHOWN) {
          out.printf(Locale.ROOT, "  pair %s -> %s breaks %s%n", pe.pair().mentee(), pe.pair().mentor(),
              pe.broken().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
      }
    }
    if (broken > SHOWN) {
      out.printf(Locale.ROOT, "  ... and %,d more pairs breaking a rule%n", broken - SHOWN);
    }
    Map<String, Integer> load = new HashMap<>();
    for (PairEvaluation pe : ev.pairs()) {
      load.merge(pe.pair().mentor(), 1, Integer::sum);
    }
    int over = 0;
    for (var r : p.mentors()) {
      int l = load.getOrDefault(r.employee(), 0);
      if (l > r.capacity()) {
        if (over++ < SHOWN) {
          out.printf(Locale.ROOT, "  mentor %s has %d mentees, capacity %d%n", r.employee(), l, r.capacity());
        }
      }
    }
    if (over > SHOWN) {
      out.printf(Locale.ROOT, "  ... and %,d more mentors over capacity%n", over - SHOWN);
    }
  }
}
