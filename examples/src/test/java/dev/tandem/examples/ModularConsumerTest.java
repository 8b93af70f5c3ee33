package dev.tandem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.evaluation.Score;
import dev.tandem.core.generator.GeneratorSettings;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.io.ProblemFiles;
import dev.tandem.io.ResultFile;
import dev.tandem.io.ResultFiles;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tandem works for a consumer that is itself a module: {@code src/test/modular-consumer} (a module
 * that {@code requires dev.tandem.solver} and {@code dev.tandem.io}) is compiled against the
 * library modules and run in a child JVM on the module path alone. It reads problem files, finds
 * {@code exact} and {@code optaplanner} through the registry ({@code provides}/{@code uses}),
 * solves (OptaPlanner reflecting on the opened planning model) and writes result files (Jackson on
 * the opened records). The results must equal the same runs on the class path, and the README
 * problem its hand-computed answer.
 */
class ModularConsumerTest {
  private static final Path SOURCES = Path.of("src/test/modular-consumer");
  private static final long SEED = 7;
  private static final String STEPS = "100";

  /** The module path a consumer needs: the library modules and what they require, nothing else. */
  private static List<Path> libraryModulePath() {
    Path[] entries = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(s -> !s.isBlank()).map(Path::of).filter(Files::exists).toArray(Path[]::new);
    Configuration cf = Configuration.resolveAndBind(ModuleFinder.of(entries), List.of(ModuleLayer.boot().configuration()),
        ModuleFinder.of(), Set.of("dev.tandem.solver", "dev.tandem.io"));
    return cf.modules().stream().map(ResolvedModule::reference).map(r -> Path.of(r.location().orElseThrow()))
        .sorted().toList();
  }

  /** The README's problem: t42 is the only eligible mentor and goes to the ceo (pair score 170, see ReadmeApiTest). */
  private static MatchingProblem readmeProblem() {
    return MatchingProblem.builder()
        .name("readme")
        .competence(new Competence("genai", "Generative AI", false))
        .employee(Employee.of("ceo", "BOARD", 8))
        .employee(Employee.of("cio", "IT", 7, "ceo"))
        .employee(Employee.of("t17", "IT", 1, "cio"))
        .employee(Employee.of("t42", "SALES", 1))
        .mentee(Mentee.of("ceo", 3, List.of(new TopicRequest("genai", 3))))
        .mentee(Mentee.of("cio", 2, List.of(new TopicRequest("genai", 2))))
        .mentor(Mentor.of("t17", 1, List.of(new Proficiency("genai", 5))))
        .mentor(Mentor.of("t42", 1, List.of(new Proficiency("genai", 4))))
        .policy(Policy.DEFAULT)
        .build();
  }

  private static MatchOptions options(String strategy) {
    return strategy.equals("exact") ? MatchOptions.builder().seed(SEED).build()
        : MatchOptions.builder().seed(SEED).setting("stepCountLimit", STEPS).setting("acceptedCountLimit", "50").build();
  }

  @Test
  void aModularConsumerReadsSolvesAndWritesOnTheModulePathAsOnTheClassPath(@TempDir Path tmp) throws Exception {
    List<Path> modulePath = libraryModulePath();
    assertThat(modulePath.stream().map(p -> ModuleFinder.of(p).findAll().iterator().next().descriptor().name()))
        .contains("dev.tandem.core", "dev.tandem.solver", "dev.tandem.io", "com.google.common",
            "org.optaplanner.core.impl", "com.fasterxml.jackson.databind", "org.apache.commons.csv")
        .doesNotContain("dev.tandem.examples", "org.junit.jupiter.api");
    String mp = modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));

    Path classes = Files.createDirectories(tmp.resolve("consumer"));
    List<String> sources;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    List<String> javac = new ArrayList<>(List.of("--release", "17", "--module-path", mp, "-d", classes.toString()));
    javac.addAll(sources);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, javac.toArray(String[]::new)))
        .as("javac of the modular consumer: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    MatchingProblem generated = ProblemGenerator.generate(
        GeneratorSettings.builder().name("generated").employees(300).seed(SEED).build());
    List<MatchingProblem> problems = List.of(readmeProblem(), generated);
    Path out = Files.createDirectories(tmp.resolve("out"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", classes + File.pathSeparator + mp,
        "--module", "dev.tandem.consumer/dev.tandem.consumer.ModularConsumer",
        out.toString(), Long.toString(SEED), STEPS));
    for (MatchingProblem p : problems) {
      Path file = tmp.resolve(p.name() + ".json");
      ProblemFiles.write(p, file);
      command.add(file.toString());
    }
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the consumer ends").isTrue();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(output).isZero();

    assertThat(output.lines()).startsWith(
        "consumer dev.tandem.consumer",
        "library dev.tandem.core automatic=false",
        "library dev.tandem.solver automatic=false",
        "library dev.tandem.io automatic=false",
        "score exported to consumer false",
        "strategies exact,greedy,lagrangian,optaplanner,random,stable,stable-mentor");

    StrategyRegistry registry = StrategyRegistry.standard();
    for (MatchingProblem p : problems) {
      for (String strategy : List.of("exact", "optaplanner")) {
        ResultFile result = ResultFiles.read(out.resolve(p.name() + "." + strategy + ".json"));
        Matching onTheModulePath = result.matching(p);
        Matching onTheClassPath = registry.get(strategy).match(p, options(strategy));
        assertThat(onTheModulePath).as("%s %s", p.name(), strategy).isEqualTo(onTheClassPath);
        Score score = Evaluator.evaluate(p, onTheModulePath).score();
        assertThat(result.score()).contains(score);
        assertThat(output).contains("solved " + p.name() + " " + strategy + " " + score);
        assertThat(score.hard()).isZero();
      }
    }
    for (String strategy : List.of("exact", "optaplanner")) {
      ResultFile readme = ResultFiles.read(out.resolve("readme." + strategy + ".json"));
      assertThat(readme.corePairs()).containsExactly(Pair.of("ceo", "t42"));
      assertThat(readme.pairs()).singleElement().satisfies(rp -> assertThat(rp.pairScore()).hasValue(170));
    }
    assertThat(ResultFiles.read(out.resolve("generated.exact.json")).pairs()).hasSizeGreaterThan(10);
  }
}
