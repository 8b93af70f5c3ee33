package dev.tandem.solver;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.strategy.MatchOptions;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * The settings of the {@code optaplanner} strategy, read from {@link MatchOptions#settings()}.
 *
 * <table>
 * <caption>Keys (all optional)</caption>
 * <tr><th>key</th><th>values</th><th>default</th></tr>
 * <tr><td>{@code warmStart}</td><td>a registered strategy name ({@code exact}, {@code greedy}, ...) or {@code none}</td>
 *     <td>the best matching of the Lagrangian bound search ({@code dev.tandem.core.bound.Bounds}; its iterations
 *     stop at half the time limit, its first solve at 85% of it; it starts from {@code exact}'s matching), which also gives the proven bound the search stops at</td></tr>
 * <tr><td>{@code constructionHeuristic}</td><td>an OptaPlanner {@code ConstructionHeuristicType} or {@code NONE}</td>
 *     <td>{@code ALLOCATE_ENTITY_FROM_QUEUE} (only assigns the mentees the warm start left unmatched)</td></tr>
 * <tr><td>{@code localSearch}</td><td>{@code LATE_ACCEPTANCE}, {@code TABU_SEARCH}, {@code GREAT_DELUGE},
 *     {@code SIMULATED_ANNEALING}, {@code HILL_CLIMBING}, {@code VARIABLE_NEIGHBORHOOD_DESCENT}</td><td>{@code LATE_ACCEPTANCE}</td></tr>
 * <tr><td>{@code lateAcceptanceSize}</td><td>integer &gt;= 1 (LATE_ACCEPTANCE)</td><td>400 (OptaPlanner's)</td></tr>
 * <tr><td>{@code entityTabuSize}</td><td>integer &gt;= 1 (TABU_SEARCH)</td><td>OptaPlanner's (a tenth of the mentees)</td></tr>
 * <tr><td>{@code acceptedCountLimit}</td><td>integer &gt;= 1: accepted moves evaluated per step, the best is taken
 *     (LATE_ACCEPTANCE, TABU_SEARCH)</td><td>1000 for both. OptaPlanner's default for late acceptance is 1;
 *     measured on a generated problem of 1,000 mentees with spread, 30 s: soft gain over exact +0.4% with 1,
 *     +6.0% with 100, +8.2% with 1000 (tabu search +8.0%)</td></tr>
 * <tr><td>{@code stepCountLimit}</td><td>local search steps, integer &gt;= 1</td><td>none</td></tr>
 * <tr><td>{@code unimprovedStepCountLimit}</td><td>local search steps without a new best score, integer &gt;= 1</td>
 *     <td>none</td></tr>
 * <tr><td>{@code stepMoveLimit}</td><td>moves one step evaluates at most, integer &gt;= 1: a step that finds no
 *     acceptable move within them takes the best accepted one, or ends the search when there is none</td>
 *     <td>none; {@value #DEFAULT_STEP_MOVE_LIMIT} in a run that reads no clock (it ends a step stuck at a
 *     strict local optimum, which a time limit would otherwise end)</td></tr>
 * <tr><td>{@code unimprovedTime}</td><td>ISO-8601 duration ({@code PT5S}) or milliseconds</td>
 *     <td>{@code PT5S}, none with a step limit</td></tr>
 * <tr><td>{@code moveThreadCount}</td><td>{@code NONE}, {@code AUTO} or a thread count</td><td>{@code NONE}</td></tr>
 * <tr><td>{@code environmentMode}</td><td>an OptaPlanner {@code EnvironmentMode}</td><td>{@code REPRODUCIBLE}</td></tr>
 * </table>
 *
 * <p>The total time limit is {@link MatchOptions#timeLimit()} (warm start included), else
 * {@link #DEFAULT_TIME_LIMIT}. The search also stops after {@code unimprovedTime} without a new
 * best score: a late-acceptance step at a strict local optimum of a small problem never ends, and
 * this is what stops it. The seed is {@link MatchOptions#seed()}.
 *
 * <p><b>Reproducible runs.</b> With {@code stepCountLimit} or {@code unimprovedStepCountLimit} the
 * run is bounded by steps, not by the clock: then neither {@link #DEFAULT_TIME_LIMIT} nor the
 * default {@code unimprovedTime} applies, and without a time limit in the options and without an
 * explicit {@code unimprovedTime} nothing in the run reads the clock. In OptaPlanner's
 * {@code REPRODUCIBLE} environment mode (the default) the same problem, seed and settings then
 * give the same matching on any machine and under any load, e.g.
 * {@code ./tandem solve p.json --strategy optaplanner --seed 7 --option unimprovedStepCountLimit=2000}.
 * A time limit given as well (or a cancellation) still stops the run, which is then no longer
 * reproducible.
 *
 * <p>Guarantee: immutable; {@link #of} reports every bad value at once in a
 * {@link ValidationException} (path {@code settings.<key>}). Keys it does not know are ignored
 * here, so one settings map can serve several strategies; the command line refuses a key that no
 * strategy of the run reads ({@code MatchingStrategy#settingKeys()}).
 */
public record SolverSettings(
    Optional<String> warmStart,
    Optional<ConstructionHeuristicType> constructionHeuristic,
    LocalSearchType localSearch,
    OptionalInt lateAcceptanceSize,
    OptionalInt entityTabuSize,
    OptionalInt acceptedCountLimit,
    OptionalInt stepCountLimit,
    OptionalInt unimprovedStepCountLimit,
    OptionalInt stepMoveLimit,
    Optional<Duration> unimprovedTime,
    Optional<Duration> timeLimit,
    String moveThreadCount,
    EnvironmentMode environmentMode) {

  /** The time limit when neither the options nor the settings give any termination. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
  /** Late acceptance: the size of the score history (OptaPlanner's default). */
  public static final int DEFAULT_LATE_ACCEPTANCE_SIZE = 400;
  /** Late acceptance: accepted moves per step, the best taken (OptaPlanner's default is 1; measured, see above). */
  public static final int DEFAULT_LATE_ACCEPTANCE_ACCEPTED_COUNT = 1000;
  /** The moves one step evaluates at most in a run that reads no clock, unless set. */
  public static final int DEFAULT_STEP_MOVE_LIMIT = 100_000;
  /** The unimproved time limit used when none is given. */
  public static final Duration DEFAULT_UNIMPROVED_TIME = Duration.ofSeconds(5);

  /** The keys this strategy reads. */
  public static final ImmutableSortedSet<String> KEYS = ImmutableSortedSet.of(
      "warmStart", "constructionHeuristic", "localSearch", "lateAcceptanceSize", "entityTabuSize", "acceptedCountLimit",
      "stepCountLimit", "unimprovedStepCountLimit", "stepMoveLimit", "unimprovedTime", "moveThreadCount", "environmentMode");

  /**
   * Reads the settings of {@code options}.
   *
   * @throws ValidationException naming every key with a bad value
   */
  public static SolverSettings of(MatchOptions options) {
    List<ValidationProblem> problems = new ArrayList<>();
    Reader r = new Reader(options, problems);
    Optional<String> warm = options.setting("warmStart").map(String::trim);
    Optional<ConstructionHeuristicType> ch = Optional.of(ConstructionHeuristicType.ALLOCATE_ENTITY_FROM_QUEUE);
    Optional<String> chText = options.setting("constructionHeuristic");
    if (chText.isPresent() && chText.get().trim().equalsIgnoreCase("NONE")) {
      ch = Optional.empty();
    } else if (chText.isPresent()) {
      ch = Optional.ofNullable(r.enumValue("constructionHeuristic", ConstructionHeuristicType.class, ConstructionHeuristicType.ALLOCATE_ENTITY_FROM_QUEUE));
    }
    LocalSearchType ls = r.enumValue("localSearch", LocalSearchType.class, LocalSearchType.LATE_ACCEPTANCE);
    OptionalInt lateSize = r.positiveInt("lateAcceptanceSize");
    OptionalInt tabuSize = r.positiveInt("entityTabuSize");
    OptionalInt accepted = r.positiveInt("acceptedCountLimit");
    OptionalInt steps = r.positiveInt("stepCountLimit");
    OptionalInt unimprovedSteps = r.positiveInt("unimprovedStepCountLimit");
    OptionalInt stepMoves = r.positiveInt("stepMoveLimit");
    Optional<Duration> unimproved = r.duration("unimprovedTime");
    String threads = options.setting("moveThreadCount").map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse("NONE");
    if (!threads.equals("NONE") && !threads.equals("AUTO")) {
      try {
        if (Integer.parseInt(threads) < 1) {
          problems.add(new ValidationProblem("settings.moveThreadCount", threads + " is below 1"));
        }
      } catch (NumberFormatException e) {
        problems.add(new ValidationProblem("settings.moveThreadCount", "\"" + threads + "\" is not NONE, AUTO or a thread count"));
      }
    }
    EnvironmentMode mode = r.enumValue("environmentMode", EnvironmentMode.class, EnvironmentMode.REPRODUCIBLE);
    if (lateSize.isPresent() && ls != LocalSearchType.LATE_ACCEPTANCE) {
      problems.add(new ValidationProblem("settings.lateAcceptanceSize", "only applies to localSearch LATE_ACCEPTANCE, not " + ls));
    }
    if (tabuSize.isPresent() && ls != LocalSearchType.TABU_SEARCH) {
      problems.add(new ValidationProblem("settings.entityTabuSize", "only applies to localSearch TABU_SEARCH, not " + ls));
    }
    if (accepted.isPresent() && ls != LocalSearchType.LATE_ACCEPTANCE && ls != LocalSearchType.TABU_SEARCH) {
      problems.add(new ValidationProblem("settings.acceptedCountLimit", "only applies to localSearch LATE_ACCEPTANCE or TABU_SEARCH, not " + ls));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    boolean stepBounded = steps.isPresent() || unimprovedSteps.isPresent();
    if (unimproved.isEmpty() && !stepBounded) {
      unimproved = Optional.of(DEFAULT_UNIMPROVED_TIME);
    }
    Optional<Duration> limit = options.timeLimit().or(() -> stepBounded ? Optional.empty() : Optional.of(DEFAULT_TIME_LIMIT));
    if (stepMoves.isEmpty() && limit.isEmpty() && unimproved.isEmpty()) {
      stepMoves = OptionalInt.of(DEFAULT_STEP_MOVE_LIMIT);
    }
    return new SolverSettings(warm, ch, ls, lateSize, tabuSize, accepted, steps, unimprovedSteps, stepMoves, unimproved,
        limit, threads, mode);
  }

  /**
   * Whether nothing in a run with these settings reads the clock: no time limit and no
   * {@code unimprovedTime} (then a step limit ends the run), see "Reproducible runs" above.
   */
  public boolean clockFree() {
    return timeLimit.isEmpty() && unimprovedTime.isEmpty();
  }

  /** The warm-start strategies to try, in order ({@code none}: empty). */
  public ImmutableList<String> warmStartCandidates() {
    if (warmStart.isEmpty()) {
      return ImmutableList.of("exact", "greedy");
    }
    String w = warmStart.get();
    return w.equalsIgnoreCase("none") ? ImmutableList.of() : ImmutableList.of(w);
  }

  private record Reader(MatchOptions options, List<ValidationProblem> problems) {
    <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
      Optional<String> text = options.setting(key);
      if (text.isEmpty()) {
        return fallback;
      }
      try {
        return Enum.valueOf(type, text.get().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
          names.add(c.name());
        }
        problems.add(new ValidationProblem("settings." + key, "\"" + text.get() + "\" is not one of " + names));
        return fallback;
      }
    }

    OptionalInt positiveInt(String key) {
      Optional<String> text = options.setting(key);
      if (text.isEmpty()) {
        return OptionalInt.empty();
      }
      try {
        int v = Integer.parseInt(text.get().trim());
        if (v < 1) {
          problems.add(new ValidationProblem("settings." + key, v + " is below 1"));
          return OptionalInt.empty();
        }
        return OptionalInt.of(v);
      } catch (NumberFormatException e) {
        problems.add(new ValidationProblem("settings." + key, "\"" + text.get() + "\" is not an integer"));
        return OptionalInt.empty();
      }
    }

    Optional<Duration> duration(String key) {
      Optional<String> text = options.setting(key);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String t = text.get().trim();
      try {
        Duration d = t.chars().allMatch(Character::isDigit) && !t.isEmpty() ? Duration.ofMillis(Long.parseLong(t)) : Duration.parse(t);
        if (d.isNegative() || d.isZero()) {
          problems.add(new ValidationProblem("settings." + key, "\"" + t + "\" is not a positive duration"));
          return Optional.empty();
        }
        return Optional.of(d);
      } catch (DateTimeParseException | NumberFormatException e) {
        problems.add(new ValidationProblem("settings." + key, "\"" + t + "\" is neither an ISO-8601 duration (PT5S) nor milliseconds"));
        return Optional.empty();
      }
    }
  }
}
