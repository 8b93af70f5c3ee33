package dev.tandem.server.web;

import dev.tandem.core.cycle.StepRefusedException;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.server.service.Refusal;
import java.util.List;

/**
 * Why a form was refused: the step (the form's id) and every problem in words, shown inside that
 * form as {@code <div role="alert" id="errors-STEP">}.
 */
record FormError(String step, String detail, List<ValidationProblem> problems) {
  static FormError of(String step, RuntimeException e) {
    if (e instanceof Refusal r) {
      return new FormError(step, r.kind() == Refusal.Kind.INVALID ? "Please correct the following." : r.getMessage(), r.problems());
    }
    if (e instanceof StepRefusedException r) {
      return new FormError(step, "Not possible now: " + r.step() + ".", r.missing().stream().map(m -> new ValidationProblem("", m)).toList());
    }
    if (e instanceof ValidationException v) {
      return new FormError(step, "Please correct the following.", v.problems());
    }
    return new FormError(step, e.getMessage(), List.of());
  }

  /** Whether a problem concerns the field {@code name} (its path ends with it, or with {@code name[i]...}). */
  boolean concerns(String name, ValidationProblem p) {
    String path = p.path();
    return path.equals(name) || path.endsWith("." + name) || path.startsWith(name + "[") || path.contains("." + name + "[");
  }

  String render() {
    return render(java.util.Map.of());
  }

  /** The problems in words, each named by the label of the field it concerns when there is one. */
  String render(java.util.Map<String, String> labels) {
    Html h = new Html();
    h.raw("<div class=\"errors\" role=\"alert\" " + Html.attr("id", "errors-" + step) + ">");
    h.el("p", "", detail);
    if (!problems.isEmpty()) {
      h.raw("<ul>");
      for (ValidationProblem p : problems) {
        String label = labels.entrySet().stream().filter(l -> concerns(l.getKey(), p)).map(java.util.Map.Entry::getValue).findFirst()
            .orElse(p.path());
        h.el("li", "", label.isEmpty() ? p.message() : label + ": " + p.message());
      }
      h.raw("</ul>");
    }
    h.raw("</div>");
    return h.toString();
  }
}
