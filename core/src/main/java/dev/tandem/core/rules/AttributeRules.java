package dev.tandem.core.rules;

import dev.tandem.core.model.AttributeRule;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The policy's attribute rules ({@link AttributeRule}), the one place their meaning lives: for
 * one pair directly ({@link #excludes}), and for many pairs through a prepared form over employee
 * positions ({@link Prepared}) that {@link Eligibility} uses.
 *
 * <p>Guarantee: {@link #excludes} and {@link Prepared#excludes} give the same answer for every pair
 * of a valid problem. A pair is excluded when any rule is not met: {@code MUST_SHARE} needs a
 * common value, {@code AT_MOST_APART} needs {@code |a - b| <= maxDistance}; a person without the
 * attribute passes under {@code ALLOW} and is excluded under {@code EXCLUDE}.
 */
public final class AttributeRules {
  private AttributeRules() {}

  /** Whether {@code rules} forbid pairing {@code mentee} with {@code mentor}. */
  public static boolean excludes(List<AttributeRule> rules, Employee mentee, Employee mentor) {
    for (AttributeRule rule : rules) {
      if (excludes(rule, mentee, mentor)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one rule forbids pairing {@code mentee} with {@code mentor}. */
  public static boolean excludes(AttributeRule rule, Employee mentee, Employee mentor) {
    SortedSet<String> a = mentee.attribute(rule.attribute());
    SortedSet<String> b = mentor.attribute(rule.attribute());
    if (a.isEmpty() || b.isEmpty()) {
      return rule.whenMissing() == AttributeRule.WhenMissing.EXCLUDE;
    }
    return switch (rule.kind()) {
      case MUST_SHARE -> a.stream().noneMatch(b::contains);
      case AT_MOST_APART -> Math.abs(number(a) - number(b)) > rule.maxDistance();
    };
  }

  /** The integer value of an {@code AT_MOST_APART} attribute (validation makes sure there is one). */
  private static long number(SortedSet<String> values) {
    return Long.parseLong(values.first().strip());
  }

  /**
   * The rules of a problem prepared for many pairs: per rule and employee position, the values as
   * sorted ids (shared values) or one number. Time to prepare linear in the attribute values;
   * {@link #excludes} costs {@code O(rules * values)} per pair.
   */
  static final class Prepared {
    private static final int[] NONE = new int[0];
    private final AttributeRule[] rules;
    // per rule, per org chart position: sorted value ids (MUST_SHARE) or null when missing
    private final int[][][] shared;
    // per rule, per org chart position: the number (AT_MOST_APART) and whether present
    private final long[][] number;
    private final boolean[][] present;

    Prepared(MatchingProblem problem) {
      rules = problem.policy().attributeRules().toArray(new AttributeRule[0]);
      List<Employee> people = problem.employees();
      int n = people.size();
      shared = new int[rules.length][][];
      number = new long[rules.length][];
      present = new boolean[rules.length][];
      for (int k = 0; k < rules.length; k++) {
        AttributeRule rule = rules[k];
        present[k] = new boolean[n];
        Map<String, Integer> ids = new HashMap<>();
        if (rule.kind() == AttributeRule.Kind.MUST_SHARE) {
          shared[k] = new int[n][];
        } else {
          number[k] = new long[n];
        }
        for (int e = 0; e < n; e++) {
          SortedSet<String> values = people.get(e).attribute(rule.attribute());
          present[k][e] = !values.isEmpty();
          if (values.isEmpty()) {
            if (shared[k] != null) {
              shared[k][e] = NONE;
            }
            continue;
          }
          if (rule.kind() == AttributeRule.Kind.MUST_SHARE) {
            int[] v = new int[values.size()];
            int w = 0;
            for (String s : values) {
              v[w++] = ids.computeIfAbsent(s, x -> ids.size());
            }
            Arrays.sort(v);
            shared[k][e] = v;
          } else {
            number[k][e] = number(values);
          }
        }
      }
    }

    boolean isEmpty() {
      return rules.length == 0;
    }

    /** Whether the rules forbid the pair of org chart positions {@code mentee} and {@code mentor}. */
    boolean excludes(int mentee, int mentor) {
      for (int k = 0; k < rules.length; k++) {
        AttributeRule rule = rules[k];
        if (!present[k][mentee] || !present[k][mentor]) {
          if (rule.whenMissing() == AttributeRule.WhenMissing.EXCLUDE) {
            return true;
          }
          continue;
        }
        boolean out = rule.kind() == AttributeRule.Kind.MUST_SHARE
            ? !intersect(shared[k][mentee], shared[k][mentor])
            : Math.abs(number[k][mentee] - number[k][mentor]) > rule.maxDistance();
        if (out) {
          return true;
        }
      }
      return false;
    }

    private static boolean intersect(int[] a, int[] b) {
      int i = 0;
      int j = 0;
      while (i < a.length && j < b.length) {
        if (a[i] == b[j]) {
          return true;
        }
        if (a[i] < b[j]) {
          i++;
        } else {
          j++;
        }
      }
      return false;
    }
  }
}
