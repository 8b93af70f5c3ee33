/**
 * The domain model: competences, employees and the org chart, mentees, mentors, history, policy
 * and weights, the validated {@code MatchingProblem} with the ranges that keep every score exact
 * ({@code ScoreLimits}), and the {@code Matching} a strategy returns.
 */
package dev.tandem.core.model;
