package dev.tandem.core.model;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ranges of every input that enters the score, and the check that no score of a problem can
 * overflow a {@code long} (docs/objective.md, "Ranges"). {@link MatchingProblem.Builder#build()}
 * applies both and refuses a problem outside them, naming the item.
 *
 * <p>Per item: weights {@code 0..}{@value #MAX_WEIGHT}; explicit pair scores
 * {@code -}{@value #MAX_EXPLICIT_SCORE}{@code ..}{@value #MAX_EXPLICIT_SCORE}; levels
 * {@code -}{@value #MAX_LEVEL}{@code ..}{@value #MAX_LEVEL}; priorities and capacities
 * {@code 1..2^31-1} (their {@code int} type: a priority adds at most {@code 2^31} per mentee to the
 * medium level, a capacity only enters {@code max(0, load - capacity) <= mentees}); topic weights
 * 1..3, proficiencies 1..5, ratings 1..5.
 *
 * <p>Per problem, with {@code n} mentees (a matching has at most {@code n} pairs and a mentor or
 * a department link at most {@code n} of them), the largest magnitude any matching can reach is
 * <pre>
 * |soft|   <= n * (maxPair + topicTargetWeight * (most topics of one mentee))
 *             + (departmentSpreadWeight + mentorLoadWeight) * n(n-1)/2
 * |medium| <= sum of all priorities
 * |hard|   <= 3n   (forbidden pairs, capacity excess and broken pins are each at most n)
 * maxPair   = max(largest |explicit score|,
 *                 topicWeight * 5 * (largest sum of a mentee's topic weights)
 *                 + levelGapWeight * (highest - lowest participant level)
 *                 + crossDepartmentWeight + ratingWeight * 2
 *                 + preferenceWeight * (longest mentee ranking + longest mentor ranking)
 *                 + perspectiveWeight * (largest sum of a mentee's topic weights))
 * </pre>
 * (a pair works on at most its mentee's topics, so the topic-target bonus adds at most
 * {@code topicTargetWeight} per pair and topic; a rating bonus lies in {@code -2..2}; {@code |min(gap, levelGapCap)|} is at most the level
 * spread because the cap is {@code >= 0}). Both bounds must stay within {@link #MAX_MAGNITUDE}
 * ({@code 2^55}): then every score, every sum of a strategy's partial scores over a few times
 * {@code n} steps (exact's potentials run over {@code 4n + 8} nodes) and every difference of two
 * scores fits in a {@code long} with room to spare.
 *
 * <p>Guarantee: a problem that passes {@link #check} has no matching whose score, term or pair
 * score overflows; the evaluator and the pair score still use exact arithmetic
 * ({@link Math#addExact}), so a violation would fail loudly rather than wrap.
 */
public final class ScoreLimits {
  /** The largest weight of the objective. */
  public static final long MAX_WEIGHT = 1_000_000_000L;
  /** The largest magnitude of an explicit pair score. */
  public static final long MAX_EXPLICIT_SCORE = 1_000_000_000_000_000L;
  /** The largest magnitude of an employee's level. */
  public static final int MAX_LEVEL = 1_000_000;
  /** The largest magnitude a score level may reach on any matching of a valid problem: 2^55. */
  public static final long MAX_MAGNITUDE = 1L << 55;

  private ScoreLimits() {}

  /** The three parts of the soft bound and the path of the item driving the pair-score part. */
  record SoftBound(BigInteger pairs, String pairsPath, BigInteger spread, BigInteger load) {
    BigInteger total() {
      return pairs.add(spread).add(load);
    }
  }

  /** The soft bound of the formula above for a problem with these parts, exactly. */
  static SoftBound softBound(List<Employee> employees, List<Mentee> mentees, List<Mentor> mentors,
      List<PairScore> pairScores, Weights w) {
    BigInteger n = big(mentees.size());
    BigInteger linkPairs = n.multiply(n.subtract(BigInteger.ONE).max(BigInteger.ZERO)).shiftRight(1);
    BigInteger maxExplicit = BigInteger.ZERO;
    for (PairScore s : pairScores) {
      maxExplicit = maxExplicit.max(big(s.score()).abs());
    }
    Map<String, Integer> level = new HashMap<>();
    for (Employee e : employees) {
      level.putIfAbsent(e.id(), e.level());
    }
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    long maxTopicWeights = 0;
    long maxTopics = 0;
    long menteeRanking = 0;
    for (Mentee m : mentees) {
      long l = level.getOrDefault(m.employee(), 0);
      lo = Math.min(lo, l);
      hi = Math.max(hi, l);
      long sum = 0;
      for (TopicRequest t : m.topics()) {
        sum += Math.abs((long) t.weight());
      }
      maxTopicWeights = Math.max(maxTopicWeights, sum);
      maxTopics = Math.max(maxTopics, m.topics().size());
      menteeRanking = Math.max(menteeRanking, m.ranking().size());
    }
    long mentorRanking = 0;
    for (Mentor r : mentors) {
      long l = level.getOrDefault(r.employee(), 0);
      lo = Math.min(lo, l);
      hi = Math.max(hi, l);
      mentorRanking = Math.max(mentorRanking, r.ranking().size());
    }
    long levelSpread = lo > hi ? 0 : hi - lo;
    BigInteger formula = big(w.topicWeight()).multiply(big(5).multiply(big(maxTopicWeights)))
        .add(big(w.levelGapWeight()).multiply(big(levelSpread)))
        .add(big(w.crossDepartmentWeight()))
        .add(big(w.ratingWeight()).multiply(big(2)))
        .add(big(w.preferenceWeight()).multiply(big(menteeRanking + mentorRanking)))
        .add(big(w.perspectiveWeight()).multiply(big(maxTopicWeights)));
    boolean explicitDrives = maxExplicit.compareTo(formula) >= 0;
    BigInteger targetBonus = big(w.topicTargetWeight()).multiply(big(maxTopics));
    return new SoftBound(n.multiply((explicitDrives ? maxExplicit : formula).add(targetBonus)), explicitDrives ? "pairScores" : "policy.weights",
        big(w.departmentSpreadWeight()).multiply(linkPairs), big(w.mentorLoadWeight()).multiply(linkPairs));
  }

  private static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  /**
   * Adds a problem when some matching of a problem with these parts could reach a score beyond
   * {@link #MAX_MAGNITUDE}; the path names the item that contributes most. Meant to run after the
   * per-item ranges passed.
   */
  static void check(List<Employee> employees, List<Mentee> mentees, List<Mentor> mentors, List<PairScore> pairScores,
      Weights w, List<ValidationProblem> problems) {
    SoftBound b = softBound(employees, mentees, mentors, pairScores, w);
    if (b.total().compareTo(big(MAX_MAGNITUDE)) > 0) {
      String path = b.pairs().compareTo(b.spread().max(b.load())) >= 0 ? b.pairsPath()
          : b.spread().compareTo(b.load()) >= 0 ? "policy.weights.departmentSpreadWeight" : "policy.weights.mentorLoadWeight";
      problems.add(new ValidationProblem(path, String.format(Locale.ROOT,
          "with %,d mentees a soft score could reach %s (pair scores %s, department spread %s, mentor load %s), beyond"
              + " the limit 2^55 = %,d; lower the weights or the explicit scores, or split the problem",
          mentees.size(), sci(b.total()), sci(b.pairs()), sci(b.spread()), sci(b.load()), MAX_MAGNITUDE)));
    }
    BigInteger medium = BigInteger.ZERO;
    for (Mentee m : mentees) {
      medium = medium.add(big(m.priority()).abs());
    }
    if (medium.compareTo(big(MAX_MAGNITUDE)) > 0) {
      problems.add(new ValidationProblem("mentees", String.format(Locale.ROOT,
          "the priorities of the %,d mentees add up to %s, beyond the limit 2^55 = %,d; lower the priorities",
          mentees.size(), sci(medium), MAX_MAGNITUDE)));
    }
  }

  private static String sci(BigInteger v) {
    return String.format(Locale.ROOT, "%.2e", v.doubleValue());
  }
}
