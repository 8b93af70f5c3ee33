/**
 * Running a reverse-mentoring programme round after round.
 *
 * <p>A {@link dev.tandem.core.cycle.Programme} is the sequence of rounds of one organisation. Each
 * round is a {@link dev.tandem.core.cycle.Cycle} that passes through explicit phases: topic call
 * (management announces topics), enrolment (executives choose topics, juniors volunteer or are
 * approached directly with the help of {@link dev.tandem.core.cycle.Cycle#suggestMentors()}),
 * framework (duration, cadence, sessions, confidentiality charter), matching (a strategy drafts,
 * an administrator reviews with explained edits, then publishes), kick-off (expectations and
 * goals per pair), running (sessions; pairs that end early are re-matched while every other pair
 * is kept), feedback (both sides, nothing invented for those who do not answer) and closed (a
 * {@link dev.tandem.core.cycle.CycleReport}). The closed cycle's pairs and ratings become the
 * history of the next round: no pair repeats, and well-rated mentors score higher.
 *
 * <p>The newer steps are reached through the cycle: the platform (modes, suggestions, requests,
 * answers: {@link dev.tandem.core.cycle.PlatformChoice}), the joint kick-off
 * ({@link dev.tandem.core.cycle.JointKickOff}), the pace the framework sets (session plans,
 * health, fit check: {@link dev.tandem.core.cycle.Pacing}) and changes to people and capacities
 * in every phase ({@link dev.tandem.core.cycle.Changes}). A closed cycle hands its
 * {@link dev.tandem.core.cycle.CarryOver} to the next round, and
 * {@link dev.tandem.core.cycle.Programme#erase} erases a person keeping the rules working.
 *
 * <p>Start with the Javadoc of {@link dev.tandem.core.cycle.Cycle}: it reads as a guide. Every
 * value here is an immutable record, enum or list, so a cycle is a snapshot
 * ({@link dev.tandem.core.cycle.CycleState}) that files can hold; a refused step changes
 * nothing and says what is missing.
 */
package dev.tandem.core.cycle;
