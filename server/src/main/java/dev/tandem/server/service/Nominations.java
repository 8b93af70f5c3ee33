package dev.tandem.server.service;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Phase;
import dev.tandem.core.cycle.StepRefusedException;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.server.auth.Principal;
import dev.tandem.server.auth.Tokens;
import dev.tandem.server.service.Refusal.Kind;
import dev.tandem.server.store.Store;
import dev.tandem.server.store.Store.CycleRow;
import dev.tandem.server.store.Store.NominationRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The direct approach with the candidate's answer: the administrator invites an employee (often one
 * of core's {@link Cycle#suggestMentors()} candidates) to mentor a topic; the invitation waits
 * until the employee answers. Accepting is core's {@link Cycle#nominateMentor} (enrolled, marked
 * nominated) with the competences and capacity the employee gives, in the same transaction that
 * marks the invitation accepted; declining only records the answer.
 *
 * <p>Guarantee: an invitation is answered once, by its employee only; a refused acceptance (a
 * stale version, core refusing the enrolment) leaves the invitation pending and the cycle as it was.
 */
public final class Nominations {
  private static final Logger LOG = LoggerFactory.getLogger(Nominations.class);
  private final Platform platform;

  public Nominations(Platform platform) {
    this.platform = platform;
  }

  /** Invites {@code employee} to mentor {@code competence} (administrator, during enrolment). */
  public NominationRow invite(Principal who, String programmeId, String cycleId, String employee, String competence) {
    Access.requireAdmin(who);
    return platform.database().inTransaction(c -> {
      CycleRow row = platform.cycle(who, programmeId, cycleId);
      Cycle cycle = row.cycle();
      if (cycle.phase() != Phase.ENROLMENT) {
        throw new StepRefusedException(cycle.phase(), "invite a mentor",
            List.of("this step belongs to phase ENROLMENT; the cycle is in " + cycle.phase()));
      }
      List<ValidationProblem> problems = new ArrayList<>();
      if (cycle.snapshot().employees().stream().noneMatch(e -> e.id().equals(employee))) {
        problems.add(new ValidationProblem("employee", "unknown employee \"" + employee + "\""));
      } else if (cycle.mentors().stream().anyMatch(m -> m.employee().equals(employee))) {
        problems.add(new ValidationProblem("employee", "\"" + employee + "\" is already enrolled as mentor"));
      }
      if (cycle.topics().stream().noneMatch(t -> t.competence().equals(competence))) {
        problems.add(new ValidationProblem("competence", "\"" + competence + "\" is not an announced topic"));
      }
      if (Store.nominations(c, programmeId, cycleId).stream()
          .anyMatch(n -> n.employeeId().equals(employee) && n.status().equals("PENDING"))) {
        problems.add(new ValidationProblem("employee", "\"" + employee + "\" has an unanswered invitation already"));
      }
      if (!problems.isEmpty()) {
        throw Refusal.invalid(problems);
      }
      NominationRow n = new NominationRow(Tokens.id("nom"), programmeId, cycleId, employee, competence, "PENDING", who.personId(),
          platform.now(), Optional.empty());
      Store.insertNomination(c, n);
      LOG.info("person {} invited an employee to mentor in cycle {}/{} ({})", who.personId(), programmeId, cycleId, n.id());
      return n;
    });
  }

  /** The invitations of a cycle: all for the administrator, one's own for a participant. */
  public List<NominationRow> list(Principal who, String programmeId, String cycleId) {
    Platform.requireMember(who, programmeId);
    return platform.database().inTransaction(c -> Store.nominations(c, programmeId, cycleId).stream()
        .filter(n -> who.isAdmin() || who.employeeId().equals(Optional.of(n.employeeId()))).toList());
  }

  /** Accepts: enrols the employee as a nominated mentor with {@code mentor}'s competences and capacity. */
  public CycleRow accept(Principal who, String programmeId, String cycleId, String id, Optional<Long> version, Mentor mentor) {
    NominationRow n = own(who, programmeId, cycleId, id);
    if (!mentor.employee().equals(n.employeeId())) {
      throw Refusal.invalid("employee", "the invitation is for \"" + n.employeeId() + "\"");
    }
    return platform.step(who, programmeId, cycleId, version, "accept-nomination", Access.selfOrAdmin(n.employeeId()),
        cy -> cy.nominateMentor(mentor), c -> {
          if (!Store.answerNomination(c, id, "ACCEPTED", platform.now())) {
            throw new Refusal(Kind.CONFLICT, "invitation " + id + " was answered already");
          }
          return null;
        });
  }

  /** Declines; the cycle does not change. */
  public NominationRow decline(Principal who, String programmeId, String cycleId, String id) {
    own(who, programmeId, cycleId, id);
    return platform.database().inTransaction(c -> {
      if (!Store.answerNomination(c, id, "DECLINED", platform.now())) {
        throw new Refusal(Kind.CONFLICT, "invitation " + id + " was answered already");
      }
      LOG.info("person {} declined invitation {}", who.personId(), id);
      return Store.nominations(c, programmeId, cycleId).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    });
  }

  private NominationRow own(Principal who, String programmeId, String cycleId, String id) {
    Platform.requireMember(who, programmeId);
    NominationRow n = platform.database().inTransaction(c -> Store.nominations(c, programmeId, cycleId)).stream()
        .filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow(() -> new Refusal(Kind.NOT_FOUND, "no invitation \"" + id + "\" in cycle \"" + cycleId + "\""));
    if (!who.employeeId().equals(Optional.of(n.employeeId()))) {
      throw new Refusal(Kind.FORBIDDEN, "only the invited employee answers invitation " + id);
    }
    if (!n.status().equals("PENDING")) {
      throw new Refusal(Kind.CONFLICT, "invitation " + id + " was answered already (" + n.status() + ")");
    }
    return n;
  }
}
