package dev.tandem.server.store;

import dev.tandem.core.cycle.Cycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every SQL statement of the server, each a small method on an open connection (the caller owns
 * the transaction: see {@link Database#inTransaction}).
 *
 * <p>Guarantee: {@link #updateCycle} writes only when the stored version is the expected one,
 * and then increments it: of two edits based on the same version, exactly one succeeds.
 */
public final class Store {
  private Store() {}

  // ---------------------------------------------------------------- programmes

  /** A programme row. */
  public record ProgrammeRow(String id, String name, Instant createdAt) {}

  public static void insertProgramme(Connection c, String id, String name, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO programmes (id, name, created_at) VALUES (?, ?, ?)")) {
      s.setString(1, id);
      s.setString(2, name);
      s.setTimestamp(3, Timestamp.from(now));
      s.executeUpdate();
    }
  }

  public static Optional<ProgrammeRow> programme(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, name, created_at FROM programmes WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(programmeRow(r)) : Optional.empty();
      }
    }
  }

  public static List<ProgrammeRow> programmes(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, name, created_at FROM programmes ORDER BY created_at, id");
        ResultSet r = s.executeQuery()) {
      List<ProgrammeRow> out = new ArrayList<>();
      while (r.next()) {
        out.add(programmeRow(r));
      }
      return out;
    }
  }

  private static ProgrammeRow programmeRow(ResultSet r) throws SQLException {
    return new ProgrammeRow(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant());
  }

  // ---------------------------------------------------------------- cycles

  /** A stored cycle with its version. */
  public record CycleRow(String programmeId, String id, int seq, long version, Cycle cycle) {}

  /** A cycle's row without its snapshot. */
  public record CycleHead(String programmeId, String id, int seq, String phase, long version) {}

  public static void insertCycle(Connection c, String programmeId, String programmeName, int seq, Cycle cycle, Instant now)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO cycles (programme_id, id, seq, phase, version, snapshot, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)")) {
      s.setString(1, programmeId);
      s.setString(2, cycle.id());
      s.setInt(3, seq);
      s.setString(4, cycle.phase().name());
      s.setString(5, Snapshots.write(programmeName, cycle));
      s.setTimestamp(6, Timestamp.from(now));
      s.executeUpdate();
    }
  }

  public static Optional<CycleRow> cycle(Connection c, String programmeId, String cycleId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT programme_id, id, seq, version, snapshot FROM cycles WHERE programme_id = ? AND id = ?")) {
      s.setString(1, programmeId);
      s.setString(2, cycleId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(cycleRow(r)) : Optional.empty();
      }
    }
  }

  /** Every cycle of a programme, oldest first. */
  public static List<CycleRow> cycles(Connection c, String programmeId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT programme_id, id, seq, version, snapshot FROM cycles WHERE programme_id = ? ORDER BY seq")) {
      s.setString(1, programmeId);
      try (ResultSet r = s.executeQuery()) {
        List<CycleRow> out = new ArrayList<>();
        while (r.next()) {
          out.add(cycleRow(r));
        }
        return out;
      }
    }
  }

  /** The cycles of a programme without their snapshots, oldest first. */
  public static List<CycleHead> cycleHeads(Connection c, String programmeId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT programme_id, id, seq, phase, version FROM cycles WHERE programme_id = ? ORDER BY seq")) {
      s.setString(1, programmeId);
      try (ResultSet r = s.executeQuery()) {
        List<CycleHead> out = new ArrayList<>();
        while (r.next()) {
          out.add(new CycleHead(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getLong(5)));
        }
        return out;
      }
    }
  }

  private static CycleRow cycleRow(ResultSet r) throws SQLException {
    return new CycleRow(r.getString(1), r.getString(2), r.getInt(3), r.getLong(4), Snapshots.read(r.getString(5)));
  }

  /**
   * Replaces a cycle's snapshot when its stored version is {@code expectedVersion}, and sets the
   * version to {@code expectedVersion + 1}.
   *
   * @return whether the row was written (false: the version was stale)
   */
  public static boolean updateCycle(Connection c, String programmeId, String programmeName, Cycle cycle, long expectedVersion,
      Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE cycles SET snapshot = ?, phase = ?, version = ?, updated_at = ?"
        + " WHERE programme_id = ? AND id = ? AND version = ?")) {
      s.setString(1, Snapshots.write(programmeName, cycle));
      s.setString(2, cycle.phase().name());
      s.setLong(3, expectedVersion + 1);
      s.setTimestamp(4, Timestamp.from(now));
      s.setString(5, programmeId);
      s.setString(6, cycle.id());
      s.setLong(7, expectedVersion);
      return s.executeUpdate() == 1;
    }
  }

  public static void log(Connection c, String programmeId, String cycleId, long version, String step, String personId, Instant now)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO cycle_log (programme_id, cycle_id, version, step, person_id, at) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, programmeId);
      s.setString(2, cycleId);
      s.setLong(3, version);
      s.setString(4, step);
      s.setString(5, personId);
      s.setTimestamp(6, Timestamp.from(now));
      s.executeUpdate();
    }
  }

  /** A line of the step log. */
  public record LogRow(long version, String step, String personId, Instant at) {}

  public static List<LogRow> log(Connection c, String programmeId, String cycleId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version, step, person_id, at FROM cycle_log WHERE programme_id = ? AND cycle_id = ? ORDER BY id")) {
      s.setString(1, programmeId);
      s.setString(2, cycleId);
      try (ResultSet r = s.executeQuery()) {
        List<LogRow> out = new ArrayList<>();
        while (r.next()) {
          out.add(new LogRow(r.getLong(1), r.getString(2), r.getString(3), r.getTimestamp(4).toInstant()));
        }
        return out;
      }
    }
  }

  // ---------------------------------------------------------------- people, tokens, sessions

  /** A person who can sign in. */
  public record PersonRow(String id, String role, Optional<String> programmeId, Optional<String> employeeId) {}

  public static void insertPerson(Connection c, PersonRow p, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO people (id, role, programme_id, employee_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, p.id());
      s.setString(2, p.role());
      s.setString(3, p.programmeId().orElse(null));
      s.setString(4, p.employeeId().orElse(null));
      s.setTimestamp(5, Timestamp.from(now));
      s.executeUpdate();
    }
  }

  public static Optional<PersonRow> person(Connection c, String id) throws SQLException {
    return onePerson(c, "SELECT id, role, programme_id, employee_id FROM people WHERE id = ?", id);
  }

  public static Optional<PersonRow> participant(Connection c, String programmeId, String employeeId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT id, role, programme_id, employee_id FROM people WHERE programme_id = ? AND employee_id = ?")) {
      s.setString(1, programmeId);
      s.setString(2, employeeId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(personRow(r)) : Optional.empty();
      }
    }
  }

  public static List<PersonRow> people(Connection c, String programmeId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT id, role, programme_id, employee_id FROM people WHERE programme_id = ? ORDER BY employee_id")) {
      s.setString(1, programmeId);
      try (ResultSet r = s.executeQuery()) {
        List<PersonRow> out = new ArrayList<>();
        while (r.next()) {
          out.add(personRow(r));
        }
        return out;
      }
    }
  }

  public static boolean anyAdmin(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM people WHERE role = 'ADMIN'");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1) > 0;
    }
  }

  private static Optional<PersonRow> onePerson(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, arg);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(personRow(r)) : Optional.empty();
      }
    }
  }

  private static PersonRow personRow(ResultSet r) throws SQLException {
    return new PersonRow(r.getString(1), r.getString(2), Optional.ofNullable(r.getString(3)), Optional.ofNullable(r.getString(4)));
  }

  /** Revokes the person's earlier links and stores the hash of a new one. */
  public static void replaceToken(Connection c, String personId, String tokenHash, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE sign_in_tokens SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setString(2, personId);
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO sign_in_tokens (token_hash, person_id, created_at) VALUES (?, ?, ?)")) {
      s.setString(1, tokenHash);
      s.setString(2, personId);
      s.setTimestamp(3, Timestamp.from(now));
      s.executeUpdate();
    }
  }

  /** The person a valid (not revoked) token hash belongs to. */
  public static Optional<PersonRow> personByToken(Connection c, String tokenHash) throws SQLException {
    return onePerson(c, "SELECT p.id, p.role, p.programme_id, p.employee_id FROM sign_in_tokens t JOIN people p"
        + " ON p.id = t.person_id WHERE t.token_hash = ? AND t.revoked_at IS NULL", tokenHash);
  }

  public static void insertSession(Connection c, String sessionHash, String personId, String csrf, Instant now, Instant expires)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO sessions (session_hash, person_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, sessionHash);
      s.setString(2, personId);
      s.setString(3, csrf);
      s.setTimestamp(4, Timestamp.from(now));
      s.setTimestamp(5, Timestamp.from(expires));
      s.executeUpdate();
    }
  }

  /** A live session: its person and CSRF token. */
  public record SessionRow(PersonRow person, String csrf) {}

  public static Optional<SessionRow> session(Connection c, String sessionHash, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.role, p.programme_id, p.employee_id, s.csrf FROM sessions s"
        + " JOIN people p ON p.id = s.person_id WHERE s.session_hash = ? AND s.expires_at > ?")) {
      s.setString(1, sessionHash);
      s.setTimestamp(2, Timestamp.from(now));
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(new SessionRow(personRow(r), r.getString(5))) : Optional.empty();
      }
    }
  }

  public static void deleteSession(Connection c, String sessionHash) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE session_hash = ?")) {
      s.setString(1, sessionHash);
      s.executeUpdate();
    }
  }

  // ---------------------------------------------------------------- solve jobs

  /** A background draft. */
  public record JobRow(String id, String programmeId, String cycleId, String strategy, long timeLimitMillis, long seed,
      long baseVersion, String status, Optional<String> bestScore, Optional<String> message, String personId, Instant startedAt,
      Instant heartbeatAt, Optional<Instant> finishedAt) {}

  private static final String JOB_COLUMNS = "id, programme_id, cycle_id, strategy, time_limit_ms, seed, base_version, status,"
      + " best_score, message, person_id, started_at, heartbeat_at, finished_at";

  public static void insertJob(Connection c, JobRow j) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO solve_jobs (" + JOB_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, j.id());
      s.setString(2, j.programmeId());
      s.setString(3, j.cycleId());
      s.setString(4, j.strategy());
      s.setLong(5, j.timeLimitMillis());
      s.setLong(6, j.seed());
      s.setLong(7, j.baseVersion());
      s.setString(8, j.status());
      s.setString(9, j.bestScore().orElse(null));
      s.setString(10, j.message().orElse(null));
      s.setString(11, j.personId());
      s.setTimestamp(12, Timestamp.from(j.startedAt()));
      s.setTimestamp(13, Timestamp.from(j.heartbeatAt()));
      s.setTimestamp(14, j.finishedAt().map(Timestamp::from).orElse(null));
      s.executeUpdate();
    }
  }

  public static Optional<JobRow> job(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + JOB_COLUMNS + " FROM solve_jobs WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(jobRow(r)) : Optional.empty();
      }
    }
  }

  /** The jobs of a cycle, newest first. */
  public static List<JobRow> jobs(Connection c, String programmeId, String cycleId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + JOB_COLUMNS
        + " FROM solve_jobs WHERE programme_id = ? AND cycle_id = ? ORDER BY started_at DESC, id")) {
      s.setString(1, programmeId);
      s.setString(2, cycleId);
      try (ResultSet r = s.executeQuery()) {
        List<JobRow> out = new ArrayList<>();
        while (r.next()) {
          out.add(jobRow(r));
        }
        return out;
      }
    }
  }

  private static JobRow jobRow(ResultSet r) throws SQLException {
    Timestamp finished = r.getTimestamp(14);
    return new JobRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5), r.getLong(6), r.getLong(7),
        r.getString(8), Optional.ofNullable(r.getString(9)), Optional.ofNullable(r.getString(10)), r.getString(11),
        r.getTimestamp(12).toInstant(), r.getTimestamp(13).toInstant(), Optional.ofNullable(finished).map(Timestamp::toInstant));
  }

  /** Records a heartbeat and the best score so far of a job still running; returns its status. */
  public static Optional<String> heartbeat(Connection c, String jobId, Optional<String> bestScore, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE solve_jobs SET heartbeat_at = ?, best_score = COALESCE(?, best_score)"
        + " WHERE id = ? AND status IN ('RUNNING', 'CANCEL_REQUESTED')")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setString(2, bestScore.orElse(null));
      s.setString(3, jobId);
      s.executeUpdate();
    }
    return job(c, jobId).map(JobRow::status);
  }

  /** Sets a job's status (and message) when it is in one of {@code from}; returns whether it was. */
  public static boolean setJobStatus(Connection c, String jobId, List<String> from, String to, Optional<String> message,
      Optional<String> bestScore, Instant now, boolean finished) throws SQLException {
    String in = String.join(", ", from.stream().map(x -> "?").toList());
    try (PreparedStatement s = c.prepareStatement("UPDATE solve_jobs SET status = ?, message = COALESCE(?, message),"
        + " best_score = COALESCE(?, best_score), heartbeat_at = ?, finished_at = ? WHERE id = ? AND status IN (" + in + ")")) {
      s.setString(1, to);
      s.setString(2, message.orElse(null));
      s.setString(3, bestScore.orElse(null));
      s.setTimestamp(4, Timestamp.from(now));
      s.setTimestamp(5, finished ? Timestamp.from(now) : null);
      s.setString(6, jobId);
      for (int i = 0; i < from.size(); i++) {
        s.setString(7 + i, from.get(i));
      }
      return s.executeUpdate() == 1;
    }
  }

  /** Marks every running job whose heartbeat is older than {@code before} as ABANDONED; returns how many. */
  public static int abandonStale(Connection c, Instant before, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE solve_jobs SET status = 'ABANDONED', finished_at = ?,"
        + " message = 'the server solving it stopped; start the draft again' WHERE status IN ('RUNNING', 'CANCEL_REQUESTED')"
        + " AND heartbeat_at < ?")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setTimestamp(2, Timestamp.from(before));
      return s.executeUpdate();
    }
  }
}
