package dev.tandem.core.cycle;

import static dev.tandem.core.cycle.CycleRefusalTest.assertInvalid;
import static dev.tandem.core.cycle.CycleRefusalTest.assertRefused;
import static dev.tandem.core.cycle.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.Pair;
import dev.tandem.core.rematch.GreedyTestStrategy;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MenteeSuggestions;
import dev.tandem.core.strategy.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The platform on the hand-made company of {@link Fixtures}: ceo and cfo ask for ai (eligible
 * mentors j4 with ai 4 and j6 with ai 3, capacity 1 each), hr asks for data (j7).
 */
class PlatformChoiceTest {
  static final GreedyTestStrategy GREEDY = new GreedyTestStrategy();

  static Cycle hybrid() {
    return Fixtures.enrolment().platform().setMode(PlatformMode.HYBRID, 7);
  }

  @Test
  void theModeIsASettingOfTheCycle() {
    assertThat(Fixtures.enrolment().platform().mode()).isEqualTo(PlatformMode.OPTIMISED);
    Cycle c = hybrid();
    assertThat(c.platform().mode()).isEqualTo(PlatformMode.HYBRID);
    assertThat(c.platform().requestExpiryDays()).isEqualTo(7);
  }

  @Test
  void suggestionsShowTheWhyAndCountPlacesHeldByRequests() {
    Cycle c = hybrid();
    MenteeSuggestions ceo = c.platform().suggestions("ceo", 5, DAY);
    // j4 and j6 differ only in proficiency (4 against 3): j4 first.
    assertThat(ceo.suggestions()).extracting(Suggestion::mentor).containsExactly("j4", "j6");
    assertThat(ceo.suggestions().get(0).parts().total()).isEqualTo(ceo.suggestions().get(0).pairScore());
    Cycle requested = c.platform().request("ceo", "j4", DAY);
    assertThat(requested.platform().suggestions("cfo", 5, DAY).suggestions()).extracting(Suggestion::mentor).containsExactly("j6");
    // the mentee's own request does not hide its mentor
    assertThat(requested.platform().suggestions("ceo", 5, DAY).suggestions()).extracting(Suggestion::mentor).containsExactly("j4", "j6");
  }

  @Test
  void aMentorAcceptsARequest() {
    Cycle c = hybrid().platform().request("ceo", "j4", DAY).platform().accept("ceo", "j4", DAY.plusDays(1));
    assertThat(c.platform().requests()).containsExactly(
        MentorRequest.open(Pair.of("ceo", "j4"), DAY).decide(RequestStatus.ACCEPTED, DAY.plusDays(1)));
  }

  @Test
  void aDeclinedMentorIsNotSuggestedOrRequestedAgain() {
    Cycle c = hybrid().platform().request("cfo", "j6", DAY).platform().decline("cfo", "j6", DAY.plusDays(2));
    assertThat(c.platform().requestsOf("cfo")).extracting(MentorRequest::status).containsExactly(RequestStatus.DECLINED);
    assertThat(c.platform().suggestions("cfo", 5, DAY.plusDays(2)).suggestions()).extracting(Suggestion::mentor).containsExactly("j4");
    assertRefused(c, x -> x.platform().request("cfo", "j6", DAY.plusDays(3)), "\"j6\" declined \"cfo\" on " + DAY.plusDays(2));
  }

  @Test
  void aRequestExpiresAfterTheSetTimeAndFreesThePlace() {
    Cycle c = hybrid().platform().request("ceo", "j4", DAY);
    assertRefused(c, x -> x.platform().request("cfo", "j4", DAY.plusDays(6)), "mentor \"j4\" has no free place (1 of 1 held");
    // on day 7 the request has expired: the place is free for cfo
    Cycle later = c.platform().request("cfo", "j4", DAY.plusDays(7));
    assertThat(later.platform().requestsOf("ceo")).extracting(MentorRequest::status).containsExactly(RequestStatus.EXPIRED);
    assertThat(later.platform().requestsOf("ceo").get(0).decided()).contains(DAY.plusDays(7));
    assertRefused(c, x -> x.platform().accept("ceo", "j4", DAY.plusDays(8)), "request ceo->j4 is EXPIRED since " + DAY.plusDays(7));
    assertThat(c.platform().expire(DAY.plusDays(7)).platform().requests()).extracting(MentorRequest::status)
        .containsExactly(RequestStatus.EXPIRED);
  }

  @Test
  void aMenteeWithdrawsARequest() {
    Cycle c = hybrid().platform().request("ceo", "j4", DAY).platform().withdraw("ceo", "j4", DAY.plusDays(1));
    assertThat(c.platform().requests()).extracting(MentorRequest::status).containsExactly(RequestStatus.WITHDRAWN);
    assertThat(c.platform().request("cfo", "j4", DAY.plusDays(1)).platform().requestsOf("cfo")).hasSize(1);
  }

  @Test
  void rankingsMayChangeUntilMatchingStarts() {
    Cycle c = Fixtures.enrolment().platform().rank("cfo", List.of("j6", "j4"));
    assertThat(c.mentees().get(1).ranking()).containsExactly("j6", "j4");
    Cycle again = c.closeEnrolment().platform().rank("cfo", List.of("j4"));
    assertThat(again.mentees().get(1).ranking()).containsExactly("j4");
    Cycle matching = again.defineFramework(Fixtures.framework()).startMatching();
    assertRefused(matching, x -> x.platform().rank("cfo", List.of("j6")), "cannot rank mentors in phase MATCHING");
  }

  @Test
  void hybridLocksAcceptedAndForbidsDeclinedRequests() {
    Cycle c = hybrid().platform().request("ceo", "j6", DAY).platform().accept("ceo", "j6", DAY)
        .platform().request("cfo", "j4", DAY).platform().decline("cfo", "j4", DAY)
        .closeEnrolment().defineFramework(Fixtures.framework()).startMatching();
    assertThat(c.snapshot().locked()).containsExactly(Pair.of("ceo", "j6"));
    assertThat(c.snapshot().forbidden()).containsExactly(Pair.of("cfo", "j4"));
    Cycle drafted = c.draft(GREEDY, MatchOptions.DEFAULTS);
    // ceo keeps j6 although the greedy would pick j4 for it; cfo never gets j4 (and j6 is full)
    assertThat(drafted.matching().orElseThrow().pairs()).containsExactlyInAnyOrder(Pair.of("ceo", "j6"), Pair.of("hr", "j7"));
    assertRefused(drafted, x -> x.lock("ceo", "j4"), "\"ceo\" has the accepted request ceo->j6");
  }

  @Test
  void platformModeMatchesExactlyTheAcceptedRequests() {
    Cycle c = Fixtures.enrolment().platform().setMode(PlatformMode.PLATFORM, 14)
        .platform().request("ceo", "j4", DAY).platform().accept("ceo", "j4", DAY)
        .platform().request("hr", "j7", DAY)
        .closeEnrolment().defineFramework(Fixtures.framework()).startMatching();
    assertThat(c.matching().orElseThrow().pairs()).containsExactly(Pair.of("ceo", "j4"));
    assertThat(c.review()).extracting(r -> r.edit().toString()).containsExactly("draft by accepted requests");
    assertRefused(c, x -> x.draft(GREEDY, MatchOptions.DEFAULTS), "in PLATFORM mode the pairs are the accepted requests");
    assertThat(c.publish().phase()).isEqualTo(Phase.KICK_OFF);
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void requestsNeedThePlatform() {
    assertRefused(Fixtures.enrolment(), c -> c.platform().request("ceo", "j4", DAY), "the cycle is in OPTIMISED mode");
  }

  @Test
  void oneRequestAtATimePerMentee() {
    Cycle c = hybrid().platform().request("ceo", "j4", DAY);
    assertRefused(c, x -> x.platform().request("ceo", "j6", DAY), "\"ceo\" already has the OPEN request ceo->j4");
  }

  @Test
  void anIneligiblePairCannotBeRequested() {
    assertRefused(hybrid(), c -> c.platform().request("hr", "j4", DAY), "pair hr->j4 breaks [NO_TOPIC]");
  }

  @Test
  void strangersCannotRequest() {
    assertInvalid(hybrid(), c -> c.platform().request("ceo", "s1", DAY), "request.mentor: \"s1\" is not an enrolled mentor");
    assertInvalid(hybrid(), c -> c.platform().suggestions("j4", 3, DAY), "mentee: \"j4\" is not an enrolled mentee");
    assertInvalid(hybrid(), c -> c.platform().rank("ceo", List.of("j4", "j4", "s1")), "ranking[1]: \"j4\" is ranked twice",
        "ranking[2]: \"s1\" is not an enrolled mentor");
  }

  @Test
  void answeringNeedsAnOpenRequest() {
    assertRefused(hybrid(), c -> c.platform().accept("ceo", "j4", DAY), "no request ceo->j4");
    Cycle accepted = hybrid().platform().request("ceo", "j4", DAY).platform().accept("ceo", "j4", DAY);
    assertRefused(accepted, c -> c.platform().decline("ceo", "j4", DAY), "request ceo->j4 is ACCEPTED since " + DAY);
    assertInvalid(hybrid().platform().request("ceo", "j4", DAY), c -> c.platform().accept("ceo", "j4", DAY.minusDays(1)),
        "is before the request of " + DAY);
  }

  @Test
  void theModeIsFixedOnceMatchingStarts() {
    assertRefused(Fixtures.matching(), c -> c.platform().setMode(PlatformMode.HYBRID, 7), "cannot set the platform mode in phase MATCHING");
    assertRefused(hybrid().platform().request("ceo", "j4", DAY), c -> c.platform().setMode(PlatformMode.OPTIMISED, 7),
        "request ceo->j4 is OPEN: decline or withdraw it first");
    assertInvalid(hybrid(), c -> c.platform().setMode(PlatformMode.PLATFORM, 0), "platform.requestExpiryDays: 0 is below 1");
  }

  @Test
  void acceptingNeedsAFreePlaceAndWithdrawingAnOpenRequest() {
    // j4 takes two, both ask; then j4's capacity falls to one (nothing accepted yet): the second acceptance is refused
    Cycle c = hybrid().changes().changeCapacity("j4", 2, DAY, GREEDY, MatchOptions.DEFAULTS)
        .platform().request("ceo", "j4", DAY).platform().request("cfo", "j4", DAY)
        .changes().changeCapacity("j4", 1, DAY, GREEDY, MatchOptions.DEFAULTS)
        .platform().accept("ceo", "j4", DAY);
    assertRefused(c, x -> x.platform().accept("cfo", "j4", DAY), "mentor \"j4\" has accepted 1 requests, capacity 1");
    assertRefused(hybrid(), x -> x.platform().withdraw("ceo", "j4", DAY), "no open or accepted request ceo->j4 on " + DAY);
  }
}
