package dev.tandem.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.testing.ProblemParts;
import dev.tandem.core.testing.RandomProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Validation accepts every generated problem and rejects each kind of corruption with a
 * problem that names the corrupted item (its path) and the offending value.
 */
class ValidationProperties {
  private static final int TRIES = 60;

  @Provide
  Arbitrary<MatchingProblem> problems() {
    return RandomProblems.problems();
  }

  /** Builds the corrupted parts and returns the problem reported at {@code path}. */
  private static ValidationProblem rejected(ProblemParts parts, String path, String... fragments) {
    ValidationException e = catchThrowableOfType(ValidationException.class, parts::build);
    assertThat(e).as("expected a ValidationException at %s", path).isNotNull();
    assertThat(e.problems()).extracting(ValidationProblem::path).contains(path);
    ValidationProblem found = e.problems().stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
    for (String f : fragments) {
      assertThat(found.message()).contains(f);
    }
    assertThat(e.getMessage()).contains(found.toString());
    return found;
  }

  @Property(tries = 100)
  void acceptsEveryGeneratedProblemAndRebuildsItUnchanged(@ForAll("problems") MatchingProblem p) {
    MatchingProblem again = ProblemParts.of(p).build();
    assertThat(again.mentees()).isEqualTo(p.mentees());
    assertThat(again.mentors()).isEqualTo(p.mentors());
    assertThat(again.employees()).isEqualTo(p.employees());
    assertThat(again.pinnedPairs()).isEqualTo(p.pinnedPairs());
    MatchingProblem viaBuilder = p.toBuilder().build();
    assertThat(viaBuilder.pairScores()).isEqualTo(p.pairScores());
    assertThat(viaBuilder.policy()).isEqualTo(p.policy());
  }

  @Property(tries = TRIES)
  void rejectsAnUnknownTopicCompetence(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentees().isEmpty());
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    int i = rnd.nextInt(p.mentees().size());
    Mentee m = parts.mentees.get(i);
    List<TopicRequest> topics = new ArrayList<>(m.topics());
    topics.add(new TopicRequest("gnai", 2));
    parts.mentees.set(i, new Mentee(m.employee(), ImmutableList.copyOf(topics), m.priority(), m.ranking()));
    rejected(parts, "mentees[" + i + "].topics[" + (topics.size() - 1) + "].competence", "unknown competence", "\"gnai\"");
  }

  @Property(tries = TRIES)
  void rejectsAnUnknownMentorCompetence(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentors().isEmpty());
    ProblemParts parts = ProblemParts.of(p);
    int j = new Random(seed).nextInt(p.mentors().size());
    Mentor r = parts.mentors.get(j);
    List<Proficiency> comps = new ArrayList<>(r.competences());
    comps.add(0, new Proficiency("quantum", 3));
    parts.mentors.set(j, new Mentor(r.employee(), ImmutableList.copyOf(comps), r.capacity(), r.nominated(), r.ranking()));
    rejected(parts, "mentors[" + j + "].competences[0].competence", "unknown competence", "\"quantum\"");
  }

  @Property(tries = TRIES)
  void rejectsATopicWeightOutOfRange(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentees().isEmpty());
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    int i = rnd.nextInt(p.mentees().size());
    Mentee m = parts.mentees.get(i);
    int bad = rnd.nextBoolean() ? -rnd.nextInt(3) : 4 + rnd.nextInt(5);
    List<TopicRequest> topics = new ArrayList<>(m.topics());
    if (topics.isEmpty()) {
      topics.add(new TopicRequest(p.competences().get(0).id(), bad));
    } else {
      topics.set(0, new TopicRequest(topics.get(0).competence(), bad));
    }
    parts.mentees.set(i, new Mentee(m.employee(), ImmutableList.copyOf(topics), m.priority(), m.ranking()));
    rejected(parts, "mentees[" + i + "].topics[0].weight", String.valueOf(bad), "1..3");
  }

  @Property(tries = TRIES)
  void rejectsAProficiencyOutOfRange(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentors().isEmpty());
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    int j = rnd.nextInt(p.mentors().size());
    Mentor r = parts.mentors.get(j);
    int bad = rnd.nextBoolean() ? -rnd.nextInt(3) : 6 + rnd.nextInt(5);
    List<Proficiency> comps = new ArrayList<>(r.competences());
    if (comps.isEmpty()) {
      comps.add(new Proficiency(p.competences().get(0).id(), bad));
    } else {
      comps.set(0, new Proficiency(comps.get(0).competence(), bad));
    }
    parts.mentors.set(j, new Mentor(r.employee(), ImmutableList.copyOf(comps), r.capacity(), r.nominated(), r.ranking()));
    rejected(parts, "mentors[" + j + "].competences[0].proficiency", String.valueOf(bad), "1..5");
  }

  @Property(tries = TRIES)
  void rejectsAPriorityBelowOne(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentees().isEmpty());
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    int i = rnd.nextInt(p.mentees().size());
    Mentee m = parts.mentees.get(i);
    int bad = -rnd.nextInt(4);
    parts.mentees.set(i, new Mentee(m.employee(), m.topics(), bad, m.ranking()));
    rejected(parts, "mentees[" + i + "].priority", String.valueOf(bad), "below 1");
  }

  @Property(tries = TRIES)
  void rejectsACapacityBelowOne(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentors().isEmpty());
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    int j = rnd.nextInt(p.mentors().size());
    int bad = -rnd.nextInt(4);
    parts.mentors.set(j, parts.mentors.get(j).withCapacity(bad));
    rejected(parts, "mentors[" + j + "].capacity", String.valueOf(bad), "below 1");
  }

  @Property(tries = TRIES)
  void rejectsANegativeWeight(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    long bad = -1 - rnd.nextInt(100);
    Weights w = p.policy().weights();
    String[] names = {"topicWeight", "levelGapWeight", "levelGapCap", "crossDepartmentWeight", "ratingWeight",
        "preferenceWeight", "departmentSpreadWeight", "mentorLoadWeight"};
    int k = rnd.nextInt(names.length);
    Weights changed = switch (k) {
      case 0 -> w.withTopicWeight(bad);
      case 1 -> w.withLevelGapWeight(bad);
      case 2 -> w.withLevelGapCap(bad);
      case 3 -> w.withCrossDepartmentWeight(bad);
      case 4 -> w.withRatingWeight(bad);
      case 5 -> w.withPreferenceWeight(bad);
      case 6 -> w.withDepartmentSpreadWeight(bad);
      default -> w.withMentorLoadWeight(bad);
    };
    parts.policy = p.policy().withWeights(changed);
    rejected(parts, "policy.weights." + names[k], String.valueOf(bad));
  }

  @Property(tries = TRIES)
  void rejectsAWeightAboveTheRange(@ForAll("problems") MatchingProblem p) {
    ProblemParts parts = ProblemParts.of(p);
    parts.policy = p.policy().withWeights(p.policy().weights().withMentorLoadWeight(1_000_000_001L));
    rejected(parts, "policy.weights.mentorLoadWeight", "1000000001");
  }

  @Property(tries = TRIES)
  void rejectsANegativeReportingLineDepth(@ForAll("problems") MatchingProblem p) {
    ProblemParts parts = ProblemParts.of(p);
    parts.policy = p.policy().toBuilder().reportingLineDepth(-2).build();
    rejected(parts, "policy.reportingLineDepth", "-2");
  }

  @Property(tries = TRIES)
  void rejectsAnUnknownManager(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    ProblemParts parts = ProblemParts.of(p);
    int k = new Random(seed).nextInt(parts.employees.size());
    parts.employees.set(k, parts.employees.get(k).withManager("ghost"));
    rejected(parts, "employees[" + k + "].manager", "unknown manager", "\"ghost\"");
  }

  @Property(tries = TRIES)
  void rejectsAReportingCycle(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(p.employees().size() >= 2);
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    // Make a random employee the manager of the top of its own chain: a cycle through that top.
    int k = rnd.nextInt(parts.employees.size());
    String id = parts.employees.get(k).id();
    String top = topOf(p, id);
    Assume.that(!top.equals(id));
    int topIndex = p.orgChart().indexOf(top);
    parts.employees.set(topIndex, parts.employees.get(topIndex).withManager(id));
    ValidationException e = catchThrowableOfType(ValidationException.class, parts::build);
    assertThat(e).isNotNull();
    assertThat(e.problems()).anySatisfy(x -> {
      assertThat(x.path()).startsWith("employees[").endsWith("].manager");
      assertThat(x.message()).contains("reporting cycle", id, top);
    });
  }

  private static String topOf(MatchingProblem p, String id) {
    String top = id;
    for (Optional<String> m = p.employee(id).manager(); m.isPresent(); m = p.employee(m.get()).manager()) {
      top = m.get();
    }
    return top;
  }

  @Property(tries = TRIES)
  void rejectsAnEmployeeManagingItself(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    ProblemParts parts = ProblemParts.of(p);
    int k = new Random(seed).nextInt(parts.employees.size());
    Employee e = parts.employees.get(k);
    parts.employees.set(k, e.withManager(e.id()));
    rejected(parts, "employees[" + k + "].manager", "\"" + e.id() + "\"", "own manager");
  }

  @Property(tries = TRIES)
  void rejectsADuplicateEmployeeId(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    ProblemParts parts = ProblemParts.of(p);
    int k = new Random(seed).nextInt(parts.employees.size());
    parts.employees.add(Employee.of(parts.employees.get(k).id(), "X", 3));
    rejected(parts, "employees[" + (parts.employees.size() - 1) + "].id", "duplicate employee id",
        "\"" + parts.employees.get(k).id() + "\"", "employees[" + k + "]");
  }

  @Property(tries = TRIES)
  void rejectsADuplicateCompetenceId(@ForAll("problems") MatchingProblem p) {
    ProblemParts parts = ProblemParts.of(p);
    parts.competences.add(Competence.of(parts.competences.get(0).id()));
    rejected(parts, "competences[" + (parts.competences.size() - 1) + "].id", "duplicate competence id",
        "\"" + parts.competences.get(0).id() + "\"");
  }

  @Property(tries = TRIES)
  void rejectsADuplicateMentee(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentees().isEmpty());
    ProblemParts parts = ProblemParts.of(p);
    Mentee m = parts.mentees.get(new Random(seed).nextInt(parts.mentees.size()));
    parts.mentees.add(m);
    rejected(parts, "mentees[" + (parts.mentees.size() - 1) + "].employee", "duplicate mentee", "\"" + m.employee() + "\"");
  }

  @Property(tries = TRIES)
  void rejectsAMenteeWhoIsNotAnEmployee(@ForAll("problems") MatchingProblem p) {
    ProblemParts parts = ProblemParts.of(p);
    parts.mentees.add(Mentee.of("nobody", 1, List.of()));
    rejected(parts, "mentees[" + (parts.mentees.size() - 1) + "].employee", "unknown employee", "\"nobody\"");
  }

  @Property(tries = TRIES)
  void rejectsARankingNamingAnUnknownMentor(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentees().isEmpty());
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    int i = rnd.nextInt(p.mentees().size());
    List<String> ranking = new ArrayList<>(parts.mentees.get(i).ranking());
    int at = rnd.nextInt(ranking.size() + 1);
    ranking.add(at, "stranger");
    parts.mentees.set(i, parts.mentees.get(i).withRanking(ranking));
    rejected(parts, "mentees[" + i + "].ranking[" + at + "]", "unknown mentor", "\"stranger\"");
  }

  @Property(tries = TRIES)
  void rejectsARankingNamingAnUnknownMentee(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentors().isEmpty());
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    int j = rnd.nextInt(p.mentors().size());
    List<String> ranking = new ArrayList<>(parts.mentors.get(j).ranking());
    ranking.add("stranger");
    parts.mentors.set(j, parts.mentors.get(j).withRanking(ranking));
    rejected(parts, "mentors[" + j + "].ranking[" + (ranking.size() - 1) + "]", "unknown mentee", "\"stranger\"");
  }

  @Property(tries = TRIES)
  void rejectsARatingOutOfRange(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentees().isEmpty() && !p.mentors().isEmpty());
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    int bad = rnd.nextBoolean() ? -rnd.nextInt(3) : 6 + rnd.nextInt(3);
    parts.history.add(PastPair.rated("2019", p.employees().get(0).id(), p.employees().get(1 % p.employees().size()).id(), bad));
    Assume.that(!parts.history.get(parts.history.size() - 1).mentee().equals(parts.history.get(parts.history.size() - 1).mentor()));
    rejected(parts, "history[" + (parts.history.size() - 1) + "].rating", String.valueOf(bad), "1..5");
  }

  @Property(tries = TRIES)
  void rejectsAPairWhoseMenteeIsItsMentor(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentees().isEmpty());
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    String id = p.mentees().get(rnd.nextInt(p.mentees().size())).employee();
    switch (rnd.nextInt(3)) {
      case 0 -> {
        parts.forbidden.add(Pair.of(id, id));
        rejected(parts, "forbiddenPairs[" + (parts.forbidden.size() - 1) + "]", "\"" + id + "\"", "both mentee and mentor");
      }
      case 1 -> {
        parts.pairScores.add(new PairScore(id, id, 7));
        rejected(parts, "pairScores[" + (parts.pairScores.size() - 1) + "]", "\"" + id + "\"", "both mentee and mentor");
      }
      default -> {
        parts.history.add(PastPair.of("2020", id, id));
        rejected(parts, "history[" + (parts.history.size() - 1) + "]", "\"" + id + "\"", "both mentee and mentor");
      }
    }
  }

  @Property(tries = TRIES)
  void rejectsAPairNamingAnUnknownMentor(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Assume.that(!p.mentees().isEmpty());
    Random rnd = new Random(seed);
    ProblemParts parts = ProblemParts.of(p);
    String id = p.mentees().get(rnd.nextInt(p.mentees().size())).employee();
    if (rnd.nextBoolean()) {
      parts.forbidden.add(0, Pair.of(id, "ghost"));
      rejected(parts, "forbiddenPairs[0].mentor", "unknown mentor", "\"ghost\"");
    } else {
      parts.pairScores.add(0, new PairScore(id, "ghost", 1));
      rejected(parts, "pairScores[0].mentor", "unknown mentor", "\"ghost\"");
    }
  }

  @Property(tries = TRIES)
  void rejectsADuplicatePairScore(@ForAll("problems") MatchingProblem p) {
    Assume.that(!p.pairScores().isEmpty());
    ProblemParts parts = ProblemParts.of(p);
    PairScore s = parts.pairScores.get(0);
    parts.pairScores.add(new PairScore(s.mentee(), s.mentor(), s.score() + 1));
    rejected(parts, "pairScores[" + (parts.pairScores.size() - 1) + "]", "duplicate score", s.pair().toString());
  }

  @Property(tries = TRIES)
  void rejectsAMenteePinnedTwice(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Random rnd = new Random(seed);
    List<Pair> options = new ArrayList<>();
    for (Mentee m : p.mentees()) {
      for (Mentor r : p.mentors()) {
        if (!m.employee().equals(r.employee())) {
          options.add(Pair.of(m.employee(), r.employee()));
        }
      }
    }
    Assume.that(!options.isEmpty());
    Pair first = options.get(rnd.nextInt(options.size()));
    Pair second = options.get(rnd.nextInt(options.size()));
    Pair twice = Pair.of(first.mentee(), second.mentor());
    ProblemParts parts = ProblemParts.of(p);
    parts.pinned.removeIf(x -> x.mentee().equals(first.mentee()));
    parts.pinned.add(first);
    parts.pinned.add(twice);
    rejected(parts, "pinnedPairs[" + (parts.pinned.size() - 1) + "].mentee", "pinned twice", "\"" + first.mentee() + "\"");
  }

  @Property(tries = TRIES)
  void rejectsPinnedPairsOverCapacity(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Random rnd = new Random(seed);
    Set<String> pinnedMentees = p.pinnedPairs().stream().map(Pair::mentee).collect(Collectors.toSet());
    Assume.that(!p.mentors().isEmpty());
    int j = rnd.nextInt(p.mentors().size());
    String mentor = p.mentors().get(j).employee();
    List<String> free = p.mentees().stream().map(Mentee::employee)
        .filter(m -> !pinnedMentees.contains(m) && !m.equals(mentor)).collect(Collectors.toList());
    Assume.that(free.size() >= 2);
    ProblemParts parts = ProblemParts.of(p);
    parts.mentors.set(j, parts.mentors.get(j).withCapacity(1));
    parts.pinned.add(Pair.of(free.get(0), mentor));
    parts.pinned.add(Pair.of(free.get(1), mentor));
    ValidationException e = catchThrowableOfType(ValidationException.class, parts::build);
    assertThat(e).isNotNull();
    assertThat(e.problems()).anySatisfy(x -> {
      assertThat(x.path()).startsWith("pinnedPairs[").endsWith("].mentor");
      assertThat(x.message()).contains("\"" + mentor + "\"", "capacity 1");
    });
  }

  @Property(tries = TRIES)
  void reportsEveryProblemAtOnce(@ForAll("problems") MatchingProblem p) {
    ProblemParts parts = ProblemParts.of(p);
    parts.employees.set(0, parts.employees.get(0).withManager("ghost"));
    parts.policy = p.policy().withWeights(p.policy().weights().withTopicWeight(-1));
    parts.competences.add(Competence.of(parts.competences.get(0).id()));
    ValidationException e = catchThrowableOfType(ValidationException.class, parts::build);
    assertThat(e.problems()).extracting(ValidationProblem::path)
        .contains("employees[0].manager", "policy.weights.topicWeight", "competences[" + (parts.competences.size() - 1) + "].id");
    assertThat(e.getMessage()).startsWith(e.problems().size() + " problems:");
  }

  /**
   * A pin that breaks a rule is the rules' question, not the model's: {@code build()} reports the
   * model's problems and accepts the pin; {@code Eligibility.of} then refuses the pin by name.
   */
  @Property(tries = TRIES)
  void leavesABrokenPinToTheRulesAndReportsEveryModelProblem(@ForAll("problems") MatchingProblem p, @ForAll long seed) {
    Random rnd = new Random(seed);
    Set<String> pinnedMentees = p.pinnedPairs().stream().map(Pair::mentee).collect(Collectors.toSet());
    Map<String, Long> pinnedLoad = p.pinnedPairs().stream().collect(Collectors.groupingBy(Pair::mentor, Collectors.counting()));
    List<Pair> options = new ArrayList<>();
    for (Mentee m : p.mentees()) {
      for (Mentor r : p.mentors()) {
        if (!pinnedMentees.contains(m.employee()) && !m.employee().equals(r.employee())
            && pinnedLoad.getOrDefault(r.employee(), 0L) < r.capacity()) {
          options.add(Pair.of(m.employee(), r.employee()));
        }
      }
    }
    Assume.that(!options.isEmpty());
    Pair pin = options.get(rnd.nextInt(options.size()));
    ProblemParts parts = ProblemParts.of(p);
    parts.forbidden.add(pin);
    parts.pinned.add(pin);
    MatchingProblem valid = parts.build();
    assertThat(valid.pinnedPairs()).contains(pin);
    parts.policy = p.policy().toBuilder().reportingLineDepth(-1).build();
    parts.competences.add(Competence.of(parts.competences.get(0).id()));
    ValidationException e = catchThrowableOfType(ValidationException.class, parts::build);
    assertThat(e.problems()).extracting(ValidationProblem::path).containsExactlyInAnyOrder(
        "policy.reportingLineDepth", "competences[" + (parts.competences.size() - 1) + "].id");
    ValidationException refused = catchThrowableOfType(ValidationException.class, () -> Eligibility.of(valid));
    assertThat(refused.problems()).extracting(ValidationProblem::path).containsExactly("pinnedPairs[" + (parts.pinned.size() - 1) + "]");
  }
}
