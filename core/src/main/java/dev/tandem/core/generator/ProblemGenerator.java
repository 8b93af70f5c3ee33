package dev.tandem.core.generator;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.Weights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * A seeded generator of realistic organisations and reverse-mentoring programmes.
 *
 * <p>The organisation is a reporting forest: a board (level 8, each member a root) over uneven
 * departments (log-normal sizes); each department has a head (level 6, or level 7 with unit
 * heads at level 6 when it is large), team leads (level 5, spans of 6 to 12 varying by
 * department) and staff at levels 4 (senior professional) down to 1 (trainee) in department
 * specific proportions. Mentees are senior staff (levels 5 to 8, priority {@code level - 4});
 * mentors are juniors (levels 1 to 4) with capacities 1 to 3. Topic demand is skewed towards a
 * few popular topics ({@code genai} first); digital competences are concentrated among juniors,
 * who also hold them at a higher proficiency. Optional parts: two earlier cycles with ratings,
 * rankings of wished partners, a skills inventory for juniors and synthetic display names.
 *
 * <p>Guarantee: the same {@link GeneratorSettings} always give the same problem (a
 * {@link SplittableRandom} seeded from {@link GeneratorSettings#seed()}, no hash ordering); the
 * problem is valid (it passes {@link MatchingProblem.Builder#build()}) for every accepted setting.
 * With the defaults about half of all mentee × mentor pairs are eligible. Time and memory are
 * linear in the number of employees (200,000 employees take well under a few seconds).
 */
public final class ProblemGenerator {
  /** One topic of the catalogue with how much it is asked for and how common it is among juniors. */
  private record Topic(String id, String name, boolean diversity, boolean digital, double demand, double supply) {}

  private static final ImmutableList<Topic> TOPICS = ImmutableList.of(
      new Topic("genai", "Generative AI", false, true, 10, 4),
      new Topic("data-analytics", "Data analytics", false, true, 6, 4),
      new Topic("social-media", "Social media", false, true, 5, 6),
      new Topic("cybersecurity", "Cybersecurity", false, true, 4, 3),
      new Topic("agile", "Agile ways of working", false, false, 3.5, 4),
      new Topic("cloud", "Cloud platforms", false, true, 3, 4),
      new Topic("diversity-inclusion", "Diversity and inclusion", true, false, 3, 3),
      new Topic("gen-z-culture", "Gen Z culture and expectations", true, false, 2.5, 4),
      new Topic("sustainability", "Sustainability", false, false, 2, 3),
      new Topic("remote-work", "Remote and hybrid work", false, false, 1.5, 4),
      new Topic("low-code", "Low-code development", false, true, 1, 3),
      new Topic("ux-design", "UX design", false, true, 1, 3));

  private static final ImmutableList<Competence> CATALOGUE = TOPICS.stream()
      .map(t -> new Competence(t.id(), t.name(), t.diversity()))
      .collect(ImmutableList.toImmutableList());

  private static final String[] DEPARTMENTS = {
    "sales", "operations", "it", "finance", "marketing", "production", "customer-service",
    "human-resources", "research", "logistics", "engineering", "procurement", "legal",
    "communications", "quality", "controlling", "product", "risk", "strategy", "facilities"
  };

  private static final String[] FIRST_NAMES = {
    "Alex", "Maria", "Jonas", "Lea", "Noah", "Emma", "Ben", "Mia", "Luca", "Sofia", "Elias", "Hannah",
    "Finn", "Lina", "Paul", "Clara", "Felix", "Marie", "David", "Nora", "Samir", "Aylin", "Kenji", "Priya"
  };

  private static final String[] LAST_NAMES = {
    "Schmidt", "Meyer", "Weber", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Klein", "Wolf",
    "Neumann", "Schulz", "Kaya", "Novak", "Rossi", "Garcia", "Nguyen", "Okafor", "Jansen", "Berg"
  };

  private static final int BOARD = 8;
  private static final int HEAD = 6;
  private static final int DIRECTOR = 7;
  private static final int TEAM_LEAD = 5;
  /** Base shares of staff levels 1 (trainee) to 4 (senior professional). */
  private static final double[] STAFF_SHARES = {0.13, 0.27, 0.38, 0.22};

  private ProblemGenerator() {}

  /** The topic catalogue every generated problem uses (12 competences, popular ones first). */
  public static ImmutableList<Competence> catalogue() {
    return CATALOGUE;
  }

  /**
   * Generates the problem described by {@code settings}.
   *
   * @throws IllegalArgumentException when the organisation cannot hold the requested programme
   */
  public static MatchingProblem generate(GeneratorSettings settings) {
    requireNonNull(settings, "settings");
    return new Run(settings).build();
  }

  /** One generation: the random source and the arrays of the organisation being built. */
  private static final class Run {
    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final int n;
    private final int[] level;
    private final int[] manager;
    private final int[] department;
    private final List<String> departmentNames = new ArrayList<>();
    private final String[] ids;
    private int count;

    Run(GeneratorSettings settings) {
      this.settings = settings;
      this.random = new SplittableRandom(settings.seed());
      this.n = settings.employees();
      this.level = new int[n];
      this.manager = new int[n];
      this.department = new int[n];
      this.ids = new String[n];
    }

    MatchingProblem build() {
      buildOrganisation();
      int[] mentees = chooseMentees();
      boolean[] taken = new boolean[n];
      for (int m : mentees) {
        taken[m] = true;
      }
      int[] mentors = chooseMentors(mentees.length, taken);

      List<Mentee> menteeList = new ArrayList<>(mentees.length);
      int[][] menteeTopics = new int[mentees.length][];
      for (int i = 0; i < mentees.length; i++) {
        menteeTopics[i] = topicsFor(mentees[i]);
        menteeList.add(mentee(mentees[i], menteeTopics[i]));
      }
      List<Mentor> mentorList = new ArrayList<>(mentors.length);
      int[][] mentorTopics = new int[mentors.length][];
      for (int j = 0; j < mentors.length; j++) {
        mentorTopics[j] = competencesFor(level[mentors[j]]);
        mentorList.add(mentor(mentors[j], mentorTopics[j]));
      }
      int[][] mentorsByTopic = invert(mentorTopics, mentors.length);
      int[][] menteesByTopic = invert(menteeTopics, mentees.length);

      if (settings.rankings()) {
        addRankings(menteeList, mentorList, mentees, mentors, menteeTopics, mentorTopics,
            mentorsByTopic, menteesByTopic);
      }
      List<PastPair> history = settings.history()
          ? history(mentees, mentors, menteeTopics, mentorsByTopic)
          : List.of();

      List<Employee> employees = new ArrayList<>(n);
      int[] mentorPosition = new int[n];
      Arrays.fill(mentorPosition, -1);
      for (int j = 0; j < mentors.length; j++) {
        mentorPosition[mentors[j]] = j;
      }
      for (int e = 0; e < n; e++) {
        Employee employee = new Employee(
            ids[e],
            departmentNames.get(department[e]),
            level[e],
            manager[e] < 0 ? Optional.empty() : Optional.of(ids[manager[e]]),
            Optional.empty(),
            ImmutableSet.of());
        if (settings.skills() && level[e] <= 4) {
          int[] held = mentorPosition[e] >= 0 ? mentorTopics[mentorPosition[e]]
              : random.nextDouble() < 0.6 ? competencesFor(level[e]) : new int[0];
          List<String> skills = new ArrayList<>(held.length);
          for (int t : held) {
            skills.add(TOPICS.get(t).id());
          }
          employee = employee.withSkills(skills);
        }
        if (settings.displayNames()) {
          employee = employee.withDisplayName(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
              + LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
        }
        employees.add(employee);
      }

      Policy policy = settings.departmentSpread()
          ? Policy.DEFAULT
          : Policy.DEFAULT.withWeights(Weights.DEFAULTS.withDepartmentSpreadWeight(0));
      return MatchingProblem.builder()
          .name(settings.problemName())
          .competences(CATALOGUE)
          .employees(employees)
          .mentees(menteeList)
          .mentors(mentorList)
          .history(history)
          .policy(policy)
          .build();
    }

    // ---------------------------------------------------------------- organisation

    private void buildOrganisation() {
      int digits = Math.max(6, Integer.toString(n).length());
      int boardSize = Math.max(2, Math.min(8, (int) Math.round(n / 20_000.0) + 3));
      int departments = Math.max(2, Math.min(150, (int) Math.round(Math.sqrt(n) / 4)));
      int rest = n - boardSize;
      // Each department needs a head, a team lead and one member of staff.
      departments = Math.min(departments, rest / 3);

      departmentNames.add("board");
      int[] board = new int[boardSize];
      for (int b = 0; b < boardSize; b++) {
        board[b] = add(BOARD, -1, 0);
      }

      double[] weight = new double[departments];
      double total = 0;
      for (int d = 0; d < departments; d++) {
        weight[d] = Math.exp(0.7 * random.nextGaussian());
        total += weight[d];
      }
      int[] size = new int[departments];
      int spare = rest - 3 * departments;
      int given = 0;
      for (int d = 0; d < departments; d++) {
        size[d] = 3 + (int) Math.floor(spare * weight[d] / total);
        given += size[d];
      }
      for (int d = 0; given < rest; d = (d + 1) % departments) {
        size[d]++;
        given++;
      }

      for (int d = 0; d < departments; d++) {
        String base = DEPARTMENTS[d % DEPARTMENTS.length];
        departmentNames.add(d < DEPARTMENTS.length ? base : base + "-" + (d / DEPARTMENTS.length + 1));
        buildDepartment(d + 1, size[d], board[random.nextInt(boardSize)]);
      }
      for (int e = 0; e < n; e++) {
        ids[e] = id(e, digits);
      }
    }

    private void buildDepartment(int dept, int size, int boardMember) {
      boolean large = size >= 200;
      int head = add(large ? DIRECTOR : HEAD, boardMember, dept);
      int span = 6 + random.nextInt(7);
      int leads = Math.max(1, (int) Math.round((size - 1) / (double) (span + 1)));
      int units = large ? Math.max(1, (int) Math.round(leads / (4.0 + random.nextInt(5)))) : 0;
      leads = Math.max(1, Math.min(leads, size - 2 - units));
      int[] unitHeads = new int[units];
      for (int u = 0; u < units; u++) {
        unitHeads[u] = add(HEAD, head, dept);
      }
      int[] teamLeads = new int[leads];
      for (int t = 0; t < leads; t++) {
        teamLeads[t] = add(TEAM_LEAD, units == 0 ? head : unitHeads[random.nextInt(units)], dept);
      }
      double[] shares = new double[STAFF_SHARES.length];
      for (int l = 0; l < shares.length; l++) {
        shares[l] = STAFF_SHARES[l] * Math.exp(0.35 * random.nextGaussian());
      }
      int staff = size - 1 - units - leads;
      for (int s = 0; s < staff; s++) {
        add(1 + pick(shares), teamLeads[random.nextInt(leads)], dept);
      }
    }

    private int add(int lvl, int boss, int dept) {
      int e = count++;
      level[e] = lvl;
      manager[e] = boss;
      department[e] = dept;
      return e;
    }

    private static String id(int e, int digits) {
      String number = Integer.toString(e + 1);
      StringBuilder b = new StringBuilder(digits + 1).append('e');
      for (int k = number.length(); k < digits; k++) {
        b.append('0');
      }
      return b.append(number).toString();
    }

    // ---------------------------------------------------------------- programme

    /** Senior staff first (levels 5 to 8, uniformly), then level 4, 3, ... when more are asked for. */
    private int[] chooseMentees() {
      int seniors = 0;
      for (int e = 0; e < n; e++) {
        if (level[e] >= TEAM_LEAD) {
          seniors++;
        }
      }
      int wanted = settings.mentees() > 0 ? settings.mentees() : Math.max(1, Math.round(seniors * 0.5f));
      int[] out = new int[wanted];
      int filled = sample(e -> level[e] >= TEAM_LEAD, out, 0);
      for (int l = TEAM_LEAD - 1; l >= 1 && filled < wanted; l--) {
        int lvl = l;
        filled = sample(e -> level[e] == lvl, out, filled);
      }
      return out;
    }

    /** Juniors (levels 1 to 4, uniformly), then the lowest levels above when more are asked for. */
    private int[] chooseMentors(int mentees, boolean[] taken) {
      int wanted = settings.mentors() > 0 ? settings.mentors() : Math.min(2 * mentees, n - mentees);
      if (wanted + mentees > n) {
        throw new IllegalArgumentException("mentors: " + wanted + " mentors and " + mentees
            + " mentees do not fit into " + n + " employees");
      }
      int[] out = new int[wanted];
      int filled = sample(e -> !taken[e] && level[e] <= 4, out, 0);
      for (int l = TEAM_LEAD; l <= BOARD && filled < wanted; l++) {
        int lvl = l;
        filled = sample(e -> !taken[e] && level[e] == lvl, out, filled);
      }
      return out;
    }

    /**
     * Fills {@code out[from..]} with a uniform sample (in random order) of the employees accepted
     * by {@code filter}; returns the new fill level. Linear in the number of employees.
     */
    private int sample(IntPredicate filter, int[] out, int from) {
      int[] pool = new int[n];
      int size = 0;
      for (int e = 0; e < n; e++) {
        if (filter.test(e)) {
          pool[size++] = e;
        }
      }
      int take = Math.min(size, out.length - from);
      for (int k = 0; k < take; k++) {
        int r = k + random.nextInt(size - k);
        int t = pool[k];
        pool[k] = pool[r];
        pool[r] = t;
        out[from + k] = pool[k];
      }
      return from + take;
    }

    /** 1 to 3 topics by demand, most wanted first. */
    private int[] topicsFor(int employee) {
      double u = random.nextDouble();
      int k = u < 0.15 ? 1 : u < 0.6 ? 2 : 3;
      double[] w = new double[TOPICS.size()];
      for (int t = 0; t < w.length; t++) {
        w[t] = TOPICS.get(t).demand();
      }
      return pickDistinct(w, k);
    }

    private Mentee mentee(int employee, int[] topics) {
      List<TopicRequest> requests = new ArrayList<>(topics.length);
      for (int k = 0; k < topics.length; k++) {
        int weight = k == 0 ? 3 : 1 + random.nextInt(2);
        requests.add(new TopicRequest(TOPICS.get(topics[k]).id(), weight));
      }
      return Mentee.of(ids[employee], Math.max(1, level[employee] - 4), requests);
    }

    /** 1 to 4 competences; digital ones are far more likely among trainees and entry level. */
    private int[] competencesFor(int lvl) {
      double u = random.nextDouble();
      int k = u < 0.1 ? 1 : u < 0.35 ? 2 : u < 0.7 ? 3 : 4;
      double digitalBoost = lvl <= 2 ? 2.5 : lvl == 3 ? 1.5 : 1.0;
      double otherBoost = lvl >= 4 ? 1.5 : 1.0;
      double[] w = new double[TOPICS.size()];
      for (int t = 0; t < w.length; t++) {
        Topic topic = TOPICS.get(t);
        w[t] = topic.supply() * (topic.digital() ? digitalBoost : otherBoost);
      }
      return pickDistinct(w, k);
    }

    private Mentor mentor(int employee, int[] topics) {
      int lvl = level[employee];
      List<Proficiency> held = new ArrayList<>(topics.length);
      for (int t : topics) {
        int p = 2 + random.nextInt(3) + (TOPICS.get(t).digital() && lvl <= 2 ? 1 : 0);
        held.add(new Proficiency(TOPICS.get(t).id(), Math.min(5, p)));
      }
      double u = random.nextDouble();
      int capacity = u < 0.45 ? 1 : u < 0.8 ? 2 : 3;
      return Mentor.of(ids[employee], capacity, held).withNominated(random.nextDouble() < 0.3);
    }

    private static int[][] invert(int[][] topicsOf, int count) {
      int[] sizes = new int[TOPICS.size()];
      for (int i = 0; i < count; i++) {
        for (int t : topicsOf[i]) {
          sizes[t]++;
        }
      }
      int[][] out = new int[TOPICS.size()][];
      for (int t = 0; t < out.length; t++) {
        out[t] = new int[sizes[t]];
        sizes[t] = 0;
      }
      for (int i = 0; i < count; i++) {
        for (int t : topicsOf[i]) {
          out[t][sizes[t]++] = i;
        }
      }
      return out;
    }

    // ---------------------------------------------------------------- optional parts

    /** 30% of mentees rank 1 to 3 mentors holding their top topic; 20% of mentors rank mentees. */
    private void addRankings(List<Mentee> menteeList, List<Mentor> mentorList, int[] mentees,
        int[] mentors, int[][] menteeTopics, int[][] mentorTopics, int[][] mentorsByTopic,
        int[][] menteesByTopic) {
      for (int i = 0; i < menteeList.size(); i++) {
        if (random.nextDouble() < 0.3) {
          int[] chosen = distinctFrom(mentorsByTopic[menteeTopics[i][0]], 1 + random.nextInt(3));
          List<String> ranking = new ArrayList<>(chosen.length);
          for (int j : chosen) {
            ranking.add(ids[mentors[j]]);
          }
          menteeList.set(i, menteeList.get(i).withRanking(ranking));
        }
      }
      for (int j = 0; j < mentorList.size(); j++) {
        if (random.nextDouble() < 0.2) {
          int topic = mentorTopics[j][random.nextInt(mentorTopics[j].length)];
          int[] chosen = distinctFrom(menteesByTopic[topic], 1 + random.nextInt(3));
          List<String> ranking = new ArrayList<>(chosen.length);
          for (int i : chosen) {
            ranking.add(ids[mentees[i]]);
          }
          mentorList.set(j, mentorList.get(j).withRanking(ranking));
        }
      }
    }

    /**
     * Two earlier cycles ("2024", "2025"): 40% of current mentees had a mentor (mostly a current
     * mentor sharing their top topic), 15% a second one; 20% of current mentors also mentored
     * someone senior outside this cycle. 85% of past pairs carry a rating, mostly 4 or 5.
     */
    private List<PastPair> history(int[] mentees, int[] mentors, int[][] menteeTopics,
        int[][] mentorsByTopic) {
      List<PastPair> out = new ArrayList<>();
      int[] juniors = indicesWhere(e -> level[e] <= 4);
      int[] seniors = indicesWhere(e -> level[e] >= TEAM_LEAD);
      for (int i = 0; i < mentees.length; i++) {
        if (random.nextDouble() >= 0.4) {
          continue;
        }
        int rounds = random.nextDouble() < 0.375 ? 2 : 1;
        int previous = -1;
        for (int r = 0; r < rounds; r++) {
          int[] candidates = mentorsByTopic[menteeTopics[i][0]];
          int past = candidates.length > 0 && random.nextDouble() < 0.7
              ? mentors[candidates[random.nextInt(candidates.length)]]
              : juniors.length > 0 ? juniors[random.nextInt(juniors.length)] : -1;
          if (past < 0 || past == mentees[i] || past == previous) {
            continue;
          }
          previous = past;
          out.add(pastPair(rounds == 2 && r == 0 ? "2024" : "2025", mentees[i], past));
        }
      }
      if (seniors.length > 0) {
        for (int mentor : mentors) {
          if (random.nextDouble() < 0.2) {
            int senior = seniors[random.nextInt(seniors.length)];
            if (senior != mentor) {
              out.add(pastPair(random.nextBoolean() ? "2024" : "2025", senior, mentor));
            }
          }
        }
      }
      return out;
    }

    private PastPair pastPair(String cycle, int mentee, int mentor) {
      if (random.nextDouble() < 0.15) {
        return PastPair.of(cycle, ids[mentee], ids[mentor]);
      }
      double u = random.nextDouble();
      int rating = u < 0.05 ? 1 : u < 0.15 ? 2 : u < 0.4 ? 3 : u < 0.75 ? 4 : 5;
      return PastPair.rated(cycle, ids[mentee], ids[mentor], rating);
    }

    private int[] indicesWhere(IntPredicate filter) {
      int[] out = new int[n];
      int size = 0;
      for (int e = 0; e < n; e++) {
        if (filter.test(e)) {
          out[size++] = e;
        }
      }
      return Arrays.copyOf(out, size);
    }

    // ---------------------------------------------------------------- sampling helpers

    /** An index drawn with probability proportional to {@code weights}. */
    private int pick(double[] weights) {
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      double u = random.nextDouble() * total;
      for (int i = 0; i < weights.length; i++) {
        u -= weights[i];
        if (u < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }

    /** {@code k} distinct indices drawn one after the other proportionally to {@code weights}. */
    private int[] pickDistinct(double[] weights, int k) {
      double[] w = weights.clone();
      int[] out = new int[Math.min(k, w.length)];
      for (int i = 0; i < out.length; i++) {
        out[i] = pick(w);
        w[out[i]] = 0;
      }
      return out;
    }

    /** Up to {@code k} distinct entries of {@code values}, uniformly. */
    private int[] distinctFrom(int[] values, int k) {
      int take = Math.min(k, values.length);
      int[] out = new int[take];
      int filled = 0;
      for (int tries = 0; filled < take && tries < 20 * take; tries++) {
        int v = values[random.nextInt(values.length)];
        boolean seen = false;
        for (int f = 0; f < filled; f++) {
          seen |= out[f] == v;
        }
        if (!seen) {
          out[filled++] = v;
        }
      }
      return Arrays.copyOf(out, filled);
    }
  }
}
