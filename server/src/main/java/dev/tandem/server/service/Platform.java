package dev.tandem.server.service;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Phase;
import dev.tandem.core.cycle.Programme;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.server.auth.Principal;
import dev.tandem.server.auth.Role;
import dev.tandem.server.auth.TokenAuthenticator;
import dev.tandem.server.auth.Tokens;
import dev.tandem.server.service.Refusal.Kind;
import dev.tandem.server.store.Database;
import dev.tandem.server.store.Store;
import dev.tandem.server.store.Store.CycleHead;
import dev.tandem.server.store.Store.CycleRow;
import dev.tandem.server.store.Store.PersonRow;
import dev.tandem.server.store.Store.ProgrammeRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Programmes, cycles and people as the server stores them. Every step of a cycle is core's
 * {@link Cycle} step, applied by {@link #step} in one transaction: load the stored snapshot,
 * check the caller's version and access, run the step, store the result with the next version.
 *
 * <p>Guarantee: a step that is refused (by access, a stale version, or core) changes nothing;
 * an accepted step is committed before this returns. No state is kept in memory between calls,
 * so several servers can share one database. Logs carry person, programme and cycle ids, never
 * names.
 */
public final class Platform {
  private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** How long a browser session lasts. */
  public static final Duration SESSION = Duration.ofDays(14);

  private final Database db;
  private final Clock clock;

  public Platform(Database db, Clock clock) {
    this.db = requireNonNull(db);
    this.clock = requireNonNull(clock);
  }

  public Database database() {
    return db;
  }

  public Clock clock() {
    return clock;
  }

  // ---------------------------------------------------------------- people and sign-in

  /** A newly issued sign-in link: the person and the token (shown once; only its hash is stored). */
  public record Issued(String personId, String token) {}

  /** Creates an administrator with a sign-in link. */
  public Issued createAdmin() {
    return db.inTransaction(c -> {
      String id = Tokens.id("admin");
      Store.insertPerson(c, new PersonRow(id, Role.ADMIN.name(), Optional.empty(), Optional.empty()), now());
      String token = Tokens.random();
      Store.replaceToken(c, id, Tokens.hash(token), now());
      LOG.info("created administrator {}", id);
      return new Issued(id, token);
    });
  }

  /** Creates an administrator when there is none yet (the first start of a server). */
  public Optional<Issued> createFirstAdmin() {
    boolean any = db.inTransaction(Store::anyAdmin);
    return any ? Optional.empty() : Optional.of(createAdmin());
  }

  /**
   * Issues (or re-issues, revoking the old one) the sign-in link of an employee of a programme.
   *
   * @throws Refusal when the caller is not the administrator, or the employee is not in the
   *     organisation of the programme's latest cycle
   */
  public Issued issueLink(Principal who, String programmeId, String employeeId) {
    Access.requireAdmin(who);
    return db.inTransaction(c -> {
      List<CycleRow> cycles = cyclesOf(c, programmeId);
      Cycle latest = cycles.get(cycles.size() - 1).cycle();
      if (latest.snapshot().employees().stream().noneMatch(e -> e.id().equals(employeeId))) {
        throw Refusal.invalid("employee", "unknown employee \"" + employeeId + "\" in programme \"" + programmeId + "\"");
      }
      Optional<PersonRow> existing = Store.participant(c, programmeId, employeeId);
      String personId;
      if (existing.isPresent()) {
        personId = existing.get().id();
      } else {
        personId = Tokens.id("p");
        Store.insertPerson(c, new PersonRow(personId, Role.PARTICIPANT.name(), Optional.of(programmeId), Optional.of(employeeId)), now());
      }
      String token = Tokens.random();
      Store.replaceToken(c, personId, Tokens.hash(token), now());
      LOG.info("person {} issued a sign-in link for person {} of programme {}", who.personId(), personId, programmeId);
      return new Issued(personId, token);
    });
  }

  /** The participants who have a sign-in link in a programme (administrator only). */
  public List<PersonRow> people(Principal who, String programmeId) {
    Access.requireAdmin(who);
    return db.inTransaction(c -> {
      programmeRow(c, programmeId);
      return Store.people(c, programmeId);
    });
  }

  /** A browser session: the cookie value (shown once) and its CSRF token. */
  public record Session(String cookie, String csrf) {}

  /** Opens a browser session for a signed-in person. */
  public Session openSession(Principal who) {
    String cookie = Tokens.random();
    String csrf = Tokens.random();
    db.inTransaction(c -> {
      Store.insertSession(c, Tokens.hash(cookie), who.personId(), csrf, now(), now().plus(SESSION));
      return null;
    });
    return new Session(cookie, csrf);
  }

  /** The person and CSRF token of a live session cookie. */
  public Optional<SignedIn> session(String cookie) {
    if (cookie.isBlank() || cookie.length() > 200) {
      return Optional.empty();
    }
    return db.inTransaction(c -> Store.session(c, Tokens.hash(cookie), now()))
        .map(s -> new SignedIn(TokenAuthenticator.principal(s.person()), Optional.of(s.csrf())));
  }

  /** Ends a browser session. */
  public void closeSession(String cookie) {
    db.inTransaction(c -> {
      Store.deleteSession(c, Tokens.hash(cookie));
      return null;
    });
  }

  /** A signed-in person and, for a browser session, its CSRF token. */
  public record SignedIn(Principal principal, Optional<String> csrf) {}

  // ---------------------------------------------------------------- programmes

  /**
   * Creates a programme whose first cycle starts in the topic call on the organisation of
   * {@code problem}: its competences, employees (with names and skills), policy and history. The
   * problem's mentees and mentors are not enrolled: people enrol in the cycle.
   */
  public ProgrammeRow createProgramme(Principal who, String id, String name, String cycleId, MatchingProblem problem) {
    Access.requireAdmin(who);
    List<ValidationProblem> problems = programmeInputProblems(id, name, cycleId);
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    Cycle first = Cycle.start(cycleId, problem.employees(), problem.competences(), problem.policy(), problem.history());
    return db.inTransaction(c -> {
      if (Store.programme(c, id).isPresent()) {
        throw new Refusal(Kind.CONFLICT, "programme \"" + id + "\" exists already",
            List.of(new ValidationProblem("id", "programme \"" + id + "\" exists already; choose another id")));
      }
      Store.insertProgramme(c, id, name, now());
      Store.insertCycle(c, id, name, 1, first, now());
      Store.log(c, id, cycleId, 1, "create", who.personId(), now());
      LOG.info("person {} created programme {} with cycle {}", who.personId(), id, cycleId);
      return Store.programme(c, id).orElseThrow();
    });
  }

  /** What is wrong with a new programme's id, name and first cycle id (empty when nothing). */
  public static List<ValidationProblem> programmeInputProblems(String id, String name, String cycleId) {
    List<ValidationProblem> problems = new ArrayList<>();
    checkId("id", id, problems);
    checkId("cycle", cycleId, problems);
    if (name.isBlank()) {
      problems.add(new ValidationProblem("name", "the programme needs a name"));
    } else if (name.length() > 200) {
      problems.add(new ValidationProblem("name", "longer than 200 characters"));
    }
    return problems;
  }

  /** The programmes the caller may see: all for the administrator, their own for a participant. */
  public List<ProgrammeRow> programmes(Principal who) {
    return db.inTransaction(c -> {
      List<ProgrammeRow> all = Store.programmes(c);
      return who.isAdmin() ? all : all.stream().filter(p -> who.programmeId().equals(Optional.of(p.id()))).toList();
    });
  }

  /** A programme with its cycles (without snapshots). */
  public record ProgrammeView(ProgrammeRow programme, List<CycleHead> cycles) {}

  public ProgrammeView programme(Principal who, String programmeId) {
    requireMember(who, programmeId);
    return db.inTransaction(c -> new ProgrammeView(programmeRow(c, programmeId), Store.cycleHeads(c, programmeId)));
  }

  /** A stored cycle; for the administrator or a participant of its programme. */
  public CycleRow cycle(Principal who, String programmeId, String cycleId) {
    requireMember(who, programmeId);
    return db.inTransaction(c -> cycleRow(c, programmeId, cycleId));
  }

  /** The latest cycle of a programme. */
  public CycleRow latestCycle(Principal who, String programmeId) {
    requireMember(who, programmeId);
    return db.inTransaction(c -> {
      List<CycleRow> all = cyclesOf(c, programmeId);
      return all.get(all.size() - 1);
    });
  }

  /** The whole programme as core's value (for {@code tandem-programme/1} export); administrator only. */
  public Programme export(Principal who, String programmeId) {
    Access.requireAdmin(who);
    return db.inTransaction(c -> Programme.of(programmeRow(c, programmeId).name(),
        cyclesOf(c, programmeId).stream().map(CycleRow::cycle).toList()));
  }

  /** The step log of a cycle (administrator only). */
  public List<Store.LogRow> log(Principal who, String programmeId, String cycleId) {
    Access.requireAdmin(who);
    return db.inTransaction(c -> {
      cycleRow(c, programmeId, cycleId);
      return Store.log(c, programmeId, cycleId);
    });
  }

  /**
   * Applies one step of core's cycle in one transaction.
   *
   * @param version the version the caller saw; required
   * @param stepName the step's name for the log
   * @param access who may take the step (checked on the stored cycle)
   * @param step the core step
   * @return the stored cycle after the step
   * @throws Refusal for a missing or stale version, a missing programme or cycle, or access
   * @throws dev.tandem.core.cycle.StepRefusedException when core refuses the step
   * @throws dev.tandem.core.model.ValidationException when core finds the input invalid
   */
  public CycleRow step(Principal who, String programmeId, String cycleId, Optional<Long> version, String stepName, Access access,
      UnaryOperator<Cycle> step) {
    requireMember(who, programmeId);
    if (version.isEmpty()) {
      throw Refusal.invalid("version", "required: the version of the cycle this edit is based on (GET the cycle to read it)");
    }
    long expected = version.get();
    return db.inTransaction(c -> {
      ProgrammeRow p = programmeRow(c, programmeId);
      CycleRow row = cycleRow(c, programmeId, cycleId);
      access.check(who, row.cycle());
      if (row.version() != expected) {
        throw stale(cycleId, expected, row.version());
      }
      Cycle next = step.apply(row.cycle());
      if (!Store.updateCycle(c, programmeId, p.name(), next, expected, now())) {
        long current = Store.cycle(c, programmeId, cycleId).map(CycleRow::version).orElse(-1L);
        throw stale(cycleId, expected, current);
      }
      Store.log(c, programmeId, cycleId, expected + 1, stepName, who.personId(), now());
      LOG.info("person {} applied {} to cycle {}/{} (version {})", who.personId(), stepName, programmeId, cycleId, expected + 1);
      return new CycleRow(programmeId, cycleId, row.seq(), expected + 1, next);
    });
  }

  /**
   * Starts the next cycle of a programme from its closed latest one, with core's
   * {@link Programme#startCycle} (the history of the closed cycles carries over).
   */
  public CycleRow nextCycle(Principal who, String programmeId, String cycleId) {
    Access.requireAdmin(who);
    List<ValidationProblem> problems = new ArrayList<>();
    checkId("id", cycleId, problems);
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    return db.inTransaction(c -> {
      ProgrammeRow p = programmeRow(c, programmeId);
      List<CycleRow> rows = cyclesOf(c, programmeId);
      Programme programme = Programme.of(p.name(), rows.stream().map(CycleRow::cycle).toList());
      Cycle last = rows.get(rows.size() - 1).cycle();
      List<Employee> employees = last.snapshot().employees();
      Programme next = programme.startCycle(cycleId, employees, last.snapshot().catalogue(), last.snapshot().policy());
      Cycle started = next.latest().orElseThrow();
      int seq = rows.get(rows.size() - 1).seq() + 1;
      Store.insertCycle(c, programmeId, p.name(), seq, started, now());
      Store.log(c, programmeId, cycleId, 1, "next-cycle", who.personId(), now());
      LOG.info("person {} started cycle {}/{}", who.personId(), programmeId, cycleId);
      return new CycleRow(programmeId, cycleId, seq, 1, started);
    });
  }

  // ---------------------------------------------------------------- helpers

  /** The administrator, or a participant of {@code programmeId}. */
  public static void requireMember(Principal who, String programmeId) {
    if (!who.isAdmin() && !who.programmeId().equals(Optional.of(programmeId))) {
      throw new Refusal(Kind.FORBIDDEN, "person " + who.personId() + " is not a participant of programme \"" + programmeId + "\"");
    }
  }

  static Refusal stale(String cycleId, long expected, long current) {
    return new Refusal(Kind.STALE_VERSION, "cycle \"" + cycleId + "\" is at version " + current + ", the edit was based on version "
        + expected + "; reload and try again",
        List.of(new ValidationProblem("version", expected + " is stale; the current version is " + current)));
  }

  private static ProgrammeRow programmeRow(Connection c, String programmeId) throws SQLException {
    return Store.programme(c, programmeId)
        .orElseThrow(() -> new Refusal(Kind.NOT_FOUND, "no programme \"" + programmeId + "\""));
  }

  private static CycleRow cycleRow(Connection c, String programmeId, String cycleId) throws SQLException {
    programmeRow(c, programmeId);
    return Store.cycle(c, programmeId, cycleId)
        .orElseThrow(() -> new Refusal(Kind.NOT_FOUND, "no cycle \"" + cycleId + "\" in programme \"" + programmeId + "\""));
  }

  private static List<CycleRow> cyclesOf(Connection c, String programmeId) throws SQLException {
    programmeRow(c, programmeId);
    List<CycleRow> rows = Store.cycles(c, programmeId);
    if (rows.isEmpty()) {
      throw new IllegalStateException("programme " + programmeId + " has no cycle");
    }
    return rows;
  }

  private static void checkId(String path, String id, List<ValidationProblem> problems) {
    if (!ID.matcher(id).matches()) {
      problems.add(new ValidationProblem(path, "\"" + id + "\" is not an id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    }
  }

  Instant now() {
    return clock.instant();
  }

  /** Whether the phase allows drafting (the early answer of the draft endpoint; core checks again). */
  static boolean drafting(Cycle cycle) {
    return cycle.phase() == Phase.MATCHING;
  }
}
