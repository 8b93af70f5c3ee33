package dev.tandem.core.cycle;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Erases one person from a cycle's record, keeping what the programme's rules need under a
 * pseudonymous id.
 *
 * <p>The pseudonym is {@code erased-} and the first 16 hex digits of HMAC-SHA256 of the employee
 * id under the programme's erasure key: stable, so the same person gets the same pseudonym in
 * every cycle, and not computable without the key. What goes: the display name, the skills
 * inventory, the person's learnings, the expectations the person stated at kick-off, every ending
 * reason and missed-kick-off reason of the person's pairs. What stays, under the pseudonym: the
 * pairs (so the no-repeat rule holds), the ratings (so the rating bonus holds), department and
 * level (so the report's figures stay), dates and statuses. Free-text lines the library wrote
 * (review and change explanations) have the id replaced by the pseudonym.
 *
 * <p>Guarantee: stateless; the result names the person nowhere (ids are replaced wherever they
 * stand as a whole token). Cost: linear in the size of the state.
 */
final class Erasure {
  static final String ERASED = "(erased)";

  private Erasure() {}

  static String pseudonym(String key, String id) {
    byte[] k = BaseEncoding.base16().lowerCase().decode(key);
    return "erased-" + Hashing.hmacSha256(k).hashString(id, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  /** The state with {@code id} replaced by {@code pseudo} and the person's personal texts removed. */
  static CycleState erase(CycleState s, String id, String pseudo) {
    UnaryOperator<String> ren = x -> x.equals(id) ? pseudo : x;
    UnaryOperator<Pair> pr = p -> Pair.of(ren.apply(p.mentee()), ren.apply(p.mentor()));
    Pattern token = Pattern.compile("(?<![A-Za-z0-9_.@-])" + Pattern.quote(id) + "(?![A-Za-z0-9_.@-])");
    UnaryOperator<String> text = x -> token.matcher(x).replaceAll(Matcher.quoteReplacement(pseudo));
    CycleState.Builder b = s.toBuilder();
    b.employees = map(s.employees(), e -> {
      Employee out = e.manager().map(m -> m.equals(id)).orElse(false) ? e.withManager(pseudo) : e;
      return e.id().equals(id)
          ? new Employee(pseudo, out.department(), out.level(), out.manager(), Optional.empty(), com.google.common.collect.ImmutableSet.of())
          : out;
    });
    b.history = map(s.history(), h -> new PastPair(h.cycle(), ren.apply(h.mentee()), ren.apply(h.mentor()), h.rating()));
    b.mentees = map(s.mentees(), m -> new Mentee(ren.apply(m.employee()), m.topics(), m.priority(), ImmutableList.copyOf(map(m.ranking(), ren))));
    b.mentors = map(s.mentors(), m -> new Mentor(ren.apply(m.employee()), m.competences(), m.capacity(), m.nominated(),
        ImmutableList.copyOf(map(m.ranking(), ren))));
    b.locked = map(s.locked(), pr);
    b.forbidden = map(s.forbidden(), pr);
    b.matching = s.matching().map(m -> new Matching(ImmutableList.copyOf(map(m.pairs(), pr)), ImmutableList.copyOf(map(m.unmatched(), ren))));
    b.review = map(s.review(), r -> new ReviewEntry(edit(r.edit(), ren, pr), r.before(), r.after(), ImmutableList.copyOf(map(r.explanation(), text))));
    b.formed = map(s.formed(), pr);
    b.kickOffs = map(s.kickOffs(), k -> new KickOff(pr.apply(k.pair()),
        k.pair().mentee().equals(id) ? ERASED : k.menteeExpectations(),
        k.pair().mentor().equals(id) ? ERASED : k.mentorExpectations(), k.goals()));
    b.sessions = map(s.sessions(), x -> new SessionRecord(pr.apply(x.pair()), x.date(), x.status()));
    b.endings = map(s.endings(), x -> new PairEnding(pr.apply(x.pair()), x.date(), names(x.pair(), id) ? ERASED : x.reason()));
    b.feedback = map(s.feedback(), f -> new Feedback(pr.apply(f.pair()), f.side(), f.overallRating(), f.goalRatings(),
        person(f.pair(), f.side()).equals(id) ? ImmutableList.of() : f.learnings(), f.wouldTakePartAgain()));
    b.platform = new PlatformState(s.platform().mode(), s.platform().requestExpiryDays(),
        map(s.platform().requests(), r -> new MentorRequest(pr.apply(r.pair()), r.requested(), r.status(), r.decided())));
    b.kickOffEvent = s.kickOffEvent().map(e -> new KickOffEvent(e.date(), e.agenda(), ImmutableList.copyOf(map(e.attended(), ren))));
    b.missedKickOffs = map(s.missedKickOffs(), x -> new MissedKickOff(pr.apply(x.pair()), names(x.pair(), id) ? ERASED : x.reason()));
    b.starts = map(s.starts(), x -> new PairStart(pr.apply(x.pair()), x.date()));
    b.fitAnswers = map(s.fitAnswers(), x -> new FitAnswer(pr.apply(x.pair()), x.side(), x.fit(), x.date()));
    b.changes = map(s.changes(), x -> new ChangeRecord(x.phase(), x.date(), text.apply(x.change()), ImmutableList.copyOf(map(x.explanation(), text))));
    b.carriedOver = s.carriedOver().map(co -> carryOver(co, id, ren, pr));
    return b.build();
  }

  static CarryOver carryOver(CarryOver co, String id, UnaryOperator<String> ren, UnaryOperator<Pair> pr) {
    return new CarryOver(co.cycle(),
        map(co.waitlist(), w -> new WaitlistEntry(ren.apply(w.employee()), w.topics(), w.priority(), w.roundsWaited())),
        map(co.shortTopics(), t -> new TopicShortage(t.competence(), t.pairsFormed(), t.menteesUnserved(), t.nextTarget(),
            map(t.approach(), a -> new MentorCandidate(ren.apply(a.employee()), ImmutableList.copyOf(map(a.mentees(), ren)))))),
        map(co.returningMentors(), ren),
        map(co.learnings(), t -> new TopicLearnings(t.competence(), t.learnings().stream()
            .filter(l -> !person(l.pair(), l.side()).equals(id))
            .map(l -> new CycleReport.Learning(pr.apply(l.pair()), l.side(), l.text())).collect(ImmutableList.toImmutableList()))));
  }

  private static ReviewEdit edit(ReviewEdit e, UnaryOperator<String> ren, UnaryOperator<Pair> pr) {
    if (e instanceof ReviewEdit.Lock x) {
      return new ReviewEdit.Lock(pr.apply(x.pair()));
    } else if (e instanceof ReviewEdit.Forbid x) {
      return new ReviewEdit.Forbid(pr.apply(x.pair()));
    } else if (e instanceof ReviewEdit.Swap x) {
      return new ReviewEdit.Swap(ren.apply(x.menteeA()), ren.apply(x.menteeB()));
    } else if (e instanceof ReviewEdit.Remove x) {
      return new ReviewEdit.Remove(ren.apply(x.mentee()));
    }
    return e;
  }

  private static boolean names(Pair p, String id) {
    return p.mentee().equals(id) || p.mentor().equals(id);
  }

  private static String person(Pair p, Side side) {
    return side == Side.MENTEE ? p.mentee() : p.mentor();
  }

  private static <T> ImmutableList<T> map(List<T> in, UnaryOperator<T> f) {
    return in.stream().map(f).collect(ImmutableList.toImmutableList());
  }
}
