package dev.tandem.cli;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.Evaluator;
import dev.tandem.core.model.Matching;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.rules.Eligibility;
import dev.tandem.io.ResultFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tandem evaluate PROBLEM RESULT}: rescores a result from any source with the one
 * evaluator; exit 1 when it breaks a hard rule (a forbidden pair, an exceeded capacity or a
 * pinned pair it does not keep).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Rescore a result file from any source with the one evaluator.",
        "Exit 1 if the matching breaks a hard rule (a forbidden pair, an exceeded capacity or a broken pin)."})
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand
  Tandem tandem;

  @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem (tandem-problem/1).")
  Path problemFile;

  @Parameters(index = "1", paramLabel = "RESULT", description = "The result (tandem-result/1); only the pairs are needed.")
  Path resultFile;

  @Option(names = "--bound-time-limit", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = Proof.DEFAULT_TIME,
      description = "Time for proving the bound on the optimum (default ${DEFAULT-VALUE}).")
  Duration boundTimeLimit;

  @Override
  public Integer call() {
    MatchingProblem problem = Inputs.problem(problemFile);
    ResultFile result = Inputs.result(resultFile);
    Matching matching;
    try {
      matching = result.matching(problem);
    } catch (ValidationException e) {
      throw Inputs.problems(resultFile, e);
    }
    Eligibility eligibility = Eligibility.of(problem);
    Evaluation evaluation = Evaluator.evaluate(eligibility, matching);
    Summary.problem(tandem.out, problem, eligibility);
    tandem.out.printf(Locale.ROOT, "result     %s%s%n", resultFile,
        result.strategy().map(s -> " (strategy " + s + ")").orElse(""));
    if (result.problem().isPresent() && !result.problem().get().equals(problem.name())) {
      tandem.out.printf(Locale.ROOT, "note       the result names problem \"%s\", not \"%s\"%n", result.problem().get(), problem.name());
    }
    Summary.evaluation(tandem.out, problem, evaluation);
    Proof.print(tandem.out, new Proof().bound(eligibility, evaluation.score(), boundTimeLimit, 1), evaluation.score());
    if (result.score().isPresent() && !result.score().get().equals(evaluation.score())) {
      tandem.out.printf(Locale.ROOT, "note       the file claims %s; the evaluator says %s%n", result.score().get(), evaluation.score());
    }
    if (!evaluation.score().isFeasible()) {
      tandem.err.printf(Locale.ROOT, "%s: breaks hard rules: %,d forbidden pairs, %,d over capacity, %,d broken pins%n",
          resultFile, evaluation.terms().forbiddenPairs(), evaluation.terms().capacityExcess(), evaluation.terms().brokenPins());
      evaluation.brokenPins().forEach(b -> tandem.err.println(resultFile + ": " + b));
      return Tandem.INVALID;
    }
    return 0;
  }
}
