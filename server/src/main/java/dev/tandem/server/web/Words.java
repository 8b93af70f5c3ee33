package dev.tandem.server.web;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.ReviewEdit;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the pages say to people: names instead of ids, reasons and edits in words. */
final class Words {
  private Words() {}

  static String who(Cycle c, String employee) {
    return c.snapshot().employees().stream().filter(e -> e.id().equals(employee)).findFirst()
        .flatMap(Employee::displayName).map(n -> n + " (" + employee + ")").orElse(employee);
  }

  static String topic(Cycle c, String competence) {
    return c.snapshot().catalogue().stream().filter(k -> k.id().equals(competence)).findFirst().map(Competence::name).orElse(competence);
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String edit(Cycle c, ReviewEdit e) {
    if (e instanceof ReviewEdit.Draft d) {
      return "Drafted with the strategy " + d.strategy();
    } else if (e instanceof ReviewEdit.Lock l) {
      return "Locked " + who(c, l.pair().mentee()) + " with " + who(c, l.pair().mentor());
    } else if (e instanceof ReviewEdit.Forbid f) {
      return "Forbade " + who(c, f.pair().mentee()) + " with " + who(c, f.pair().mentor());
    } else if (e instanceof ReviewEdit.Swap s) {
      return "Swapped the mentors of " + who(c, s.menteeA()) + " and " + who(c, s.menteeB());
    } else if (e instanceof ReviewEdit.Remove r) {
      return "Removed the pair of " + who(c, r.mentee());
    }
    return e.toString();
  }

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** A line of core's explanation with people's names for their ids and pairs as "A with B". */
  static String line(Cycle c, String text) {
    Map<String, String> names = c.snapshot().employees().stream().filter(e -> e.displayName().isPresent())
        .collect(Collectors.toMap(Employee::id, e -> e.displayName().get() + " (" + e.id() + ")"));
    Matcher m = ID.matcher(text.replace("->", " with "));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(names.getOrDefault(m.group(), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String rule(Rule r) {
    return switch (r.name()) {
      case "SAME_PERSON" -> "the same person";
      case "LEVEL_GAP" -> "level gap too small";
      case "REPORTING_LINE" -> "in the reporting line";
      case "NO_TOPIC" -> "no shared topic";
      case "REPEAT" -> "paired in an earlier cycle";
      case "CONFLICT" -> "forbidden pair";
      case "NOT_LISTED" -> "not a listed pair";
      default -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  static String unmatched(UnmatchedMentee u) {
    String reason = switch (u.reason().name()) {
      case "NO_ELIGIBLE_MENTOR" -> "no mentor fits the rules";
      case "CAPACITY_EXHAUSTED" -> "every fitting mentor is taken (" + plural(u.eligibleMentors(), "fitting mentor", "fitting mentors") + ")";
      case "LEFT_OUT" -> "left out although " + plural(u.eligibleMentors(), "mentor", "mentors") + " could still take them";
      default -> u.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
    if (u.excludedBy().isEmpty()) {
      return reason;
    }
    return reason + "; mentors excluded: " + u.excludedBy().entrySet().stream()
        .map(e -> e.getValue() + " " + rule(e.getKey())).collect(Collectors.joining(", "));
  }

  /** Why a mentor suits an executive, in the executive's words: shared topics with proficiency, department, level distance. */
  static String whyForMentee(Cycle c, MatchingProblem p, Pair pair) {
    List<String> out = new ArrayList<>();
    Optional<Mentee> me = p.mentee(pair.mentee());
    Optional<Mentor> mo = p.mentor(pair.mentor());
    if (me.isPresent() && mo.isPresent()) {
      List<String> knows = new ArrayList<>();
      for (var t : me.get().topics()) {
        mo.get().competences().stream().filter(x -> x.competence().equals(t.competence())).findFirst()
            .ifPresent(x -> knows.add(topic(c, t.competence()) + " (" + x.proficiency() + "/5)"));
      }
      out.add(knows.isEmpty() ? "no shared topic" : "knows " + String.join(", ", knows));
    }
    Optional<Employee> a = p.employees().stream().filter(e -> e.id().equals(pair.mentee())).findFirst();
    Optional<Employee> b = p.employees().stream().filter(e -> e.id().equals(pair.mentor())).findFirst();
    if (a.isPresent() && b.isPresent()) {
      out.add(b.get().department().equals(a.get().department()) ? "your department" : "works in " + b.get().department());
      int gap = a.get().level() - b.get().level();
      out.add(gap == 0 ? "same level" : plural(Math.abs(gap), "level", "levels") + (gap > 0 ? " below you" : " above you"));
    }
    return String.join(", ", out);
  }
}
