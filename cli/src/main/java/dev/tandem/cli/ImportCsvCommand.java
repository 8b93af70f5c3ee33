package dev.tandem.cli;

import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.ValidationException;
import dev.tandem.io.HrCsvImport;
import dev.tandem.io.ProblemFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tandem import-csv}: an HR export (three CSV files) as a problem file. */
@Command(name = "import-csv", mixinStandardHelpOptions = true,
    description = {"Turn an HR export (CSV files) into a tandem-problem/1 file.",
        "employees: id,department,level[,manager,name,skills]   skills as genai;cloud",
        "mentees:   employee,topics[,priority,ranking]           topics as genai:3;cloud:1 (weight 1..3)",
        "mentors:   employee,competences[,capacity,nominated,ranking]  competences as genai:5 (proficiency 1..5)",
        "competences (optional catalogue): id[,name,diversity]"})
final class ImportCsvCommand implements Callable<Integer> {
  @ParentCommand
  Tandem tandem;

  @Option(names = "--employees", required = true, paramLabel = "FILE", description = "Employees CSV.")
  Path employees;

  @Option(names = "--mentees", required = true, paramLabel = "FILE", description = "Mentee enrolments CSV.")
  Path mentees;

  @Option(names = "--mentors", required = true, paramLabel = "FILE", description = "Mentor enrolments CSV.")
  Path mentors;

  @Option(names = "--competences", paramLabel = "FILE", description = "Competence catalogue CSV (catches misspelt topics).")
  Path competences;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "hr-import", description = "Problem name (default ${DEFAULT-VALUE}).")
  String name;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the problem (default: standard output).")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path p : competences == null ? List.of(employees, mentees, mentors) : List.of(employees, mentees, mentors, competences)) {
      if (!Files.isRegularFile(p)) {
        missing.add(p + ": no such file");
      }
    }
    if (!missing.isEmpty()) {
      throw new InputException(missing);
    }
    HrCsvImport.Builder b = HrCsvImport.builder().name(name).employees(employees).mentees(mentees).mentors(mentors);
    if (competences != null) {
      b.competences(competences);
    }
    MatchingProblem problem;
    try {
      problem = b.read();
    } catch (ValidationException e) {
      throw new InputException(e.problems().stream().map(Object::toString).toList());
    }
    if (out == null) {
      Writer w = new OutputStreamWriter(tandem.out, StandardCharsets.UTF_8);
      ProblemFiles.write(problem, w);
      w.flush();
    } else {
      ProblemFiles.write(problem, out);
      tandem.out.printf(Locale.ROOT, "wrote %s: problem %s, %,d employees, %,d mentees, %,d mentors%n", out, problem.name(),
          problem.employees().size(), problem.mentees().size(), problem.mentors().size());
    }
    return 0;
  }
}
