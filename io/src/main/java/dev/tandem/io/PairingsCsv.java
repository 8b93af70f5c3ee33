package dev.tandem.io;

import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.evaluation.UnmatchedMentee;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports the pairings of an evaluated matching as CSV for HR tools and spreadsheets: one row per
 * pair ({@code status} {@code matched}), then one per unmatched mentee ({@code status}
 * {@code unmatched}, with the reason).
 *
 * <p>Columns: {@code status, mentee, [mentee_name,] mentee_department, mentor, [mentor_name,]
 * mentor_department, pair_score, pinned, shared_topics, reason}. The name columns are present only
 * when the caller opts in ({@code includeNames}), since display names are personal data.
 * {@code shared_topics} lists the mentee's topics the mentor holds ({@code genai;cloud}).
 *
 * <p>Guarantee: no cell can start a spreadsheet formula: a cell whose first character, after any
 * leading spaces, is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * written with a leading apostrophe ({@link SpreadsheetCells#neutralise}); so a negative pair score reads
 * {@code '-5}. Quoting follows RFC 4180. Linear time in the matching.
 */
public final class PairingsCsv {
  private PairingsCsv() {}

  /** Writes the pairings to {@code file} (UTF-8), replacing it. */
  public static void write(Path file, MatchingProblem problem, Evaluation evaluation, boolean includeNames)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, problem, evaluation, includeNames);
    }
  }

  /** The pairings as CSV text. */
  public static String toCsv(MatchingProblem problem, Evaluation evaluation, boolean includeNames) {
    StringWriter out = new StringWriter();
    try {
      write(out, problem, evaluation, includeNames);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the pairings; the writer is flushed, not closed. */
  public static void write(Writer out, MatchingProblem problem, Evaluation evaluation, boolean includeNames)
      throws IOException {
    List<String> header = new ArrayList<>(List.of("status", "mentee"));
    if (includeNames) {
      header.add("mentee_name");
    }
    header.addAll(List.of("mentee_department", "mentor"));
    if (includeNames) {
      header.add("mentor_name");
    }
    header.addAll(List.of("mentor_department", "pair_score", "pinned", "shared_topics", "reason"));
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
    printer.printRecord(header);
    for (PairEvaluation p : evaluation.pairs()) {
      Employee mentee = problem.employee(p.pair().mentee());
      Employee mentor = problem.employee(p.pair().mentor());
      List<String> row = new ArrayList<>(List.of("matched", mentee.id()));
      if (includeNames) {
        row.add(mentee.displayName().orElse(""));
      }
      row.addAll(List.of(mentee.department(), mentor.id()));
      if (includeNames) {
        row.add(mentor.displayName().orElse(""));
      }
      row.addAll(List.of(mentor.department(), Long.toString(p.pairScore()), Boolean.toString(p.pinned()),
          sharedTopics(problem, p.pair().mentee(), p.pair().mentor()), ""));
      printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
    }
    for (UnmatchedMentee u : evaluation.unmatched()) {
      Employee mentee = problem.employee(u.mentee());
      List<String> row = new ArrayList<>(List.of("unmatched", mentee.id()));
      if (includeNames) {
        row.add(mentee.displayName().orElse(""));
      }
      row.addAll(List.of(mentee.department(), ""));
      if (includeNames) {
        row.add("");
      }
      row.addAll(List.of("", "", "false", "", u.reason().name()));
      printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
    }
    printer.flush();
  }

  private static String sharedTopics(MatchingProblem problem, String menteeId, String mentorId) {
    Mentee mentee = problem.mentee(menteeId).orElseThrow();
    Mentor mentor = problem.mentor(mentorId).orElseThrow();
    Set<String> held = mentor.competences().stream().map(Proficiency::competence).collect(Collectors.toSet());
    return mentee.topics().stream().map(TopicRequest::competence).filter(held::contains).collect(Collectors.joining(";"));
  }
}
