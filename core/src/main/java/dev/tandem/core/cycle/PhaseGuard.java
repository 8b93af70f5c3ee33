package dev.tandem.core.cycle;

import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The checks every step of a cycle starts with: is the step allowed in this phase, is what it
 * needs there, do the people and pairs it names belong to the cycle. A failed check throws
 * before anything changes.
 *
 * <p>Guarantee: stateless; {@link StepRefusedException} for a step out of its phase or missing a
 * prerequisite (the message names the phases the step belongs to and the next step of the
 * current phase), {@link ValidationException} for input naming unknown people or pairs.
 */
final class PhaseGuard {
  private PhaseGuard() {}

  static void requirePhase(CycleState s, String step, Phase... allowed) {
    for (Phase p : allowed) {
      if (p == s.phase()) {
        return;
      }
    }
    String where = Arrays.stream(allowed).map(Phase::name).collect(Collectors.joining(" or "));
    String hint = s.phase() == Phase.CLOSED ? "the cycle is closed"
        : s.phase().compareTo(allowed[0]) < 0 ? "the cycle is still in " + s.phase() + ", next step: " + nextStep(s.phase())
        : "the cycle is already past " + where;
    refuse(s, step, "this step belongs to phase " + where + "; " + hint);
  }

  /** The step that leaves {@code p}. */
  static String nextStep(Phase p) {
    return switch (p) {
      case TOPIC_CALL -> "openEnrolment";
      case ENROLMENT -> "closeEnrolment";
      case FRAMEWORK -> "startMatching";
      case MATCHING -> "publish";
      case KICK_OFF -> "startRunning";
      case RUNNING -> "startFeedback";
      case FEEDBACK -> "close";
      case CLOSED -> "none";
    };
  }

  static void requireDraft(CycleState s, String step) {
    requirePhase(s, step, Phase.MATCHING);
    if (s.matching().isEmpty()) {
      refuse(s, step, "no draft yet: draft a matching with a strategy first");
    }
  }

  static void refuse(CycleState s, String step, String missing) {
    throw new StepRefusedException(s.phase(), step, List.of(missing));
  }

  static void refuseIfAny(CycleState s, String step, List<String> missing) {
    if (!missing.isEmpty()) {
      throw new StepRefusedException(s.phase(), step, missing);
    }
  }

  static void throwIfAny(List<ValidationProblem> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  static void checkEmployee(CycleState s, String path, String id, List<ValidationProblem> problems) {
    if (s.employees().stream().noneMatch(e -> e.id().equals(id))) {
      problems.add(new ValidationProblem(path, "unknown employee \"" + id + "\""));
    }
  }

  static boolean isMentee(CycleState s, String id) {
    return s.mentees().stream().anyMatch(m -> m.employee().equals(id));
  }

  static boolean isMentor(CycleState s, String id) {
    return s.mentors().stream().anyMatch(m -> m.employee().equals(id));
  }

  /** Both people of {@code pair} are enrolled in their roles. */
  static void checkPair(CycleState s, String path, Pair pair) {
    List<ValidationProblem> problems = new java.util.ArrayList<>();
    if (!isMentee(s, pair.mentee())) {
      problems.add(new ValidationProblem(path + ".mentee", "\"" + pair.mentee() + "\" is not an enrolled mentee"));
    }
    if (!isMentor(s, pair.mentor())) {
      problems.add(new ValidationProblem(path + ".mentor", "\"" + pair.mentor() + "\" is not an enrolled mentor"));
    }
    throwIfAny(problems);
  }

  static void requireCurrentPair(CycleState s, String path, Pair pair) {
    if (!s.matching().map(m -> m.pairs().contains(pair)).orElse(false)) {
      throw new ValidationException(List.of(new ValidationProblem(path, "pair " + pair + " is not a current pair of cycle " + s.id())));
    }
  }
}
