package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import java.util.Optional;

/**
 * Everything a {@link Cycle} knows, as plain values (records, enums, lists, optionals): the
 * snapshot a file format serialises and {@link Cycle#restore} reads back without loss.
 *
 * <p>Components: the cycle id and phase; the organisation at the start (competence catalogue,
 * employees, policy, history of earlier cycles restricted to present employees); the topic call;
 * the enrolled mentees and mentors; the framework; the review (locked and forbidden pairs, the
 * strategy of the last draft, the draft or published matching, the review log); every pair formed
 * in the cycle (published or added by re-matching, in order); kick-offs; sessions; early
 * endings; feedback.
 *
 * <p>Guarantee: immutable, non-null; it carries no behaviour and no check beyond non-null:
 * {@link Cycle#restore} checks consistency.
 */
public record CycleState(
    String id,
    Phase phase,
    ImmutableList<Competence> catalogue,
    ImmutableList<Employee> employees,
    Policy policy,
    ImmutableList<PastPair> history,
    ImmutableList<AnnouncedTopic> topics,
    ImmutableList<Mentee> mentees,
    ImmutableList<Mentor> mentors,
    Optional<Framework> framework,
    ImmutableList<Pair> locked,
    ImmutableList<Pair> forbidden,
    Optional<String> strategy,
    Optional<Matching> matching,
    ImmutableList<ReviewEntry> review,
    ImmutableList<Pair> formed,
    ImmutableList<KickOff> kickOffs,
    ImmutableList<SessionRecord> sessions,
    ImmutableList<PairEnding> endings,
    ImmutableList<Feedback> feedback) {
  public CycleState {
    requireNonNull(id, "id");
    requireNonNull(phase, "phase");
    catalogue = ImmutableList.copyOf(catalogue);
    employees = ImmutableList.copyOf(employees);
    requireNonNull(policy, "policy");
    history = ImmutableList.copyOf(history);
    topics = ImmutableList.copyOf(topics);
    mentees = ImmutableList.copyOf(mentees);
    mentors = ImmutableList.copyOf(mentors);
    requireNonNull(framework, "framework");
    locked = ImmutableList.copyOf(locked);
    forbidden = ImmutableList.copyOf(forbidden);
    requireNonNull(strategy, "strategy");
    requireNonNull(matching, "matching");
    review = ImmutableList.copyOf(review);
    formed = ImmutableList.copyOf(formed);
    kickOffs = ImmutableList.copyOf(kickOffs);
    sessions = ImmutableList.copyOf(sessions);
    endings = ImmutableList.copyOf(endings);
    feedback = ImmutableList.copyOf(feedback);
  }
}
