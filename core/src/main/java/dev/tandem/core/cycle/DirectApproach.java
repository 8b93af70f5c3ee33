package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.PhaseGuard.requirePhase;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The direct approach of small companies: whom to ask, per topic, to mentor.
 *
 * <p>A candidate is not yet enrolled (in either role), lists the topic in its skills inventory,
 * and would be an eligible mentor (level gap, reporting line, no repeat of an earlier pair) for
 * at least one of the given mentees who asked for the topic. Candidates are ranked: mentors the
 * previous round carried over as returning first ({@link CarryOver#returningMentors()}), then by
 * how many such mentees they could serve, then by id.
 *
 * <p>Guarantee: stateless and deterministic. Cost: one problem build and one {@link Eligibility}
 * per topic.
 */
final class DirectApproach {
  private DirectApproach() {}

  static ImmutableList<TopicSuggestion> suggest(CycleState s) {
    requirePhase(s, "suggest mentors", Phase.ENROLMENT);
    Set<String> enrolled = new HashSet<>();
    s.mentees().forEach(m -> enrolled.add(m.employee()));
    s.mentors().forEach(m -> enrolled.add(m.employee()));
    List<String> returning = s.carriedOver().map(CarryOver::returningMentors).orElse(ImmutableList.of());
    ImmutableList.Builder<TopicSuggestion> out = ImmutableList.builder();
    for (AnnouncedTopic topic : s.topics()) {
      out.add(new TopicSuggestion(topic.competence(), candidates(s, topic.competence(), s.mentees(), enrolled, returning)));
    }
    return out.build();
  }

  /**
   * The employees outside {@code excluded} holding {@code competence} in their skills inventory
   * who could mentor at least one of {@code mentees} asking for it, ranked as described above.
   */
  static ImmutableList<MentorCandidate> candidates(
      CycleState s, String competence, Collection<Mentee> mentees, Set<String> excluded, List<String> returning) {
    List<Employee> candidates = s.employees().stream()
        .filter(e -> !excluded.contains(e.id()) && e.skills().contains(competence)).toList();
    if (candidates.isEmpty() || mentees.isEmpty()) {
      return ImmutableList.of();
    }
    // A hypothetical problem: every candidate as a mentor holding only this topic.
    MatchingProblem.Builder b = MatchingProblem.builder().name(s.id() + "/suggest/" + competence).policy(s.policy())
        .competences(s.catalogue()).employees(s.employees()).mentees(mentees).history(s.history());
    b.mentors(s.mentors());
    candidates.forEach(e -> b.mentor(Mentor.of(e.id(), 1, List.of(new Proficiency(competence, 3)))));
    MatchingProblem hypothetical = b.build();
    Eligibility el = Eligibility.of(hypothetical);
    List<MentorCandidate> found = new ArrayList<>();
    for (Employee e : candidates) {
      int r = hypothetical.mentorIndex(e.id());
      List<String> servable = new ArrayList<>();
      for (int i = 0; i < hypothetical.mentees().size(); i++) {
        Mentee m = hypothetical.mentees().get(i);
        boolean asks = m.topics().stream().anyMatch(t -> t.competence().equals(competence));
        if (asks && el.isEligible(i, r)) {
          servable.add(m.employee());
        }
      }
      if (!servable.isEmpty()) {
        found.add(new MentorCandidate(e.id(), ImmutableList.copyOf(servable)));
      }
    }
    Comparator<MentorCandidate> order = Comparator.comparingInt((MentorCandidate m) -> returning.contains(m.employee()) ? 0 : 1)
        .thenComparing(Comparator.comparingInt(MentorCandidate::servable).reversed())
        .thenComparing(MentorCandidate::employee);
    found.sort(order);
    return ImmutableList.copyOf(found);
  }
}
