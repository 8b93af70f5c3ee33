package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.PhaseGuard.refuse;
import static dev.tandem.core.cycle.PhaseGuard.requirePhase;
import static dev.tandem.core.cycle.PhaseGuard.throwIfAny;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The closing feedback round and what a closed cycle yields: feedback of both sides, who has
 * not answered, closing, and the history for the next round.
 *
 * <p>Guarantee: nothing is invented for people who do not answer; a refused step changes nothing.
 */
final class FeedbackRound {
  private final Cycle c;
  private final CycleState s;

  FeedbackRound(Cycle cycle) {
    this.c = cycle;
    this.s = cycle.state();
  }

  Cycle startFeedback() {
    requirePhase(s, "start the feedback round", Phase.RUNNING);
    Set<Pair> met = s.sessions().stream().map(SessionRecord::pair).collect(Collectors.toSet());
    PhaseGuard.refuseIfAny(s, "start the feedback round", s.matching().get().pairs().stream().filter(p -> !met.contains(p))
        .map(p -> "no session recorded for " + p).toList());
    return c.with(m -> m.phase = Phase.FEEDBACK);
  }

  Cycle record(Feedback feedback) {
    requireNonNull(feedback, "feedback");
    requirePhase(s, "record feedback", Phase.FEEDBACK);
    List<ValidationProblem> problems = new ArrayList<>();
    if (!s.formed().contains(feedback.pair())) {
      problems.add(new ValidationProblem("feedback.pair", "pair " + feedback.pair() + " was not formed in cycle " + s.id()));
    }
    if (feedback.overallRating() < 1 || feedback.overallRating() > 5) {
      problems.add(new ValidationProblem("feedback.overallRating", feedback.overallRating() + " is outside 1..5"));
    }
    int goals = c.kickOff(feedback.pair()).map(k -> k.goals().size()).orElse(0);
    if (feedback.goalRatings().size() != goals) {
      problems.add(new ValidationProblem("feedback.goalRatings",
          feedback.goalRatings().size() + " ratings for " + goals + " kick-off goals of " + feedback.pair()));
    }
    for (int g = 0; g < feedback.goalRatings().size(); g++) {
      int r = feedback.goalRatings().get(g);
      if (r < 1 || r > 5) {
        problems.add(new ValidationProblem("feedback.goalRatings[" + g + "]", r + " is outside 1..5"));
      }
    }
    throwIfAny(problems);
    return c.with(m -> {
      m.feedback.removeIf(f -> f.key().equals(feedback.key()));
      m.feedback.add(feedback);
    });
  }

  ImmutableList<FeedbackKey> missing() {
    requirePhase(s, "list missing feedback", Phase.FEEDBACK, Phase.CLOSED);
    return missingOf(s);
  }

  static ImmutableList<FeedbackKey> missingOf(CycleState s) {
    Set<FeedbackKey> given = s.feedback().stream().map(Feedback::key).collect(Collectors.toSet());
    ImmutableList.Builder<FeedbackKey> out = ImmutableList.builder();
    for (Pair p : s.formed()) {
      for (Side side : Side.values()) {
        FeedbackKey k = new FeedbackKey(p, side);
        if (!given.contains(k)) {
          out.add(k);
        }
      }
    }
    return out.build();
  }

  Cycle close() {
    requirePhase(s, "close the cycle", Phase.FEEDBACK);
    if (s.feedback().isEmpty()) {
      ImmutableList<FeedbackKey> missing = missingOf(s);
      refuse(s, "close the cycle", "no feedback recorded; expected from " + missing.size() + " sides, e.g. " + missing.get(0));
    }
    return c.with(m -> m.phase = Phase.CLOSED);
  }

  ImmutableList<PastPair> pastPairs() {
    requirePhase(s, "yield history", Phase.CLOSED);
    ImmutableList.Builder<PastPair> out = ImmutableList.builder();
    for (Pair p : s.formed()) {
      Optional<Feedback> f = c.feedbackOf(p, Side.MENTEE);
      out.add(f.isPresent() ? PastPair.rated(s.id(), p.mentee(), p.mentor(), f.get().overallRating()) : PastPair.of(s.id(), p.mentee(), p.mentor()));
    }
    return out.build();
  }
}
