package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Pair;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The report of a closed cycle: what the closing feedback round collected, so that it flows into
 * the next round.
 *
 * <p>Guarantee: computed only from recorded facts; missing feedback is listed in
 * {@link #missingFeedback()} and never invented (means are over the ratings given, empty when
 * none). Lists are in a stable order (pairs in the order formed, topics in catalogue order).
 */
public record CycleReport(
    String cycle,
    Participation participation,
    GoalAttainment goals,
    ImmutableList<TopicRating> ratingsByTopic,
    ImmutableList<Learning> learnings,
    NetworkEffect network,
    ImmutableList<TopicBalance> topicBalance,
    ImmutableList<FeedbackKey> missingFeedback,
    ImmutableList<PairSessions> sessions) {
  public CycleReport {
    requireNonNull(cycle, "cycle");
    requireNonNull(participation, "participation");
    requireNonNull(goals, "goals");
    ratingsByTopic = ImmutableList.copyOf(ratingsByTopic);
    learnings = ImmutableList.copyOf(learnings);
    requireNonNull(network, "network");
    topicBalance = ImmutableList.copyOf(topicBalance);
    missingFeedback = ImmutableList.copyOf(missingFeedback);
    sessions = ImmutableList.copyOf(sessions);
  }

  /** Sessions planned over all formed pairs (see {@link PairSessions}). */
  public int sessionsPlanned() {
    return sessions.stream().mapToInt(PairSessions::planned).sum();
  }

  /**
   * Who took part and how much: enrolled mentees and mentors (of whom nominated), pairs formed
   * (published or added by re-matching) and ended early, sessions held and cancelled, feedback
   * expected (two per formed pair) and received, and how many on each side would take part again.
   */
  public record Participation(
      int mentees,
      int mentors,
      int nominatedMentors,
      int pairsFormed,
      int pairsEndedEarly,
      int sessionsHeld,
      int sessionsCancelled,
      int feedbackExpected,
      int feedbackReceived,
      int menteesWouldTakePartAgain,
      int mentorsWouldTakePartAgain) {}

  /**
   * The goals set at kick-off and how they were rated: a goal is rated when at least one side
   * rated it, and attained when the mean of its ratings is at least 4.
   */
  public record GoalAttainment(int goals, int goalsRated, int goalsAttained, OptionalDouble meanRating) {}

  /**
   * The overall ratings (both sides) of the pairs working on a topic: a pair works on the topics
   * its mentee asked for that its mentor holds.
   */
  public record TopicRating(String competence, int pairs, int ratings, OptionalDouble meanRating) {}

  /** One learning written in the feedback of one side of a pair. */
  public record Learning(Pair pair, Side side, String text) {}

  /**
   * The network the cycle created: pairs across departments grouped by (mentee department, mentor
   * department), and the pairs whose two people had no prior contact. Prior contact is known
   * only by proxy: same department, one in the other's reporting line, or paired in an earlier
   * cycle.
   */
  public record NetworkEffect(int departmentLinks, ImmutableList<DepartmentLink> links, ImmutableList<Pair> newContacts) {
    public NetworkEffect {
      links = ImmutableList.copyOf(links);
      newContacts = ImmutableList.copyOf(newContacts);
    }
  }

  /** Pairs from one department's mentee to another department's mentor. */
  public record DepartmentLink(String menteeDepartment, String mentorDepartment, int pairs) {}

  /**
   * Demand versus supply of one topic, for the next topic call: whether it was announced and its
   * target, how many mentees asked for it (and the sum of their weights), how many mentors hold it
   * (and their total capacity), and how many formed pairs work on it.
   */
  public record TopicBalance(
      String competence,
      boolean announced,
      OptionalInt targetPairs,
      int menteesAsking,
      int demandWeight,
      int mentorsOffering,
      int mentorCapacity,
      int pairsFormed) {}

  /**
   * Sessions planned against held for one formed pair. Planned: the due dates of the pair's
   * {@link SessionPlan} up to the day the pair ended (all of them for a pair that lasted), or
   * the framework's number of sessions when the pair's start is unknown.
   */
  public record PairSessions(Pair pair, int planned, int held, int cancelled) {}
}
