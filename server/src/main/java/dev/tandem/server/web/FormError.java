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
record FormError(String step, String detail, List<ValidationProblem> problems, java.util.Map<String, String> values) {
  FormError {
    problems = List.copyOf(new java.util.LinkedHashSet<>(problems));
    values = java.util.Map.copyOf(values);
  }

  /** The refusal of a form, with what was typed into it (shown again). */
  static FormError of(String step, RuntimeException e, java.util.Map<String, List<String>> form) {
    FormError f = of(step, e);
    java.util.Map<String, String> typed = new java.util.HashMap<>();
    form.forEach((k, v) -> {
      if (!v.isEmpty() && !k.equals("csrf") && !k.equals("version")) {
        typed.put(k, v.get(0));
      }
    });
    return new FormError(f.step(), f.detail(), f.problems(), typed);
  }

  static FormError of(String step, RuntimeException e) {
    if (e instanceof Refusal r) {
      return new FormError(step, r.kind() == Refusal.Kind.INVALID ? "Please correct the following." : r.getMessage(), r.problems(),
          java.util.Map.of());
    }
    if (e instanceof StepRefusedException r) {
      return new FormError(step, "Not possible yet (" + r.step() + "):", Refusal.problemsOf(r).stream()
          .map(p -> p.path().equals(r.step()) ? new ValidationProblem("", p.message()) : p).toList(), java.util.Map.of());
    }
    if (e instanceof ValidationException v) {
      return new FormError(step, "Please correct the following.", v.problems(), java.util.Map.of());
    }
    return new FormError(step, e.getMessage(), List.of(), java.util.Map.of());
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
