package dev.tandem.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Phase;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.io.HrCsvImport;
import dev.tandem.io.ProblemFiles;
import dev.tandem.io.ProgrammeFiles;
import dev.tandem.io.ResultFile;
import dev.tandem.io.ResultFiles;
import dev.tandem.server.auth.Principal;
import dev.tandem.server.service.Access;
import dev.tandem.server.service.Drafts;
import dev.tandem.server.service.Platform;
import dev.tandem.server.service.Platform.Issued;
import dev.tandem.server.service.Refusal;
import dev.tandem.server.service.Refusal.Kind;
import dev.tandem.server.store.Snapshots;
import dev.tandem.server.store.Store.CycleRow;
import dev.tandem.server.store.Store.JobRow;
import dev.tandem.server.store.Store.ProgrammeRow;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REST API's routes. Each handler reads its input (collecting every problem), calls
 * {@link Platform} or {@link Drafts}, and answers with a view from {@link Views}.
 */
public final class ApiRoutes {
  /** The request attribute holding the signed-in {@link Principal}. */
  public static final String PRINCIPAL = "tandem.principal";
  private static final String P = "/api/programmes/{programme}";
  private static final String C = P + "/cycles/{cycle}";

  private final Platform platform;
  private final Drafts drafts;
  private final SignInLinks links;

  /** Builds sign-in URLs from tokens. */
  @FunctionalInterface
  public interface SignInLinks {
    String url(String token);
  }

  public ApiRoutes(Platform platform, Drafts drafts, SignInLinks links) {
    this.platform = platform;
    this.drafts = drafts;
    this.links = links;
  }

  public void register(RouteTable t, String version) {
    t.get("/api/health", "Whether the server and its database answer", "public", ctx -> {
      platform.database().inTransaction(c -> c.isValid(2));
      ctx.json(Views.map("status", "UP"));
    });
    t.get("/api/openapi.json", "This document", "public", ctx -> ctx.json(t.openApi(version)));
    t.get("/api/me", "Who is signed in", "anyone signed in", ctx -> {
      Principal p = principal(ctx);
      ctx.json(Views.map("person", p.personId(), "role", p.role().name(), "programme", p.programmeId().orElse(null),
          "employee", p.employeeId().orElse(null)));
    });
    t.get("/api/programmes", "The programmes the caller may see", "anyone signed in", ctx -> ctx.json(Views.map("programmes",
        platform.programmes(principal(ctx)).stream().map(ApiRoutes::programme).toList())));
    t.post("/api/programmes", "Create a programme from a tandem-problem/1 document ('problem') or HR CSV texts ('csv': employees,"
        + " competences, mentees, mentors), with its first cycle ('cycle') in the topic call", "admin", this::createProgramme);
    t.get(P, "A programme and its cycles", "admin, or a participant of the programme", ctx -> {
      Platform.ProgrammeView v = platform.programme(principal(ctx), ctx.pathParam("programme"));
      Map<String, Object> m = programme(v.programme());
      m.put("cycles", v.cycles().stream().map(Views::head).toList());
      ctx.json(m);
    });
    t.get(P + "/export", "The whole programme as tandem-programme/1", "admin", ctx -> ctx.contentType("application/json")
        .result(ProgrammeFiles.toJson(platform.export(principal(ctx), ctx.pathParam("programme")))));
    t.get(P + "/people", "The participants who have a sign-in link", "admin", ctx -> ctx.json(Views.map("people",
        platform.people(principal(ctx), ctx.pathParam("programme")).stream()
            .map(p -> Views.map("person", p.id(), "employee", p.employeeId().orElse(null))).toList())));
    t.post(P + "/people", "Issue (or re-issue, revoking the old one) an employee's personal sign-in link: employee", "admin", ctx -> {
      Access.requireAdmin(principal(ctx));
      Body b = Body.parse(ctx.body());
      String employee = b.text("employee");
      b.done();
      Issued i = platform.issueLink(principal(ctx), ctx.pathParam("programme"), employee);
      ctx.json(Views.map("person", i.personId(), "employee", employee, "token", i.token(), "signInUrl", links.url(i.token())));
    });
    t.post(P + "/cycles", "Start the next cycle ('id') from the closed latest one; history carries over", "admin", ctx -> {
      Access.requireAdmin(principal(ctx));
      Body b = Body.parse(ctx.body());
      String id = b.text("id");
      b.done();
      CycleRow row = platform.nextCycle(principal(ctx), ctx.pathParam("programme"), id);
      ctx.status(201).json(Views.cycle(row));
    });
    t.get(C, "A cycle: the administrator sees all but feedback; a participant sees only their own part", "admin, or a participant",
        ctx -> {
          Principal p = principal(ctx);
          CycleRow row = platform.cycle(p, ctx.pathParam("programme"), ctx.pathParam("cycle"));
          ctx.json(p.isAdmin() ? Views.cycle(row) : Views.mine(row, p.employeeId().orElseThrow()));
        });
    t.get(C + "/mine", "The caller's own enrolment, suggested mentors with their why, pair, kick-off, sessions and feedback",
        "a participant", ctx -> {
          Principal p = principal(ctx);
          if (p.isAdmin()) {
            throw new Refusal(Kind.FORBIDDEN, "the administrator has no enrolment; see the cycle instead");
          }
          ctx.json(Views.mine(platform.cycle(p, ctx.pathParam("programme"), ctx.pathParam("cycle")), p.employeeId().orElseThrow()));
        });
    t.get(C + "/snapshot", "The cycle as tandem-programme/1 (one cycle)", "admin", ctx -> {
      Principal p = principal(ctx);
      Access.requireAdmin(p);
      CycleRow row = platform.cycle(p, ctx.pathParam("programme"), ctx.pathParam("cycle"));
      String name = platform.programme(p, ctx.pathParam("programme")).programme().name();
      ctx.contentType("application/json").result(Snapshots.write(name, row.cycle()));
    });
    t.get(C + "/problem", "The cycle's matching problem as tandem-problem/1", "admin", ctx -> {
      CycleRow row = adminCycle(ctx);
      ctx.contentType("application/json").result(ProblemFiles.toJson(row.cycle().problem()));
    });
    t.get(C + "/result", "The current draft or matching as tandem-result/1", "admin", ctx -> {
      CycleRow row = adminCycle(ctx);
      Cycle c = row.cycle();
      if (c.matching().isEmpty()) {
        throw new Refusal(Kind.NOT_FOUND, "cycle \"" + c.id() + "\" has no draft yet");
      }
      ResultFile r = ResultFile.of(c.problem(), c.snapshot().strategy().orElse("manual"), 1, c.evaluation().orElseThrow(),
          0, 0);
      ctx.contentType("application/json").result(ResultFiles.toJson(r));
    });
    t.get(C + "/log", "Who took which step (person ids)", "admin", ctx -> ctx.json(Views.map("log",
        platform.log(principal(ctx), ctx.pathParam("programme"), ctx.pathParam("cycle")).stream()
            .map(l -> Views.map("version", l.version(), "step", l.step(), "person", l.personId(), "at", l.at().toString())).toList())));
    t.get(C + "/suggestions", "The direct approach: per topic, employees to approach as mentors", "admin", ctx -> {
      CycleRow row = adminCycle(ctx);
      ctx.json(Views.suggestions(row.cycle().suggestMentors()));
    });
    t.get(C + "/review", "The draft: pairs with their why, unmatched with reasons, score, review log", "admin",
        ctx -> ctx.json(Views.review(adminCycle(ctx))));
    t.get(C + "/report", "The closing report (the only place feedback is shown)", "admin", ctx -> {
      CycleRow row = adminCycle(ctx);
      ctx.json(Views.map("programme", row.programmeId(), "cycle", row.id(), "report", row.cycle().report()));
    });
    for (Steps.Step s : Steps.all()) {
      t.post(C + "/" + s.name(), s.summary() + "; with 'version'", s.who(), ctx -> step(ctx, s));
    }
    t.post(C + "/drafts", "Draft a matching in the background: version, strategy, timeLimitSeconds, seed; answers 202 with the job",
        "admin", ctx -> {
          Access.requireAdmin(principal(ctx));
          Body b = Body.parse(ctx.body());
          Optional<Long> base = b.version();
          String strategy = b.optText("strategy").orElse("optaplanner");
          long seconds = b.optLong("timeLimitSeconds").orElse(10L);
          long seed = b.optLong("seed").orElse(1L);
          b.done();
          JobRow j = drafts.start(principal(ctx), ctx.pathParam("programme"), ctx.pathParam("cycle"), base, strategy,
              Duration.ofSeconds(seconds), seed);
          ctx.status(202).json(Views.job(j));
        });
    t.get(C + "/drafts", "The drafts of the cycle, newest first", "admin", ctx -> ctx.json(Views.map("drafts",
        drafts.jobs(principal(ctx), ctx.pathParam("programme"), ctx.pathParam("cycle")).stream().map(Views::job).toList())));
    t.get(C + "/drafts/{job}", "A draft's progress: status and best score so far", "admin", ctx -> ctx.json(Views.job(
        drafts.job(principal(ctx), ctx.pathParam("programme"), ctx.pathParam("cycle"), ctx.pathParam("job")))));
    t.post(C + "/drafts/{job}/cancel", "Stop a running draft; the cycle stays unchanged", "admin", ctx -> ctx.json(Views.job(
        drafts.cancel(principal(ctx), ctx.pathParam("programme"), ctx.pathParam("cycle"), ctx.pathParam("job")))));
    t.get("/api/strategies", "The strategies a draft may use", "anyone signed in", ctx -> {
      principal(ctx);
      ctx.json(Views.map("strategies", List.copyOf(drafts.registry().names())));
    });
  }

  private CycleRow adminCycle(Context ctx) {
    Principal p = principal(ctx);
    Access.requireAdmin(p);
    return platform.cycle(p, ctx.pathParam("programme"), ctx.pathParam("cycle"));
  }

  private void step(Context ctx, Steps.Step s) {
    Principal who = principal(ctx);
    Platform.requireMember(who, ctx.pathParam("programme"));
    if (s.who().equals("admin")) {
      Access.requireAdmin(who);
    }
    Body b = Body.parse(ctx.body());
    Optional<Long> version = b.version();
    Steps.Prepared prepared = s.reader().read(b);
    b.done();
    Principal p = principal(ctx);
    CycleRow row = platform.step(p, ctx.pathParam("programme"), ctx.pathParam("cycle"), version, s.name(), prepared.access(),
        prepared.step());
    Map<String, Object> out = Views.map("step", s.name(), "version", row.version(), "phase", row.cycle().phase().name());
    if (p.isAdmin()) {
      out.put("cycle", Views.cycle(row));
      if (row.cycle().phase() == Phase.MATCHING && !row.cycle().review().isEmpty()) {
        out.put("review", Views.reviewEntry(row.cycle().review().get(row.cycle().review().size() - 1)));
      }
    } else {
      out.put("mine", Views.mine(row, p.employeeId().orElseThrow()));
    }
    ctx.json(out);
  }

  private void createProgramme(Context ctx) {
    Access.requireAdmin(principal(ctx));
    Body b = Body.parse(ctx.body());
    String id = b.text("id");
    String name = b.optText("name").orElse(id);
    String cycle = b.optText("cycle").orElse("1");
    Optional<JsonNode> problem = b.optObject("problem");
    Optional<JsonNode> csv = b.optObject("csv");
    if (problem.isPresent() == csv.isPresent()) {
      b.problem("problem", "give exactly one of 'problem' (tandem-problem/1) or 'csv' (HR CSV texts)");
    }
    b.done();
    MatchingProblem parsed = problem.isPresent() ? problemOf(problem.get()) : csvOf(csv.get(), name);
    ProgrammeRow row = platform.createProgramme(principal(ctx), id, name, cycle, parsed);
    ctx.status(201).json(programme(row));
  }

  static MatchingProblem problemOf(JsonNode node) {
    try {
      return problemFromText(Json.MAPPER.writeValueAsString(node));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a {@code tandem-problem/1} document; its problems come back under {@code problem.}. */
  public static MatchingProblem problemFromText(String json) {
    try {
      return ProblemFiles.parse(json);
    } catch (ValidationException e) {
      throw Refusal.invalid(e.problems().stream().map(p -> new ValidationProblem(p.path().replaceFirst("^\\$", "problem"), p.message()))
          .toList());
    }
  }

  /** Reads HR CSV texts; mentees and mentors may be left out (then nobody is pre-enrolled anyway). */
  public static MatchingProblem csvOf(JsonNode csv, String name) {
    List<ValidationProblem> problems = new ArrayList<>();
    for (var it = csv.fieldNames(); it.hasNext();) {
      String k = it.next();
      if (!List.of("employees", "competences", "mentees", "mentors").contains(k)) {
        problems.add(new ValidationProblem("csv." + k, "unknown key"));
      } else if (!csv.get(k).isTextual()) {
        problems.add(new ValidationProblem("csv." + k, "must be the CSV text"));
      }
    }
    if (!csv.hasNonNull("employees")) {
      problems.add(new ValidationProblem("csv.employees", "required: the employees CSV"));
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    return csvOf(csv.get("employees").asText(), Optional.ofNullable(csv.get("competences")).map(JsonNode::asText),
        Optional.ofNullable(csv.get("mentees")).map(JsonNode::asText), Optional.ofNullable(csv.get("mentors")).map(JsonNode::asText), name);
  }

  /** Reads HR CSV texts with io's {@link HrCsvImport}; problems come back placed by file, row and column. */
  public static MatchingProblem csvOf(String employees, Optional<String> competences, Optional<String> mentees, Optional<String> mentors,
      String name) {
    try {
      HrCsvImport.Builder b = HrCsvImport.builder().name(name).employees("employees.csv", employees)
          .mentees("mentees.csv", mentees.filter(s -> !s.isBlank()).orElse("employee,topics\n"))
          .mentors("mentors.csv", mentors.filter(s -> !s.isBlank()).orElse("employee,competences\n"));
      competences.filter(s -> !s.isBlank()).ifPresent(c -> b.competences("competences.csv", c));
      return b.read();
    } catch (ValidationException e) {
      throw Refusal.invalid(e.problems().stream().map(p -> new ValidationProblem("csv." + p.path(), p.message())).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> programme(ProgrammeRow p) {
    return Views.map("id", p.id(), "name", p.name(), "createdAt", p.createdAt().toString());
  }

  /** The signed-in person of a request (set by the sign-in filter). */
  public static Principal principal(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    if (p == null) {
      throw new Refusal(Kind.UNAUTHORIZED, "sign in: send 'Authorization: Bearer TOKEN' with the token of your personal sign-in link");
    }
    return p;
  }
}
