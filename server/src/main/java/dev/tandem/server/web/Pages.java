package dev.tandem.server.web;

import static dev.tandem.server.web.Html.attr;
import static dev.tandem.server.web.Html.esc;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.CycleReport;
import dev.tandem.core.cycle.FeedbackKey;
import dev.tandem.core.cycle.KickOff;
import dev.tandem.core.cycle.Phase;
import dev.tandem.core.cycle.ReviewEntry;
import dev.tandem.core.cycle.StepRefusedException;
import dev.tandem.core.cycle.TopicSuggestion;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.server.TandemServer;
import dev.tandem.server.api.ApiRoutes;
import dev.tandem.server.api.Body;
import dev.tandem.server.api.Steps;
import dev.tandem.server.api.Views;
import dev.tandem.server.auth.Authenticator;
import dev.tandem.server.auth.Principal;
import dev.tandem.server.auth.Tokens;
import dev.tandem.server.service.Drafts;
import dev.tandem.server.service.Platform;
import dev.tandem.server.service.Platform.Issued;
import dev.tandem.server.service.Platform.SignedIn;
import dev.tandem.server.service.Refusal;
import dev.tandem.server.service.Refusal.Kind;
import dev.tandem.server.store.Store.CycleHead;
import dev.tandem.server.store.Store.CycleRow;
import dev.tandem.server.store.Store.JobRow;
import dev.tandem.server.store.Store.ProgrammeRow;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The server-rendered pages: sign-in, the administrator's programme and cycle pages (one section
 * per phase, each step a form), and a participant's own page. Forms post to the same steps as
 * the API ({@link Steps}); a refused form is shown again with every problem in words inside the
 * form that caused it ({@code role="alert"}, id {@code errors-STEP}). The only script polls a
 * running draft's progress.
 *
 * <p>Stable hooks for browser tests: every form has id {@code form-STEP} (e.g.
 * {@code form-announce-topic}), every input id {@code STEP-FIELD} with a {@code <label>}, every
 * submit button id {@code submit-STEP}; the phase is in {@code #phase}, the version in
 * {@code #version}, the last outcome in {@code #notice}.
 */
public final class Pages {
  private static final String PAGE = "tandem.page";
  private static final String HTML = "text/html; charset=utf-8";
  private final Platform platform;
  private final Drafts drafts;
  private final ApiRoutes.SignInLinks links;
  private final Authenticator authenticator;

  public Pages(Platform platform, Drafts drafts, ApiRoutes.SignInLinks links, Authenticator authenticator) {
    this.platform = platform;
    this.drafts = drafts;
    this.links = links;
    this.authenticator = authenticator;
  }

  /** Whether a request is for a page (its errors render as a page, not as problem JSON). */
  public static boolean handles(Context ctx) {
    return ctx.attribute(PAGE) != null;
  }

  public void register(Javalin app) {
    app.before(ctx -> {
      if (!ctx.path().startsWith("/api/")) {
        ctx.attribute(PAGE, Boolean.TRUE);
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
      }
    });
    app.get("/static/tandem.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(resource("static/tandem.css")));
    app.get("/static/progress.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(resource("static/progress.js")));
    app.get("/signin/{token}", this::signIn);
    app.post("/signout", ctx -> {
      SignedIn s = signedIn(ctx);
      checkCsrf(ctx, s);
      platform.closeSession(ctx.cookie(TandemServer.COOKIE));
      ctx.removeCookie(TandemServer.COOKIE, "/");
      ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    });
    app.get("/", this::home);
    app.post("/programmes", this::createProgramme);
    app.get("/programmes/{programme}", ctx -> {
      SignedIn s = signedIn(ctx);
      CycleRow latest = platform.latestCycle(s.principal(), ctx.pathParam("programme"));
      ctx.redirect(s.principal().isAdmin() ? cyclePath(latest) : "/me");
    });
    app.get("/programmes/{programme}/cycles/{cycle}", ctx -> {
      SignedIn s = signedIn(ctx);
      adminCyclePage(ctx, s, Optional.empty());
    });
    app.post("/programmes/{programme}/cycles/{cycle}/drafts", this::startDraft);
    app.post("/programmes/{programme}/cycles/{cycle}/drafts/{job}/cancel", ctx -> {
      SignedIn s = signedIn(ctx);
      checkCsrf(ctx, s);
      drafts.cancel(s.principal(), ctx.pathParam("programme"), ctx.pathParam("cycle"), ctx.pathParam("job"));
      ctx.redirect(cyclePath(ctx) + "?job=" + ctx.pathParam("job") + "#matching", io.javalin.http.HttpStatus.SEE_OTHER);
    });
    app.post("/programmes/{programme}/cycles/{cycle}/{step}", this::formStep);
    app.post("/programmes/{programme}/people", this::issueLink);
    app.post("/programmes/{programme}/cycles", this::nextCycle);
    app.get("/me", this::participantPage);
  }

  // ---------------------------------------------------------------- sign-in

  private void signIn(Context ctx) {
    Optional<Principal> who = authenticator.authenticate(ctx.pathParam("token"));
    if (who.isEmpty()) {
      ctx.status(401).contentType(HTML).result(layout("Sign-in link not valid", Optional.empty(), new Html()
          .el("h1", "", "This sign-in link is not valid")
          .el("p", "id=\"notice\" role=\"alert\"", "The link is unknown or was replaced by a newer one. Ask the programme administrator for a new personal link.")
          .toString()));
      return;
    }
    Platform.Session s = platform.openSession(who.get());
    ctx.cookie(new Cookie(TandemServer.COOKIE, s.cookie(), "/", (int) Platform.SESSION.toSeconds(), secure(ctx), 0, true, null, null,
        SameSite.STRICT));
    ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static boolean secure(Context ctx) {
    return ctx.scheme().equals("https") || "https".equals(ctx.header("X-Forwarded-Proto"));
  }

  private SignedIn signedIn(Context ctx) {
    Optional<SignedIn> s = Optional.ofNullable(ctx.cookie(TandemServer.COOKIE)).flatMap(platform::session);
    if (s.isEmpty()) {
      throw new Refusal(Kind.UNAUTHORIZED, "Open your personal sign-in link to continue.");
    }
    return s.get();
  }

  private static void checkCsrf(Context ctx, SignedIn s) {
    String sent = Optional.ofNullable(ctx.formParam("csrf")).orElse("");
    if (!Tokens.equalsConstantTime(sent, s.csrf().orElse("\0"))) {
      throw new Refusal(Kind.FORBIDDEN, "This form is out of date (security token mismatch). Reload the page and try again.");
    }
  }

  // ---------------------------------------------------------------- home and programmes

  private void home(Context ctx) {
    Optional<SignedIn> s = Optional.ofNullable(ctx.cookie(TandemServer.COOKIE)).flatMap(platform::session);
    if (s.isEmpty()) {
      ctx.contentType(HTML).result(layout("Tandem", Optional.empty(), new Html().el("h1", "", "Tandem")
          .el("p", "id=\"notice\"", "Open the personal sign-in link you received from the programme administrator.").toString()));
      return;
    }
    if (!s.get().principal().isAdmin()) {
      ctx.redirect("/me");
      return;
    }
    ctx.contentType(HTML).result(layout("Programmes", s, homeBody(s.get(), Optional.empty(), Map.of())));
  }

  private String homeBody(SignedIn s, Optional<FormError> error, Map<String, String> typed) {
    Html h = new Html().el("h1", "", "Programmes");
    List<ProgrammeRow> all = platform.programmes(s.principal());
    if (all.isEmpty()) {
      h.el("p", "", "No programme yet. Create the first one below.");
    } else {
      h.open("ul", "id=\"programmes\"");
      for (ProgrammeRow p : all) {
        h.open("li", "").raw("<a " + attr("href", "/programmes/" + p.id()) + " " + attr("id", "programme-" + p.id()) + ">")
            .text(p.name()).raw("</a> ").el("span", "class=\"muted\"", "(" + p.id() + ")").close("li");
      }
      h.close("ul");
    }
    h.el("h2", "", "Create a programme");
    h.el("p", "", "Upload the organisation as a tandem-problem/1 file, or paste the HR CSV exports (employees, and optionally"
        + " the competence catalogue). The first cycle starts with the topic call.");
    Form f = new Form("create-programme", "/programmes", s, error, Optional.empty());
    f.input("id", "Programme id", "text", typed.getOrDefault("id", ""), "letters, digits, '.', '_' or '-'");
    f.input("name", "Name", "text", typed.getOrDefault("name", ""), "");
    f.input("cycle", "First cycle id", "text", typed.getOrDefault("cycle", "1"), "");
    f.textarea("problem", "Organisation as tandem-problem/1 (JSON)", typed.getOrDefault("problem", ""),
        "paste the file's content, or leave empty and use the CSV fields");
    f.textarea("employeesCsv", "Employees CSV (id,department,level,manager,name,skills)", typed.getOrDefault("employeesCsv", ""), "");
    f.textarea("competencesCsv", "Competences CSV (id,name,diversity), optional", typed.getOrDefault("competencesCsv", ""), "");
    f.submit("Create programme");
    h.raw(f.toString());
    return h.toString();
  }

  private void createProgramme(Context ctx) {
    SignedIn s = signedIn(ctx);
    checkCsrf(ctx, s);
    Map<String, String> typed = new LinkedHashMap<>();
    for (String k : List.of("id", "name", "cycle", "problem", "employeesCsv", "competencesCsv")) {
      typed.put(k, param(ctx, k));
    }
    try {
      String id = typed.get("id");
      String name = typed.get("name").isBlank() ? id : typed.get("name");
      String cycle = typed.get("cycle").isBlank() ? "1" : typed.get("cycle");
      List<ValidationProblem> problems = new ArrayList<>(Platform.programmeInputProblems(id, name, cycle));
      MatchingProblem problem = null;
      try {
        if (!typed.get("problem").isBlank()) {
          problem = ApiRoutes.problemFromText(typed.get("problem"));
        } else if (!typed.get("employeesCsv").isBlank()) {
          problem = ApiRoutes.csvOf(typed.get("employeesCsv"), Optional.of(typed.get("competencesCsv")), Optional.empty(), Optional.empty(), name);
        } else {
          problems.add(new ValidationProblem("problem", "give the organisation: a tandem-problem/1 document, or the employees CSV"));
        }
      } catch (Refusal r) {
        problems.addAll(r.problems());
      }
      if (!problems.isEmpty()) {
        throw Refusal.invalid(problems);
      }
      ProgrammeRow p = platform.createProgramme(s.principal(), id, name, cycle, problem);
      ctx.redirect("/programmes/" + p.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (Refusal | ValidationException | StepRefusedException e) {
      ctx.status(statusOf(e)).contentType(HTML).result(layout("Programmes", Optional.of(s),
          homeBody(s, Optional.of(FormError.of("create-programme", e)), typed)));
    }
  }

  // ---------------------------------------------------------------- the administrator's cycle page

  private void adminCyclePage(Context ctx, SignedIn s, Optional<FormError> error) {
    adminCyclePage(ctx, s, ctx.pathParam("programme"), ctx.pathParam("cycle"), error);
  }

  private void adminCyclePage(Context ctx, SignedIn s, String pid, String cid, Optional<FormError> error) {
    Principal who = s.principal();
    if (!who.isAdmin()) {
      ctx.redirect("/me");
      return;
    }
    Platform.ProgrammeView pv = platform.programme(who, pid);
    CycleRow row = platform.cycle(who, pid, cid);
    Cycle c = row.cycle();
    Html h = new Html();
    h.raw("<nav aria-label=\"breadcrumb\"><a href=\"/\">Programmes</a> / ").text(pv.programme().name()).raw("</nav>");
    h.el("h1", "", pv.programme().name() + ": cycle " + c.id());
    h.raw("<p>Cycles: ");
    for (CycleHead head : pv.cycles()) {
      h.raw("<a " + attr("href", "/programmes/" + pid + "/cycles/" + head.id()) + ">").text(head.id() + " (" + label(Phase.valueOf(head.phase())) + ")").raw("</a> ");
    }
    h.raw("</p>");
    phaseBar(h, c.phase(), row.version());
    notice(h, ctx);
    if (error.isPresent() && error.get().step().equals("page")) {
      h.raw(error.get().render());
    }
    Ctx x = new Ctx(s, row, error);
    switch (c.phase()) {
      case TOPIC_CALL -> topicCall(h, x);
      case ENROLMENT -> enrolment(h, x);
      case FRAMEWORK -> framework(h, x);
      case MATCHING -> matching(h, x, Optional.ofNullable(ctx.queryParam("job")));
      case KICK_OFF -> kickOff(h, x);
      case RUNNING -> running(h, x);
      case FEEDBACK -> feedback(h, x);
      case CLOSED -> closed(h, x);
    }
    people(h, x, Optional.empty());
    ctx.contentType(HTML).result(layout(pv.programme().name() + " " + c.id(), Optional.of(s), h.toString()));
  }

  /** What a section of the cycle page needs. */
  private record Ctx(SignedIn s, CycleRow row, Optional<FormError> error) {
    Cycle c() {
      return row.cycle();
    }

    Form form(String step, String title) {
      return new Form(step, stepPath(row, step), s, error, Optional.of(row.version())).title(title);
    }
  }

  private static void phaseBar(Html h, Phase current, long version) {
    h.raw("<ol class=\"phases\" aria-label=\"phases\">");
    for (Phase p : Phase.values()) {
      boolean now = p == current;
      h.raw("<li" + (now ? " aria-current=\"step\" class=\"current\"" : p.compareTo(current) < 0 ? " class=\"done\"" : "") + ">")
          .text(label(p)).raw("</li>");
    }
    h.raw("</ol>");
    h.raw("<p>Phase: <strong id=\"phase\" " + attr("data-phase", current.name()) + " " + attr("data-version", version) + ">")
        .text(label(current)).raw("</strong></p>");
  }

  private static String label(Phase p) {
    return switch (p) {
      case TOPIC_CALL -> "Topic call";
      case ENROLMENT -> "Enrolment";
      case FRAMEWORK -> "Framework";
      case MATCHING -> "Matching";
      case KICK_OFF -> "Kick-off";
      case RUNNING -> "Running";
      case FEEDBACK -> "Feedback";
      case CLOSED -> "Closed";
    };
  }

  private static void notice(Html h, Context ctx) {
    String done = ctx.queryParam("done");
    if (done != null && Steps.find(done).isPresent()) {
      h.el("p", "id=\"notice\" role=\"status\" class=\"ok\"", "Done: " + done.replace('-', ' ') + ".");
    } else if (ctx.queryParam("link") != null) {
      h.el("p", "id=\"notice\" role=\"status\" class=\"ok\"", "Sign-in link issued.");
    }
  }

  private void topicCall(Html h, Ctx x) {
    Cycle c = x.c();
    h.el("h2", "id=\"topic-call\"", "Topic call");
    h.el("p", "", "Announce the topics on which management wants input, with a target number of pairs where it matters.");
    topicsTable(h, c);
    Form f = x.form("announce-topic", "Announce a topic");
    f.select("competence", "Topic", c.snapshot().catalogue().stream()
        .filter(k -> c.topics().stream().noneMatch(t -> t.competence().equals(k.id())))
        .collect(Collectors.toMap(Competence::id, k -> k.name() + " (" + k.id() + ")", (a, b) -> a, LinkedHashMap::new)));
    f.input("targetPairs", "Target pairs (optional)", "number", "", "");
    f.submit("Announce");
    h.raw(f.toString());
    h.raw(x.form("open-enrolment", "Open enrolment").submit("Open enrolment").toString());
  }

  private static void topicsTable(Html h, Cycle c) {
    if (c.topics().isEmpty()) {
      h.el("p", "id=\"topics\"", "No topic announced yet.");
      return;
    }
    h.raw("<table id=\"topics\"><caption>Announced topics</caption><thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">Target pairs</th></tr></thead><tbody>");
    for (var t : c.topics()) {
      h.raw("<tr><td>").text(name(c, t.competence())).raw("</td><td>")
          .text(t.targetPairs().isPresent() ? String.valueOf(t.targetPairs().getAsInt()) : "–").raw("</td></tr>");
    }
    h.raw("</tbody></table>");
  }

  private void enrolment(Html h, Ctx x) {
    Cycle c = x.c();
    h.el("h2", "id=\"enrolment\"", "Enrolment");
    enrolledTables(h, c);
    h.el("h3", "", "Topic demand against mentor supply");
    h.raw("<table id=\"demand\"><thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">Mentees asking</th><th scope=\"col\">Mentors offering</th><th scope=\"col\">Mentor capacity</th><th scope=\"col\">Target pairs</th></tr></thead><tbody>");
    for (var t : c.topics()) {
      long asking = c.mentees().stream().filter(m -> m.topics().stream().anyMatch(q -> q.competence().equals(t.competence()))).count();
      List<Mentor> offering = c.mentors().stream().filter(m -> m.competences().stream().anyMatch(q -> q.competence().equals(t.competence()))).toList();
      h.raw("<tr><td>").text(name(c, t.competence())).raw("</td><td>").text(asking).raw("</td><td>").text(offering.size())
          .raw("</td><td>").text(offering.stream().mapToInt(Mentor::capacity).sum()).raw("</td><td>")
          .text(t.targetPairs().isPresent() ? String.valueOf(t.targetPairs().getAsInt()) : "–").raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    h.el("h3", "", "Whom to approach directly");
    List<TopicSuggestion> suggestions = c.suggestMentors();
    h.raw("<ul id=\"suggestions\">");
    for (TopicSuggestion t : suggestions) {
      h.open("li", "").text(name(c, t.competence()) + ": ");
      if (t.candidates().isEmpty()) {
        h.text("nobody in the skills inventory fits");
      }
      for (var cand : t.candidates()) {
        Form f = new Form("nominate-mentor", stepPath(x.row(), "nominate-mentor"), x.s(), Optional.empty(), Optional.of(x.row().version()))
            .inline().idSuffix(cand.employee() + "-" + t.competence());
        f.hidden("employee", cand.employee());
        f.hidden("capacity", "1");
        f.hidden("competences", t.competence() + ":3");
        f.submit("Nominate " + who(c, cand.employee()) + " (could mentor " + cand.servable() + ")");
        h.raw(f.toString());
      }
      h.close("li");
    }
    h.raw("</ul>");
    if (x.error().isPresent() && x.error().get().step().equals("nominate-mentor")) {
      h.raw(x.error().get().render());
    }
    Form me = x.form("enrol-mentee", "Enrol an executive as mentee");
    me.select("employee", "Employee", employees(c));
    me.input("topics", "Topics with weights", "text", "", "e.g. genai:3;online-shop:2 (weight 1 to 3)");
    me.input("priority", "Priority", "number", "1", "");
    me.submit("Enrol mentee");
    h.raw(me.toString());
    Form mo = x.form("enrol-mentor", "Enrol a volunteer mentor");
    mo.select("employee", "Employee", employees(c));
    mo.input("competences", "Competences with proficiency", "text", "", "e.g. genai:4;social-media:3 (1 to 5)");
    mo.input("capacity", "Capacity (mentees)", "number", "1", "");
    mo.submit("Enrol mentor");
    h.raw(mo.toString());
    h.raw(x.form("close-enrolment", "Close enrolment").submit("Close enrolment").toString());
  }

  private static void enrolledTables(Html h, Cycle c) {
    h.raw("<table id=\"mentees\"><caption>Mentees (" + c.mentees().size() + ")</caption><thead><tr><th scope=\"col\">Executive</th><th scope=\"col\">Topics</th><th scope=\"col\">Priority</th></tr></thead><tbody>");
    for (Mentee m : c.mentees()) {
      h.raw("<tr><td>").text(who(c, m.employee())).raw("</td><td>")
          .text(m.topics().stream().map(t -> t.competence() + " (" + t.weight() + ")").collect(Collectors.joining(", ")))
          .raw("</td><td>").text(m.priority()).raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    h.raw("<table id=\"mentors\"><caption>Mentors (" + c.mentors().size() + ")</caption><thead><tr><th scope=\"col\">Junior</th><th scope=\"col\">Competences</th><th scope=\"col\">Capacity</th><th scope=\"col\">How</th></tr></thead><tbody>");
    for (Mentor m : c.mentors()) {
      h.raw("<tr><td>").text(who(c, m.employee())).raw("</td><td>")
          .text(m.competences().stream().map(t -> t.competence() + " (" + t.proficiency() + ")").collect(Collectors.joining(", ")))
          .raw("</td><td>").text(m.capacity()).raw("</td><td>").text(m.nominated() ? "approached" : "volunteered").raw("</td></tr>");
    }
    h.raw("</tbody></table>");
  }

  private void framework(Html h, Ctx x) {
    Cycle c = x.c();
    h.el("h2", "id=\"framework\"", "Framework");
    enrolledTables(h, c);
    var fw = c.framework();
    Form f = x.form("define-framework", "Agree the framework");
    f.input("durationWeeks", "Duration (weeks)", "number", fw.map(v -> String.valueOf(v.durationWeeks())).orElse("12"), "");
    f.input("meetingEveryWeeks", "Meet every (weeks)", "number", fw.map(v -> String.valueOf(v.meetingEveryWeeks())).orElse("2"), "");
    f.input("sessions", "Sessions", "number", fw.map(v -> String.valueOf(v.sessions())).orElse("6"), "");
    f.checkbox("charterAccepted", "The confidentiality charter is accepted", fw.map(v -> v.charterAccepted()).orElse(false));
    f.submit("Save framework");
    h.raw(f.toString());
    h.raw(x.form("start-matching", "Start matching").submit("Start matching").toString());
  }

  private void matching(Html h, Ctx x, Optional<String> jobId) {
    Cycle c = x.c();
    h.el("h2", "id=\"matching\"", "Matching");
    Form d = new Form("draft", "/programmes/" + x.row().programmeId() + "/cycles/" + c.id() + "/drafts", x.s(), x.error(),
        Optional.of(x.row().version())).title("Draft a matching");
    Map<String, String> strategies = new LinkedHashMap<>();
    for (String n : drafts.registry().names()) {
      strategies.put(n, n);
    }
    d.select("strategy", "Strategy", strategies, drafts.registry().names().contains("exact") ? "exact" : "");
    d.input("timeLimitSeconds", "Time limit (seconds)", "number", "10", "");
    d.submit("Draft");
    h.raw(d.toString());
    List<JobRow> jobs = drafts.jobs(x.s().principal(), x.row().programmeId(), c.id());
    Optional<JobRow> job = jobId.flatMap(id -> jobs.stream().filter(j -> j.id().equals(id)).findFirst())
        .or(() -> jobs.stream().findFirst());
    if (job.isPresent()) {
      JobRow j = job.get();
      boolean live = j.status().equals("RUNNING") || j.status().equals("CANCEL_REQUESTED");
      h.raw("<div id=\"job\" " + attr("data-poll", live ? "/api/programmes/" + j.programmeId() + "/cycles/" + j.cycleId() + "/drafts/" + j.id() : "")
          + " aria-live=\"polite\">");
      h.raw("<p>Draft <span id=\"job-id\">").text(j.id()).raw("</span> with ").text(j.strategy()).raw(": <strong id=\"job-status\">")
          .text(j.status()).raw("</strong>; best score so far <span id=\"job-score\">").text(j.bestScore().orElse("–"))
          .raw("</span>. <span id=\"job-message\">").text(j.message().orElse("")).raw("</span></p>");
      if (live) {
        Form cancel = new Form("cancel-draft", "/programmes/" + j.programmeId() + "/cycles/" + j.cycleId() + "/drafts/" + j.id() + "/cancel",
            x.s(), Optional.empty(), Optional.empty()).inline();
        cancel.submit("Cancel draft");
        h.raw(cancel.toString());
      }
      h.raw("</div>");
    }
    Optional<Evaluation> ev = c.evaluation();
    if (ev.isEmpty()) {
      h.el("p", "id=\"review\"", "No draft yet.");
      return;
    }
    MatchingProblem p = c.problem();
    Set<Pair> locked = Set.copyOf(c.snapshot().locked());
    h.el("h3", "", "Review");
    h.raw("<p>Score: <strong id=\"score\">").text(ev.get().score()).raw("</strong></p>");
    if (x.error().isPresent() && List.of("lock", "forbid", "remove").contains(x.error().get().step())) {
      h.raw(x.error().get().render());
    }
    h.raw("<table id=\"pairs\"><caption>Pairs</caption><thead><tr><th scope=\"col\">Mentee</th><th scope=\"col\">Mentor</th><th scope=\"col\">Score</th><th scope=\"col\">Why</th><th scope=\"col\">Actions</th></tr></thead><tbody>");
    for (PairEvaluation pe : ev.get().pairs()) {
      Pair pair = pe.pair();
      h.raw("<tr " + attr("id", "pair-" + pair.mentee()) + "><td>").text(who(c, pair.mentee())).raw("</td><td>").text(who(c, pair.mentor()))
          .raw("</td><td>").text(pe.pairScore()).raw("</td><td>").text(Views.why(p, pair, pe.parts())
              + (pe.eligible() ? "" : "; breaks " + pe.broken()) + (locked.contains(pair) ? "; locked" : "")).raw("</td><td>");
      if (!locked.contains(pair)) {
        for (String step : List.of("lock", "forbid", "remove")) {
          Form f = new Form(step, stepPath(x.row(), step), x.s(), Optional.empty(), Optional.of(x.row().version())).inline()
              .idSuffix(pair.mentee());
          f.hidden("mentee", pair.mentee());
          if (!step.equals("remove")) {
            f.hidden("mentor", pair.mentor());
          }
          f.submit(step.substring(0, 1).toUpperCase(Locale.ROOT) + step.substring(1));
          h.raw(f.toString());
        }
      }
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    h.raw("<table id=\"unmatched\"><caption>Unmatched</caption><thead><tr><th scope=\"col\">Mentee</th><th scope=\"col\">Reason</th></tr></thead><tbody>");
    for (UnmatchedMentee u : ev.get().unmatched()) {
      h.raw("<tr><td>").text(who(c, u.mentee())).raw("</td><td>").text(u.reason() + ", " + u.eligibleMentors() + " eligible mentors"
          + (u.excludedBy().isEmpty() ? "" : ", excluded by " + u.excludedBy())).raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    Form swap = x.form("swap", "Swap two mentees' mentors");
    Map<String, String> matched = new LinkedHashMap<>();
    c.matching().orElseThrow().pairs().forEach(q -> matched.put(q.mentee(), who(c, q.mentee())));
    swap.select("menteeA", "First mentee", matched);
    swap.select("menteeB", "Second mentee", matched);
    swap.submit("Swap");
    h.raw(swap.toString());
    h.el("h3", "", "Review log");
    h.raw("<ol id=\"review-log\">");
    for (ReviewEntry r : c.review()) {
      h.open("li", "").text(Views.reviewEntry(r).get("edit") + ": score " + r.before() + " → " + r.after() + " (change "
          + r.after().minus(r.before()) + ")");
      h.raw("<ul>");
      for (String line : r.explanation()) {
        h.el("li", "", line);
      }
      h.raw("</ul>").close("li");
    }
    h.raw("</ol>");
    h.raw(x.form("publish", "Publish").submit("Publish").toString());
  }

  private void kickOff(Html h, Ctx x) {
    Cycle c = x.c();
    h.el("h2", "id=\"kick-off\"", "Kick-off");
    pairsWithKickOff(h, c);
    Form f = x.form("record-kick-off", "Record a pair's kick-off");
    pairSelect(f, c);
    f.textarea("menteeExpectations", "The executive's expectations", "", "");
    f.textarea("mentorExpectations", "The junior's expectations", "", "");
    f.input("goalDescription", "Goal", "text", "", "");
    f.input("goalMeasureOfSuccess", "Measure of success", "text", "", "");
    f.input("goalTargetDate", "Target date", "date", "", "YYYY-MM-DD");
    f.submit("Record kick-off");
    h.raw(f.toString());
    h.raw(x.form("start-running", "Start the running phase").submit("Start running").toString());
  }

  private static void pairSelect(Form f, Cycle c) {
    Map<String, String> pairs = new LinkedHashMap<>();
    c.matching().orElseThrow().pairs().forEach(p -> pairs.put(p.mentee() + "|" + p.mentor(), who(c, p.mentee()) + " with " + who(c, p.mentor())));
    f.select("pair", "Pair", pairs);
  }

  private static void pairsWithKickOff(Html h, Cycle c) {
    h.raw("<table id=\"running-pairs\"><caption>Pairs</caption><thead><tr><th scope=\"col\">Mentee</th><th scope=\"col\">Mentor</th><th scope=\"col\">Kick-off</th><th scope=\"col\">Sessions held</th></tr></thead><tbody>");
    for (Pair p : c.matching().orElseThrow().pairs()) {
      Optional<KickOff> k = c.kickOffs().stream().filter(q -> q.pair().equals(p)).findFirst();
      long held = c.sessions().stream().filter(s -> s.pair().equals(p) && s.status() == dev.tandem.core.cycle.SessionStatus.HELD).count();
      h.raw("<tr><td>").text(who(c, p.mentee())).raw("</td><td>").text(who(c, p.mentor())).raw("</td><td>")
          .text(k.map(v -> "goal: " + v.goals().get(0).description()).orElse("not yet")).raw("</td><td>").text(held).raw("</td></tr>");
    }
    h.raw("</tbody></table>");
  }

  private void running(Html h, Ctx x) {
    Cycle c = x.c();
    h.el("h2", "id=\"running\"", "Running pairs");
    pairsWithKickOff(h, c);
    Form f = x.form("record-session", "Record a session");
    pairSelect(f, c);
    f.input("date", "Date", "date", "", "YYYY-MM-DD");
    f.select("status", "Status", new LinkedHashMap<>(Map.of("HELD", "held", "CANCELLED", "cancelled")), "HELD");
    f.submit("Record session");
    h.raw(f.toString());
    h.raw(x.form("start-feedback", "Start the feedback round").submit("Start feedback").toString());
  }

  private void feedback(Html h, Ctx x) {
    Cycle c = x.c();
    h.el("h2", "id=\"feedback\"", "Feedback round");
    List<FeedbackKey> missing = c.missingFeedback();
    h.el("p", "", c.feedback().size() + " answers received, " + missing.size() + " missing. Answers are shown only in the report.");
    h.raw("<ul id=\"missing-feedback\">");
    for (FeedbackKey k : missing) {
      String person = k.side() == dev.tandem.core.cycle.Side.MENTEE ? k.pair().mentee() : k.pair().mentor();
      h.el("li", "", who(c, person) + " (" + k.side().name().toLowerCase(Locale.ROOT) + " of " + k.pair() + ")");
    }
    h.raw("</ul>");
    h.raw(x.form("close", "Close the cycle").submit("Close cycle").toString());
  }

  private void closed(Html h, Ctx x) {
    Cycle c = x.c();
    CycleReport r = c.report();
    h.el("h2", "id=\"report\"", "Report");
    var pa = r.participation();
    h.raw("<dl id=\"participation\">");
    dt(h, "Mentees", pa.mentees());
    dt(h, "Mentors", pa.mentors() + " (" + pa.nominatedMentors() + " approached)");
    dt(h, "Pairs formed", pa.pairsFormed() + " (" + pa.pairsEndedEarly() + " ended early)");
    dt(h, "Sessions held", pa.sessionsHeld() + " (" + pa.sessionsCancelled() + " cancelled)");
    dt(h, "Feedback", pa.feedbackReceived() + " of " + pa.feedbackExpected());
    dt(h, "Would take part again", pa.menteesWouldTakePartAgain() + " mentees, " + pa.mentorsWouldTakePartAgain() + " mentors");
    dt(h, "Goals attained", r.goals().goalsAttained() + " of " + r.goals().goals());
    h.raw("</dl>");
    h.el("h3", "", "Ratings by topic");
    h.raw("<table id=\"ratings\"><thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">Pairs</th><th scope=\"col\">Mean rating</th><th scope=\"col\">Chart</th></tr></thead><tbody>");
    for (var t : r.ratingsByTopic()) {
      double mean = t.meanRating().orElse(0);
      h.raw("<tr><td>").text(name(c, t.competence())).raw("</td><td>").text(t.pairs()).raw("</td><td>")
          .text(t.meanRating().isPresent() ? String.format(Locale.ROOT, "%.1f", mean) : "–").raw("</td><td>");
      bar(h, mean / 5.0, String.format(Locale.ROOT, "%.1f of 5", mean));
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    h.el("h3", "", "Topic demand and supply for the next topic call");
    h.raw("<table id=\"balance\"><thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">Mentees asking</th><th scope=\"col\">Mentors offering</th><th scope=\"col\">Pairs formed</th><th scope=\"col\">Chart (pairs of asking)</th></tr></thead><tbody>");
    for (var t : r.topicBalance()) {
      h.raw("<tr><td>").text(name(c, t.competence())).raw("</td><td>").text(t.menteesAsking()).raw("</td><td>").text(t.mentorsOffering())
          .raw("</td><td>").text(t.pairsFormed()).raw("</td><td>");
      bar(h, t.menteesAsking() == 0 ? 0 : Math.min(1.0, t.pairsFormed() / (double) t.menteesAsking()), t.pairsFormed() + " of " + t.menteesAsking());
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    h.el("h3", "", "Learnings");
    h.raw("<ul id=\"learnings\">");
    for (var l : r.learnings()) {
      h.el("li", "", l.text() + " (" + l.side().name().toLowerCase(Locale.ROOT) + ", " + l.pair() + ")");
    }
    h.raw("</ul>");
    Form next = new Form("next-cycle", "/programmes/" + x.row().programmeId() + "/cycles", x.s(), x.error(), Optional.empty())
        .title("Start the next cycle");
    next.input("id", "Next cycle id", "text", "", "");
    next.submit("Start next cycle");
    h.raw(next.toString());
  }

  private static void dt(Html h, String term, Object value) {
    h.el("dt", "", term).el("dd", "", value);
  }

  private static void bar(Html h, double fraction, String label) {
    int pct = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    h.raw("<span class=\"bar\" role=\"img\" " + attr("aria-label", label) + "><span class=\"fill w" + (pct / 5 * 5) + "\"></span></span>");
  }

  private void people(Html h, Ctx x, Optional<Issued> issued) {
    Cycle c = x.c();
    h.el("h2", "id=\"people\"", "Sign-in links");
    h.el("p", "", "Issue a personal sign-in link and send it to the person; issuing again replaces the old link.");
    Form f = new Form("issue-link", "/programmes/" + x.row().programmeId() + "/people", x.s(), x.error(), Optional.empty())
        .title("Issue a sign-in link");
    f.select("employee", "Employee", employees(c));
    f.submit("Issue link");
    h.raw(f.toString());
  }

  private void issueLink(Context ctx) {
    SignedIn s = signedIn(ctx);
    checkCsrf(ctx, s);
    String pid = ctx.pathParam("programme");
    try {
      Issued i = platform.issueLink(s.principal(), pid, param(ctx, "employee"));
      CycleRow latest = platform.latestCycle(s.principal(), pid);
      Html h = new Html().el("h1", "", "Sign-in link issued")
          .el("p", "", "Send this personal link to " + who(latest.cycle(), param(ctx, "employee")) + ". It is shown only now.")
          .raw("<p><input readonly size=\"90\" id=\"issued-link\" aria-label=\"sign-in link\" " + attr("value", links.url(i.token())) + "></p>")
          .raw("<p><a " + attr("href", cyclePath(latest)) + ">Back to the cycle</a></p>");
      ctx.contentType(HTML).result(layout("Sign-in link", Optional.of(s), h.toString()));
    } catch (Refusal e) {
      CycleRow latest = platform.latestCycle(s.principal(), pid);
      redirectWithError(ctx, s, latest, FormError.of("issue-link", e), e);
    }
  }

  private void nextCycle(Context ctx) {
    SignedIn s = signedIn(ctx);
    checkCsrf(ctx, s);
    String pid = ctx.pathParam("programme");
    try {
      CycleRow row = platform.nextCycle(s.principal(), pid, param(ctx, "id"));
      ctx.redirect(cyclePath(row), io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (Refusal | StepRefusedException | ValidationException e) {
      redirectWithError(ctx, s, platform.latestCycle(s.principal(), pid), FormError.of("next-cycle", e), e);
    }
  }

  /** Renders the cycle page again with the error in the form that caused it (no redirect: nothing to lose). */
  private void redirectWithError(Context ctx, SignedIn s, CycleRow row, FormError e, RuntimeException cause) {
    ctx.status(statusOf(cause));
    adminCyclePage(ctx, s, row.programmeId(), row.id(), Optional.of(e));
  }

  private void startDraft(Context ctx) {
    SignedIn s = signedIn(ctx);
    checkCsrf(ctx, s);
    try {
      Body b = Body.ofForm(ctx.formParamMap());
      Optional<Long> version = b.version();
      String strategy = b.optText("strategy").orElse("exact");
      long seconds = b.optLong("timeLimitSeconds").orElse(10L);
      b.done();
      JobRow j = drafts.start(s.principal(), ctx.pathParam("programme"), ctx.pathParam("cycle"), version, strategy, Duration.ofSeconds(seconds), 1);
      ctx.redirect(cyclePath(ctx) + "?job=" + j.id() + "#matching", io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (Refusal | StepRefusedException | ValidationException e) {
      ctx.status(statusOf(e));
      adminCyclePage(ctx, s, Optional.of(FormError.of("draft", e)));
    }
  }

  private void formStep(Context ctx) {
    SignedIn s = signedIn(ctx);
    checkCsrf(ctx, s);
    String name = ctx.pathParam("step");
    Steps.Step step = Steps.find(name).orElseThrow(() -> new Refusal(Kind.NOT_FOUND, "no step \"" + name + "\""));
    Map<String, List<String>> form = new LinkedHashMap<>(ctx.formParamMap());
    List<String> pair = form.remove("pair");
    if (pair != null && !pair.isEmpty() && pair.get(0).contains("|")) {
      String[] mm = pair.get(0).split("\\|", 2);
      form.put("mentee", List.of(mm[0]));
      form.put("mentor", List.of(mm[1]));
    }
    boolean mine = "me".equals(ctx.queryParam("from"));
    try {
      Body b = Body.ofForm(form);
      Optional<Long> version = b.version();
      Steps.Prepared prepared = step.reader().read(b);
      b.done();
      platform.step(s.principal(), ctx.pathParam("programme"), ctx.pathParam("cycle"), version, name, prepared.access(), prepared.step());
      ctx.redirect((mine ? "/me" : cyclePath(ctx)) + "?done=" + name, io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (Refusal | StepRefusedException | ValidationException e) {
      if (e instanceof Refusal r && (r.kind() == Kind.FORBIDDEN || r.kind() == Kind.NOT_FOUND || r.kind() == Kind.UNAUTHORIZED)) {
        throw r;
      }
      ctx.status(statusOf(e));
      if (mine || !s.principal().isAdmin()) {
        participantPage(ctx, s, Optional.of(FormError.of(name, e)));
      } else {
        adminCyclePage(ctx, s, Optional.of(FormError.of(name, e)));
      }
    }
  }

  // ---------------------------------------------------------------- the participant's page

  private void participantPage(Context ctx) {
    participantPage(ctx, signedIn(ctx), Optional.empty());
  }

  private void participantPage(Context ctx, SignedIn s, Optional<FormError> error) {
    Principal who = s.principal();
    if (who.isAdmin()) {
      ctx.redirect("/");
      return;
    }
    String me = who.employeeId().orElseThrow();
    CycleRow row = platform.latestCycle(who, who.programmeId().orElseThrow());
    Cycle c = row.cycle();
    Map<String, Object> mine = Views.mine(row, me);
    Html h = new Html();
    h.el("h1", "", "Hello, " + who(c, me));
    h.el("p", "", "Cycle " + c.id() + " of your organisation's reverse-mentoring programme.");
    phaseBar(h, c.phase(), row.version());
    notice(h, ctx);
    Ctx x = new Ctx(s, row, error);
    Optional<Mentee> asMentee = c.mentees().stream().filter(m -> m.employee().equals(me)).findFirst();
    Optional<Mentor> asMentor = c.mentors().stream().filter(m -> m.employee().equals(me)).findFirst();
    h.el("h2", "id=\"my-enrolment\"", "My enrolment");
    if (asMentee.isPresent()) {
      h.el("p", "id=\"enrolled-mentee\"", "Enrolled as mentee on " + asMentee.get().topics().stream()
          .map(t -> name(c, t.competence()) + " (weight " + t.weight() + ")").collect(Collectors.joining(", ")) + ".");
    }
    if (asMentor.isPresent()) {
      h.el("p", "id=\"enrolled-mentor\"", "Enrolled as mentor" + (asMentor.get().nominated() ? " (approached directly)" : "")
          + " for " + asMentor.get().competences().stream().map(t -> name(c, t.competence()) + " (" + t.proficiency() + ")")
              .collect(Collectors.joining(", ")) + ", capacity " + asMentor.get().capacity() + ".");
    }
    if (c.phase() == Phase.ENROLMENT) {
      h.raw("<p>Topics: ").text(c.topics().stream().map(t -> name(c, t.competence()) + " (" + t.competence() + ")")
          .collect(Collectors.joining(", "))).raw("</p>");
      if (asMentee.isEmpty() && asMentor.isEmpty()) {
        Form fm = mineForm(x, "enrol-mentee", "Enrol as mentee (executive)");
        fm.hidden("employee", me);
        fm.input("topics", "Topics with weights", "text", "", "e.g. genai:3;online-shop:2 (weight 1 to 3)");
        fm.submit("Enrol as mentee");
        h.raw(fm.toString());
        Form fr = mineForm(x, "enrol-mentor", "Volunteer as mentor (junior)");
        fr.hidden("employee", me);
        fr.input("competences", "What you can teach, with proficiency", "text", "", "e.g. genai:4;social-media:3 (1 to 5)");
        fr.input("capacity", "How many executives", "number", "1", "");
        fr.submit("Volunteer as mentor");
        h.raw(fr.toString());
      }
    } else if (asMentee.isEmpty() && asMentor.isEmpty()) {
      h.el("p", "", "You are not enrolled in this cycle.");
    }
    if (mine.get("suggestions") instanceof Map<?, ?> sug) {
      h.el("h2", "id=\"my-suggestions\"", "Suggested mentors");
      h.raw("<ol id=\"suggested-mentors\">");
      for (Object o : (List<?>) sug.get("mentors")) {
        Map<?, ?> m = (Map<?, ?>) o;
        h.el("li", "", who(c, (String) m.get("mentor")) + ": " + m.get("why"));
      }
      h.raw("</ol>");
    }
    List<Pair> pairs = c.matching().filter(m -> c.phase().compareTo(Phase.MATCHING) > 0)
        .map(m -> m.pairs().stream().filter(p -> p.mentee().equals(me) || p.mentor().equals(me)).toList()).orElse(List.of());
    for (Pair p : pairs) {
      boolean isMentee = p.mentee().equals(me);
      String other = isMentee ? p.mentor() : p.mentee();
      h.el("h2", "id=\"my-pair\"", "My pair: " + who(c, other));
      Optional<KickOff> k = c.kickOffs().stream().filter(q -> q.pair().equals(p)).findFirst();
      k.ifPresent(v -> h.el("p", "id=\"my-goal\"", "Goal: " + v.goals().get(0).description() + " (measure: " + v.goals().get(0).measureOfSuccess()
          + ", by " + v.goals().get(0).targetDate() + ")"));
      if (c.phase() == Phase.KICK_OFF || c.phase() == Phase.RUNNING) {
        Form f = mineForm(x, "record-kick-off", "Our kick-off: expectations and goal");
        f.hidden("mentee", p.mentee());
        f.hidden("mentor", p.mentor());
        f.textarea("menteeExpectations", "The executive's expectations", k.map(KickOff::menteeExpectations).orElse(""), "");
        f.textarea("mentorExpectations", "The junior's expectations", k.map(KickOff::mentorExpectations).orElse(""), "");
        f.input("goalDescription", "Goal", "text", "", "");
        f.input("goalMeasureOfSuccess", "Measure of success", "text", "", "");
        f.input("goalTargetDate", "Target date", "date", "", "YYYY-MM-DD");
        f.submit("Save kick-off");
        h.raw(f.toString());
      }
      if (c.phase() == Phase.RUNNING) {
        long held = c.sessions().stream().filter(q -> q.pair().equals(p)).count();
        h.el("p", "id=\"my-sessions\"", held + " session(s) recorded.");
        Form f = mineForm(x, "record-session", "Record a session");
        f.hidden("mentee", p.mentee());
        f.hidden("mentor", p.mentor());
        f.input("date", "Date", "date", "", "YYYY-MM-DD");
        f.select("status", "Status", new LinkedHashMap<>(Map.of("HELD", "held", "CANCELLED", "cancelled")), "HELD");
        f.submit("Record session");
        h.raw(f.toString());
      }
    }
    if (c.phase() == Phase.FEEDBACK) {
      for (Pair p : c.formedPairs()) {
        if (!p.mentee().equals(me) && !p.mentor().equals(me)) {
          continue;
        }
        String side = p.mentee().equals(me) ? "MENTEE" : "MENTOR";
        int goals = c.kickOffs().stream().filter(q -> q.pair().equals(p)).findFirst().map(q -> q.goals().size()).orElse(0);
        h.el("h2", "id=\"my-feedback\"", "My feedback on the pair with " + who(c, side.equals("MENTEE") ? p.mentor() : p.mentee()));
        boolean given = c.feedback().stream().anyMatch(f -> f.pair().equals(p) && f.side().name().equals(side));
        if (given) {
          h.el("p", "id=\"feedback-given\"", "Thank you: your feedback is recorded. You may send it again to replace it.");
        }
        Form f = mineForm(x, "record-feedback", "Feedback");
        f.hidden("mentee", p.mentee());
        f.hidden("mentor", p.mentor());
        f.hidden("side", side);
        f.input("overallRating", "Overall rating (1 to 5)", "number", "", "");
        f.input("goalRatings", "Rating of each goal (1 to 5)", "text", "", goals + " goal(s), e.g. 4");
        f.textarea("learnings", "What you learnt (one per line)", "", "");
        f.checkbox("wouldTakePartAgain", "I would take part again", false);
        f.submit("Send feedback");
        h.raw(f.toString());
      }
    }
    ctx.contentType(HTML).result(layout("My mentoring", Optional.of(s), h.toString()));
  }

  private static Form mineForm(Ctx x, String step, String title) {
    return new Form(step, stepPath(x.row(), step) + "?from=me", x.s(), x.error(), Optional.of(x.row().version())).title(title);
  }

  // ---------------------------------------------------------------- errors and layout

  /** An error page in words (not signed in, not allowed, not found, or a server error). */
  public static void error(Context ctx, int status, String title, String detail, List<ValidationProblem> problems) {
    Html h = new Html().el("h1", "", title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1))
        .el("p", "id=\"notice\" role=\"alert\"", detail);
    if (!problems.isEmpty()) {
      h.raw("<ul>");
      problems.forEach(p -> h.el("li", "", p.path() + ": " + p.message()));
      h.raw("</ul>");
    }
    h.raw("<p><a href=\"/\">Home</a></p>");
    ctx.status(status).contentType(HTML).result(layout(title, Optional.empty(), h.toString()));
  }

  static String layout(String title, Optional<SignedIn> s, String body) {
    Html h = new Html();
    h.raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.el("title", "", title + " · Tandem");
    h.raw("<link rel=\"stylesheet\" href=\"/static/tandem.css\"><script src=\"/static/progress.js\" defer></script></head><body>");
    h.raw("<a class=\"skip\" href=\"#main\">Skip to content</a><header><a href=\"/\" class=\"brand\">Tandem</a>");
    if (s.isPresent()) {
      h.raw("<span class=\"who\">").text(s.get().principal().isAdmin() ? "administrator" : "participant").raw("</span>");
      h.raw("<form method=\"post\" action=\"/signout\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" "
          + attr("value", s.get().csrf().orElse("")) + "><button id=\"submit-signout\">Sign out</button></form>");
    }
    h.raw("</header><main id=\"main\">").raw(body).raw("</main></body></html>");
    return h.toString();
  }

  // ---------------------------------------------------------------- helpers

  static String who(Cycle c, String employee) {
    return c.snapshot().employees().stream().filter(e -> e.id().equals(employee)).findFirst()
        .flatMap(Employee::displayName).map(n -> n + " (" + employee + ")").orElse(employee);
  }

  static String name(Cycle c, String competence) {
    return c.snapshot().catalogue().stream().filter(k -> k.id().equals(competence)).findFirst().map(Competence::name).orElse(competence);
  }

  private static Map<String, String> employees(Cycle c) {
    Map<String, String> out = new LinkedHashMap<>();
    c.snapshot().employees().forEach(e -> out.put(e.id(), who(c, e.id())));
    return out;
  }

  private static String stepPath(CycleRow row, String step) {
    return "/programmes/" + row.programmeId() + "/cycles/" + row.id() + "/" + step;
  }

  private static String cyclePath(CycleRow row) {
    return "/programmes/" + row.programmeId() + "/cycles/" + row.id();
  }

  private static String cyclePath(Context ctx) {
    return "/programmes/" + ctx.pathParam("programme") + "/cycles/" + ctx.pathParam("cycle");
  }

  private static String param(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").trim();
  }

  static int statusOf(RuntimeException e) {
    if (e instanceof Refusal r) {
      return r.kind().status;
    }
    return e instanceof StepRefusedException ? 409 : 422;
  }

  private static String resource(String name) {
    try (var in = Pages.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("missing resource " + name, e);
    }
  }
}
