package dev.tandem.benchmarks.jmh;

import dev.tandem.benchmarks.peers.Peer;
import dev.tandem.benchmarks.peers.PeerResult;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.generator.GeneratorSettings;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.ExactStrategy;
import dev.tandem.core.strategy.MatchOptions;
import java.time.Duration;

/**
 * {@code exact} against scipy's {@code linear_sum_assignment} on the same slot matrix, in one run,
 * best of {@code rounds} each (alternating), on a generated problem without spread: by default
 * the realistic shape of few executives and many juniors (1,000 mentees, 12,000 mentors with
 * about 21,000 slots, about 6 million eligible pairs). Not a JMH benchmark: the peer runs in a
 * python3 child process and reports its own solve time (building the dense slot matrix and the
 * assignment, not reading the file); ours is the wall time of {@code ExactStrategy.match} on the
 * prepared eligibility structure.
 *
 * <p>Run: {@code java -Xmx4g -cp "$CP" dev.tandem.benchmarks.jmh.ExactVersusScipy [employees
 * mentees mentors seed rounds [exact-only]]} (defaults 40000 1000 12000 1 3; {@code exact-only}
 * skips the peer, for profiling).
 */
public final class ExactVersusScipy {
  private ExactVersusScipy() {}

  /** Options with the {@code exact.*} settings given as system properties (tuning experiments). */
  static MatchOptions options() {
    MatchOptions.Builder b = MatchOptions.builder();
    for (String key : new String[] {ExactStrategy.ARITHMETIC, ExactStrategy.ROW_CACHE}) {
      String v = System.getProperty(key);
      if (v != null) {
        b.setting(key, v);
      }
    }
    return b.build();
  }

  public static void main(String[] args) {
    int employees = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
    int mentees = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int mentors = args.length > 2 ? Integer.parseInt(args[2]) : 12_000;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    boolean withScipy = args.length <= 5 || !args[5].equals("exact-only");
    MatchingProblem problem = ProblemGenerator.generate(GeneratorSettings.builder()
        .name("executives-" + mentees + "x" + mentors).employees(employees).mentees(mentees).mentors(mentors)
        .seed(seed).departmentSpread(false).build());
    long t0 = System.nanoTime();
    Eligibility el = Eligibility.of(problem);
    long slots = 0;
    for (int r = 0; r < el.mentorCount(); r++) {
      slots += el.capacity(r);
    }
    System.out.printf("problem %s: %d mentees, %d mentors, %d slots, %d eligible pairs (eligibility %d ms)%n",
        problem.name(), el.menteeCount(), el.mentorCount(), slots, el.pairCount(), (System.nanoTime() - t0) / 1_000_000);
    ExactStrategy exact = new ExactStrategy();
    Peer scipy = Peer.scipy();
    long bestExact = Long.MAX_VALUE;
    long bestScipy = Long.MAX_VALUE;
    long bestAssign = Long.MAX_VALUE;
    Score exactScore = null;
    Score scipyScore = null;
    for (int i = 0; i < rounds; i++) {
      long s = System.nanoTime();
      Matching m = exact.match(el, options());
      long ms = (System.nanoTime() - s) / 1_000_000;
      bestExact = Math.min(bestExact, ms);
      exactScore = Evaluator.evaluate(el, m).score();
      if (!withScipy) {
        System.out.printf("round %d: exact %d ms%n", i + 1, ms);
        continue;
      }
      PeerResult r = scipy.solve(el, Duration.ofMinutes(5));
      bestScipy = Math.min(bestScipy, r.solveMillis());
      bestAssign = Math.min(bestAssign, r.algorithmMillis());
      scipyScore = Evaluator.evaluate(el, r.matching()).score();
      System.out.printf("round %d: exact %d ms, scipy %d ms (linear_sum_assignment alone %d ms)%n", i + 1, ms, r.solveMillis(), r.algorithmMillis());
    }
    System.out.printf("best of %d: exact %d ms, scipy %d ms (linear_sum_assignment alone %d ms), scipy / exact = %.2f"
        + " (linear_sum_assignment alone / exact = %.2f); scores exact %s, scipy %s%n",
        rounds, bestExact, bestScipy, bestAssign, (double) bestScipy / Math.max(1, bestExact),
        (double) bestAssign / Math.max(1, bestExact), exactScore, scipyScore);
  }
}
