package dev.tandem.core.bound;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.generator.Suite;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import java.time.Duration;

public class ScratchRun {
  public static void main(String[] a) {
    var e = Suite.parse(a[0]).orElseThrow();
    MatchingProblem p = e.getKey().problem(e.getValue());
    long t0 = System.nanoTime();
    Eligibility el = Eligibility.of(p);
    System.out.println("eligibility " + (System.nanoTime() - t0) / 1e6 + " ms, " + el.pairCount() + " pairs, depts " + el.departments().size());
    MatchOptions.Builder o = MatchOptions.builder().timeLimit(Duration.ofSeconds(Long.parseLong(a[1])))
        .progress(pr -> System.out.println(pr.elapsedMillis() + " ms best " + pr.bestScore().soft() + " bound " + pr.bound().map(s -> s.soft()).orElse(null)
           + " gap " + String.format("%.4f%%", 100.0 * (pr.bound().get().soft() - pr.bestScore().soft()) / pr.bound().get().soft())));
    for (int i = 2; i + 1 < a.length; i += 2) o.setting(a[i], a[i + 1]);
    t0 = System.nanoTime();
    BoundedMatching r = Bounds.search(el, o.build());
    System.out.println("done " + (System.nanoTime() - t0) / 1e6 + " ms: " + r.score() + " bound " + r.bound() + " eval " + Evaluator.evaluate(el, r.matching()).score()
        + " gap " + r.bound().describe(r.score()));
  }
}
