package dev.tmplpatch.cli;

import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.emit.EmitException;
import dev.tmplpatch.emit.InvalidNameException;
import dev.tmplpatch.emit.RootNotAllowedException;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * ErrorReporting is the one place where the CLI turns exceptions into what users see: a single
 * {@code tmplpatch: ...} line on standard error, exit code 1 for input errors and 2 for usage
 * errors, and a stack trace only for our own bugs (exit code 70).
 */
public final class ErrorReporting implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** INTERNAL is the exit code for bugs (BSD EX_SOFTWARE). */
  public static final int INTERNAL = 70;

  /**
   * SOURCE holds the text of the template the running command read, so that a syntax error or
   * an edit's refusal can show the offending line under its message.
   */
  static final ThreadLocal<String> SOURCE = new ThreadLocal<>();

  /** DEBUG is true when the command line asked for stack traces with --debug. */
  static final ThreadLocal<Boolean> DEBUG = ThreadLocal.withInitial(() -> false);

  /** REPORT_TO is where bugs go; every internal error names it. */
  static final String REPORT_TO = "the tmplpatch issue tracker (see README, Reporting bugs)";

  private ErrorReporting() {}

  /** install makes the command and all its subcommands report errors this way. */
  public static CommandLine install(CommandLine cmd) {
    ErrorReporting handler = new ErrorReporting();
    cmd.setExecutionExceptionHandler(handler);
    cmd.setParameterExceptionHandler(handler);
    return cmd;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (e instanceof CommandLine.ExecutionException && e.getCause() != null) {
      return uncaught(cmd, e.getCause());
    }
    if (e instanceof UserError u) {
      return report(err, u.getMessage(), u.exitCode());
    }
    if (e instanceof InvalidNameException || e instanceof RootNotAllowedException) {
      return report(err, e.getMessage(), UserError.USAGE);
    }
    if (e instanceof EmitException) {
      return report(err, e.getMessage(), UserError.INPUT);
    }
    if (e instanceof TemplateSyntaxException t) {
      err.println("tmplpatch: " + t.getMessage());
      int line = startLine(t);
      excerpt(err, line, line == t.line() ? t.column() : 1);
      return hint(err, t.hint().isEmpty()
          ? "istiod ignores a template that does not parse and keeps its old one; fix the line above"
          : t.hint(), UserError.INPUT);
    }
    if (e instanceof EditException x) {
      err.println("tmplpatch: " + x.location() + ": " + oneLine(x.getMessage()));
      excerpt(err, x.line(), Math.max(1, x.column()));
      return hint(err, x.hint(), UserError.INPUT);
    }
    if (e instanceof IllegalArgumentException) {
      // Option values the library validates: capabilities, containers, scenarios, sysctls.
      String name = cmd.getCommandSpec().qualifiedName(" ");
      return report(err, e.getMessage() + "; hint: see '" + name + " --help'", UserError.USAGE);
    }
    if (e instanceof UncheckedIOException io) {
      return report(err, io.getCause().getMessage(), UserError.INPUT);
    }
    return uncaught(cmd, e);
  }

  /**
   * uncaught reports what no handler above knew: resource exhaustion the input caused (nesting
   * too deep even for the command's big stack, memory) is exit 1 with one line; anything else is
   * a bug in tmplpatch, exit 70, one line that says where to report it, the stack trace only with
   * --debug.
   */
  static int uncaught(CommandLine cmd, Throwable e) {
    PrintWriter err = cmd.getErr();
    Throwable cause = e;
    while (cause instanceof CommandLine.ExecutionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof UserError || cause instanceof UncheckedIOException
        || cause instanceof EmitException || cause instanceof TemplateSyntaxException
        || cause instanceof EditException) {
      return new ErrorReporting().handleExecutionException((Exception) cause, cmd, null);
    }
    if (cause instanceof StackOverflowError) {
      return report(err, inputName() + "nested too deeply to process (the stack overflowed); hint: reduce"
          + " the nesting of {{if}}/{{range}} blocks or YAML collections", UserError.INPUT);
    }
    if (cause instanceof OutOfMemoryError) {
      return report(err, inputName() + "not enough memory (" + cause.getMessage() + "); hint: give Java"
          + " more heap, e.g. JAVA_TOOL_OPTIONS=-Xmx4g, or a smaller input", UserError.INPUT);
    }
    err.println("tmplpatch: internal error (" + oneLine(String.valueOf(cause)) + "): this is a bug in"
        + " tmplpatch; please report it to " + REPORT_TO + " with the command you ran and the output"
        + " of the same command with --debug");
    if (DEBUG.get()) {
      cause.printStackTrace(err);
    }
    err.flush();
    return INTERNAL;
  }

  /** INPUT_NAME names the input the running command read, for errors not tied to a line. */
  static final ThreadLocal<String> INPUT_NAME = new ThreadLocal<>();

  private static String inputName() {
    String n = INPUT_NAME.get();
    return n == null ? "" : n + ": ";
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String message = oneLine(e.getMessage());
    if (!message.contains("hint:")) {
      String name = cmd.getCommandSpec().qualifiedName(" ");
      message = message + "; hint: see '" + name + " --help'";
    }
    return report(cmd.getErr(), message, UserError.USAGE);
  }

  // startLine is where an unclosed action began: the line to fix, rather than where Go gave up.
  private static int startLine(TemplateSyntaxException t) {
    Matcher m = Pattern.compile("started at " + Pattern.quote(t.templateName()) + ":(\\d+)$").matcher(t.goMessage());
    return m.find() ? Integer.parseInt(m.group(1)) : t.line();
  }

  private static void excerpt(PrintWriter err, int line, int column) {
    String source = SOURCE.get();
    if (source != null && line > 0) {
      err.print(SourceExcerpt.of(source, line, column));
    }
  }

  private static int hint(PrintWriter err, String hint, int code) {
    if (!hint.isEmpty()) {
      err.println("hint: " + hint);
    }
    err.flush();
    return code;
  }

  private static int report(PrintWriter err, String message, int code) {
    err.println("tmplpatch: " + oneLine(message));
    err.flush();
    return code;
  }

  // oneLine keeps every report on one line, whatever a library put into its message.
  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
