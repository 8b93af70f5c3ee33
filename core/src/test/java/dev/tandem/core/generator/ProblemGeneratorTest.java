package dev.tandem.core.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.rules.Eligibility;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shape of a medium-size generated problem (the M suite entry) and the suite's contract. */
class ProblemGeneratorTest {
  private static MatchingProblem m;
  private static Map<String, Employee> byId;

  @BeforeAll
  static void generateM() {
    m = Suite.M.problem(true);
    byId = m.employees().stream().collect(Collectors.toMap(Employee::id, Function.identity()));
  }

  @Test
  void suiteEntryHasItsSizesAndStableName() {
    assertThat(m.name()).isEqualTo("M-spread");
    assertThat(m.employees()).hasSize(10_000);
    assertThat(m.mentees()).hasSize(1_000);
    assertThat(m.mentors()).hasSize(2_000);
    assertThat(Suite.S.problemName(false)).isEqualTo("S-nospread");
    assertThat(Suite.parse("xl-nospread")).contains(Map.entry(Suite.XL, false));
    assertThat(Suite.parse("Q-spread")).isEmpty();
    assertThat(Suite.M.settings(false).departmentSpread()).isFalse();
    assertThat(GeneratorSettings.referenceCase().mentees()).isEqualTo(3_000);
    assertThat(GeneratorSettings.referenceCase().mentors()).isEqualTo(6_000);
  }

  @Test
  void everyLevelFromTraineeToBoardExistsAndJuniorsOutnumberSeniors() {
    int[] count = new int[9];
    m.employees().forEach(e -> count[e.level()]++);
    for (int level = 1; level <= 8; level++) {
      assertThat(count[level]).as("level %d", level).isPositive();
    }
    assertThat(count[8]).isLessThanOrEqualTo(8);
    assertThat(count[1] + count[2] + count[3] + count[4])
        .isGreaterThan(4 * (count[5] + count[6] + count[7] + count[8]));
  }

  @Test
  void departmentsAreUneven() {
    Map<String, Long> sizes = m.employees().stream()
        .filter(e -> !e.department().equals("board"))
        .collect(Collectors.groupingBy(Employee::department, TreeMap::new, Collectors.counting()));
    assertThat(sizes.size()).isBetween(10, 60);
    long max = sizes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    long min = sizes.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    assertThat(max).isGreaterThan(4 * min);
  }

  @Test
  void reportingTreeHasBoardRootsAndManagersInsideTheirDepartment() {
    for (Employee e : m.employees()) {
      if (e.level() == 8) {
        assertThat(e.manager()).isEmpty();
      } else {
        Employee boss = byId.get(e.manager().orElseThrow());
        assertThat(boss.level()).isGreaterThan(e.level());
        if (e.level() < 6) {
          assertThat(boss.department()).isEqualTo(e.department());
        }
      }
    }
  }

  @Test
  void menteesAreSeniorAndMentorsJunior() {
    assertThat(m.mentees()).allSatisfy(x -> assertThat(byId.get(x.employee()).level()).isGreaterThanOrEqualTo(5));
    assertThat(m.mentors()).allSatisfy(x -> assertThat(byId.get(x.employee()).level()).isLessThanOrEqualTo(4));
    Map<Integer, Long> capacities = m.mentors().stream().collect(Collectors.groupingBy(Mentor::capacity, Collectors.counting()));
    assertThat(capacities.keySet()).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void topicDemandIsSkewedTowardsAFewPopularTopics() {
    Map<String, Long> demand = m.mentees().stream()
        .flatMap(x -> x.topics().stream())
        .collect(Collectors.groupingBy(TopicRequest::competence, Collectors.counting()));
    List<Long> sorted = demand.values().stream().sorted(Comparator.reverseOrder()).toList();
    long total = sorted.stream().mapToLong(Long::longValue).sum();
    assertThat(demand.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo("genai");
    assertThat(sorted.get(0) + sorted.get(1) + sorted.get(2)).isGreaterThan(total * 2 / 5);
    assertThat(sorted.get(0)).isGreaterThan(5 * sorted.get(sorted.size() - 1));
  }

  @Test
  void digitalCompetencesAreConcentratedAmongJuniors() {
    Set<String> digital = Set.of("genai", "data-analytics", "social-media", "cybersecurity", "cloud", "low-code", "ux-design");
    Map<Boolean, double[]> share = new HashMap<>();
    for (Mentor r : m.mentors()) {
      boolean youngest = byId.get(r.employee()).level() <= 2;
      double[] acc = share.computeIfAbsent(youngest, k -> new double[2]);
      for (Proficiency p : r.competences()) {
        acc[0] += digital.contains(p.competence()) ? 1 : 0;
        acc[1]++;
      }
    }
    double juniors = share.get(true)[0] / share.get(true)[1];
    double others = share.get(false)[0] / share.get(false)[1];
    assertThat(juniors).isGreaterThan(others + 0.1);
  }

  @Test
  void aboutHalfOfAllPairsAreEligible() {
    Eligibility e = Eligibility.of(m);
    double density = e.pairCount() / (double) (m.mentees().size() * (long) m.mentors().size());
    assertThat(density).isBetween(0.4, 0.6);
  }

  @Test
  void catalogueHasTheTwelveRealisticCompetences() {
    assertThat(m.competences()).isEqualTo(ProblemGenerator.catalogue());
    assertThat(ProblemGenerator.catalogue()).extracting(Competence::id).containsExactly(
        "genai", "data-analytics", "social-media", "cybersecurity", "agile", "cloud",
        "diversity-inclusion", "gen-z-culture", "sustainability", "remote-work", "low-code", "ux-design");
    assertThat(ProblemGenerator.catalogue()).filteredOn(Competence::diversity).extracting(Competence::id)
        .containsExactly("diversity-inclusion", "gen-z-culture");
  }

  @Test
  void optionalPartsAppearWhenAsked() {
    MatchingProblem p = ProblemGenerator.generate(GeneratorSettings.builder()
        .employees(2_000).seed(7).history(true).rankings(true).skills(true).displayNames(true).name("rich").build());
    assertThat(p.name()).isEqualTo("rich");
    assertThat(p.history()).isNotEmpty();
    assertThat(p.history()).anySatisfy(h -> assertThat(h.rating()).isPresent());
    assertThat(p.history()).anySatisfy(h -> assertThat(p.mentor(h.mentor())).isPresent());
    assertThat(p.mentees()).anySatisfy(x -> assertThat(x.ranking()).isNotEmpty());
    assertThat(p.mentors()).anySatisfy(x -> assertThat(x.ranking()).isNotEmpty());
    assertThat(p.employees()).anySatisfy(x -> assertThat(x.skills()).isNotEmpty());
    assertThat(p.employees()).allSatisfy(x -> assertThat(x.displayName()).isPresent());
    // Display names are personal data: never in toString.
    Employee first = p.employees().get(0);
    assertThat(first.toString()).doesNotContain(first.displayName().orElseThrow());
  }

  @Test
  void defaultsLeaveOptionalPartsOut() {
    MatchingProblem p = ProblemGenerator.generate(GeneratorSettings.builder().employees(500).build());
    assertThat(p.name()).isEqualTo("generated-500-1");
    assertThat(p.history()).isEmpty();
    assertThat(p.mentees()).allSatisfy(x -> assertThat(x.ranking()).isEmpty());
    assertThat(p.employees()).allSatisfy(x -> {
      assertThat(x.displayName()).isEmpty();
      assertThat(x.skills()).isEmpty();
    });
  }

  @Test
  void differentSeedsGiveDifferentProblems() {
    GeneratorSettings s = GeneratorSettings.builder().employees(300).build();
    List<Mentee> a = ProblemGenerator.generate(s).mentees();
    List<Mentee> b = ProblemGenerator.generate(s.toBuilder().seed(2).build()).mentees();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void badSettingsNameTheField() {
    assertThatThrownBy(() -> GeneratorSettings.builder().employees(5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("employees: 5");
    assertThatThrownBy(() -> GeneratorSettings.builder().employees(100).mentees(60).mentors(60).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentees + mentors");
    assertThatThrownBy(() -> GeneratorSettings.builder().mentees(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentees: -1");
  }
}
