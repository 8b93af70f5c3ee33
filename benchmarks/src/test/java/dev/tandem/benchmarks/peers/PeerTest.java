package dev.tandem.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.generator.GeneratorSettings;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.rules.Eligibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assignment peers agree on the optimum of the linear objective; the model file round-trips. */
class PeerTest {
  private static final MatchingProblem PROBLEM = ProblemGenerator.generate(GeneratorSettings.builder()
      .employees(400).mentees(30).mentors(45).seed(3).departmentSpread(false).history(true).rankings(true).build());

  @Test
  void modelFileRoundTrips(@TempDir Path dir) throws Exception {
    Eligibility e = Eligibility.of(PROBLEM);
    PeerModel model = PeerModel.of(e);
    Path file = dir.resolve("m.bin");
    model.write(file);
    PeerModel read = PeerModel.read(file);
    assertThat(read.edgeCount()).isEqualTo(e.pairCount());
    assertThat(read.weight()).containsExactly(model.weight());
    assertThat(read.capacity()).containsExactly(model.capacity());
    assertThat(read.bigM()).isEqualTo(model.bigM());
    assertThat(Files.size(file)).isPositive();
  }

  @Test
  void jgraphtMinCostFlowAndScipyReachTheSameOptimumWithoutSpread() {
    Eligibility e = Eligibility.of(PROBLEM);
    Score jgrapht = Evaluator.evaluate(e, Peer.jgrapht().solve(e, Duration.ofSeconds(30)).matching()).score();
    Score mcf = Evaluator.evaluate(e, Peer.ortoolsMinCostFlow().solve(e, Duration.ofSeconds(30)).matching()).score();
    assertThat(jgrapht.hard()).isZero();
    assertThat(mcf).isEqualTo(jgrapht);
    PeerResult scipy;
    try {
      scipy = Peer.scipy().solve(e, Duration.ofSeconds(30));
    } catch (PeerUnavailableException ex) {
      assumeThat(ex.getMessage()).as("python3 with scipy is not installed here").isNull();
      return;
    }
    assertThat(Evaluator.evaluate(e, scipy.matching()).score()).isEqualTo(jgrapht);
    assertThat(scipy.solveMillis()).isNotNegative();
  }

  @Test
  void cpSatOptimisesTheSpreadTermToo() {
    MatchingProblem spread = PROBLEM.toBuilder().policy(dev.tandem.core.model.Policy.DEFAULT).build();
    Eligibility e = Eligibility.of(spread);
    Score cpSat = Evaluator.evaluate(e, Peer.ortoolsCpSat().solve(e, Duration.ofSeconds(10)).matching()).score();
    Score mcf = Evaluator.evaluate(e, Peer.ortoolsMinCostFlow().solve(e, Duration.ofSeconds(30)).matching()).score();
    assertThat(cpSat.hard()).isZero();
    assertThat(cpSat.medium()).isEqualTo(mcf.medium());
    assertThat(cpSat).isGreaterThanOrEqualTo(mcf);
  }
}
