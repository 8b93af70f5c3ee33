package dev.tandem.examples.rematch;

import com.google.common.collect.ImmutableSet;
import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.generator.GeneratorSettings;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rematch.Change;
import dev.tandem.core.rematch.RematchResult;
import dev.tandem.core.rematch.Rematcher;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.examples.Example;
import dev.tandem.examples.ExampleContext;
import dev.tandem.examples.console.Explain;
import dev.tandem.examples.console.Headings;
import dev.tandem.examples.console.LiveLine;
import dev.tandem.examples.console.StrategyRun;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A mentor leaves mid-cycle: the published matching is repaired with
 * {@link Rematcher} so that only the leaver's mentees get a new mentor and every other pair stays
 * exactly as published. The matching is published with {@code exact}; the repair uses
 * {@code optaplanner} when it is on the class path, otherwise the best core strategy
 * ({@link Cycle#rematchStrategy}).
 *
 * <p>Guarantee: deterministic for the same class path (a fixed seed; the leaver is the mentor
 * with the most mentees, ties by id); the output ends with a check that counts the unchanged pairs.
 */
public final class RematchExample implements Example {
  static final long SEED = 7;
  static final int FULL_EMPLOYEES = 1000;
  static final int SMALL_EMPLOYEES = 300;

  /** The organisation: {@code ProblemGenerator} with a fixed seed and the derived programme. */
  static GeneratorSettings settings(boolean small) {
    return GeneratorSettings.builder()
        .name("rematch-demo")
        .employees(small ? SMALL_EMPLOYEES : FULL_EMPLOYEES)
        .seed(SEED)
        .build();
  }

  @Override
  public String name() {
    return "rematch";
  }

  @Override
  public String description() {
    return "a mentor leaves mid-cycle; only the affected pairs change, every other pair is kept";
  }

  @Override
  public void run(ExampleContext ctx) {
    PrintStream out = ctx.out();
    Headings.title(out, "Re-matching: a mentor leaves mid-cycle");
    out.println("A programme is matched and published; the pairs have held their kick-off. Then a mentor");
    out.println("leaves the company. Their mentees need a new mentor, and nobody else may be moved:");
    out.println("the other pairs have built trust and keep going exactly as they are.");
    out.println();

    StrategyRegistry registry = StrategyRegistry.standard();
    Optional<MatchingStrategy> publisher = StrategyRun.first(registry, "exact", "optaplanner", "greedy");
    Optional<MatchingStrategy> repairer = Cycle.rematchStrategy(registry);
    if (publisher.isEmpty() || repairer.isEmpty()) {
      out.println("No matching strategy is on the class path (known: " + registry.names() + "); nothing to re-match.");
      return;
    }
    MatchingStrategy strategy = repairer.get();
    Duration limit = ctx.timeLimitOr(Duration.ofSeconds(5), Duration.ofSeconds(1));
    MatchOptions options = MatchOptions.builder().seed(SEED).timeLimit(limit).build();

    MatchingProblem problem = ProblemGenerator.generate(settings(ctx.small()));
    Eligibility eligibility = Eligibility.of(problem);
    StrategyRun published = StrategyRun.of(publisher.get(), eligibility, options, ctx.progress());
    Headings.section(out, "The published matching (" + publisher.get().name() + ")");
    out.printf(Locale.ROOT, "  %d mentees, %d mentors; %d pairs published, score %s%n", problem.mentees().size(),
        problem.mentors().size(), published.matching().pairs().size(), published.evaluation().score());
    out.println();

    String leaver = busiestMentor(published.matching());
    Headings.section(out, "The change: mentor " + Explain.person(problem, leaver) + " leaves");
    for (PairEvaluation pe : published.evaluation().pairs()) {
      if (pe.pair().mentor().equals(leaver)) {
        out.println("  ends: " + Explain.pair(problem, pe));
      }
    }
    out.println();

    ctx.progress().printf(Locale.ROOT, "  re-matching with %s ...%n", strategy.name());
    long start = System.nanoTime();
    MatchOptions withProgress = options.toBuilder()
        .progress(p -> LiveLine.show(ctx.progress(), String.format(Locale.ROOT, "  %-12s %6.1fs  best %s   ",
            p.strategy(), p.elapsedMillis() / 1000.0, p.bestScore())))
        .build();
    RematchResult result = Rematcher.rematch(problem, published.matching(), new Change.MentorLeaves(leaver),
        strategy, withProgress);
    LiveLine.end(ctx.progress(), String.format(Locale.ROOT, "  re-matched in %.1fs", (System.nanoTime() - start) / 1e9));
    Evaluation after = Evaluator.evaluate(result.problem(), result.matching());
    Headings.section(out, "Re-matched with " + strategy.name() + ": only the affected mentees moved");
    out.printf(Locale.ROOT, "  affected mentees: %s%n", String.join(", ", result.affected()));
    for (PairEvaluation pe : after.pairs()) {
      if (result.added().contains(pe.pair())) {
        out.println("  new:  " + Explain.pair(result.problem(), pe));
      }
    }
    for (UnmatchedMentee u : after.unmatched()) {
      if (result.affected().contains(u.mentee())) {
        out.println("  no new mentor: " + Explain.unmatched(result.problem(), u));
      }
    }
    out.printf(Locale.ROOT, "  score before %s, after %s%n", published.evaluation().score(), after.score());
    out.println();

    Set<Pair> now = ImmutableSet.copyOf(result.matching().pairs());
    long unchanged = published.matching().pairs().stream()
        .filter(p -> !p.mentor().equals(leaver))
        .filter(now::contains)
        .count();
    long shouldStay = published.matching().pairs().stream().filter(p -> !p.mentor().equals(leaver)).count();
    Headings.section(out, "Check");
    out.printf(Locale.ROOT, "  pairs kept unchanged: %d of %d not touched by the change%s%n", unchanged, shouldStay,
        unchanged == shouldStay ? " (all of them)" : "");
    out.printf(Locale.ROOT, "  pairs ended: %d, new pairs: %d%n", result.removed().size(), result.added().size());
    out.println();
  }

  /** The mentor with the most mentees in {@code matching}, ties broken by the smallest id. */
  static String busiestMentor(Matching matching) {
    Map<String, Integer> load = new TreeMap<>();
    for (Pair p : matching.pairs()) {
      load.merge(p.mentor(), 1, Integer::sum);
    }
    return load.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow(() -> new IllegalStateException("the published matching has no pairs"))
        .getKey();
  }
}
