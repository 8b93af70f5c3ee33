package dev.tandem.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.testing.RandomProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The time limit and the cancellation cover a strategy's whole run, set-up included: loops that
 * read every eligible pair before the search starts poll the stop condition, and a run stopped
 * there still returns a feasible matching that keeps the pins and says it was stopped early (for
 * {@code exact}: not proven optimal). Counted with stop conditions that record their polls, never
 * timed.
 */
class TimeLimitSetUpTest {
  private static final MatchingProblem PROBLEM = RandomProblems.generate(11, RandomProblems.Shape.large(400));
  private static final Eligibility EL = Eligibility.of(PROBLEM);

  /** A stop condition that records, per poll, which set-up or search method asked. */
  private static final class RecordingStop implements BooleanSupplier {
    private final int stopFromPoll;
    final List<String> askedBy = new ArrayList<>();

    /** Answers true from poll {@code stopFromPoll} on (1 = the first poll); never with 0. */
    RecordingStop(int stopFromPoll) {
      this.stopFromPoll = stopFromPoll;
    }

    @Override
    public boolean getAsBoolean() {
      askedBy.add(StackWalker.getInstance().walk(frames -> frames
          .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
          .filter(n -> n.startsWith("SlotFlow") || n.startsWith("SlotAssignment") || n.startsWith("GreedyStrategy"))
          .findFirst().orElse("?")));
      return stopFromPoll > 0 && askedBy.size() >= stopFromPoll;
    }

    Set<String> askers() {
      return askedBy.stream().collect(Collectors.toSet());
    }
  }

  /** Every pin kept, eligible pairs only, capacities respected. */
  private static void assertFeasible(Eligibility el, int[] mentorOf) {
    int[] load = new int[el.mentorCount()];
    for (int m = 0; m < mentorOf.length; m++) {
      if (el.pinnedMentor(m) >= 0) {
        assertThat(mentorOf[m]).as("pin of %s", el.menteeId(m)).isEqualTo(el.pinnedMentor(m));
      }
      if (mentorOf[m] >= 0) {
        assertThat(el.isEligible(m, mentorOf[m])).as("pair of %s", el.menteeId(m)).isTrue();
        load[mentorOf[m]]++;
      }
    }
    for (int r = 0; r < load.length; r++) {
      assertThat(load[r]).as("load of %s", el.mentorId(r)).isLessThanOrEqualTo(el.capacity(r));
    }
  }

  /** No mentee is left unmatched while one of its eligible mentors has room. */
  private static void assertMaximal(Eligibility el, int[] mentorOf) {
    int[] load = Assignments.loads(el, mentorOf);
    for (int m = 0; m < mentorOf.length; m++) {
      if (mentorOf[m] < 0) {
        for (int k = el.start(m); k < el.end(m); k++) {
          assertThat(load[el.mentorAt(k)]).as("%s unmatched while %s has room", el.menteeId(m), el.mentorId(el.mentorAt(k)))
              .isGreaterThanOrEqualTo(el.capacity(el.mentorAt(k)));
        }
      }
    }
  }

  @Test
  void exactPollsWhileItChecksTheMagnitudesBeforeAnyMenteeEnters() {
    RecordingStop never = new RecordingStop(0);
    ExactSolution s = ExactSolver.of(EL).solve(1, PairAdjustment.NONE, never);
    assertThat(s.optimal()).isTrue();
    int firstSearchPoll = never.askedBy.indexOf("SlotFlow.solve");
    assertThat(firstSearchPoll).as("the search polls too").isPositive();
    assertThat(never.askedBy.subList(0, firstSearchPoll)).as("polls before the search starts")
        .isNotEmpty().allMatch(a -> a.equals("SlotFlow$Magnitudes.of"));
  }

  @Test
  void exactStoppedInItsSetUpReturnsAFeasibleMaximalMatchingNotProvenOptimal() {
    RecordingStop atOnce = new RecordingStop(1);
    ExactSolution s = ExactSolver.of(EL).solve(1, PairAdjustment.NONE, atOnce);
    assertThat(atOnce.askedBy).containsExactly("SlotFlow$Magnitudes.of");
    assertThat(s.optimal()).isFalse();
    assertThat(s.certificate()).isEmpty();
    assertFeasible(EL, s.mentorOf());
    assertMaximal(EL, s.mentorOf());
  }

  @Test
  void exactStrategyStoppedAtOnceSaysStoppedEarlyAndKeepsThePins() {
    Cancellation cancelled = Cancellation.create();
    cancelled.cancel();
    int withPins = 0;
    for (long seed = 1; seed <= 20; seed++) {
      MatchingProblem p = RandomProblems.generate(seed);
      Eligibility el = Eligibility.of(p);
      withPins += p.pinnedPairs().isEmpty() ? 0 : 1;
      StrategyOutcome o = new ExactStrategy().solve(el, MatchOptions.builder().cancellation(cancelled).build());
      // without mentees there is nothing to stop: the empty matching is optimal
      assertThat(o.stoppedEarly()).as("seed %d, %d mentees", seed, el.menteeCount()).isEqualTo(el.menteeCount() > 0);
      assertThat(o.matching().pairs()).as("seed %d", seed).containsAll(p.pinnedPairs());
      assertThat(Evaluator.evaluate(el, o.matching()).score().hard()).as("seed %d", seed).isZero();
      assertThat(new ExactStrategy().run(el, MatchOptions.builder().cancellation(cancelled).build()).optimal())
          .isEqualTo(el.menteeCount() == 0);
    }
    assertThat(withPins).as("problems with pins among the seeds").isPositive();
  }

  @Test
  void aWarmSolvePollsWhileItRepairsThePreviousSolutionAndAStopThereStaysFeasible() {
    // a first priced solve leaves room in the multiplier, so the second one starts warm
    long[] zero = new long[EL.departments().size() * EL.departments().size()];
    PairAdjustment first = PairAdjustment.byLink(EL, zero);
    ExactSolver solver = ExactSolver.of(EL);
    assertThat(solver.solve(2, first, () -> false).optimal()).isTrue();
    long[] price = zero.clone();
    java.util.Arrays.fill(price, 40);
    PairAdjustment adjustment = PairAdjustment.byLink(EL, price);
    RecordingStop never = new RecordingStop(0);
    ExactSolution warm = solver.solve(2, adjustment, never);
    assertThat(warm.optimal()).isTrue();
    assertThat(never.askers()).contains("SlotAssignment.prepareWarm");
    int repairPoll = never.askedBy.indexOf("SlotAssignment.prepareWarm");
    assertThat(never.askedBy.subList(0, repairPoll)).as("before the repair").allMatch(a -> a.equals("SlotFlow$Magnitudes.of"));

    // the same warm solve again, stopped at its first poll inside the repair
    ExactSolver again = ExactSolver.of(EL);
    again.solve(2, first, () -> false);
    RecordingStop inRepair = new RecordingStop(repairPoll + 1);
    ExactSolution stopped = again.solve(2, adjustment, inRepair);
    assertThat(inRepair.askedBy.get(repairPoll)).isEqualTo("SlotAssignment.prepareWarm");
    assertThat(stopped.optimal()).isFalse();
    assertFeasible(EL, stopped.mentorOf());
    assertMaximal(EL, stopped.mentorOf());
    // the next solve starts cold and is optimal again: the same objective as a fresh solver's
    ExactSolution after = again.solve(2, adjustment, () -> false);
    assertThat(after.optimal()).isTrue();
    assertThat(after.objective()).isEqualTo(ExactSolver.of(EL).solve(2, adjustment, () -> false).objective());
  }

  /**
   * Rows of 1,500 pairs and 3,000 mentees: the completion after a stop reads only part of each row
   * (about 2^22 pairs in all), yet every mentee gets a mentor, also when every mentor it read was full.
   */
  @Test
  void theCompletionAfterAStopReadsPartOfLongRowsAndStillLeavesNoMenteeWithoutAFreeMentor() {
    MatchingProblem.Builder b = MatchingProblem.builder().name("long-rows").competence(Competence.of("ai"));
    int mentees = 3000;
    int mentors = 1500;
    for (int i = 0; i < mentees; i++) {
      b.employee(Employee.of("x" + i, "D" + (i % 7), 8));
      b.mentee(Mentee.of("x" + i, 1 + i % 3, List.of(new TopicRequest("ai", 1 + i % 3))));
    }
    for (int j = 0; j < mentors; j++) {
      b.employee(Employee.of("j" + j, "E" + (j % 5), 1));
      b.mentor(Mentor.of("j" + j, 2, List.of(new Proficiency("ai", 1 + j % 5))));
    }
    Eligibility el = Eligibility.of(b.build());
    assertThat(el.pairCount()).isEqualTo((long) mentees * mentors);
    assertThat((long) mentors).as("rows are read in part")
        .isGreaterThan(Math.max(SlotFlow.COMPLETION_ROW, SlotFlow.COMPLETION_READS / mentees));
    ExactSolution s = ExactSolver.of(el).solve(1, PairAdjustment.NONE, new RecordingStop(1));
    assertThat(s.optimal()).isFalse();
    assertFeasible(el, s.mentorOf());
    assertThat(java.util.Arrays.stream(s.mentorOf()).filter(r -> r < 0).count()).as("unmatched (capacity for all)").isZero();
  }

  /** 60 mentees (department D, one topic) and 8,000 mentors of it in nine departments: long rows. */
  private static Eligibility fewLongRows() {
    MatchingProblem.Builder b = MatchingProblem.builder().name("few-long-rows").competence(Competence.of("ai"));
    for (int i = 0; i < 60; i++) {
      b.employee(Employee.of("x" + i, "D", 8));
      b.mentee(Mentee.of("x" + i, 1, List.of(new TopicRequest("ai", 2))));
    }
    for (int j = 0; j < 8000; j++) {
      b.employee(Employee.of("j" + j, "E" + (j % 9), 1));
      b.mentor(Mentor.of("j" + j, 1, List.of(new Proficiency("ai", 1 + j % 5))));
    }
    return Eligibility.of(b.build());
  }

  @Test
  void greedyPollsByThePairsItReadsNotOnlyEvery256Mentees() {
    // 60 mentees with long rows: the first scan reads 60 rows, far fewer than 256
    Eligibility el = fewLongRows();
    AtomicInteger polls = new AtomicInteger();
    StrategyOutcome o = new GreedyStrategy().solve(el, MatchOptions.builder().cancellation(Cancellation.when(() -> {
      polls.incrementAndGet();
      return false;
    })).build());
    assertThat(o.stoppedEarly()).isFalse();
    assertThat((long) polls.get()).as("polls over %d pairs", el.pairCount()).isGreaterThanOrEqualTo(el.pairCount() / WorkPoller.WORK);
  }

  @Test
  void greedyStoppedInItsFirstScanStillPlacesTheMenteesItHadScanned() {
    Eligibility el = fewLongRows();
    AtomicInteger polls = new AtomicInteger();
    StrategyOutcome o = new GreedyStrategy().solve(el, MatchOptions.builder()
        .cancellation(Cancellation.when(() -> polls.incrementAndGet() >= 2)).build());
    assertThat(o.stoppedEarly()).isTrue();
    int[] mentorOf = el.assignmentOf(o.matching());
    assertFeasible(el, mentorOf);
    long matched = java.util.Arrays.stream(mentorOf).filter(r -> r >= 0).count();
    assertThat(matched).as("mentees scanned before the second poll, placed").isPositive().isLessThan(60);
  }

  @Test
  void aWorkPollerPollsFirstThenByWorkAndStaysStopped() {
    AtomicInteger polls = new AtomicInteger();
    WorkPoller p = new WorkPoller(() -> polls.incrementAndGet() >= 3);
    assertThat(p.after(0)).isFalse();
    assertThat(polls).hasValue(1);
    assertThat(p.after(WorkPoller.WORK - 1)).isFalse();
    assertThat(polls).hasValue(1);
    assertThat(p.after(1)).isFalse();
    assertThat(polls).hasValue(2);
    for (int i = 0; i < 255; i++) {
      assertThat(p.afterRow(0)).isFalse();
    }
    assertThat(polls).as("at least every 256 empty rows").hasValue(2);
    assertThat(p.afterRow(0)).isTrue();
    assertThat(polls).hasValue(3);
    assertThat(p.after(0)).isTrue();
    assertThat(p.now()).isTrue();
    assertThat(p.stopped()).isTrue();
    assertThat(polls).as("no poll once stopped").hasValue(3);
  }
}
