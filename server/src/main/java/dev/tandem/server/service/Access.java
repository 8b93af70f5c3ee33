package dev.tandem.server.service;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Side;
import dev.tandem.core.model.Pair;
import dev.tandem.server.auth.Principal;
import dev.tandem.server.service.Refusal.Kind;

/**
 * Who may apply a step to a cycle: checked on the stored cycle, before the step runs.
 *
 * <p>Guarantee: a check that fails throws {@link Refusal} of kind {@link Kind#FORBIDDEN} naming
 * ids only; the administrator passes every check (feedback reading aside, which the API limits to
 * the report).
 */
@FunctionalInterface
public interface Access {
  /** Throws {@link Refusal} when {@code who} may not act on {@code cycle}. */
  void check(Principal who, Cycle cycle);

  /** Throws {@link Refusal} unless {@code who} is the administrator. */
  static void requireAdmin(Principal who) {
    if (!who.isAdmin()) {
      throw new Refusal(Kind.FORBIDDEN, "only the programme administrator may do this");
    }
  }

  /** Only the administrator. */
  static Access admin() {
    return (who, cycle) -> {
      if (!who.isAdmin()) {
        throw new Refusal(Kind.FORBIDDEN, "only the programme administrator may do this");
      }
    };
  }

  /** The administrator, or the participant who is {@code employee}. */
  static Access selfOrAdmin(String employee) {
    return (who, cycle) -> {
      if (!who.isAdmin() && !who.employeeId().map(employee::equals).orElse(false)) {
        throw new Refusal(Kind.FORBIDDEN, "person " + who.personId() + " may act only for themselves, not for \"" + employee + "\"");
      }
    };
  }

  /** The administrator, or either side of {@code pair}. */
  static Access pairOrAdmin(Pair pair) {
    return (who, cycle) -> {
      if (!who.isAdmin() && !who.employeeId().map(e -> e.equals(pair.mentee()) || e.equals(pair.mentor())).orElse(false)) {
        throw new Refusal(Kind.FORBIDDEN, "person " + who.personId() + " is not part of pair " + pair);
      }
    };
  }

  /** Only the person on {@code side} of {@code pair} (their own feedback; not even the administrator). */
  static Access side(Pair pair, Side side) {
    return (who, cycle) -> {
      String e = side == Side.MENTEE ? pair.mentee() : pair.mentor();
      if (!who.employeeId().map(e::equals).orElse(false)) {
        throw new Refusal(Kind.FORBIDDEN, "only the " + side.name().toLowerCase(java.util.Locale.ROOT) + " of " + pair
            + " gives this feedback");
      }
    };
  }
}
