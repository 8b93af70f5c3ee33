package dev.tandem.cli;

import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code ./tandem} command line: a thin layer that wires each command to the library.
 *
 * <p>Guarantee: exit code 0 when done, 1 when the input or the result is invalid (one line per
 * problem on standard error, never a stack trace), 2 for wrong usage (the problem and a pointer to
 * {@code --help}). Results go to standard output or {@code --out}; progress of long solves to
 * standard error. An {@link Error} (above all {@link OutOfMemoryError}) also ends with exit code 1
 * and no stack trace: what ran out, what the command was working on (the problem and its size)
 * and how to give Java more memory ({@code TANDEM_JAVA_OPTS=-Xmx...}).
 */
@Command(name = "tandem", mixinStandardHelpOptions = true, versionProvider = Tandem.Version.class,
    description = "Reverse-mentoring programmes: match mentees (executives) with mentors (juniors), score and compare.",
    subcommands = {
        DemoCommand.class, ExampleCommand.class, GenerateCommand.class, ValidateCommand.class,
        SolveCommand.class, EvaluateCommand.class, CompareCommand.class, StrategiesCommand.class, ImportCsvCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 done, 1 invalid input or a result that breaks a hard rule, 2 wrong usage."})
public final class Tandem implements Runnable {
  /** Exit code: the input or the result is invalid. */
  public static final int INVALID = 1;
  /** Exit code: wrong usage. */
  public static final int USAGE = 2;

  final PrintStream out;
  final PrintStream err;
  final boolean interactive;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  Tandem(PrintStream out, PrintStream err, boolean interactive) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed");
  }

  /**
   * Memory given back when the heap runs out, so that the message about it can still be built.
   */
  private static volatile byte[] reserve = new byte[1 << 20];

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    // an Error on another thread (a solver's move thread, a watcher) ends the command the same way
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (e instanceof Error error) {
        reportError(err, error, Optional.empty(), args);
        err.flush();
        Runtime.getRuntime().halt(INVALID);
      }
      err.println("tandem: " + thread.getName() + ": " + firstLine(e));
    });
    int code = execute(out, err, System.console() != null, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line in-process.
   *
   * @param interactive whether standard error is a terminal (draws the progress bar)
   * @return the exit code
   */
  public static int execute(PrintStream out, PrintStream err, boolean interactive, String... args) {
    Workload.clear();
    try {
      CommandLine cl = commandLine(out, err, interactive);
      return cl.execute(args);
    } catch (Error e) {
      // picocli hands exceptions to FailureHandler but lets an Error through
      reportError(err, e, Workload.current(), args);
      return INVALID;
    } finally {
      Workload.clear();
    }
  }

  /** Prints {@link #errorLines} (and the stack trace only with TANDEM_DEBUG set). */
  static void reportError(PrintStream err, Error e, Optional<String> work, String[] args) {
    reserve = null;
    errorLines(e, work, Runtime.getRuntime().maxMemory(), args).forEach(err::println);
    if (System.getenv("TANDEM_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
  }

  /**
   * The lines for an {@link Error}: for {@link OutOfMemoryError} what ran out, the heap limit, what
   * the command was working on, and the command line again with more memory; for any other error
   * its class and message and how to see the stack trace.
   *
   * @param maxHeap the JVM's heap limit in bytes ({@link Runtime#maxMemory()})
   */
  static List<String> errorLines(Error e, Optional<String> work, long maxHeap, String[] args) {
    String during = work.map(w -> " while " + w).orElse("");
    if (e instanceof OutOfMemoryError) {
      String what = e.getMessage() == null || e.getMessage().isBlank() ? "Java heap space" : e.getMessage();
      long suggestGb = Math.max(2, (2 * maxHeap + (1L << 30) - 1) >> 30);
      return List.of(
          String.format(Locale.ROOT, "tandem: out of memory (%s; Java may use at most %,d MB)%s", what, maxHeap >> 20, during),
          String.format(Locale.ROOT, "tandem: give Java more memory and run it again, e.g. TANDEM_JAVA_OPTS=-Xmx%dg ./tandem %s",
              suggestGb, String.join(" ", args)));
    }
    return List.of(
        "tandem: internal error " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + firstLine(e)) + during,
        "tandem: set TANDEM_DEBUG=1 to see the stack trace, and please report it");
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  static CommandLine commandLine(PrintStream out, PrintStream err, boolean interactive) {
    CommandLine cl = new CommandLine(new Tandem(out, err, interactive));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(new UsageHandler());
    cl.setExecutionExceptionHandler(new FailureHandler());
    return cl;
  }

  /** Wrong usage: the problem and where to find help, exit 2. */
  static final class UsageHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      err.println("tandem: " + ex.getMessage());
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
      err.flush();
      return USAGE;
    }
  }

  /** Bad input or a failure: one line per problem, exit 1; never a stack trace (unless TANDEM_DEBUG is set). */
  static final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
      PrintWriter err = cl.getErr();
      if (ex instanceof ParameterException pe) {
        return new UsageHandler().handleParseException(pe, parseResult.originalArgs().toArray(new String[0]));
      }
      if (ex instanceof InputException ie) {
        printProblems(err, ie.lines());
      } else if (ex instanceof ValidationException ve) {
        printProblems(err, ve.problems().stream().map(ValidationProblem::toString).toList());
      } else if (ex instanceof UncheckedIOException uio) {
        err.println("tandem: " + describe(uio.getCause()));
      } else if (ex instanceof IOException io) {
        err.println("tandem: " + describe(io));
      } else {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("tandem: " + message.lines().findFirst().orElse(message));
      }
      if (System.getenv("TANDEM_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      err.flush();
      return INVALID;
    }
  }

  /** At most this many problem lines are printed; the rest are counted. */
  static final int MAX_PROBLEM_LINES = 100;

  /** One line per problem, the first {@link #MAX_PROBLEM_LINES}, then how many more there are. */
  static void printProblems(PrintWriter err, List<String> lines) {
    lines.stream().limit(MAX_PROBLEM_LINES).forEach(err::println);
    if (lines.size() > MAX_PROBLEM_LINES) {
      err.printf(Locale.ROOT, "... and %,d more problems (%,d in all)%n", lines.size() - MAX_PROBLEM_LINES, lines.size());
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return e.getMessage() + ": no such file";
    }
    if (e instanceof AccessDeniedException) {
      return e.getMessage() + ": permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Tandem.class.getPackage().getImplementationVersion();
      return new String[] {"tandem " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
