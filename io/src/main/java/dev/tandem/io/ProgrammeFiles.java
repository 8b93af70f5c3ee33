package dev.tandem.io;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.CycleState;
import dev.tandem.core.cycle.Programme;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.io.JsonDocuments.Problems;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes a whole programme, every cycle with its state, in the format
 * {@code tandem-programme/1}, so an HR tool can persist a programme and restore it without loss
 * (docs/formats.md; JSON Schema {@code dev/tandem/io/schema/tandem-programme-1.schema.json} in this
 * jar, which refers to the problem and result schemas), through the document record
 * {@code ProgrammeDocument}.
 *
 * <p>Shape: {@code {"format": "tandem-programme/1", "organisation": "...", "cycles": [...]}}; each
 * cycle holds the keys of {@link CycleState}: {@code id}, {@code phase}, {@code competences},
 * {@code employees}, {@code policy}, {@code history} (as in {@code tandem-problem/1}),
 * {@code topics} ({@code competence}, optional {@code targetPairs}), {@code mentees},
 * {@code mentors}, optional {@code framework} ({@code durationWeeks}, {@code meetingEveryWeeks},
 * {@code sessions}, {@code charterAccepted}), {@code locked} and {@code forbidden} pairs,
 * optional {@code strategy}, optional {@code matching} ({@code pairs}, {@code unmatched}),
 * {@code review} (each {@code edit} with its {@code type} DRAFT, LOCK, FORBID, SWAP or REMOVE,
 * the {@code before} and {@code after} scores and the {@code explanation} lines), {@code formed}
 * pairs, {@code kickOffs} (with {@code goals}), {@code sessions}, {@code endings} and
 * {@code feedback}; and, when the cycle uses them, {@code platform} (mode, request expiry,
 * requests), {@code kickOffEvent}, {@code missedKickOffs}, {@code starts}, {@code fitAnswers},
 * {@code changes} and {@code carriedOver}. A programme with erased people carries its
 * {@code erasureKey}. Dates are ISO {@code YYYY-MM-DD}.
 *
 * <p>Guarantee: {@link #write} then {@link #read} gives a programme whose cycles have equal
 * snapshots (lossless). Reading is strict like {@link ProblemFiles}: every unknown key, wrong
 * type, missing key or bad value is reported at once with its JSON path; then each cycle is
 * restored ({@link Cycle#restore}), whose problems come back under {@code $.cycles[i].}. Linear
 * in the file size.
 */
public final class ProgrammeFiles {
  /** The format string this class reads and writes. */
  public static final String FORMAT = "tandem-programme/1";

  private ProgrammeFiles() {}

  /**
   * Reads a programme file.
   *
   * @throws ValidationException every problem found, each with its JSON path
   * @throws NotUtf8Exception naming the file and its likely encoding when it is not UTF-8 (a
   *     byte-order mark is skipped)
   * @throws IOException when the file cannot be read
   */
  public static Programme read(Path file) throws IOException {
    return TextFiles.read(file, ProgrammeFiles::read);
  }

  /** Reads a programme from JSON text; see {@link #read(Path)}. */
  public static Programme read(Reader in) throws IOException {
    return toProgramme(JsonDocuments.read(in, ProgrammeDocument.class, FORMAT));
  }

  /** Reads a programme from a JSON string; see {@link #read(Path)}. */
  public static Programme parse(String json) {
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code programme} to {@code file} (UTF-8), replacing it. */
  public static void write(Programme programme, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(programme, out);
    }
  }

  /** Writes {@code programme} as pretty-printed JSON; the writer is flushed, not closed. */
  public static void write(Programme programme, Writer out) throws IOException {
    JsonDocuments.write(document(programme), out);
  }

  /** The programme as a JSON string. */
  public static String toJson(Programme programme) {
    StringWriter out = new StringWriter();
    try {
      write(programme, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Programme toProgramme(ProgrammeDocument d) {
    Problems problems = new Problems();
    List<CycleState> states = new ArrayList<>();
    for (int i = 0; i < d.cycles().size(); i++) {
      states.add(d.cycles().get(i).toModel("$.cycles[" + i + "]", problems));
    }
    problems.throwIfAny();
    List<ValidationProblem> restoreProblems = new ArrayList<>();
    List<Cycle> cycles = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      try {
        cycles.add(Cycle.restore(states.get(i)));
      } catch (ValidationException e) {
        for (ValidationProblem p : e.problems()) {
          restoreProblems.add(new ValidationProblem("$.cycles[" + i + "]" + (p.path().isEmpty() ? "" : "." + p.path()),
              p.message()));
        }
      }
    }
    if (!restoreProblems.isEmpty()) {
      throw new ValidationException(restoreProblems);
    }
    try {
      return Programme.of(d.organisation(), cycles, Optional.ofNullable(d.erasureKey()));
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      int colon = m.indexOf(": ");
      throw new ValidationException(List.of(colon > 0
          ? new ValidationProblem("$." + m.substring(0, colon), m.substring(colon + 2))
          : new ValidationProblem("$.cycles", m)));
    }
  }

  private static ProgrammeDocument document(Programme programme) {
    return new ProgrammeDocument(FORMAT, programme.organisation(),
        programme.cycles().stream().map(c -> ProgrammeDocument.CycleDoc.of(c.snapshot())).toList(),
        programme.erasureKey().orElse(null));
  }
}
