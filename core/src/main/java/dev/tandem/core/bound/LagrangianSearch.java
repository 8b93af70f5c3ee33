package dev.tandem.core.bound;

import dev.tandem.core.evaluation.Score;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.Progress;
import dev.tandem.core.strategy.ProgressListener;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * The Lagrangian bound and the best matching met on the way; see {@link Bounds} for the
 * mathematics and the guarantees, docs/bound.md for the full account.
 *
 * <p>One iteration: solve {@code exact}'s model with the link prices (the oracle), compute the
 * bound {@code U(y)} of those prices exactly, improve the oracle's matching by
 * {@link LocalRepair} and keep the best, then move the prices along the subgradient {@code
 * k(x) - k*(y)}, deflected by the last direction when the two disagree (Camerini, Fratta and
 * Maffioli 1975, "On improving relaxation methods by modified gradient techniques", Math.
 * Programming Study 3), with Polyak's step {@code lambda (U - target) / |g|^2}, the target halfway between
 * the best matching's score and the best bound (Polyak 1969, "Minimization
 * of unsmooth functionals", USSR Comp. Math. and Math. Physics 9; Held, Wolfe and Crowder 1974,
 * "Validation of subgradient optimization", Math. Programming 6, for halving {@code lambda} when
 * {@code U} stalls). The first prices are the marginal spread costs of the repaired first
 * matching. The walk is kept in {@code double} (deterministic in Java 17) and each price used is
 * that value rounded to a {@code long} on the scale {@code S} (a price {@code Y} means
 * {@code y = Y / S}); the bound of the prices used is then computed exactly in {@code long}, so a
 * rounding can only make a bound weaker, never wrong.
 */
final class LagrangianSearch {
  private static final String NAME = "lagrangian";

  private final Eligibility el;
  private final MatchOptions options;
  /** Below this step factor the prices have converged. */
  private static final double MIN_LAMBDA = 1e-4;

  private final LinkPricedExact oracle;

  private final Links links;
  private final RowTops tops;
  private final long scale;
  private final int maxIterations;
  private final int patience;
  /** Move passes of the repair of every solved matching. */
  private final int repairPasses;
  private final long wl;
  private final long ws;
  private final int[] order;
  private final long startNanos;
  private final BooleanSupplier stop;
  private final BooleanSupplier firstStop;
  private final String strategy;
  private final boolean parallel;
  private ParallelPolish polish;
  /** The best score of the search's own (not polished) matchings. */
  private Score ownBest;

  /** Camerini, Fratta and Maffioli's deflection factor (their recommended 1.5). */
  private static final double DEFLECTION = 1.5;
  private long bestBoundSoft = Long.MAX_VALUE;
  private Score bestBound;
  private Bound.Method method;
  private int[] best;
  private Score bestScore;
  private int iterations;
  private Score reportedScore;
  private Score reportedBound;

  /**
   * A search on price scale {@code scale} that stops at {@code share} (0 to 1) of the options'
   * time limit, or when the options' own stop condition answers true.
   */
  LagrangianSearch(Eligibility el, MatchOptions options, LinkPricedExact oracle, String strategy, long scale, double share) {
    this(el, options, oracle, strategy, scale, share, false);
  }

  /**
   * As above; with {@code parallel}, a {@link ParallelPolish} improves the best matchings on a
   * second thread while the search runs to the end of the time limit, and the search adopts its
   * results; {@code share} then stops only a first solve that is still running (its matching is
   * then returned unpolished, {@link BoundedMatchingArrays#polished} false, for the caller to
   * repair in the time left).
   */
  LagrangianSearch(Eligibility el, MatchOptions options, LinkPricedExact oracle, String strategy, long scale, double share, boolean parallel) {
    this.parallel = parallel;
    this.el = el;
    this.options = options;
    this.oracle = oracle;
    this.strategy = strategy;
    this.startNanos = System.nanoTime();
    BooleanSupplier all = options.stopCondition(startNanos);
    if (options.timeLimit().isPresent() && share < 1) {
      long deadline = startNanos + (long) (share * options.timeLimit().get().toNanos());
      BooleanSupplier atShare = () -> all.getAsBoolean() || System.nanoTime() - deadline > 0;
      this.stop = parallel ? all : atShare;
      this.firstStop = atShare;
    } else {
      this.stop = all;
      this.firstStop = all;
    }
    this.links = Links.of(el, stop);
    this.tops = RowTops.of(el);
    this.scale = scale;
    this.maxIterations = Settings.iterations(options);
    this.patience = Settings.patience(options);
    this.repairPasses = Settings.repairPasses(options);

    var w = el.problem().policy().weights();
    this.wl = w.mentorLoadWeight();
    this.ws = w.departmentSpreadWeight();
    this.order = orderFor(el.menteeCount(), options.seed());
  }

  /** Mentee indices in an order drawn from the seed (the order the repair visits them). */
  static int[] orderFor(int n, long seed) {
    int[] o = new int[n];
    for (int i = 0; i < n; i++) {
      o[i] = i;
    }
    Random rnd = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = o[i];
      o[i] = o[j];
      o[j] = t;
    }
    return o;
  }

  private boolean stopped() {
    return stop.getAsBoolean();
  }

  BoundedMatchingArrays run() {
    if (!parallel) {
      return search();
    }
    try (ParallelPolish p = new ParallelPolish(el, links, order, stop)) {
      polish = p;
      BoundedMatchingArrays r = search();
      ParallelPolish.Result done = p.finish();
      if (done != null && done.score().compareTo(r.score()) > 0) {
        report(done.score());
        return new BoundedMatchingArrays(done.mentorOf(), done.score(), r.bound(), r.stoppedEarly(), links, tops, true);
      }
      return new BoundedMatchingArrays(r.mentorOf(), r.score(), r.bound(), r.stoppedEarly(), links, tops, done != null);
    }
  }

  private BoundedMatchingArrays search() {
    long[] price = new long[links.count()];
    long[] dense = new long[el.departments().size() * el.departments().size()];
    double lambda = 1;
    double[] real = new double[links.count()];
    long[] g = new long[links.count()];
    long bestU = Long.MAX_VALUE;
    int sinceBest = 0;
    long c = Math.multiplyExact(scale, ws);
    // the topic-target bonus is not a sum over pairs: it enters with its cap (docs/bound.md)
    long topicCap = Math.multiplyExact(scale, TopicTargets.cap(el));
    long[] count = new long[links.count()];
    double[] dir = new double[links.count()];
    // the first solve always runs: stopped at once, it still returns its greedy completion
    while (iterations < maxIterations && (best == null || !stopped())) {
      LinkPricedExact.Solved solved = oracle.solve(scale, dense, best == null ? firstStop : stop);
      if (!solved.optimal()) {
        if (best == null) {
          // stopped in the first solve: its feasible (greedily completed) matching, no bound
          LocalRepair first = new LocalRepair(el, links, tops, solved.mentorOf(), order);
          offer(first.mentorOf(), first.score());
        }
        break;
      }
      iterations++;
      int[] x = solved.mentorOf();
      Arrays.fill(count, 0);
      long value = pricedValue(x, price, count);
      long u = Math.addExact(value, topicCap);
      for (int l = 0; l < price.length; l++) {
        u = Math.addExact(u, links.conjugate(l, price[l], c));
      }
      LocalRepair repair = new LocalRepair(el, links, tops, x, order);
      Score raw = repair.score();
      if (bestBound == null) {
        bestBound = Score.of(raw.hard(), raw.medium(), Long.MAX_VALUE);
        method = ws == 0 && topicCap == 0 ? Bound.Method.EXACT : Bound.Method.LAGRANGIAN;
      }
      long soft = Math.floorDiv(u, scale);
      if (soft < bestBoundSoft) {
        bestBoundSoft = soft;
        bestBound = Score.of(raw.hard(), raw.medium(), soft);
      }
      repair.improve(ws == 0 && topicCap == 0 ? 0 : repairPasses, false, stop);
      offer(repair.mentorOf(), repair.score());
      if (polish != null) {
        // the polisher takes the search's own best matchings; its results count as met matchings
        if (ownBest == null || repair.score().compareTo(ownBest) > 0) {
          ownBest = repair.score();
          polish.offer(repair.mentorOf(), ownBest);
        }
        ParallelPolish.Result polished = polish.best();
        if (polished != null) {
          offer(polished.mentorOf(), polished.score());
        }
      }
      report();
      if (bestScore.soft() >= bestBoundSoft) {
        break; // proven optimal
      }
      if (u < bestU) {
        bestU = u;
        sinceBest = 0;
      } else if (++sinceBest >= patience) {
        lambda /= 2;
        sinceBest = 0;
      }
      if (lambda < MIN_LAMBDA) {
        break; // converged
      }
      // subgradient g = k(x) - k*(y), k* the maximiser closest to k(x)
      long norm = 0;
      for (int l = 0; l < price.length; l++) {
        long[] ks = links.argmax(l, price[l], c);
        long k = count[l];
        long kStar = k <= ks[0] ? ks[0] : Math.min(k, ks[1]);
        g[l] = k - kStar;
        norm += g[l] * g[l];
      }
      if (norm == 0) {
        break; // the oracle's matching attains U: optimal
      }
      if (iterations == 1) {
        primalPrices(price, dense, c);
        for (int l = 0; l < price.length; l++) {
          real[l] = price[l];
        }
        continue;
      }
      // Polyak's target: halfway between the best matching and the best bound (the optimum lies between)
      double lb = (double) scale * bestScore.soft();
      double target = lb + 0.5 * ((double) scale * bestBoundSoft - lb);
      // deflected direction (Camerini, Fratta and Maffioli 1975): when the new subgradient points
      // against the last direction, add part of that direction back, which damps the zigzag
      double dot = 0;
      double dd = 0;
      for (int l = 0; l < price.length; l++) {
        dot += g[l] * dir[l];
        dd += dir[l] * dir[l];
      }
      double beta = dd > 0 && dot < 0 ? -DEFLECTION * dot / dd : 0;
      double dn = 0;
      for (int l = 0; l < price.length; l++) {
        dir[l] = g[l] + beta * dir[l];
        dn += dir[l] * dir[l];
      }
      if (dn == 0) {
        break;
      }
      double t = lambda * (u - target) / dn;
      for (int l = 0; l < price.length; l++) {
        if (dir[l] != 0) {
          real[l] += t * dir[l];
          price[l] = Math.round(real[l]);
          dense[links.dense(l)] = price[l];
        }
      }
    }
    if (bestBound == null) {
      trivial();
    }
    return new BoundedMatchingArrays(best, bestScore, new Bound(bestBound, method, iterations, elapsedMillis()), stopped(), links, tops, false);
  }

  /**
   * Prices at the middle of the marginal spread cost of the best matching so far: a link with
   * {@code k >= 1} pairs gets {@code c (k - 1) + c / 2} (between the cost of its last pair and of
   * one more), an empty link 0. These are the prices at which that matching's counts maximise the
   * closed-form part, a good first guess.
   */
  private void primalPrices(long[] price, long[] dense, long c) {
    long[] k = new long[price.length];
    for (int m = 0; m < best.length; m++) {
      if (best[m] >= 0) {
        k[links.of(el.menteeDepartment(m), el.mentorDepartment(best[m]))]++;
      }
    }
    for (int l = 0; l < price.length; l++) {
      price[l] = k[l] == 0 ? 0 : c * (k[l] - 1) + c / 2;
      dense[links.dense(l)] = price[l];
    }
  }

  /**
   * {@code sum over matched pairs of (S * pairScore - price of its link) - S * wl * sum load(load-1)/2},
   * counting pairs per link into {@code count}.
   */
  private long pricedValue(int[] x, long[] price, long[] count) {
    int[] load = new int[el.mentorCount()];
    long v = 0;
    for (int m = 0; m < x.length; m++) {
      int r = x[m];
      if (r < 0) {
        continue;
      }
      load[r]++;
      int l = links.of(el.menteeDepartment(m), el.mentorDepartment(r));
      count[l]++;
      v = Math.addExact(v, Math.subtractExact(Math.multiplyExact(scale, el.pairScore(m, r)), price[l]));
    }
    long sw = Math.multiplyExact(scale, wl);
    for (int l : load) {
      v = Math.subtractExact(v, Math.multiplyExact(sw, (long) l * (l - 1) / 2));
    }
    return v;
  }

  private void offer(int[] x, Score s) {
    if (bestScore == null || s.compareTo(bestScore) > 0) {
      best = x.clone();
      bestScore = s;
    }
  }

  private void report() {
    report(bestScore);
  }

  private void report(Score score) {
    ProgressListener p = options.progress();
    if (p == ProgressListener.NONE) {
      return;
    }
    if (score.equals(reportedScore) && bestBound.equals(reportedBound)) {
      return;
    }
    reportedScore = score;
    reportedBound = bestBound;
    p.onProgress(new Progress(strategy, elapsedMillis(), score, Optional.of(bestBound)));
  }

  private long elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /**
   * No oracle solve finished: the stopped solve's feasible matching (else the pinned pairs alone)
   * and the trivial bound (see {@link Bounds#trivial}).
   */
  private void trivial() {
    if (best == null) {
      int[] x = new int[el.menteeCount()];
      for (int m = 0; m < x.length; m++) {
        x[m] = el.pinnedMentor(m);
      }
      LocalRepair pinned = new LocalRepair(el, links, tops, x, order);
      best = pinned.mentorOf().clone();
      bestScore = pinned.score();
    }
    bestBound = Bounds.trivial(el);
    method = Bound.Method.TRIVIAL;
  }

  /**
   * The outcome on assignment arrays, with the links and row ranks for a later repair, and
   * whether a {@link ParallelPolish} already gave the best matchings the deep repair.
   */
  record BoundedMatchingArrays(int[] mentorOf, Score score, Bound bound, boolean stoppedEarly, Links links, RowTops tops, boolean polished) {}
}
