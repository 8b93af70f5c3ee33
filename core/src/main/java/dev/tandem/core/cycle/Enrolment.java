package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.PhaseGuard.checkEmployee;
import static dev.tandem.core.cycle.PhaseGuard.refuse;
import static dev.tandem.core.cycle.PhaseGuard.refuseIfAny;
import static dev.tandem.core.cycle.PhaseGuard.requirePhase;
import static dev.tandem.core.cycle.PhaseGuard.throwIfAny;
import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.ValidationProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The steps before matching: the topic call, enrolment of mentees and mentors, the framework and
 * the move to matching.
 *
 * <p>Guarantee: each step checks its phase and input first and returns a new cycle; a refused
 * step throws and changes nothing.
 */
final class Enrolment {
  private final Cycle c;
  private final CycleState s;

  Enrolment(Cycle cycle) {
    this.c = cycle;
    this.s = cycle.state();
  }

  Cycle announceTopic(AnnouncedTopic topic) {
    requireNonNull(topic, "topic");
    requirePhase(s, "announce a topic", Phase.TOPIC_CALL);
    List<ValidationProblem> problems = new ArrayList<>();
    if (s.catalogue().stream().noneMatch(x -> x.id().equals(topic.competence()))) {
      problems.add(new ValidationProblem("topic.competence", "unknown competence \"" + topic.competence() + "\""));
    }
    if (s.topics().stream().anyMatch(t -> t.competence().equals(topic.competence()))) {
      problems.add(new ValidationProblem("topic.competence", "topic \"" + topic.competence() + "\" is already announced"));
    }
    if (topic.targetPairs().isPresent() && topic.targetPairs().getAsInt() < 1) {
      problems.add(new ValidationProblem("topic.targetPairs", topic.targetPairs().getAsInt() + " is below 1"));
    }
    throwIfAny(problems);
    return c.with(m -> m.topics.add(topic));
  }

  Cycle openEnrolment() {
    requirePhase(s, "open enrolment", Phase.TOPIC_CALL);
    if (s.topics().isEmpty()) {
      refuse(s, "open enrolment", "no topic announced: announce at least one topic");
    }
    return c.with(m -> m.phase = Phase.ENROLMENT);
  }

  /** Enrols a mentee; a waitlisted executive of the previous round keeps at least the carried priority. */
  Cycle enrolMentee(Mentee mentee) {
    requireNonNull(mentee, "mentee");
    requirePhase(s, "enrol a mentee", Phase.ENROLMENT);
    List<ValidationProblem> problems = new ArrayList<>();
    checkEmployee(s, "mentee.employee", mentee.employee(), problems);
    if (PhaseGuard.isMentee(s, mentee.employee())) {
      problems.add(new ValidationProblem("mentee.employee", "\"" + mentee.employee() + "\" is already enrolled as mentee"));
    }
    if (mentee.topics().isEmpty()) {
      problems.add(new ValidationProblem("mentee.topics", "no topic chosen: pick at least one announced topic"));
    }
    Set<String> announced = announced(s);
    for (int t = 0; t < mentee.topics().size(); t++) {
      String comp = mentee.topics().get(t).competence();
      if (!announced.contains(comp)) {
        problems.add(new ValidationProblem("mentee.topics[" + t + "].competence",
            "\"" + comp + "\" is not an announced topic (announced: " + String.join(", ", announced) + ")"));
      }
    }
    throwIfAny(problems);
    Mentee enrolled = withCarriedPriority(s, mentee);
    Cycle next = c.with(m -> m.mentees.add(enrolled));
    next.problem();
    return next;
  }

  /** {@code mentee} with {@code max(priority, carried priority)} when the previous round waitlisted the person. */
  static Mentee withCarriedPriority(CycleState s, Mentee mentee) {
    Optional<WaitlistEntry> w = s.carriedOver().flatMap(co -> co.waiting(mentee.employee()));
    if (w.isEmpty() || w.get().priority() <= mentee.priority()) {
      return mentee;
    }
    return new Mentee(mentee.employee(), mentee.topics(), w.get().priority(), mentee.ranking());
  }

  Cycle enrolMentor(Mentor mentor, boolean nominated) {
    requireNonNull(mentor, "mentor");
    requirePhase(s, nominated ? "nominate a mentor" : "enrol a mentor", Phase.ENROLMENT);
    Mentor enrolled = nominated ? mentor.withNominated(true) : mentor;
    List<ValidationProblem> problems = new ArrayList<>();
    checkEmployee(s, "mentor.employee", enrolled.employee(), problems);
    if (PhaseGuard.isMentor(s, enrolled.employee())) {
      problems.add(new ValidationProblem("mentor.employee", "\"" + enrolled.employee() + "\" is already enrolled as mentor"));
    }
    if (enrolled.competences().isEmpty()) {
      problems.add(new ValidationProblem("mentor.competences", "no competence given: name at least one"));
    }
    throwIfAny(problems);
    Cycle next = c.with(m -> m.mentors.add(enrolled));
    next.problem();
    return next;
  }

  Cycle closeEnrolment() {
    requirePhase(s, "close enrolment", Phase.ENROLMENT);
    List<String> missing = new ArrayList<>();
    if (s.mentees().isEmpty()) {
      missing.add("no mentee enrolled");
    }
    if (s.mentors().isEmpty()) {
      missing.add("no mentor enrolled (volunteers, or people approached directly: see suggestMentors)");
    }
    refuseIfAny(s, "close enrolment", missing);
    return c.with(m -> m.phase = Phase.FRAMEWORK);
  }

  Cycle defineFramework(Framework framework) {
    requireNonNull(framework, "framework");
    requirePhase(s, "define the framework", Phase.FRAMEWORK);
    return c.with(m -> m.framework = Optional.of(framework));
  }

  /**
   * Moves to matching. On the platform, requests still open lapse (expire) now: rankings and
   * requests are fixed from here. In {@link PlatformMode#HYBRID} accepted requests become locked
   * pairs and declined ones forbidden pairs; in {@link PlatformMode#PLATFORM} the accepted
   * requests become the draft (locked).
   */
  Cycle startMatching() {
    requirePhase(s, "start matching", Phase.FRAMEWORK);
    if (s.framework().isEmpty()) {
      refuse(s, "start matching", "no framework defined: duration, meeting cadence, sessions and the confidentiality charter");
    }
    refuseIfAny(s, "start matching", s.framework().get().missing());
    Cycle moved = c.with(m -> m.phase = Phase.MATCHING);
    return PlatformChoice.enterMatching(moved);
  }

  static Set<String> announced(CycleState s) {
    return s.topics().stream().map(AnnouncedTopic::competence).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
