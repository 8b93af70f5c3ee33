package dev.tandem.core.testing;

import dev.tandem.core.evaluation.Score;
import com.google.common.collect.ImmutableSortedSet;
import dev.tandem.core.model.AttributeRule;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Competence;
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
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.TopicTarget;
import dev.tandem.core.model.Weights;
import dev.tandem.core.rules.Rule;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately naive second implementation of docs/objective.md, written from the text alone on
 * the raw model (no {@code Rules}, {@code PairScoring}, {@code Eligibility} or org-chart index):
 * the rules of a pair, its pair score and the HardMediumSoft score of a matching. Slow (it walks
 * lists for every question) and only meant for small test problems.
 *
 * <p>Guarantee: agrees with docs/objective.md; tests compare the production code against it.
 */
public final class ReferenceObjective {
  private ReferenceObjective() {}

  /** Every rule that holds for (mentee, mentor), by the table of docs/objective.md. */
  public static Set<Rule> rules(MatchingProblem p, String mentee, String mentor) {
    Policy policy = p.policy();
    Employee a = employee(p, mentee);
    Employee b = employee(p, mentor);
    EnumSet<Rule> out = EnumSet.noneOf(Rule.class);
    if (mentee.equals(mentor)) {
      out.add(Rule.SAME_PERSON);
    }
    if (a.level() - b.level() < policy.minLevelGap()) {
      out.add(Rule.LEVEL_GAP);
    }
    int up = stepsUp(p, mentee, mentor);
    boolean line = switch (policy.reportingLine()) {
      case ALLOW -> false;
      case FORBID_DIRECT -> up == 1;
      case FORBID_CHAIN -> up >= 1 && (policy.reportingLineDepth() == 0 || up <= policy.reportingLineDepth());
    };
    if (line) {
      out.add(Rule.REPORTING_LINE);
    }
    if (policy.requireTopicMatch()) {
      boolean any = false;
      for (TopicRequest t : mentee(p, mentee).topics()) {
        any |= proficiency(mentor(p, mentor), t.competence()) > 0;
      }
      if (!any) {
        out.add(Rule.NO_TOPIC);
      }
    }
    if (!policy.allowRepeatPairs()) {
      for (PastPair h : p.history()) {
        if (h.mentee().equals(mentee) && h.mentor().equals(mentor)) {
          out.add(Rule.REPEAT);
        }
      }
    }
    for (Pair f : p.forbiddenPairs()) {
      if (f.mentee().equals(mentee) && f.mentor().equals(mentor)) {
        out.add(Rule.CONFLICT);
      }
    }
    for (AttributeRule rule : policy.attributeRules()) {
      Set<String> x = a.attributes().getOrDefault(rule.attribute(), ImmutableSortedSet.of());
      Set<String> y = b.attributes().getOrDefault(rule.attribute(), ImmutableSortedSet.of());
      boolean broken;
      if (x.isEmpty() || y.isEmpty()) {
        broken = rule.whenMissing() == AttributeRule.WhenMissing.EXCLUDE;
      } else if (rule.kind() == AttributeRule.Kind.MUST_SHARE) {
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        broken = common.isEmpty();
      } else {
        long dx = Long.parseLong(x.iterator().next().strip());
        long dy = Long.parseLong(y.iterator().next().strip());
        broken = dx - dy > rule.maxDistance() || dy - dx > rule.maxDistance();
      }
      if (broken) {
        out.add(Rule.ATTRIBUTE);
      }
    }
    if (policy.candidatePairs() == CandidatePairs.LISTED_ONLY && explicit(p, mentee, mentor).isEmpty()) {
      out.add(Rule.NOT_LISTED);
    }
    return out;
  }

  /** Steps up from {@code employee} to {@code manager} following manager links; -1 when not above. */
  static int stepsUp(MatchingProblem p, String manager, String employee) {
    int steps = 0;
    Optional<String> cur = employee(p, employee).manager();
    while (cur.isPresent()) {
      steps++;
      if (cur.get().equals(manager)) {
        return steps;
      }
      cur = employee(p, cur.get()).manager();
    }
    return -1;
  }

  /** The pair score by the formula of docs/objective.md (or the explicit score when listed). */
  public static long pairScore(MatchingProblem p, String mentee, String mentor) {
    Optional<Long> e = explicit(p, mentee, mentor);
    if (e.isPresent()) {
      return e.get();
    }
    Weights w = p.policy().weights();
    Mentee m = mentee(p, mentee);
    Mentor r = mentor(p, mentor);
    long fit = 0;
    for (TopicRequest t : m.topics()) {
      fit += (long) t.weight() * proficiency(r, t.competence());
    }
    long gap = employee(p, mentee).level() - employee(p, mentor).level();
    boolean cross = !employee(p, mentee).department().equals(employee(p, mentor).department());
    long sum = 0;
    long count = 0;
    for (PastPair h : p.history()) {
      if (h.mentor().equals(mentor) && h.rating().isPresent()) {
        sum += h.rating().getAsInt() - 3;
        count++;
      }
    }
    long ratingBonus = count == 0 ? 0 : Math.floorDiv(sum, count);
    long rank = rankBonus(m.ranking(), mentor) + rankBonus(r.ranking(), mentee);
    long perspective = 0;
    for (TopicRequest t : m.topics()) {
      Competence c = p.competences().stream().filter(x -> x.id().equals(t.competence())).findFirst().orElseThrow();
      if (c.perspective().isPresent() && employee(p, mentor).selfDeclaration().isPresent()
          && employee(p, mentor).selfDeclaration().get().perspectives().contains(c.perspective().get())) {
        perspective += t.weight();
      }
    }
    return w.perspectiveWeight() * perspective
        + w.topicWeight() * fit
        + w.levelGapWeight() * Math.min(gap, w.levelGapCap())
        + w.crossDepartmentWeight() * (cross ? 1 : 0)
        + w.ratingWeight() * ratingBonus
        + w.preferenceWeight() * rank;
  }

  static long rankBonus(List<String> ranking, String other) {
    int k = ranking.indexOf(other);
    return k < 0 ? 0 : ranking.size() - (k + 1) + 1;
  }

  /** The HardMediumSoft score of {@code matching} by docs/objective.md. */
  public static Score score(MatchingProblem p, Matching matching) {
    Weights w = p.policy().weights();
    long hard = 0;
    long soft = 0;
    Map<String, Integer> load = new HashMap<>();
    Map<String, Integer> links = new HashMap<>();
    for (Pair pair : matching.pairs()) {
      if (!rules(p, pair.mentee(), pair.mentor()).isEmpty()) {
        hard--;
      }
      soft += pairScore(p, pair.mentee(), pair.mentor());
      load.merge(pair.mentor(), 1, Integer::sum);
      links.merge(employee(p, pair.mentee()).department() + "|" + employee(p, pair.mentor()).department(), 1, Integer::sum);
    }
    for (Mentor r : p.mentors()) {
      int l = load.getOrDefault(r.employee(), 0);
      hard -= Math.max(0, l - r.capacity());
      soft -= w.mentorLoadWeight() * ((long) l * (l - 1) / 2);
    }
    for (int k : links.values()) {
      soft -= w.departmentSpreadWeight() * ((long) k * (k - 1) / 2);
    }
    for (TopicTarget target : p.topicTargets()) {
      long working = matching.pairs().stream()
          .filter(x -> mentee(p, x.mentee()).topics().stream().anyMatch(t -> t.competence().equals(target.competence()))
              && proficiency(mentor(p, x.mentor()), target.competence()) > 0)
          .count();
      soft += w.topicTargetWeight() * Math.min(working, target.pairs());
    }
    for (Pair pin : p.pinnedPairs()) {
      if (!matching.pairs().contains(pin)) {
        hard--;
      }
    }
    long medium = 0;
    for (Mentee m : p.mentees()) {
      if (matching.pairs().stream().noneMatch(x -> x.mentee().equals(m.employee()))) {
        medium -= m.priority();
      }
    }
    return Score.of(hard, medium, soft);
  }

  static Optional<Long> explicit(MatchingProblem p, String mentee, String mentor) {
    for (PairScore s : p.pairScores()) {
      if (s.mentee().equals(mentee) && s.mentor().equals(mentor)) {
        return Optional.of(s.score());
      }
    }
    return Optional.empty();
  }

  static int proficiency(Mentor r, String competence) {
    for (Proficiency x : r.competences()) {
      if (x.competence().equals(competence)) {
        return x.proficiency();
      }
    }
    return 0;
  }

  static Employee employee(MatchingProblem p, String id) {
    return p.employees().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  static Mentee mentee(MatchingProblem p, String id) {
    return p.mentees().stream().filter(e -> e.employee().equals(id)).findFirst().orElseThrow();
  }

  static Mentor mentor(MatchingProblem p, String id) {
    return p.mentors().stream().filter(e -> e.employee().equals(id)).findFirst().orElseThrow();
  }
}
