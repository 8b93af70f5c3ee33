package dev.tandem.solver.domain;

/**
 * A topic with a target number of pairs, as the constraint streams see it: the competence index
 * (into the problem's competences) and the target. A group key for the topic-target constraint.
 *
 * <p>Guarantee: a value type with a stable hash code; one instance per topic in a plan.
 */
public record TopicTargetFact(int competence, String id, int target) {}
