package dev.tandem.core.testing;

import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.AttributeRule;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Consent;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PairScore;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.SelfDeclaration;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Small random valid problems for properties, reusable by every module's tests.
 *
 * <p>Each problem is a pure function of one {@code long} seed (jqwik shrinks the seed, and a
 * failing seed reproduces with {@link #generate(long)}). A problem has 0 to 12 mentees and 0 to
 * 12 mentors drawn from a random org forest (so people can be both mentee and mentor, and
 * managers of each other), random levels, departments and topics, history with and without
 * ratings, rankings on both sides, forbidden pairs, explicit pair scores, eligible pinned pairs
 * within capacity, and a random policy (every reporting-line mode and depth, topic match and
 * repeats on or off, {@code LISTED_ONLY} about a quarter of the time, weights zero or not).
 *
 * <p>Two more modes serve the solver's tests: {@link #generate(long, Shape)} makes problems of a
 * given {@link Shape} (senior mentees, junior mentors, up to hundreds of mentees), and
 * {@link #randomAssignment} draws possibly infeasible assignments.
 *
 * <p>Both generators (the shape mode with extras only) also draw the opt-in fields: employee
 * attributes ({@code language} sets, a {@code tz} integer) and consented self-declared
 * perspectives, diversity topics naming a perspective, topic targets, attribute rules in the
 * policy ({@code language} must be shared, {@code tz} at most 0..6 apart, either possibly
 * required) and the perspective and topic-target weights, from a second random source, so the
 * rest of each seed's problem is what it was before. {@link #withPersonalData}
 * adds display names and skills (the optional employee fields of the file formats).
 *
 * <p>Guarantee: every generated problem passes validation.
 */
public final class RandomProblems {
  private RandomProblems() {}

  /** Random valid problems with up to 12 mentees and 12 mentors. */
  public static Arbitrary<MatchingProblem> problems() {
    return problems(12, 12);
  }

  /** Random valid problems with up to {@code maxMentees} mentees and {@code maxMentors} mentors. */
  public static Arbitrary<MatchingProblem> problems(int maxMentees, int maxMentors) {
    return Arbitraries.longs().map(seed -> generate(seed, maxMentees, maxMentors));
  }

  /** The problem of {@code seed} (up to 12 mentees and 12 mentors). */
  public static MatchingProblem generate(long seed) {
    return generate(seed, 12, 12);
  }

  /** The problem of {@code seed}. */
  public static MatchingProblem generate(long seed, int maxMentees, int maxMentors) {
    Random rnd = new Random(seed);
    Random extra = extraRandom(seed);
    int menteeCount = rnd.nextInt(maxMentees + 1);
    int mentorCount = rnd.nextInt(maxMentors + 1);
    int people = Math.max(1, Math.max(menteeCount, mentorCount) + rnd.nextInt(7));
    int compCount = 1 + rnd.nextInt(6);
    int deptCount = 1 + rnd.nextInt(4);

    MatchingProblem.Builder b = MatchingProblem.builder().name("random-" + seed);
    for (int c = 0; c < compCount; c++) {
      b.competence(withPerspective(new Competence("c" + c, "Competence " + c, rnd.nextInt(4) == 0), extra));
    }
    // An org forest: each person reports to an earlier one (or nobody); levels mostly fall down the tree.
    List<Employee> employees = new ArrayList<>();
    int[] level = new int[people];
    for (int e = 0; e < people; e++) {
      String dept = "D" + rnd.nextInt(deptCount);
      Optional<String> manager = Optional.empty();
      if (e > 0 && rnd.nextInt(4) != 0) {
        int p = rnd.nextInt(e);
        manager = Optional.of("e" + p);
        level[e] = Math.max(1, level[p] - rnd.nextInt(3) + (rnd.nextInt(5) == 0 ? 2 : 0));
      } else {
        level[e] = 1 + rnd.nextInt(8);
      }
      employees.add(decorate(new Employee("e" + e, dept, level[e], manager, Optional.empty(), ImmutableSet.of()), extra));
    }
    // Present employees in a shuffled order so that managers do not always come first.
    List<Employee> shuffled = new ArrayList<>(employees);
    Collections.shuffle(shuffled, rnd);
    b.employees(shuffled);

    List<String> menteeIds = pick(rnd, people, menteeCount);
    List<String> mentorIds = pick(rnd, people, mentorCount);
    List<Mentee> mentees = new ArrayList<>();
    for (String id : menteeIds) {
      List<TopicRequest> topics = new ArrayList<>();
      for (int c : distinct(rnd, compCount, rnd.nextInt(Math.min(3, compCount) + 1))) {
        topics.add(new TopicRequest("c" + c, 1 + rnd.nextInt(3)));
      }
      Mentee m = Mentee.of(id, 1 + rnd.nextInt(5), topics);
      if (rnd.nextInt(3) == 0) {
        m = m.withRanking(subset(rnd, mentorIds));
      }
      mentees.add(m);
    }
    List<Mentor> mentors = new ArrayList<>();
    for (String id : mentorIds) {
      List<Proficiency> comps = new ArrayList<>();
      for (int c : distinct(rnd, compCount, rnd.nextInt(Math.min(3, compCount) + 1))) {
        comps.add(new Proficiency("c" + c, 1 + rnd.nextInt(5)));
      }
      Mentor r = Mentor.of(id, 1 + rnd.nextInt(3), comps).withNominated(rnd.nextBoolean());
      if (rnd.nextInt(3) == 0) {
        r = r.withRanking(subset(rnd, menteeIds));
      }
      mentors.add(r);
    }
    b.mentees(mentees).mentors(mentors);

    // History: between participants mostly, sometimes with people who left the programme.
    int historyCount = rnd.nextInt(9);
    for (int h = 0; h < historyCount; h++) {
      String a = rnd.nextInt(4) != 0 && !menteeIds.isEmpty() ? menteeIds.get(rnd.nextInt(menteeIds.size())) : "e" + rnd.nextInt(people);
      String r = rnd.nextInt(4) != 0 && !mentorIds.isEmpty() ? mentorIds.get(rnd.nextInt(mentorIds.size())) : "e" + rnd.nextInt(people);
      if (a.equals(r)) {
        continue;
      }
      String cycle = "202" + rnd.nextInt(5);
      b.history(rnd.nextInt(3) == 0 ? PastPair.of(cycle, a, r) : PastPair.rated(cycle, a, r, 1 + rnd.nextInt(5)));
    }
    List<Pair> allPairs = new ArrayList<>();
    for (String a : menteeIds) {
      for (String r : mentorIds) {
        if (!a.equals(r)) {
          allPairs.add(Pair.of(a, r));
        }
      }
    }
    if (!allPairs.isEmpty()) {
      int forbiddenCount = rnd.nextInt(5);
      for (int f = 0; f < forbiddenCount; f++) {
        b.forbid(allPairs.get(rnd.nextInt(allPairs.size())));
      }
    }
    boolean listedOnly = rnd.nextInt(4) == 0;
    int scoreOdds = listedOnly ? 2 : 8;
    for (Pair p : allPairs) {
      if (rnd.nextInt(scoreOdds) == 0) {
        b.pairScore(p.mentee(), p.mentor(), rnd.nextInt(251) - 50);
      }
    }
    b.policy(Policy.builder()
        .minLevelGap(rnd.nextInt(5) - 1)
        .reportingLine(ReportingLine.values()[rnd.nextInt(3)])
        .reportingLineDepth(rnd.nextInt(4))
        .requireTopicMatch(rnd.nextInt(3) != 0)
        .allowRepeatPairs(rnd.nextInt(3) == 0)
        .candidatePairs(listedOnly ? CandidatePairs.LISTED_ONLY : CandidatePairs.ELIGIBLE)
        .weights(withNewWeights(randomWeights(rnd), extra))
        .attributeRules(attributeRules(extra))
        .build());
    addTopicTargets(b, compCount, "c", extra);
    MatchingProblem unpinned = b.build();
    if (rnd.nextInt(3) != 0) {
      return unpinned;
    }
    // Pin a few eligible pairs within capacity.
    Eligibility el = Eligibility.of(unpinned);
    int[] load = new int[mentorCount];
    for (int m = 0; m < menteeCount; m++) {
      if (el.eligibleCount(m) == 0 || rnd.nextInt(3) != 0) {
        continue;
      }
      int r = el.mentorAt(el.start(m) + rnd.nextInt(el.eligibleCount(m)));
      if (load[r] < el.capacity(r)) {
        load[r]++;
        b.pin(el.menteeId(m), el.mentorId(r));
      }
    }
    return b.build();
  }

  /**
   * The random source of the fields added after the generator was first written (attributes,
   * self-declarations, perspectives, topic targets, attribute rules, the perspective and
   * topic-target weights): separate from the main one, so the rest of a seed's problem is drawn
   * as before.
   */
  private static Random extraRandom(long seed) {
    return new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
  }

  private static final List<String> LANGUAGES = List.of("de", "en", "fr");
  private static final List<String> PERSPECTIVES = List.of("p0", "p1", "p2");

  /** Half the diversity topics name one of three perspectives. */
  private static Competence withPerspective(Competence c, Random x) {
    if (!c.diversity() || x.nextBoolean()) {
      return c;
    }
    return new Competence(c.id(), c.name(), true, Optional.of(PERSPECTIVES.get(x.nextInt(PERSPECTIVES.size()))));
  }

  /**
   * Attributes (a set of languages, a one-integer time zone, each often absent) and, for a third
   * of the people, a self-declaration of 0 to 3 perspectives with consent.
   */
  private static Employee decorate(Employee e, Random x) {
    java.util.Map<String, List<String>> attributes = new java.util.TreeMap<>();
    if (x.nextInt(3) != 0) {
      List<String> langs = new ArrayList<>(LANGUAGES);
      Collections.shuffle(langs, x);
      attributes.put("language", langs.subList(0, x.nextInt(LANGUAGES.size() + 1)));
    }
    if (x.nextInt(3) != 0) {
      attributes.put("tz", List.of(Integer.toString(x.nextInt(13) - 6)));
    }
    attributes.values().removeIf(List::isEmpty);
    Employee out = e.withAttributes(attributes);
    if (x.nextInt(3) == 0) {
      List<String> ps = new ArrayList<>(PERSPECTIVES);
      Collections.shuffle(ps, x);
      out = out.withSelfDeclaration(SelfDeclaration.of(ps.subList(0, x.nextInt(PERSPECTIVES.size() + 1)),
          new Consent(java.time.LocalDate.of(2026, 1, 1 + x.nextInt(28)), "form-" + e.id())));
    }
    return out;
  }

  /** The perspective and topic-target weights: zero half the time each. */
  private static Weights withNewWeights(Weights w, Random x) {
    if (w.equals(Weights.ZERO) || w.equals(Weights.DEFAULTS)) {
      return w;
    }
    return w.withPerspectiveWeight(x.nextBoolean() ? 0 : x.nextInt(40)).withTopicTargetWeight(x.nextBoolean() ? 0 : x.nextInt(60));
  }

  /** A third of the policies have attribute rules: a shared language, close time zones, or both, sometimes required. */
  private static List<AttributeRule> attributeRules(Random x) {
    List<AttributeRule> rules = new ArrayList<>();
    if (x.nextInt(3) != 0) {
      return rules;
    }
    int which = x.nextInt(3);
    if (which != 1) {
      AttributeRule r = AttributeRule.mustShare("language");
      rules.add(x.nextInt(3) == 0 ? r.excludingMissing() : r);
    }
    if (which != 0) {
      AttributeRule r = AttributeRule.atMostApart("tz", x.nextInt(7));
      rules.add(x.nextInt(3) == 0 ? r.excludingMissing() : r);
    }
    return rules;
  }

  /** Each competence gets a target of 1 to 4 pairs with odds 1 in 3. */
  private static void addTopicTargets(MatchingProblem.Builder b, int competences, String prefix, Random x) {
    for (int c = 0; c < competences; c++) {
      if (x.nextInt(3) == 0) {
        b.topicTarget(prefix + c, 1 + x.nextInt(4));
      }
    }
  }

  private static Weights randomWeights(Random rnd) {
    if (rnd.nextInt(6) == 0) {
      return Weights.ZERO;
    }
    if (rnd.nextInt(6) == 0) {
      return Weights.DEFAULTS;
    }
    return new Weights(w(rnd, 20), w(rnd, 10), w(rnd, 6), w(rnd, 40), w(rnd, 20), w(rnd, 10), w(rnd, 30), w(rnd, 20));
  }

  private static long w(Random rnd, int max) {
    return rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(max + 1);
  }

  /** {@code count} distinct employee ids out of e0..e(people-1), in random order. */
  private static List<String> pick(Random rnd, int people, int count) {
    List<String> out = new ArrayList<>();
    for (int i : distinct(rnd, people, count)) {
      out.add("e" + i);
    }
    return out;
  }

  private static List<Integer> distinct(Random rnd, int bound, int count) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < bound; i++) {
      all.add(i);
    }
    Collections.shuffle(all, rnd);
    return all.subList(0, Math.min(count, bound));
  }

  private static List<String> subset(Random rnd, List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    Collections.shuffle(copy, rnd);
    return copy.subList(0, rnd.nextInt(copy.size() + 1));
  }

  /**
   * A random matching of {@code problem}: each mentee is unmatched or paired with a random
   * mentor, eligible or not, capacities ignored (so hard rules may be broken).
   */
  public static Matching anyMatching(MatchingProblem problem, Random rnd) {
    List<Pair> pairs = new ArrayList<>();
    int mentors = problem.mentors().size();
    for (Mentee m : problem.mentees()) {
      if (mentors > 0 && rnd.nextInt(3) != 0) {
        pairs.add(Pair.of(m.employee(), problem.mentors().get(rnd.nextInt(mentors)).employee()));
      }
    }
    Collections.shuffle(pairs, rnd);
    return Matching.of(problem, pairs);
  }

  /**
   * A random feasible matching: the pinned pairs, then, in random order, some mentees with a
   * random eligible mentor that still has room.
   */
  public static Matching feasibleMatching(Eligibility el, Random rnd) {
    int n = el.menteeCount();
    int[] mentorOf = new int[n];
    java.util.Arrays.fill(mentorOf, -1);
    int[] load = new int[el.mentorCount()];
    for (int m = 0; m < n; m++) {
      if (el.pinnedMentor(m) >= 0) {
        mentorOf[m] = el.pinnedMentor(m);
        load[mentorOf[m]]++;
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int m = 0; m < n; m++) {
      order.add(m);
    }
    Collections.shuffle(order, rnd);
    for (int m : order) {
      if (mentorOf[m] >= 0 || el.eligibleCount(m) == 0 || rnd.nextInt(3) == 0) {
        continue;
      }
      int r = el.mentorAt(el.start(m) + rnd.nextInt(el.eligibleCount(m)));
      if (load[r] < el.capacity(r)) {
        mentorOf[m] = r;
        load[r]++;
      }
    }
    return el.toMatching(mentorOf);
  }

  /**
   * The size and richness of a problem made by {@link #generate(long, Shape)}.
   *
   * @param mentees mentees x0..x(mentees-1), levels 4 to 8
   * @param mentors mentors y0..y(mentors-1), levels 1 to 4, capacity 1 to 3
   * @param departments departments d0..
   * @param competences competences c0..
   * @param randomWeights random weights and policy (else the default policy)
   * @param extras rankings, an executive who also mentors, rated history, conflicts, explicit
   *     (also negative) pair scores and, for half the seeds, a few pinned eligible pairs
   */
  public record Shape(int mentees, int mentors, int departments, int competences, boolean randomWeights, boolean extras) {
    /** A small random shape (1 to 12 mentees, 1 to 8 mentors) with random weights and all extras. */
    public static Shape small(Random rnd) {
      return new Shape(1 + rnd.nextInt(12), 1 + rnd.nextInt(8), 1 + rnd.nextInt(4), 1 + rnd.nextInt(5), true, true);
    }

    /** A large shape for measurements: {@code mentees} mentees, two thirds as many mentors, default policy. */
    public static Shape large(int mentees) {
      return new Shape(mentees, Math.max(1, mentees * 2 / 3), Math.max(2, mentees / 40), Math.max(5, mentees / 25), false, false);
    }
  }

  /**
   * The problem of {@code seed} with the given shape: departments, an org chart in which
   * executives manage juniors, senior mentees asking for 1..3 topics and junior mentors with 1..4
   * competences, plus the {@link Shape#extras() extras} and {@link Shape#randomWeights() weights}
   * when asked for. The same seed and shape give the same problem.
   */
  public static MatchingProblem generate(long seed, Shape shape) {
    Random rnd = new Random(seed);
    Random extra = extraRandom(seed);
    MatchingProblem.Builder b = MatchingProblem.builder().name("random-" + seed);
    for (int c = 0; c < shape.competences(); c++) {
      Competence plain = Competence.of("c" + c);
      b.competence(shape.extras() && extra.nextInt(3) == 0 ? withPerspective(new Competence(plain.id(), plain.id(), true), extra) : plain);
    }
    // employees: mentees x0.., then mentors y0..
    List<String> ids = new ArrayList<>();
    java.util.Map<String, Integer> level = new java.util.LinkedHashMap<>();
    for (int i = 0; i < shape.mentees(); i++) {
      ids.add("x" + i);
      level.put("x" + i, 4 + rnd.nextInt(5));
    }
    for (int j = 0; j < shape.mentors(); j++) {
      ids.add("y" + j);
      level.put("y" + j, 1 + rnd.nextInt(4));
    }
    // managers: an earlier employee (mentees come first, so executives manage juniors)
    for (int e = 0; e < ids.size(); e++) {
      String id = ids.get(e);
      String dept = "d" + rnd.nextInt(shape.departments());
      Employee emp = Employee.of(id, dept, level.get(id));
      if (e > 0 && rnd.nextInt(10) < 7) {
        emp = emp.withManager(ids.get(rnd.nextInt(e)));
      }
      b.employee(shape.extras() ? decorate(emp, extra) : emp);
    }
    List<Mentee> mentees = new ArrayList<>();
    for (int i = 0; i < shape.mentees(); i++) {
      List<TopicRequest> ts = new ArrayList<>();
      for (int t : distinct(rnd, shape.competences(), 1 + rnd.nextInt(Math.min(3, shape.competences())))) {
        ts.add(new TopicRequest("c" + t, 1 + rnd.nextInt(3)));
      }
      mentees.add(Mentee.of("x" + i, 1 + rnd.nextInt(5), ts));
    }
    List<Mentor> mentors = new ArrayList<>();
    for (int j = 0; j < shape.mentors(); j++) {
      List<Proficiency> ps = new ArrayList<>();
      for (int c : distinct(rnd, shape.competences(), 1 + rnd.nextInt(Math.min(4, shape.competences())))) {
        ps.add(new Proficiency("c" + c, 1 + rnd.nextInt(5)));
      }
      mentors.add(Mentor.of("y" + j, 1 + rnd.nextInt(3), ps));
    }
    if (shape.extras()) {
      // one executive who also mentors (SAME_PERSON)
      if (rnd.nextBoolean()) {
        mentors.add(Mentor.of("x0", 1, List.of(new Proficiency("c0", 3))));
      }
      for (int i = 0; i < mentees.size(); i++) {
        if (rnd.nextInt(3) == 0) {
          mentees.set(i, mentees.get(i).withRanking(upTo(rnd, mentors.stream().map(Mentor::employee).toList(), 3)));
        }
      }
      for (int j = 0; j < mentors.size(); j++) {
        if (rnd.nextInt(3) == 0) {
          mentors.set(j, mentors.get(j).withRanking(upTo(rnd, mentees.stream().map(Mentee::employee).toList(), 3)));
        }
      }
    }
    b.mentees(mentees).mentors(mentors);
    if (shape.extras()) {
      for (int h = rnd.nextInt(shape.mentees() + 1); h > 0; h--) {
        String m = "x" + rnd.nextInt(shape.mentees());
        String r = "y" + rnd.nextInt(shape.mentors());
        b.history(rnd.nextBoolean() ? PastPair.rated("2025", m, r, 1 + rnd.nextInt(5)) : PastPair.of("2025", m, r));
      }
      for (int f = rnd.nextInt(3); f > 0; f--) {
        b.forbid("x" + rnd.nextInt(shape.mentees()), "y" + rnd.nextInt(shape.mentors()));
      }
      for (int s = rnd.nextInt(4); s > 0; s--) {
        String m = "x" + rnd.nextInt(shape.mentees());
        String r = "y" + rnd.nextInt(shape.mentors());
        if (b.build().explicitScore(Pair.of(m, r)).isEmpty()) {
          b.pairScore(m, r, rnd.nextInt(400) - 100);
        }
      }
    }
    Policy.Builder policy = Policy.builder();
    if (shape.randomWeights()) {
      Weights w = new Weights(rnd.nextInt(20), rnd.nextInt(10), rnd.nextInt(6), rnd.nextInt(50), rnd.nextInt(20),
          rnd.nextInt(10), rnd.nextInt(40), rnd.nextInt(30));
      policy.weights(shape.extras() ? withNewWeights(w, extra) : w);
      policy.reportingLine(ReportingLine.values()[rnd.nextInt(ReportingLine.values().length)]);
      policy.minLevelGap(rnd.nextInt(3));
      policy.allowRepeatPairs(rnd.nextInt(4) == 0);
      policy.requireTopicMatch(rnd.nextInt(5) != 0);
    }
    if (shape.extras()) {
      policy.attributeRules(attributeRules(extra));
      addTopicTargets(b, shape.competences(), "c", extra);
    }
    b.policy(policy.build());
    if (shape.extras() && rnd.nextBoolean()) {
      // pin a few eligible pairs within capacity
      Eligibility el = Eligibility.of(b.build());
      int[] load = new int[el.mentorCount()];
      for (int m = 0; m < el.menteeCount(); m++) {
        if (el.eligibleCount(m) > 0 && rnd.nextInt(4) == 0) {
          int r = el.mentorAt(el.start(m) + rnd.nextInt(el.eligibleCount(m)));
          if (load[r] < el.capacity(r)) {
            load[r]++;
            b.pin(el.menteeId(m), el.mentorId(r));
          }
        }
      }
    }
    return b.build();
  }

  /** Up to {@code max} of {@code from}, in random order. */
  private static List<String> upTo(Random rnd, List<String> from, int max) {
    List<String> copy = new ArrayList<>(from);
    Collections.shuffle(copy, rnd);
    return copy.subList(0, Math.min(copy.size(), rnd.nextInt(max + 1)));
  }

  /**
   * A random assignment (mentor index per mentee, -1 unmatched), also infeasible: each mentee is
   * unmatched, with a random eligible mentor, or with any mentor (so over capacity, forbidden,
   * ineligible or the mentee itself).
   */
  public static int[] randomAssignment(Random rnd, Eligibility el) {
    int[] out = new int[el.menteeCount()];
    Arrays.fill(out, -1);
    if (el.mentorCount() == 0) {
      return out;
    }
    for (int m = 0; m < out.length; m++) {
      int roll = rnd.nextInt(10);
      if (roll < 5 && el.eligibleCount(m) > 0) {
        out[m] = el.mentorAt(el.start(m) + rnd.nextInt(el.eligibleCount(m)));
      } else if (roll < 8) {
        out[m] = rnd.nextInt(el.mentorCount());
      }
    }
    return out;
  }

  /** Names that stress file formats: non-ASCII, quotes and commas, a CSV formula, a tab, a line break. */
  private static final String[] ODD_NAMES = {"Zoë Ñúñez", "李雷", "O'Brien, \"Pat\"", "=cmd|' /C calc'!A0", "tab\there", "line\nbreak"};

  /**
   * {@code problem} with personal data added: about half the employees get a display name (often
   * an odd one, see above), a third of the competences an odd name, and each employee holds each
   * competence as a skill with odds 1 in 3. Nothing that rules or scores read changes, so the
   * pins stay valid and the problem stays valid.
   */
  public static MatchingProblem withPersonalData(MatchingProblem problem, Random rnd) {
    MatchingProblem.Builder b = MatchingProblem.builder().name(problem.name());
    for (Competence c : problem.competences()) {
      b.competence(rnd.nextInt(3) == 0 ? new Competence(c.id(), "Topic " + ODD_NAMES[rnd.nextInt(ODD_NAMES.length)], c.diversity()) : c);
    }
    for (Employee e : problem.employees()) {
      Optional<String> name = rnd.nextBoolean() ? Optional.of(ODD_NAMES[rnd.nextInt(ODD_NAMES.length)] + " " + e.id()) : Optional.empty();
      List<String> skills = new ArrayList<>();
      for (Competence c : problem.competences()) {
        if (rnd.nextInt(3) == 0) {
          skills.add(c.id());
        }
      }
      Employee withName = name.isPresent() ? e.withDisplayName(name.get()) : e;
      b.employee(withName.withSkills(skills));
    }
    b.mentees(problem.mentees()).mentors(problem.mentors()).history(problem.history()).topicTargets(problem.topicTargets());
    problem.forbiddenPairs().forEach(b::forbid);
    problem.pinnedPairs().forEach(b::pin);
    for (PairScore s : problem.pairScores()) {
      b.pairScore(s);
    }
    return b.policy(problem.policy()).build();
  }
}
