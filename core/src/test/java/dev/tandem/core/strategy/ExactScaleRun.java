package dev.tandem.core.strategy;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A throwaway measurement of {@code exact} at scale (not a test): n mentees, 2n mentors with
 * capacities 1 to 3 (about 1.5 on average), about half of the pairs eligible.
 *
 * <p>Run: {@code java -Xmx4g -cp core/target/classes:core/target/test-classes:GUAVA
 * dev.tandem.core.strategy.ExactScaleRun 3000 [strategy ...]}
 */
public final class ExactScaleRun {
  private ExactScaleRun() {}

  /** The generated problem of size {@code n}. */
  static MatchingProblem problem(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int comps = 8;
    MatchingProblem.Builder b = MatchingProblem.builder().name("scale-" + n);
    for (int c = 0; c < comps; c++) {
      b.competence(Competence.of("c" + c));
    }
    List<Mentee> mentees = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "m" + i;
      b.employee(Employee.of(id, "d" + rnd.nextInt(10), 5 + rnd.nextInt(4)));
      int t1 = rnd.nextInt(comps);
      int t2 = (t1 + 1 + rnd.nextInt(comps - 1)) % comps;
      mentees.add(Mentee.of(id, 1 + (rnd.nextInt(10) == 0 ? 2 : 0),
          List.of(new TopicRequest("c" + t1, 1 + rnd.nextInt(3)), new TopicRequest("c" + t2, 1 + rnd.nextInt(3)))));
    }
    b.mentees(mentees);
    for (int j = 0; j < 2 * n; j++) {
      String id = "r" + j;
      b.employee(Employee.of(id, "d" + rnd.nextInt(10), 1 + rnd.nextInt(4)));
      List<Proficiency> ps = new ArrayList<>();
      for (int c = 0; c < comps; c++) {
        if (rnd.nextInt(1000) < 293) {
          ps.add(new Proficiency("c" + c, 1 + rnd.nextInt(5)));
        }
      }
      int roll = rnd.nextInt(100);
      int cap = roll < 55 ? 1 : roll < 95 ? 2 : 3;
      b.mentor(Mentor.of(id, cap, ps));
    }
    b.policy(Policy.builder().reportingLine(ReportingLine.ALLOW).build()
        .withWeights(Policy.DEFAULT.weights().withDepartmentSpreadWeight(0)));
    return b.build();
  }

  /** Options with the {@code exact.*} settings given as system properties. */
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
    int n = Integer.parseInt(args[0]);
    long t0 = System.nanoTime();
    MatchingProblem p = problem(n, 42);
    long t1 = System.nanoTime();
    Eligibility el = Eligibility.of(p);
    long t2 = System.nanoTime();
    long slots = 0;
    for (int r = 0; r < el.mentorCount(); r++) {
      slots += el.capacity(r);
    }
    System.out.printf("n=%d mentors=%d slots=%d eligible pairs=%d; problem %.2fs, eligibility %.2fs%n",
        n, el.mentorCount(), slots, el.pairCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    String[] strategies = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : new String[] {"exact"};
    StrategyRegistry registry = StrategyRegistry.standard();
    for (int rep = 0; rep < 2; rep++) {
      for (String name : strategies) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long s0 = System.nanoTime();
        Matching m = registry.get(name).match(el, options());
        long s1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        System.out.printf("%s: wall %.3fs, cpu %.3fs, score %s, heap used %d MB%n", name, (s1 - s0) / 1e9, (c1 - c0) / 1e9,
            Assignments.score(el, el.assignmentOf(m)),
            (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
      }
    }
    if (n <= 3000) {
      System.out.println("evaluator: " + Evaluator.evaluate(el, registry.get(strategies[0]).match(el, MatchOptions.DEFAULTS)).score());
    }
  }
}
