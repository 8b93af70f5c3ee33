package dev.tandem.server.auth;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who is signed in: a person id, a role, and for a participant the programme and employee.
 *
 * <p>Guarantee: a {@link Role#PARTICIPANT} always has a programme and an employee; an
 * {@link Role#ADMIN} has neither.
 */
public record Principal(String personId, Role role, Optional<String> programmeId, Optional<String> employeeId) {
  public Principal {
    requireNonNull(personId, "personId");
    requireNonNull(role, "role");
    if (role == Role.PARTICIPANT && (programmeId.isEmpty() || employeeId.isEmpty())) {
      throw new IllegalArgumentException("person " + personId + ": a participant needs a programme and an employee");
    }
    if (role == Role.ADMIN && (programmeId.isPresent() || employeeId.isPresent())) {
      throw new IllegalArgumentException("person " + personId + ": an administrator has no programme or employee");
    }
  }

  public static Principal admin(String personId) {
    return new Principal(personId, Role.ADMIN, Optional.empty(), Optional.empty());
  }

  public static Principal participant(String personId, String programmeId, String employeeId) {
    return new Principal(personId, Role.PARTICIPANT, Optional.of(programmeId), Optional.of(employeeId));
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  /** Whether this is the participant {@code employee} of {@code programme}. */
  public boolean is(String programme, String employee) {
    return programmeId.equals(Optional.of(programme)) && employeeId.equals(Optional.of(employee));
  }
}
