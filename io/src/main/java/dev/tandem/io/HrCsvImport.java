package dev.tandem.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a programme from an HR export: three CSV files (employees, mentee enrolments, mentor
 * enrolments) and optionally a competence catalogue. Comma-separated, UTF-8 (a byte-order mark is
 * ignored), first row a header; column names are matched ignoring case and surrounding spaces;
 * blank lines are skipped (but counted as rows).
 *
 * <table>
 * <caption>Columns (optional ones may be left out of the header or left empty)</caption>
 * <tr><th>file</th><th>column</th><th>required</th><th>content</th></tr>
 * <tr><td>employees</td><td>id</td><td>yes</td><td>employee id</td></tr>
 * <tr><td></td><td>department</td><td>yes</td><td>department name</td></tr>
 * <tr><td></td><td>level</td><td>yes</td><td>seniority, an integer (higher is more senior)</td></tr>
 * <tr><td></td><td>manager</td><td>no</td><td>id of the direct manager, empty for the top</td></tr>
 * <tr><td></td><td>name</td><td>no</td><td>display name (personal data, never logged)</td></tr>
 * <tr><td></td><td>skills</td><td>no</td><td>competence ids, {@code genai;cloud}</td></tr>
 * <tr><td>mentees</td><td>employee</td><td>yes</td><td>employee id</td></tr>
 * <tr><td></td><td>priority</td><td>no</td><td>integer {@code >= 1}, default 1</td></tr>
 * <tr><td></td><td>topics</td><td>yes</td><td>{@code genai:3;cloud:1} (competence:weight 1..3)</td></tr>
 * <tr><td></td><td>ranking</td><td>no</td><td>mentor ids, most wanted first, {@code e17;e20}</td></tr>
 * <tr><td>mentors</td><td>employee</td><td>yes</td><td>employee id</td></tr>
 * <tr><td></td><td>capacity</td><td>no</td><td>integer {@code >= 1}, default 1</td></tr>
 * <tr><td></td><td>nominated</td><td>no</td><td>{@code true} or {@code false} (default)</td></tr>
 * <tr><td></td><td>competences</td><td>yes</td><td>{@code genai:5;cloud:3} (competence:proficiency 1..5)</td></tr>
 * <tr><td></td><td>ranking</td><td>no</td><td>mentee ids, most wanted first</td></tr>
 * <tr><td>competences (optional)</td><td>id</td><td>yes</td><td>competence id</td></tr>
 * <tr><td></td><td>name</td><td>no</td><td>readable name, default the id</td></tr>
 * <tr><td></td><td>diversity</td><td>no</td><td>{@code true} or {@code false} (default)</td></tr>
 * </table>
 *
 * <p>Without a competence catalogue, the competences are every id the files name, in order of
 * first appearance; with one, an id outside it is reported.
 *
 * <p>Guarantee: {@link Builder#read()} either returns a valid problem or throws one
 * {@link ValidationException} with every problem, each placed by file, row and column, e.g.
 * {@code mentees.csv, row 4, column topics: "genai3" is not competence:weight}. Rows are
 * numbered as a spreadsheet shows them: the header is row 1 when it is the first line, a blank line
 * is a row, a quoted cell spanning lines stays in its row. A file that is not UTF-8 is reported
 * with its name, the line of the first bad byte and its likely encoding; a quoted cell that is
 * never closed with the row and line where it opens. The model's own validation problems
 * are mapped back to the file and row they came from. Unknown columns are rejected, so a
 * misspelt header is never ignored. Linear time in the size of the files.
 */
public final class HrCsvImport {
  private static final Pattern ITEM = Pattern.compile("\\s*([^:;]+?)\\s*:\\s*([^:;]*?)\\s*");

  private HrCsvImport() {}

  public static Builder builder() {
    return new Builder();
  }

  /** A CSV source: the name used in messages, how to open it, and its file when it is one. */
  private record Source(String name, Opener opener, Optional<Path> file) {}

  @FunctionalInterface
  private interface Opener {
    Reader open() throws IOException;
  }

  /** Collects the files and settings of one import. Not thread-safe. */
  public static final class Builder {
    private String name = "hr-import";
    private Policy policy = Policy.DEFAULT;
    private Source employees;
    private Source mentees;
    private Source mentors;
    private Source competences;

    private Builder() {}

    public Builder name(String value) {
      name = requireNonNull(value);
      return this;
    }

    public Builder policy(Policy value) {
      policy = requireNonNull(value);
      return this;
    }

    public Builder employees(Path file) {
      employees = file(file);
      return this;
    }

    public Builder mentees(Path file) {
      mentees = file(file);
      return this;
    }

    public Builder mentors(Path file) {
      mentors = file(file);
      return this;
    }

    public Builder competences(Path file) {
      competences = file(file);
      return this;
    }

    /** Employees from CSV text; {@code fileName} is used in messages. */
    public Builder employees(String fileName, String csv) {
      employees = text(fileName, csv);
      return this;
    }

    public Builder mentees(String fileName, String csv) {
      mentees = text(fileName, csv);
      return this;
    }

    public Builder mentors(String fileName, String csv) {
      mentors = text(fileName, csv);
      return this;
    }

    public Builder competences(String fileName, String csv) {
      competences = text(fileName, csv);
      return this;
    }

    private static Source file(Path file) {
      return new Source(file.getFileName().toString(), () -> TextFiles.open(file), Optional.of(file));
    }

    private static Source text(String fileName, String csv) {
      return new Source(requireNonNull(fileName), () -> TextFiles.skipBom(new StringReader(csv)), Optional.empty());
    }

    /**
     * Reads every file and builds the problem.
     *
     * @throws ValidationException every problem, each placed by file, row and column
     * @throws IOException when a file cannot be read
     * @throws IllegalStateException when employees, mentees or mentors were not given
     */
    public MatchingProblem read() throws IOException {
      if (employees == null || mentees == null || mentors == null) {
        throw new IllegalStateException("employees, mentees and mentors files are all needed");
      }
      return new Reading(this).run();
    }
  }

  /** One run of the import. */
  private static final class Reading {
    private final Builder in;
    private final List<ValidationProblem> problems = new ArrayList<>();
    private final Map<String, Competence> catalogue = new LinkedHashMap<>();
    private final boolean fixedCatalogue;
    private final List<Integer> employeeRows = new ArrayList<>();
    private final List<Integer> menteeRows = new ArrayList<>();
    private final List<Integer> mentorRows = new ArrayList<>();
    private final List<Integer> competenceRows = new ArrayList<>();

    Reading(Builder in) {
      this.in = in;
      this.fixedCatalogue = in.competences != null;
    }

    MatchingProblem run() throws IOException {
      MatchingProblem.Builder b = MatchingProblem.builder().name(in.name).policy(in.policy);
      if (in.competences != null) {
        for (Row r : rows(in.competences, List.of("id"), List.of("name", "diversity"))) {
          String id = r.required("id");
          if (!id.isEmpty()) {
            catalogue.putIfAbsent(id, new Competence(id, r.optional("name").orElse(id), r.bool("diversity")));
            competenceRows.add(r.number);
          }
        }
      }
      List<Employee> employees = new ArrayList<>();
      for (Row r : rows(in.employees, List.of("id", "department", "level"), List.of("manager", "name", "skills"))) {
        String id = r.required("id");
        String department = r.required("department");
        int level = r.integer("level", 0, true);
        Optional<String> manager = r.optional("manager");
        Optional<String> name = r.optional("name");
        List<String> skills = r.list("skills");
        skills.forEach(s -> competence(r, "skills", s));
        if (!id.isEmpty()) {
          employees.add(new Employee(id, department, level, manager, name, ImmutableSet.copyOf(skills)));
          employeeRows.add(r.number);
        }
      }
      List<Mentee> mentees = new ArrayList<>();
      for (Row r : rows(in.mentees, List.of("employee", "topics"), List.of("priority", "ranking"))) {
        String employee = r.required("employee");
        int priority = r.integer("priority", 1, false);
        List<TopicRequest> topics = new ArrayList<>();
        for (String[] item : r.pairs("topics", "competence:weight")) {
          competence(r, "topics", item[0]);
          r.parseInt("topics", item[1]).ifPresent(w -> topics.add(new TopicRequest(item[0], w)));
        }
        List<String> ranking = r.list("ranking");
        if (!employee.isEmpty()) {
          mentees.add(new Mentee(employee, ImmutableList.copyOf(topics), priority, ImmutableList.copyOf(ranking)));
          menteeRows.add(r.number);
        }
      }
      List<Mentor> mentors = new ArrayList<>();
      for (Row r : rows(in.mentors, List.of("employee", "competences"), List.of("capacity", "nominated", "ranking"))) {
        String employee = r.required("employee");
        int capacity = r.integer("capacity", 1, false);
        boolean nominated = r.bool("nominated");
        List<Proficiency> held = new ArrayList<>();
        for (String[] item : r.pairs("competences", "competence:proficiency")) {
          competence(r, "competences", item[0]);
          r.parseInt("competences", item[1]).ifPresent(p -> held.add(new Proficiency(item[0], p)));
        }
        List<String> ranking = r.list("ranking");
        if (!employee.isEmpty()) {
          mentors.add(new Mentor(employee, ImmutableList.copyOf(held), capacity, nominated, ImmutableList.copyOf(ranking)));
          mentorRows.add(r.number);
        }
      }
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      b.competences(catalogue.values()).employees(employees).mentees(mentees).mentors(mentors);
      try {
        return b.build();
      } catch (ValidationException e) {
        throw new ValidationException(e.problems().stream().map(this::placed).toList());
      }
    }

    private void competence(Row r, String column, String id) {
      if (catalogue.containsKey(id)) {
        return;
      }
      if (fixedCatalogue) {
        r.problem(column, "unknown competence \"" + id + "\" (not in " + in.competences.name() + ")");
      } else {
        catalogue.put(id, Competence.of(id));
      }
    }

    private static final Pattern MODEL_PATH = Pattern.compile("(employees|mentees|mentors|competences)\\[(\\d+)\\](?:\\.([A-Za-z]+))?.*");

    /** Maps a model path such as {@code mentees[2].topics[0].weight} to file, row and column. */
    private ValidationProblem placed(ValidationProblem p) {
      Matcher m = MODEL_PATH.matcher(p.path());
      if (!m.matches()) {
        return p;
      }
      int index = Integer.parseInt(m.group(2));
      Source source;
      List<Integer> rowsOf;
      switch (m.group(1)) {
        case "employees" -> {
          source = in.employees;
          rowsOf = employeeRows;
        }
        case "mentees" -> {
          source = in.mentees;
          rowsOf = menteeRows;
        }
        case "mentors" -> {
          source = in.mentors;
          rowsOf = mentorRows;
        }
        default -> {
          source = in.competences;
          rowsOf = competenceRows;
        }
      }
      if (source == null || index >= rowsOf.size()) {
        return p;
      }
      String column = m.group(3) == null ? "" : ", column " + m.group(3);
      return new ValidationProblem(source.name() + ", row " + rowsOf.get(index) + column, p.message());
    }

    /**
     * The data rows of a source, each numbered as a spreadsheet shows it (the header is row 1 when
     * it is the first line; blank lines are rows too, and are skipped). A file that is not UTF-8 or
     * whose quotes do not close is reported with the row where reading stopped.
     */
    private List<Row> rows(Source source, List<String> required, List<String> optional) throws IOException {
      List<Row> out = new ArrayList<>();
      List<CSVRecord> records = new ArrayList<>();
      CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
      try (Reader reader = source.opener().open(); CSVParser parser = CSVParser.parse(reader, format)) {
        try {
          for (CSVRecord rec : parser) {
            if (!(rec.size() == 1 && rec.get(0).isEmpty())) {
              records.add(rec);
            }
          }
        } catch (UncheckedIOException e) {
          unreadable(source, parser.getRecordNumber() + 1, e.getCause());
          return out;
        }
      } catch (CharacterCodingException e) {
        unreadable(source, 0, e);
        return out;
      } catch (NotUtf8Exception e) {
        problems.add(new ValidationProblem(source.name(), e.reason()));
        return out;
      }
      if (records.isEmpty()) {
        problems.add(new ValidationProblem(source.name(), "the file is empty, expected a header row with "
            + String.join(", ", required)));
        return out;
      }
      CSVRecord header = records.get(0);
      Map<String, Integer> columns = new LinkedHashMap<>();
      Set<String> known = new LinkedHashSet<>(required);
      known.addAll(optional);
      long headerRow = header.getRecordNumber();
      for (int c = 0; c < header.size(); c++) {
        String col = header.get(c).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
        String at = source.name() + ", row " + headerRow + ", column " + (c + 1);
        if (!known.contains(col)) {
          problems.add(new ValidationProblem(at, "unknown column \"" + header.get(c).replace("\uFEFF", "").trim()
              + "\" (known: " + String.join(", ", known) + ")"));
        } else if (columns.putIfAbsent(col, c) != null) {
          problems.add(new ValidationProblem(at, "column \"" + col + "\" appears twice"));
        }
      }
      for (String r : required) {
        if (!columns.containsKey(r)) {
          problems.add(new ValidationProblem(source.name() + ", row " + headerRow, "missing column \"" + r + "\""));
        }
      }
      if (!columns.keySet().containsAll(required)) {
        return out;
      }
      for (int i = 1; i < records.size(); i++) {
        CSVRecord rec = records.get(i);
        Row row = new Row(source.name(), (int) rec.getRecordNumber(), rec, columns);
        if (rec.size() != header.size()) {
          problems.add(new ValidationProblem(source.name() + ", row " + row.number,
              "has " + rec.size() + " cells, the header has " + header.size()));
          continue;
        }
        out.add(row);
      }
      return out;
    }

    private static final Pattern START_LINE = Pattern.compile("\\(startline ([\\d,]+)\\)");
    private static final Pattern AT_LINE = Pattern.compile("at line: ([\\d,]+)");

    /** Records why a source could not be read to its end; {@code row} is where reading stopped (0: unknown). */
    private void unreadable(Source source, long row, Throwable cause) throws IOException {
      if (cause instanceof CharacterCodingException coding) {
        String reason = source.file().isPresent() ? TextFiles.notUtf8(source.file().get(), coding).reason()
            : "not UTF-8 text";
        problems.add(new ValidationProblem(source.name(), reason));
        return;
      }
      if (!(cause instanceof IOException io)) {
        throw new IllegalStateException(cause);
      }
      String message = String.valueOf(io.getMessage());
      String where = source.name() + (row > 0 ? ", row " + row : "");
      Matcher start = START_LINE.matcher(message);
      Matcher at = AT_LINE.matcher(message);
      if (message.contains("EOF reached before encapsulated token finished")) {
        String line = start.find() ? " on line " + start.group(1).replace(",", "") : "";
        problems.add(new ValidationProblem(where, "a quoted cell opened" + line
            + " is never closed (a closing \" is missing); the rest of the file could not be read"));
      } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
        String line = at.find() ? " on line " + at.group(1).replace(",", "") : "";
        problems.add(new ValidationProblem(where, "text follows the closing quote of a quoted cell" + line
            + " (a quote inside a quoted cell is written twice: \"\"); the rest of the file could not be read"));
      } else {
        problems.add(new ValidationProblem(where, "not readable as CSV: " + message));
      }
    }

    /** One data row; accessors record problems and return placeholders. */
    private final class Row {
      final String file;
      final int number;
      final CSVRecord rec;
      final Map<String, Integer> columns;

      Row(String file, int number, CSVRecord rec, Map<String, Integer> columns) {
        this.file = file;
        this.number = number;
        this.rec = rec;
        this.columns = columns;
      }

      void problem(String column, String message) {
        problems.add(new ValidationProblem(file + ", row " + number + ", column " + column, message));
      }

      Optional<String> optional(String column) {
        Integer c = columns.get(column);
        if (c == null || c >= rec.size()) {
          return Optional.empty();
        }
        String v = rec.get(c).trim();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
      }

      String required(String column) {
        Optional<String> v = optional(column);
        if (v.isEmpty()) {
          problem(column, "must not be empty");
        }
        return v.orElse("");
      }

      int integer(String column, int fallback, boolean required) {
        Optional<String> v = required ? Optional.of(required(column)).filter(s -> !s.isEmpty()) : optional(column);
        return v.flatMap(s -> parseInt(column, s)).orElse(fallback);
      }

      Optional<Integer> parseInt(String column, String text) {
        try {
          return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
          problem(column, "\"" + text + "\" is not an integer");
          return Optional.empty();
        }
      }

      boolean bool(String column) {
        Optional<String> v = optional(column);
        if (v.isEmpty()) {
          return false;
        }
        String s = v.get().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
          return s.equals("true");
        }
        problem(column, "\"" + v.get() + "\" is not true or false");
        return false;
      }

      /** A {@code a;b;c} list, blanks dropped. */
      List<String> list(String column) {
        List<String> out = new ArrayList<>();
        optional(column).ifPresent(v -> {
          for (String part : v.split(";")) {
            if (!part.isBlank()) {
              out.add(part.trim());
            }
          }
        });
        return out;
      }

      /** A {@code key:value;key:value} list. */
      List<String[]> pairs(String column, String shape) {
        List<String[]> out = new ArrayList<>();
        for (String item : list(column)) {
          Matcher m = ITEM.matcher(item);
          if (!m.matches() || m.group(2).isEmpty()) {
            problem(column, "\"" + item + "\" is not " + shape);
          } else {
            out.add(new String[] {m.group(1), m.group(2)});
          }
        }
        return out;
      }
    }
  }
}
