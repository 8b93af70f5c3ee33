package dev.tandem.solver;

import dev.tandem.core.model.Matching;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;

/**
 * A deliberately weak warm start for the tests (registered in the test class path only): pinned
 * pairs, then each mentee in order takes its first eligible mentor with room.
 */
public final class FirstFitTestStrategy implements MatchingStrategy {
  public static final String NAME = "first-fit-test";

  /**
   * The JUnit tag of tests that find this strategy through the registry: only on the class path
   * (a named module's services come from its {@code provides} alone), so solver's pom runs them in
   * its class-path execution.
   */
  public static final String CLASS_PATH = "class-path";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "test only: first eligible mentor with room";
  }

  @Override
  public Matching match(Eligibility el, MatchOptions options) {
    int[] mentorOf = new int[el.menteeCount()];
    int[] load = new int[el.mentorCount()];
    for (int m = 0; m < mentorOf.length; m++) {
      mentorOf[m] = el.pinnedMentor(m);
      if (mentorOf[m] >= 0) {
        load[mentorOf[m]]++;
      }
    }
    for (int m = 0; m < mentorOf.length; m++) {
      for (int k = el.start(m); k < el.end(m) && mentorOf[m] < 0; k++) {
        int r = el.mentorAt(k);
        if (load[r] < el.capacity(r)) {
          mentorOf[m] = r;
          load[r]++;
        }
      }
    }
    return el.toMatching(mentorOf);
  }
}
