package dev.tandem.server;

import dev.tandem.core.cycle.StepRefusedException;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.server.api.ApiRoutes;
import dev.tandem.server.api.Json;
import dev.tandem.server.api.RouteTable;
import dev.tandem.server.auth.Authenticator;
import dev.tandem.server.auth.Principal;
import dev.tandem.server.auth.TokenAuthenticator;
import dev.tandem.server.auth.Tokens;
import dev.tandem.server.service.Drafts;
import dev.tandem.server.service.Platform;
import dev.tandem.server.service.Platform.SignedIn;
import dev.tandem.server.service.Refusal;
import dev.tandem.server.service.Refusal.Kind;
import dev.tandem.server.store.Database;
import dev.tandem.server.web.Pages;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tandem platform as a running web service: the REST API under {@code /api/}, the pages, the
 * database and the background drafts. Start one with {@link #start}; several may share one
 * PostgreSQL database.
 *
 * <p>Guarantee: every {@code /api/} route but {@code /api/health} and {@code /api/openapi.json}
 * answers 401 without a valid sign-in; errors are {@code application/problem+json} with every
 * problem and its path. A request signed in by the browser session cookie must carry the
 * session's CSRF token (header {@code X-CSRF-Token} or form field {@code csrf}) unless it is a
 * GET.
 */
public final class TandemServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TandemServer.class);
  /** The browser session cookie. */
  public static final String COOKIE = "tandem_session";
  /** The request attribute holding the session's CSRF token, when signed in by cookie. */
  public static final String CSRF = "tandem.csrf";

  private final ServerConfig config;
  private final Database db;
  private final Platform platform;
  private final Drafts drafts;
  private final Authenticator authenticator;
  private final Javalin app;
  private final RouteTable routes;

  private TandemServer(ServerConfig config, Database db, Authenticator authenticator, StrategyRegistry registry, Clock clock) {
    this.config = config;
    this.db = db;
    this.platform = new Platform(db, clock);
    this.drafts = new Drafts(platform, registry, config.draftThreads(), config.draftQueue(), config.heartbeat(), config.staleAfter());
    this.authenticator = authenticator;
    this.app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = 20_000_000L;
      c.jsonMapper(new io.javalin.json.JavalinJackson(Json.MAPPER, false));
    });
    this.routes = new RouteTable(app);
  }

  /** Starts with the built-in sign-in links and the standard strategies. */
  public static TandemServer start(ServerConfig config) {
    return builder(config).start();
  }

  /** A server with non-default parts: another sign-in, other strategies, another clock. */
  public static Builder builder(ServerConfig config) {
    return new Builder(config);
  }

  /** Builds and starts a {@link TandemServer}. */
  public static final class Builder {
    private final ServerConfig config;
    private Optional<Authenticator> authenticator = Optional.empty();
    private StrategyRegistry strategies = StrategyRegistry.standard();
    private Clock clock = Clock.systemUTC();

    private Builder(ServerConfig config) {
      this.config = config;
    }

    /** How credentials become people (a host's single sign-on); default the built-in sign-in links. */
    public Builder authenticator(Authenticator value) {
      authenticator = Optional.of(value);
      return this;
    }

    /** The strategies drafts may use; default {@link StrategyRegistry#standard()}. */
    public Builder strategies(StrategyRegistry value) {
      strategies = value;
      return this;
    }

    public Builder clock(Clock value) {
      clock = value;
      return this;
    }

    /** Opens the database (migrating it) and starts listening. */
    public TandemServer start() {
      Database db = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword());
      try {
        TandemServer s = new TandemServer(config, db, authenticator.orElseGet(() -> new TokenAuthenticator(db)), strategies, clock);
        s.wire();
        s.app.start(config.host(), config.port());
        LOG.info("Tandem listening on port {}", s.app.port());
        return s;
      } catch (RuntimeException e) {
        db.close();
        throw e;
      }
    }
  }

  public int port() {
    return app.port();
  }

  /** The address people reach the server at. */
  public String baseUrl() {
    return config.publicUrl().orElse("http://localhost:" + port());
  }

  /** The personal sign-in URL of a token. */
  public String signInUrl(String token) {
    return baseUrl() + "/signin/" + token;
  }

  public Platform platform() {
    return platform;
  }

  public Drafts drafts() {
    return drafts;
  }

  /** Every registered API route (for the OpenAPI check). */
  public List<RouteTable.Route> apiRoutes() {
    return routes.routes();
  }

  /** The routes Javalin actually serves, as {@code METHOD path}. */
  public List<String> servedRoutes() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(e -> e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath())
        .collect(Collectors.toList());
  }

  private void wire() {
    app.before("/api/*", this::signIn);
    app.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
    new ApiRoutes(platform, drafts, this::signInUrl).register(routes, version());
    new Pages(platform, drafts, this::signInUrl, authenticator).register(app);
    app.exception(Refusal.class, (e, ctx) -> problem(ctx, e.kind().status, e.kind().name().toLowerCase().replace('_', '-'), e.kind().title,
        e.getMessage(), e.problems()));
    app.exception(StepRefusedException.class, (e, ctx) -> problem(ctx, 409, "step-refused", "step refused in phase " + e.phase(),
        e.getMessage(), e.missing().stream().map(m -> new ValidationProblem(e.step(), m)).toList()));
    app.exception(ValidationException.class, (e, ctx) -> problem(ctx, 422, "invalid", "invalid input",
        e.problems().size() + " problem(s)", e.problems()));
    app.exception(Exception.class, (e, ctx) -> {
      String incident = Tokens.id("incident");
      LOG.error("incident {} on {} {}", incident, ctx.method(), ctx.matchedPath(), e);
      problem(ctx, 500, "internal", "internal error", "something went wrong on the server (incident " + incident + ")", List.of());
    });
    app.error(404, ctx -> {
      String type = ctx.res().getContentType();
      if (ctx.path().startsWith("/api/") && (type == null || !type.contains("problem"))) {
        problem(ctx, 404, "not-found", "not found", "no such endpoint: " + ctx.method() + " " + ctx.path(), List.of());
      }
    });
  }

  private static String version() {
    return Optional.ofNullable(TandemServer.class.getPackage().getImplementationVersion()).orElse("dev");
  }

  /** Resolves the bearer token or the session cookie; refuses 401 except for the public routes. */
  private void signIn(Context ctx) {
    String path = ctx.path();
    if (path.equals("/api/health") || path.equals("/api/openapi.json")) {
      return;
    }
    Optional<Principal> who = Optional.empty();
    String auth = ctx.header("Authorization");
    if (auth != null) {
      if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw new Refusal(Kind.UNAUTHORIZED, "the Authorization header must be 'Bearer TOKEN'");
      }
      who = authenticator.authenticate(auth.substring(7).trim());
      if (who.isEmpty()) {
        throw new Refusal(Kind.UNAUTHORIZED, "the token is unknown or was revoked; ask the administrator for a new sign-in link");
      }
    } else {
      Optional<SignedIn> s = Optional.ofNullable(ctx.cookie(COOKIE)).flatMap(platform::session);
      if (s.isPresent()) {
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
          String sent = Optional.ofNullable(ctx.header("X-CSRF-Token")).orElse("");
          if (!Tokens.equalsConstantTime(sent, s.get().csrf().orElse("\0"))) {
            throw new Refusal(Kind.FORBIDDEN, "a request signed in by the browser session needs the session's X-CSRF-Token header");
          }
        }
        who = Optional.of(s.get().principal());
      }
    }
    if (who.isEmpty()) {
      throw new Refusal(Kind.UNAUTHORIZED, "sign in: send 'Authorization: Bearer TOKEN' with the token of your personal sign-in link");
    }
    ctx.attribute(ApiRoutes.PRINCIPAL, who.get());
  }

  static void problem(Context ctx, int status, String type, String title, String detail, List<ValidationProblem> problems) {
    if (!ctx.path().startsWith("/api/") && Pages.handles(ctx)) {
      Pages.error(ctx, status, title, detail, problems);
      return;
    }
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", "urn:tandem:problem:" + type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("problems", problems.stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList());
    try {
      ctx.status(status).contentType("application/problem+json").result(Json.MAPPER.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
    drafts.close();
    db.close();
  }
}
