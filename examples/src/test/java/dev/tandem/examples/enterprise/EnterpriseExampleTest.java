package dev.tandem.examples.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.examples.ExampleContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnterpriseExampleTest {
  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new EnterpriseExample().run(ExampleContext.small(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theBundledOrganisationIsReproducibleAndValid() {
    MatchingProblem a = BundledOrganisation.generate(EnterpriseExample.SMALL_EMPLOYEES, EnterpriseExample.SEED);
    MatchingProblem b = BundledOrganisation.generate(EnterpriseExample.SMALL_EMPLOYEES, EnterpriseExample.SEED);
    assertThat(a.employees()).isEqualTo(b.employees());
    assertThat(a.mentees()).isEqualTo(b.mentees());
    assertThat(a.mentors()).isEqualTo(b.mentors());
    assertThat(a.employees()).hasSizeBetween(290, 310);
    assertThat(a.mentees()).isNotEmpty();
    assertThat(a.mentors()).isNotEmpty();
  }

  @Test
  void printsTheStoryWithTopicDemandPairsAndUnmatched() {
    String out = run();
    assertThat(out).contains("Topic demand", "Generative AI", "Who may mentor whom", "Unmatched executives");
    assertThat(out).doesNotContain("null");
    assertThat(out).matches("(?s).*E-\\d{5} \\([A-Za-z-]+, L\\d\\).*");
  }
}
