package dev.tandem.server.web;

import static dev.tandem.server.web.Html.attr;

import dev.tandem.core.model.ValidationProblem;
import dev.tandem.server.service.Platform.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTML form of a step: id {@code form-STEP}, the session's CSRF token, the cycle version the
 * edit is based on, labelled inputs with ids {@code STEP-FIELD}, and, when this form was refused,
 * its problems inside it with the fields they concern marked {@code aria-invalid}.
 */
final class Form {
  private final String step;
  private final String action;
  private final SignedIn session;
  private final Optional<FormError> error;
  private final Optional<Long> version;
  private final Html fields = new Html();
  private final java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
  private String title = "";
  private boolean inline;
  private String suffix = "";

  Form(String step, String action, SignedIn session, Optional<FormError> error, Optional<Long> version) {
    this.step = step;
    this.action = action;
    this.session = session;
    this.error = error.filter(e -> e.step().equals(step));
    this.version = version;
  }

  Form title(String value) {
    title = value;
    return this;
  }

  /** A one-button form inside a table row or list. */
  Form inline() {
    inline = true;
    return this;
  }

  /** Distinguishes several forms of the same step on one page (e.g. per pair). */
  Form idSuffix(String value) {
    suffix = "-" + value.replaceAll("[^A-Za-z0-9_-]", "_");
    return this;
  }

  private String id(String field) {
    return step + suffix + "-" + field;
  }

  private List<ValidationProblem> problemsOf(String name) {
    return error.map(e -> e.problems().stream().filter(p -> e.concerns(name, p)).toList()).orElse(List.of());
  }

  private void fieldErrors(String name) {
    for (ValidationProblem p : problemsOf(name)) {
      fields.el("span", "class=\"field-error\" " + attr("id", id(name) + "-error"), p.message());
    }
  }

  private String invalid(String name) {
    return problemsOf(name).isEmpty() ? "" : " aria-invalid=\"true\" " + attr("aria-describedby", id(name) + "-error");
  }

  void input(String name, String label, String type, String value, String hint) {
    labels.put(name, label);
    fields.raw("<p><label " + attr("for", id(name)) + ">").text(label).raw("</label> ");
    fields.raw("<input " + attr("type", type) + " " + attr("id", id(name)) + " " + attr("name", name) + " " + attr("value", value)
        + (hint.isEmpty() ? "" : " " + attr("placeholder", hint)) + invalid(name) + "> ");
    fieldErrors(name);
    fields.raw("</p>");
  }

  void textarea(String name, String label, String value, String hint) {
    labels.put(name, label);
    fields.raw("<p><label " + attr("for", id(name)) + ">").text(label).raw("</label><br>");
    fields.raw("<textarea rows=\"3\" cols=\"60\" " + attr("id", id(name)) + " " + attr("name", name)
        + (hint.isEmpty() ? "" : " " + attr("placeholder", hint)) + invalid(name) + ">").text(value).raw("</textarea> ");
    fieldErrors(name);
    fields.raw("</p>");
  }

  void checkbox(String name, String label, boolean checked) {
    labels.put(name, label);
    fields.raw("<p><input type=\"checkbox\" value=\"true\" " + attr("id", id(name)) + " " + attr("name", name) + (checked ? " checked" : "")
        + invalid(name) + "> <label " + attr("for", id(name)) + ">").text(label).raw("</label> ");
    fieldErrors(name);
    fields.raw("</p>");
  }

  void select(String name, String label, Map<String, String> options) {
    select(name, label, options, "");
  }

  void select(String name, String label, Map<String, String> options, String selected) {
    labels.put(name, label);
    fields.raw("<p><label " + attr("for", id(name)) + ">").text(label).raw("</label> ");
    fields.raw("<select " + attr("id", id(name)) + " " + attr("name", name) + invalid(name) + ">");
    options.forEach((v, l) -> fields.raw("<option " + attr("value", v) + (v.equals(selected) ? " selected" : "") + ">").text(l).raw("</option>"));
    fields.raw("</select> ");
    fieldErrors(name);
    fields.raw("</p>");
  }

  void hidden(String name, String value) {
    fields.raw("<input type=\"hidden\" " + attr("name", name) + " " + attr("value", value) + ">");
  }

  Form submit(String label) {
    fields.raw("<button type=\"submit\" " + attr("id", "submit-" + step + suffix) + ">").text(label).raw("</button>");
    return this;
  }

  @Override
  public String toString() {
    Html h = new Html();
    h.raw("<form method=\"post\" " + attr("action", action) + " " + attr("id", "form-" + step + suffix)
        + (inline ? " class=\"inline\"" : " class=\"step\"") + ">");
    if (!title.isEmpty()) {
      h.el("h3", "", title);
    }
    error.ifPresent(e -> h.raw(e.render(labels)));
    h.raw("<input type=\"hidden\" name=\"csrf\" " + attr("value", session.csrf().orElse("")) + ">");
    version.ifPresent(v -> h.raw("<input type=\"hidden\" name=\"version\" " + attr("value", v) + ">"));
    h.raw(fields.toString());
    h.raw("</form>");
    return h.toString();
  }
}
