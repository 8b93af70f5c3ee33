package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.PhaseGuard.refuse;
import static dev.tandem.core.cycle.PhaseGuard.refuseIfAny;
import static dev.tandem.core.cycle.PhaseGuard.requirePhase;
import static dev.tandem.core.cycle.PhaseGuard.throwIfAny;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.rules.Rule;
import dev.tandem.core.rules.Rules;
import dev.tandem.core.strategy.MenteeSuggestions;
import dev.tandem.core.strategy.Suggestion;
import dev.tandem.core.strategy.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The executive's choice on the platform (reached through {@link Cycle#platform()}): the
 * {@link PlatformMode}, suggestions with their "why", rankings, requests and the mentors'
 * answers.
 *
 * <p>Rules: the mode is set before matching starts; rankings may change in every mode until
 * matching starts. In {@link PlatformMode#PLATFORM} and {@link PlatformMode#HYBRID}, during
 * enrolment and the framework phase, a mentee may have one request holding a place at a time
 * (open or accepted); a request names an enrolled mentor the mentee is eligible for, who has a
 * free place (open and accepted requests hold places) and has not declined this mentee. The
 * mentor accepts or declines. A request open for {@code requestExpiryDays} days expires on that
 * day and frees the place: every dated step applies expiry at its date first, and
 * {@link #expire} applies it alone. When matching starts, requests still open lapse (they stay
 * {@link RequestStatus#OPEN} in the record but are neither locked nor forbidden).
 *
 * <p>Guarantee: every step returns a new cycle; a refused step throws and changes nothing.
 * Suggestions are those of {@link Suggestions#forMentee} with places held by requests counted as
 * load, minus mentors who declined the mentee.
 */
public final class PlatformChoice {
  private final Cycle c;
  private final CycleState s;

  PlatformChoice(Cycle cycle) {
    this.c = cycle;
    this.s = cycle.state();
  }

  public PlatformMode mode() {
    return s.platform().mode();
  }

  public int requestExpiryDays() {
    return s.platform().requestExpiryDays();
  }

  /** Every request, in the order made. */
  public ImmutableList<MentorRequest> requests() {
    return s.platform().requests();
  }

  /** The requests of {@code mentee}, in the order made. */
  public ImmutableList<MentorRequest> requestsOf(String mentee) {
    return requests().stream().filter(r -> r.pair().mentee().equals(mentee)).collect(ImmutableList.toImmutableList());
  }

  /** The requests to {@code mentor} still waiting for an answer on {@code date} (expiry applied). */
  public ImmutableList<MentorRequest> openFor(String mentor, LocalDate date) {
    return expired(s, date).stream().filter(r -> r.status() == RequestStatus.OPEN && r.pair().mentor().equals(mentor))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Sets the mode and the request expiry, before matching starts.
   *
   * @throws StepRefusedException after the framework phase, or when leaving the platform
   *     ({@code OPTIMISED}) while requests hold places
   * @throws dev.tandem.core.model.ValidationException for an expiry below 1 day
   */
  public Cycle setMode(PlatformMode mode, int requestExpiryDays) {
    requireNonNull(mode, "mode");
    String step = "set the platform mode";
    requirePhase(s, step, Phase.TOPIC_CALL, Phase.ENROLMENT, Phase.FRAMEWORK);
    if (requestExpiryDays < 1) {
      throwIfAny(List.of(new ValidationProblem("platform.requestExpiryDays", requestExpiryDays + " is below 1")));
    }
    if (mode == PlatformMode.OPTIMISED) {
      refuseIfAny(s, step, requests().stream().filter(MentorRequest::holdsPlace)
          .map(r -> "request " + r.pair() + " is " + r.status() + ": decline or withdraw it first").toList());
    }
    return c.with(m -> m.platform = new PlatformState(mode, requestExpiryDays, s.platform().requests()));
  }

  /**
   * What {@code mentee} sees on {@code date}: the top {@code k} eligible mentors with a free
   * place, each with the parts of its pair score, or the rules that excluded everyone.
   */
  public MenteeSuggestions suggestions(String mentee, int k, LocalDate date) {
    requireNonNull(date, "date");
    requirePhase(s, "suggest mentors to a mentee", Phase.ENROLMENT, Phase.FRAMEWORK);
    requireMentee("mentee", mentee);
    MatchingProblem p = c.problem();
    List<MentorRequest> live = expired(s, date);
    Map<String, String> held = new LinkedHashMap<>();
    Set<String> declined = new HashSet<>();
    for (MentorRequest r : live) {
      if (r.holdsPlace() && !r.pair().mentee().equals(mentee)) {
        held.putIfAbsent(r.pair().mentee(), r.pair().mentor());
      }
      if (r.status() == RequestStatus.DECLINED && r.pair().mentee().equals(mentee)) {
        declined.add(r.pair().mentor());
      }
    }
    Matching current = Matching.of(p, held.entrySet().stream().map(e -> Pair.of(e.getKey(), e.getValue())).toList());
    MenteeSuggestions all = Suggestions.forMentee(Eligibility.of(p), current, mentee, k + declined.size());
    List<Suggestion> kept = all.suggestions().stream().filter(x -> !declined.contains(x.mentor())).limit(k).toList();
    return new MenteeSuggestions(mentee, ImmutableList.copyOf(kept), all.eligibleCount(), all.excludedBy());
  }

  /**
   * Sets (or replaces) {@code mentee}'s ranking of mentors, most wanted first; allowed in every
   * mode until matching starts.
   *
   * @throws dev.tandem.core.model.ValidationException for an unknown mentee, or a ranking the
   *     problem refuses (unknown or repeated mentors)
   */
  public Cycle rank(String mentee, List<String> mentors) {
    requireNonNull(mentors, "mentors");
    requirePhase(s, "rank mentors", Phase.ENROLMENT, Phase.FRAMEWORK);
    requireMentee("ranking.mentee", mentee);
    List<ValidationProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < mentors.size(); i++) {
      String r = mentors.get(i);
      if (!PhaseGuard.isMentor(s, r)) {
        problems.add(new ValidationProblem("ranking[" + i + "]", "\"" + r + "\" is not an enrolled mentor"));
      } else if (!seen.add(r)) {
        problems.add(new ValidationProblem("ranking[" + i + "]", "\"" + r + "\" is ranked twice"));
      }
    }
    throwIfAny(problems);
    Cycle next = c.with(m -> m.mentees.replaceAll(x -> x.employee().equals(mentee) ? x.withRanking(mentors) : x));
    next.problem();
    return next;
  }

  /** {@code mentee} requests {@code mentor} on {@code date}. */
  public Cycle request(String mentee, String mentor, LocalDate date) {
    requireNonNull(date, "date");
    String step = "request a mentor";
    requirePlatform(step);
    Pair pair = Pair.of(mentee, mentor);
    PhaseGuard.checkPair(s, "request", pair);
    List<MentorRequest> live = expired(s, date);
    List<String> missing = new ArrayList<>();
    for (MentorRequest r : live) {
      if (r.pair().mentee().equals(mentee) && r.holdsPlace()) {
        missing.add("\"" + mentee + "\" already has the " + r.status() + " request " + r.pair() + "; withdraw it first");
      }
      if (r.pair().equals(pair) && r.status() == RequestStatus.DECLINED) {
        missing.add("\"" + mentor + "\" declined \"" + mentee + "\" on " + r.decided().orElseThrow());
      }
    }
    Set<Rule> broken = Rules.violated(c.problem(), mentee, mentor);
    if (!broken.isEmpty()) {
      missing.add("pair " + pair + " breaks " + broken);
    }
    int held = (int) live.stream().filter(r -> r.pair().mentor().equals(mentor) && r.holdsPlace()).count();
    int capacity = capacity(mentor);
    if (held >= capacity) {
      missing.add("mentor \"" + mentor + "\" has no free place (" + held + " of " + capacity + " held by requests)");
    }
    refuseIfAny(s, step, missing);
    return withRequests(live, rs -> rs.add(MentorRequest.open(pair, date)));
  }

  /** {@code mentor} accepts the open request of {@code mentee} on {@code date}. */
  public Cycle accept(String mentee, String mentor, LocalDate date) {
    return answer(Pair.of(mentee, mentor), date, RequestStatus.ACCEPTED, "accept a request");
  }

  /** {@code mentor} declines the open request of {@code mentee} on {@code date}: never proposed again this cycle. */
  public Cycle decline(String mentee, String mentor, LocalDate date) {
    return answer(Pair.of(mentee, mentor), date, RequestStatus.DECLINED, "decline a request");
  }

  /** {@code mentee} takes back an open or accepted request on {@code date}; the place is free again. */
  public Cycle withdraw(String mentee, String mentor, LocalDate date) {
    requireNonNull(date, "date");
    String step = "withdraw a request";
    requirePlatform(step);
    Pair pair = Pair.of(mentee, mentor);
    List<MentorRequest> live = expired(s, date);
    int i = indexOf(live, pair, true);
    if (i < 0) {
      refuse(s, step, "no open or accepted request " + pair + " on " + date);
    }
    return withRequests(live, rs -> rs.set(i, rs.get(i).decide(RequestStatus.WITHDRAWN, date)));
  }

  /** Expires every request open for the expiry period on {@code date}. */
  public Cycle expire(LocalDate date) {
    requireNonNull(date, "date");
    requirePlatform("expire requests");
    List<MentorRequest> live = expired(s, date);
    return withRequests(live, rs -> {});
  }

  private Cycle answer(Pair pair, LocalDate date, RequestStatus to, String step) {
    requireNonNull(date, "date");
    requirePlatform(step);
    List<MentorRequest> live = expired(s, date);
    int i = -1;
    for (int k = 0; k < live.size(); k++) {
      if (live.get(k).pair().equals(pair) && live.get(k).status() == RequestStatus.OPEN) {
        i = k;
      }
    }
    if (i < 0) {
      Optional<MentorRequest> last = live.stream().filter(r -> r.pair().equals(pair)).reduce((a, b) -> b);
      refuse(s, step, last.map(r -> "request " + pair + " is " + r.status() + r.decided().map(d -> " since " + d).orElse(""))
          .orElse("no request " + pair));
    }
    MentorRequest open = live.get(i);
    if (date.isBefore(open.requested())) {
      throwIfAny(List.of(new ValidationProblem("date", date + " is before the request of " + open.requested())));
    }
    if (to == RequestStatus.ACCEPTED) {
      long accepted = live.stream().filter(r -> r.pair().mentor().equals(pair.mentor()) && r.status() == RequestStatus.ACCEPTED).count();
      int capacity = capacity(pair.mentor());
      if (accepted >= capacity) {
        refuse(s, step, "mentor \"" + pair.mentor() + "\" has accepted " + accepted + " requests, capacity " + capacity);
      }
    }
    int at = i;
    return withRequests(live, rs -> rs.set(at, rs.get(at).decide(to, date)));
  }

  private int capacity(String mentor) {
    return s.mentors().stream().filter(m -> m.employee().equals(mentor)).findFirst().orElseThrow().capacity();
  }

  private static int indexOf(List<MentorRequest> rs, Pair pair, boolean holdingPlace) {
    for (int k = rs.size() - 1; k >= 0; k--) {
      if (rs.get(k).pair().equals(pair) && (!holdingPlace || rs.get(k).holdsPlace())) {
        return k;
      }
    }
    return -1;
  }

  private Cycle withRequests(List<MentorRequest> live, java.util.function.Consumer<List<MentorRequest>> change) {
    List<MentorRequest> rs = new ArrayList<>(live);
    change.accept(rs);
    return c.with(m -> m.platform = new PlatformState(s.platform().mode(), s.platform().requestExpiryDays(), ImmutableList.copyOf(rs)));
  }

  private void requirePlatform(String step) {
    requirePhase(s, step, Phase.ENROLMENT, Phase.FRAMEWORK);
    if (s.platform().mode() == PlatformMode.OPTIMISED) {
      refuse(s, step, "the cycle is in OPTIMISED mode: requests need PLATFORM or HYBRID (platform().setMode)");
    }
  }

  private void requireMentee(String path, String mentee) {
    requireNonNull(mentee, "mentee");
    if (!PhaseGuard.isMentee(s, mentee)) {
      throwIfAny(List.of(new ValidationProblem(path, "\"" + mentee + "\" is not an enrolled mentee")));
    }
  }

  /** The requests with expiry applied on {@code date}: open ones requested at least the expiry period ago expire then. */
  static List<MentorRequest> expired(CycleState s, LocalDate date) {
    int days = s.platform().requestExpiryDays();
    List<MentorRequest> out = new ArrayList<>();
    for (MentorRequest r : s.platform().requests()) {
      LocalDate end = r.requested().plusDays(days);
      out.add(r.status() == RequestStatus.OPEN && !date.isBefore(end) ? r.decide(RequestStatus.EXPIRED, end) : r);
    }
    return out;
  }

  /** The accepted requests' pairs. */
  static List<Pair> accepted(CycleState s) {
    return s.platform().requests().stream().filter(r -> r.status() == RequestStatus.ACCEPTED).map(MentorRequest::pair).toList();
  }

  /** Refuses to lock {@code mentee} to another mentor than the one of its accepted request. */
  static void refuseMovingAccepted(CycleState s, String step, String mentee, String mentor) {
    if (s.platform().mode() == PlatformMode.OPTIMISED) {
      return;
    }
    for (Pair p : accepted(s)) {
      if (p.mentee().equals(mentee) && !p.mentor().equals(mentor) && s.locked().contains(p)) {
        refuse(s, step, "\"" + mentee + "\" has the accepted request " + p + "; an accepted pair stays");
      }
    }
  }

  /**
   * Applies the platform when matching starts: in HYBRID accepted pairs become locked and
   * declined pairs forbidden; in PLATFORM accepted pairs are locked and become the draft.
   */
  static Cycle enterMatching(Cycle moved) {
    CycleState s = moved.state();
    PlatformMode mode = s.platform().mode();
    if (mode == PlatformMode.OPTIMISED) {
      return moved;
    }
    List<Pair> accepted = accepted(s);
    List<Pair> declined = s.platform().requests().stream().filter(r -> r.status() == RequestStatus.DECLINED)
        .map(MentorRequest::pair).filter(p -> !accepted.contains(p)).distinct().toList();
    Cycle locked = moved.with(m -> {
      accepted.stream().filter(p -> !m.locked.contains(p)).forEach(p -> {
        m.locked.removeIf(x -> x.mentee().equals(p.mentee()));
        m.locked.add(p);
      });
      if (mode == PlatformMode.HYBRID) {
        declined.stream().filter(p -> !m.forbidden.contains(p)).forEach(m.forbidden::add);
      }
    });
    if (mode == PlatformMode.HYBRID) {
      return locked;
    }
    MatchingProblem p = locked.problem();
    Matching draft = Matching.of(p, accepted);
    ReviewEntry entry = MatchingReview.explain(new ReviewEdit.Draft("accepted requests"), Optional.empty(),
        Evaluator.evaluate(p, draft), List.of(), draft, p);
    return locked.with(m -> {
      m.matching = Optional.of(draft);
      m.review.add(entry);
    });
  }
}
