package dev.tandem.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Everything a matching needs: the topic catalogue, the org chart, mentees, mentors, history,
 * forbidden, pinned and explicitly scored pairs, and the policy.
 *
 * <p>Guarantee: a built problem is valid and immutable. {@link Builder#build()} checks every
 * reference, range (those of {@link ScoreLimits}: no score of the problem can overflow) and
 * pinned pair's capacity and reports all problems at once in one
 * {@link ValidationException}, each naming where it stands (e.g.
 * {@code mentees[3].topics[1].competence: unknown competence "gnai"}). Whether a pinned pair
 * breaks an eligibility rule is the rules' question ({@code dev.tandem.core.rules.Rules#pinProblems}):
 * {@code Eligibility.of} refuses such a problem, so no strategy or evaluation ever runs on it. A problem with zero mentees
 * or zero mentors is valid. Mentee {@code i} and mentor {@code j} keep their positions: the
 * eligibility structure and every strategy index them the same way.
 */
public final class MatchingProblem {
  private final String name;
  private final ImmutableList<Competence> competences;
  private final OrgChart orgChart;
  private final ImmutableList<Mentee> mentees;
  private final ImmutableList<Mentor> mentors;
  private final ImmutableList<PastPair> history;
  private final ImmutableList<Pair> forbiddenPairs;
  private final ImmutableList<Pair> pinnedPairs;
  private final ImmutableList<PairScore> pairScores;
  private final ImmutableList<TopicTarget> topicTargets;
  private final Policy policy;

  private final ImmutableMap<String, Integer> competenceIndex;
  private final ImmutableMap<String, Integer> menteeIndex;
  private final ImmutableMap<String, Integer> mentorIndex;
  private final ImmutableSet<Pair> forbiddenSet;
  private final ImmutableSet<Pair> historySet;
  private final ImmutableMap<Pair, Long> explicitScores;

  private MatchingProblem(Builder b, OrgChart chart) {
    name = b.name;
    competences = ImmutableList.copyOf(b.competences);
    orgChart = chart;
    mentees = ImmutableList.copyOf(b.mentees);
    mentors = ImmutableList.copyOf(b.mentors);
    history = ImmutableList.copyOf(b.history);
    forbiddenPairs = ImmutableList.copyOf(b.forbiddenPairs);
    pinnedPairs = ImmutableList.copyOf(b.pinnedPairs);
    pairScores = ImmutableList.copyOf(b.pairScores);
    topicTargets = ImmutableList.copyOf(b.topicTargets);
    policy = b.policy;
    competenceIndex = indexBy(competences, Competence::id);
    menteeIndex = indexBy(mentees, Mentee::employee);
    mentorIndex = indexBy(mentors, Mentor::employee);
    forbiddenSet = ImmutableSet.copyOf(forbiddenPairs);
    historySet = history.stream().map(PastPair::pair).collect(ImmutableSet.toImmutableSet());
    Map<Pair, Long> scores = new HashMap<>();
    for (PairScore s : pairScores) {
      scores.putIfAbsent(s.pair(), s.score());
    }
    explicitScores = ImmutableMap.copyOf(scores);
  }

  private static <T> ImmutableMap<String, Integer> indexBy(
      List<T> items, java.util.function.Function<T, String> id) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      m.putIfAbsent(id.apply(items.get(i)), i);
    }
    return ImmutableMap.copyOf(m);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this problem's content, to derive a changed problem. */
  public Builder toBuilder() {
    Builder b = new Builder().name(name).policy(policy);
    b.competences.addAll(competences);
    b.employees.addAll(orgChart.employees());
    b.mentees.addAll(mentees);
    b.mentors.addAll(mentors);
    b.history.addAll(history);
    b.forbiddenPairs.addAll(forbiddenPairs);
    b.pinnedPairs.addAll(pinnedPairs);
    b.pairScores.addAll(pairScores);
    b.topicTargets.addAll(topicTargets);
    return b;
  }

  public String name() {
    return name;
  }

  public ImmutableList<Competence> competences() {
    return competences;
  }

  public OrgChart orgChart() {
    return orgChart;
  }

  public ImmutableList<Employee> employees() {
    return orgChart.employees();
  }

  public ImmutableList<Mentee> mentees() {
    return mentees;
  }

  public ImmutableList<Mentor> mentors() {
    return mentors;
  }

  public ImmutableList<PastPair> history() {
    return history;
  }

  public ImmutableList<Pair> forbiddenPairs() {
    return forbiddenPairs;
  }

  public ImmutableList<Pair> pinnedPairs() {
    return pinnedPairs;
  }

  public ImmutableList<PairScore> pairScores() {
    return pairScores;
  }

  /** The topics with a target number of pairs ({@code docs/objective.md}, topic targets); at most one per topic. */
  public ImmutableList<TopicTarget> topicTargets() {
    return topicTargets;
  }

  public Policy policy() {
    return policy;
  }

  /** The employee record of a person, which must be part of the org chart. */
  public Employee employee(String id) {
    return orgChart.employee(id).orElseThrow(() -> new IllegalArgumentException("unknown employee \"" + id + "\""));
  }

  /** Position of a mentee by employee id, or -1. */
  public int menteeIndex(String employeeId) {
    return menteeIndex.getOrDefault(employeeId, -1);
  }

  /** Position of a mentor by employee id, or -1. */
  public int mentorIndex(String employeeId) {
    return mentorIndex.getOrDefault(employeeId, -1);
  }

  /** Position of a competence by id, or -1. */
  public int competenceIndex(String id) {
    return competenceIndex.getOrDefault(id, -1);
  }

  public Optional<Mentee> mentee(String employeeId) {
    int i = menteeIndex(employeeId);
    return i < 0 ? Optional.empty() : Optional.of(mentees.get(i));
  }

  public Optional<Mentor> mentor(String employeeId) {
    int i = mentorIndex(employeeId);
    return i < 0 ? Optional.empty() : Optional.of(mentors.get(i));
  }

  public boolean isForbidden(Pair p) {
    return forbiddenSet.contains(p);
  }

  public boolean isPastPair(Pair p) {
    return historySet.contains(p);
  }

  /** The explicit score of a pair, when the problem lists one. */
  public OptionalLong explicitScore(Pair p) {
    Long s = explicitScores.get(p);
    return s == null ? OptionalLong.empty() : OptionalLong.of(s);
  }

  /** The mentor a mentee is pinned to, if any. */
  public Optional<String> pinnedMentor(String menteeId) {
    return pinnedPairs.stream().filter(p -> p.mentee().equals(menteeId)).map(Pair::mentor).findFirst();
  }

  @Override
  public String toString() {
    return "MatchingProblem[" + name + ", " + mentees.size() + " mentees, " + mentors.size()
        + " mentors, " + orgChart.size() + " employees]";
  }

  /**
   * Builds a {@link MatchingProblem}. Not thread-safe; {@link #build()} validates everything and
   * either returns a problem or throws one {@link ValidationException} with every problem found.
   */
  public static final class Builder {
    private String name = "problem";
    private final List<Competence> competences = new ArrayList<>();
    private final List<Employee> employees = new ArrayList<>();
    private final List<Mentee> mentees = new ArrayList<>();
    private final List<Mentor> mentors = new ArrayList<>();
    private final List<PastPair> history = new ArrayList<>();
    private final List<Pair> forbiddenPairs = new ArrayList<>();
    private final List<Pair> pinnedPairs = new ArrayList<>();
    private final List<PairScore> pairScores = new ArrayList<>();
    private final List<TopicTarget> topicTargets = new ArrayList<>();
    private Policy policy = Policy.DEFAULT;

    private Builder() {}

    public Builder name(String value) {
      name = requireNonNull(value);
      return this;
    }

    public Builder competence(Competence c) {
      competences.add(requireNonNull(c));
      return this;
    }

    public Builder competences(Collection<Competence> cs) {
      cs.forEach(this::competence);
      return this;
    }

    public Builder employee(Employee e) {
      employees.add(requireNonNull(e));
      return this;
    }

    public Builder employees(Collection<Employee> es) {
      es.forEach(this::employee);
      return this;
    }

    public Builder mentee(Mentee m) {
      mentees.add(requireNonNull(m));
      return this;
    }

    public Builder mentees(Collection<Mentee> ms) {
      ms.forEach(this::mentee);
      return this;
    }

    public Builder mentor(Mentor m) {
      mentors.add(requireNonNull(m));
      return this;
    }

    public Builder mentors(Collection<Mentor> ms) {
      ms.forEach(this::mentor);
      return this;
    }

    public Builder history(PastPair p) {
      history.add(requireNonNull(p));
      return this;
    }

    public Builder history(Collection<PastPair> ps) {
      ps.forEach(this::history);
      return this;
    }

    public Builder forbid(Pair p) {
      forbiddenPairs.add(requireNonNull(p));
      return this;
    }

    public Builder forbid(String mentee, String mentor) {
      return forbid(Pair.of(mentee, mentor));
    }

    public Builder pin(Pair p) {
      pinnedPairs.add(requireNonNull(p));
      return this;
    }

    public Builder pin(String mentee, String mentor) {
      return pin(Pair.of(mentee, mentor));
    }

    /** Replaces the pinned pairs. */
    public Builder pinnedPairs(Collection<Pair> ps) {
      pinnedPairs.clear();
      ps.forEach(this::pin);
      return this;
    }

    public Builder pairScore(PairScore s) {
      pairScores.add(requireNonNull(s));
      return this;
    }

    public Builder pairScore(String mentee, String mentor, long score) {
      return pairScore(new PairScore(mentee, mentor, score));
    }

    /** Sets a topic's target number of pairs. */
    public Builder topicTarget(TopicTarget t) {
      topicTargets.add(requireNonNull(t));
      return this;
    }

    public Builder topicTarget(String competence, int pairs) {
      return topicTarget(new TopicTarget(competence, pairs));
    }

    /** Replaces the topic targets. */
    public Builder topicTargets(Collection<TopicTarget> ts) {
      topicTargets.clear();
      ts.forEach(this::topicTarget);
      return this;
    }

    /** Removes a mentee (and the pins naming it); no effect when absent. */
    public Builder removeMentee(String employeeId) {
      mentees.removeIf(m -> m.employee().equals(employeeId));
      pinnedPairs.removeIf(p -> p.mentee().equals(employeeId));
      return this;
    }

    /** Removes a mentor (and the pins naming it); no effect when absent. */
    public Builder removeMentor(String employeeId) {
      mentors.removeIf(m -> m.employee().equals(employeeId));
      pinnedPairs.removeIf(p -> p.mentor().equals(employeeId));
      return this;
    }

    public Builder policy(Policy p) {
      policy = requireNonNull(p);
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws ValidationException with every problem found, each naming where it stands
     */
    public MatchingProblem build() {
      List<ValidationProblem> problems = new ArrayList<>();
      Validation v = new Validation(this, problems);
      v.run();
      if (!v.chartValid) {
        throw new ValidationException(problems);
      }
      // The org chart is sound, so the pins can be checked against the rules even when other
      // parts have problems: every problem is reported at once.
      MatchingProblem problem = new MatchingProblem(this, OrgChart.of(employees));
      v.checkPins(problem);
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      return problem;
    }
  }

  /** The checks of {@link Builder#build()}, collecting every problem. */
  private static final class Validation {
    private final Builder b;
    private final List<ValidationProblem> problems;
    private final Set<String> competenceIds = new HashSet<>();
    private final Set<String> employeeIds = new HashSet<>();
    private final Set<String> menteeIds = new HashSet<>();
    private final Set<String> mentorIds = new HashSet<>();
    private boolean chartValid;
    /** Whether an item that enters the score is out of its range (then the problem-wide bound is not checked). */
    private boolean outOfRange;

    Validation(Builder b, List<ValidationProblem> problems) {
      this.b = b;
      this.problems = problems;
    }

    private void add(String path, String message) {
      problems.add(new ValidationProblem(path, message));
    }

    private void outOfRange(String path, String message) {
      outOfRange = true;
      add(path, message);
    }

    void run() {
      for (int i = 0; i < b.competences.size(); i++) {
        Competence c = b.competences.get(i);
        if (!competenceIds.add(c.id())) {
          add("competences[" + i + "].id", "duplicate competence id \"" + c.id() + "\"");
        }
        if (c.perspective().isPresent()) {
          if (!c.diversity()) {
            add("competences[" + i + "].perspective", "only a diversity topic names a perspective");
          } else if (c.perspective().get().isBlank()) {
            add("competences[" + i + "].perspective", "perspective must not be blank");
          }
        }
      }
      int before = problems.size();
      OrgChart.validate(b.employees, "employees", problems);
      chartValid = problems.size() == before;
      for (int i = 0; i < b.employees.size(); i++) {
        Employee e = b.employees.get(i);
        employeeIds.add(e.id());
        if (e.department().isBlank()) {
          add("employees[" + i + "].department", "department must not be blank");
        }
        if (Math.abs((long) e.level()) > ScoreLimits.MAX_LEVEL) {
          outOfRange("employees[" + i + "].level", e.level() + " is outside -" + ScoreLimits.MAX_LEVEL + ".." + ScoreLimits.MAX_LEVEL);
        }
        int j = 0;
        for (String skill : e.skills()) {
          if (!competenceIds.contains(skill)) {
            add("employees[" + i + "].skills[" + j + "]", "unknown competence \"" + skill + "\"");
          }
          j++;
        }
        checkAttributes("employees[" + i + "]", e);
        if (e.selfDeclaration().isPresent()) {
          SelfDeclaration d = e.selfDeclaration().get();
          String dp = "employees[" + i + "].selfDeclaration";
          if (d.consent().reference().isBlank()) {
            add(dp + ".consent.reference", "consent reference must not be blank");
          }
          for (String g : d.perspectives()) {
            if (g.isBlank()) {
              add(dp + ".perspectives", "perspective must not be blank");
            }
          }
        }
      }
      for (int i = 0; i < b.mentees.size(); i++) {
        Mentee m = b.mentees.get(i);
        String path = "mentees[" + i + "]";
        checkEmployee(path + ".employee", m.employee());
        if (!menteeIds.add(m.employee())) {
          add(path + ".employee", "duplicate mentee \"" + m.employee() + "\"");
        }
        if (m.priority() < 1) {
          outOfRange(path + ".priority", m.priority() + " is below 1");
        }
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < m.topics().size(); t++) {
          TopicRequest r = m.topics().get(t);
          String tp = path + ".topics[" + t + "]";
          if (!competenceIds.contains(r.competence())) {
            add(tp + ".competence", "unknown competence \"" + r.competence() + "\"");
          } else if (!seen.add(r.competence())) {
            add(tp + ".competence", "duplicate topic \"" + r.competence() + "\"");
          }
          if (r.weight() < 1 || r.weight() > 3) {
            outOfRange(tp + ".weight", r.weight() + " is outside 1..3");
          }
        }
      }
      for (int i = 0; i < b.mentors.size(); i++) {
        Mentor m = b.mentors.get(i);
        String path = "mentors[" + i + "]";
        checkEmployee(path + ".employee", m.employee());
        if (!mentorIds.add(m.employee())) {
          add(path + ".employee", "duplicate mentor \"" + m.employee() + "\"");
        }
        if (m.capacity() < 1) {
          add(path + ".capacity", m.capacity() + " is below 1");
        }
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < m.competences().size(); c++) {
          Proficiency p = m.competences().get(c);
          String cp = path + ".competences[" + c + "]";
          if (!competenceIds.contains(p.competence())) {
            add(cp + ".competence", "unknown competence \"" + p.competence() + "\"");
          } else if (!seen.add(p.competence())) {
            add(cp + ".competence", "duplicate competence \"" + p.competence() + "\"");
          }
          if (p.proficiency() < 1 || p.proficiency() > 5) {
            outOfRange(cp + ".proficiency", p.proficiency() + " is outside 1..5");
          }
        }
      }
      for (int i = 0; i < b.mentees.size(); i++) {
        checkRanking("mentees[" + i + "].ranking", b.mentees.get(i).ranking(), mentorIds, "mentor");
      }
      for (int i = 0; i < b.mentors.size(); i++) {
        checkRanking("mentors[" + i + "].ranking", b.mentors.get(i).ranking(), menteeIds, "mentee");
      }
      for (int i = 0; i < b.history.size(); i++) {
        PastPair p = b.history.get(i);
        String path = "history[" + i + "]";
        checkEmployee(path + ".mentee", p.mentee());
        checkEmployee(path + ".mentor", p.mentor());
        if (p.mentee().equals(p.mentor())) {
          add(path, "\"" + p.mentee() + "\" is both mentee and mentor of the pair");
        }
        if (p.cycle().isBlank()) {
          add(path + ".cycle", "cycle must not be blank");
        }
        if (p.rating().isPresent() && (p.rating().getAsInt() < 1 || p.rating().getAsInt() > 5)) {
          outOfRange(path + ".rating", p.rating().getAsInt() + " is outside 1..5");
        }
      }
      checkPairs("forbiddenPairs", b.forbiddenPairs);
      checkPairs("pinnedPairs", b.pinnedPairs);
      Set<String> pinnedMentees = new HashSet<>();
      for (int i = 0; i < b.pinnedPairs.size(); i++) {
        if (!pinnedMentees.add(b.pinnedPairs.get(i).mentee())) {
          add("pinnedPairs[" + i + "].mentee", "mentee \"" + b.pinnedPairs.get(i).mentee() + "\" is pinned twice");
        }
      }
      Set<Pair> scored = new HashSet<>();
      for (int i = 0; i < b.pairScores.size(); i++) {
        PairScore s = b.pairScores.get(i);
        checkPair("pairScores[" + i + "]", s.pair());
        if (!scored.add(s.pair())) {
          add("pairScores[" + i + "]", "duplicate score for pair " + s.pair());
        }
        if (s.score() < -ScoreLimits.MAX_EXPLICIT_SCORE || s.score() > ScoreLimits.MAX_EXPLICIT_SCORE) {
          outOfRange("pairScores[" + i + "].score", s.score() + " is outside -" + ScoreLimits.MAX_EXPLICIT_SCORE + ".."
              + ScoreLimits.MAX_EXPLICIT_SCORE);
        }
      }
      Set<String> targeted = new HashSet<>();
      for (int i = 0; i < b.topicTargets.size(); i++) {
        TopicTarget t = b.topicTargets.get(i);
        String tp = "topicTargets[" + i + "]";
        if (!competenceIds.contains(t.competence())) {
          add(tp + ".competence", "unknown competence \"" + t.competence() + "\"");
        } else if (!targeted.add(t.competence())) {
          add(tp + ".competence", "duplicate target for topic \"" + t.competence() + "\"");
        }
        if (t.pairs() < 1 || t.pairs() > TopicTarget.MAX_PAIRS) {
          add(tp + ".pairs", t.pairs() + " is outside 1.." + TopicTarget.MAX_PAIRS);
        }
      }
      Policy p = b.policy;
      if (p.reportingLineDepth() < 0) {
        add("policy.reportingLineDepth", p.reportingLineDepth() + " is below 0");
      }
      for (int i = 0; i < p.attributeRules().size(); i++) {
        AttributeRule r = p.attributeRules().get(i);
        String rp = "policy.attributeRules[" + i + "]";
        if (r.attribute().isBlank()) {
          add(rp + ".attribute", "attribute must not be blank");
        }
        if (r.maxDistance() < 0 || r.maxDistance() > AttributeRule.MAX_VALUE) {
          add(rp + ".maxDistance", r.maxDistance() + " is outside 0.." + AttributeRule.MAX_VALUE);
        } else if (r.kind() == AttributeRule.Kind.MUST_SHARE && r.maxDistance() != 0) {
          add(rp + ".maxDistance", "a MUST_SHARE rule has no distance (" + r.maxDistance() + ")");
        }
      }
      Weights w = p.weights();
      checkWeight("topicWeight", w.topicWeight());
      checkWeight("levelGapWeight", w.levelGapWeight());
      checkWeight("levelGapCap", w.levelGapCap());
      checkWeight("crossDepartmentWeight", w.crossDepartmentWeight());
      checkWeight("ratingWeight", w.ratingWeight());
      checkWeight("preferenceWeight", w.preferenceWeight());
      checkWeight("departmentSpreadWeight", w.departmentSpreadWeight());
      checkWeight("mentorLoadWeight", w.mentorLoadWeight());
      checkWeight("perspectiveWeight", w.perspectiveWeight());
      checkWeight("topicTargetWeight", w.topicTargetWeight());
      if (!outOfRange) {
        ScoreLimits.check(b.employees, b.mentees, b.mentors, b.pairScores, w, problems);
      }
    }

    /**
     * Attribute names and values are non-blank; an attribute read by an {@code AT_MOST_APART}
     * rule holds exactly one integer within {@code ±AttributeRule.MAX_VALUE}.
     */
    private void checkAttributes(String path, Employee e) {
      for (var entry : e.attributes().entrySet()) {
        String ap = path + ".attributes." + entry.getKey();
        if (entry.getKey().isBlank()) {
          add(path + ".attributes", "attribute name must not be blank");
        }
        for (String v : entry.getValue()) {
          if (v.isBlank()) {
            add(ap, "value must not be blank");
          }
        }
        boolean numeric = b.policy.attributeRules().stream()
            .anyMatch(r -> r.kind() == AttributeRule.Kind.AT_MOST_APART && r.attribute().equals(entry.getKey()));
        if (numeric) {
          if (entry.getValue().size() != 1) {
            add(ap, "needs exactly one integer value for an AT_MOST_APART rule, has " + entry.getValue().size());
          } else {
            String v = entry.getValue().first();
            try {
              long x = Long.parseLong(v.strip());
              if (Math.abs(x) > AttributeRule.MAX_VALUE) {
                add(ap, v + " is outside -" + AttributeRule.MAX_VALUE + ".." + AttributeRule.MAX_VALUE);
              }
            } catch (NumberFormatException ex) {
              add(ap, "\"" + v + "\" is not an integer (an AT_MOST_APART rule reads it)");
            }
          }
        }
      }
    }

    private void checkWeight(String name, long value) {
      if (value < 0 || value > ScoreLimits.MAX_WEIGHT) {
        outOfRange("policy.weights." + name, value + " is outside 0.." + ScoreLimits.MAX_WEIGHT);
      }
    }

    private void checkEmployee(String path, String id) {
      if (!employeeIds.contains(id)) {
        add(path, "unknown employee \"" + id + "\"");
      }
    }

    private void checkRanking(String path, List<String> ranking, Set<String> known, String role) {
      Set<String> seen = new HashSet<>();
      for (int k = 0; k < ranking.size(); k++) {
        String id = ranking.get(k);
        if (!known.contains(id)) {
          add(path + "[" + k + "]", "unknown " + role + " \"" + id + "\"");
        } else if (!seen.add(id)) {
          add(path + "[" + k + "]", "\"" + id + "\" is ranked twice");
        }
      }
    }

    private void checkPairs(String name, List<Pair> pairs) {
      for (int i = 0; i < pairs.size(); i++) {
        checkPair(name + "[" + i + "]", pairs.get(i));
      }
    }

    private void checkPair(String path, Pair p) {
      if (!menteeIds.contains(p.mentee())) {
        add(path + ".mentee", "unknown mentee \"" + p.mentee() + "\"");
      }
      if (!mentorIds.contains(p.mentor())) {
        add(path + ".mentor", "unknown mentor \"" + p.mentor() + "\"");
      }
      if (p.mentee().equals(p.mentor())) {
        add(path, "\"" + p.mentee() + "\" is both mentee and mentor of the pair");
      }
    }

    /**
     * Pinned pairs must fit into the mentors' capacities. Runs on a problem whose org chart is
     * valid but whose other parts may not be: pins naming unknown people (already reported) are
     * skipped. Whether a pin breaks an eligibility rule is a question of the rules, checked by
     * {@code dev.tandem.core.rules.Rules#pinProblems}.
     */
    void checkPins(MatchingProblem problem) {
      Map<String, Integer> load = new HashMap<>();
      for (int i = 0; i < problem.pinnedPairs.size(); i++) {
        Pair p = problem.pinnedPairs.get(i);
        if (!employeeIds.contains(p.mentee()) || !employeeIds.contains(p.mentor())
            || problem.menteeIndex(p.mentee()) < 0 || problem.mentorIndex(p.mentor()) < 0
            || p.mentee().equals(p.mentor())) {
          continue;
        }
        int l = load.merge(p.mentor(), 1, Integer::sum);
        int cap = problem.mentor(p.mentor()).orElseThrow().capacity();
        if (l == cap + 1) {
          add("pinnedPairs[" + i + "].mentor", "mentor \"" + p.mentor() + "\" is pinned to more than its capacity " + cap);
        }
      }
    }
  }
}
