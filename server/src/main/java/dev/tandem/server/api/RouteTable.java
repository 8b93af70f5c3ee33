package dev.tandem.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers the API's routes with Javalin and describes each one in the OpenAPI 3 document, so
 * the document is written from the same calls that register the routes.
 */
public final class RouteTable {
  /** One route: method, path (with {@code {param}}), summary, who may call it, and whether it takes a JSON body. */
  public record Route(HandlerType method, String path, String summary, String access, boolean body, boolean pub) {}

  private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z]+)}");
  private final Javalin app;
  private final List<Route> routes = new ArrayList<>();

  public RouteTable(Javalin app) {
    this.app = app;
  }

  public void get(String path, String summary, String access, Handler h) {
    add(new Route(HandlerType.GET, path, summary, access, false, access.equals("public")), h);
  }

  public void post(String path, String summary, String access, Handler h) {
    add(new Route(HandlerType.POST, path, summary, access, true, false), h);
  }

  private void add(Route r, Handler h) {
    routes.add(r);
    app.addHttpHandler(r.method(), r.path(), h);
  }

  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** The OpenAPI 3.0 document of every registered route. */
  public ObjectNode openApi(String version) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Tandem API");
    info.put("version", version);
    info.put("description", "Run reverse-mentoring programmes: programmes, cycles and every step of a cycle. Sign in with"
        + " 'Authorization: Bearer TOKEN' (the token of a personal sign-in link). Every step takes the cycle's 'version'; a"
        + " stale version answers 409 and changes nothing. Errors are application/problem+json with every problem and its path.");
    ObjectNode comps = doc.putObject("components");
    ObjectNode schemes = comps.putObject("securitySchemes");
    schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
    ObjectNode schemas = comps.putObject("schemas");
    ObjectNode problem = schemas.putObject("Problem");
    problem.put("type", "object");
    ObjectNode props = problem.putObject("properties");
    props.putObject("type").put("type", "string");
    props.putObject("title").put("type", "string");
    props.putObject("status").put("type", "integer");
    props.putObject("detail").put("type", "string");
    ObjectNode items = props.putObject("problems").put("type", "array").putObject("items");
    items.put("type", "object");
    items.putObject("properties").putObject("path").put("type", "string");
    ((ObjectNode) items.get("properties")).putObject("message").put("type", "string");
    ObjectNode paths = doc.putObject("paths");
    for (Route r : routes) {
      ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      ObjectNode op = path.putObject(r.method().name().toLowerCase(Locale.ROOT));
      op.put("summary", r.summary());
      op.put("description", "Who: " + r.access() + ".");
      op.put("operationId", operationId(r));
      ArrayNode params = op.putArray("parameters");
      Matcher m = PARAM.matcher(r.path());
      while (m.find()) {
        ObjectNode p = params.addObject();
        p.put("name", m.group(1)).put("in", "path").put("required", true);
        p.putObject("schema").put("type", "string");
      }
      if (r.pub()) {
        op.putArray("security");
      } else {
        op.putArray("security").addObject().putArray("bearer");
      }
      if (r.body()) {
        op.putObject("requestBody").put("required", false).putObject("content").putObject("application/json")
            .putObject("schema").put("type", "object");
      }
      ObjectNode responses = op.putObject("responses");
      responses.putObject(r.method() == HandlerType.POST ? "200" : "200").put("description", "done")
          .putObject("content").putObject("application/json").putObject("schema").put("type", "object");
      if (!r.pub()) {
        problemResponse(responses, "401", "not signed in");
        problemResponse(responses, "403", "signed in, but not allowed");
        problemResponse(responses, "404", "no such programme, cycle or job");
      }
      if (r.body()) {
        problemResponse(responses, "409", "a stale version, or a step core refuses in this phase");
        problemResponse(responses, "422", "invalid input: every problem with its path");
      }
    }
    return doc;
  }

  private static void problemResponse(ObjectNode responses, String code, String description) {
    responses.putObject(code).put("description", description).putObject("content").putObject("application/problem+json")
        .putObject("schema").put("$ref", "#/components/schemas/Problem");
  }

  private static String operationId(Route r) {
    StringBuilder b = new StringBuilder(r.method().name().toLowerCase(Locale.ROOT));
    for (String part : r.path().split("[/{}-]")) {
      if (!part.isEmpty() && !part.equals("api")) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }
}
