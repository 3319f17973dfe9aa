package dev.tmplpatch.cli;

import dev.tmplpatch.edit.RootNotAllowedException;

import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.source.InputException;
import dev.tmplpatch.k8s.InvalidNameException;
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
   * SOURCE holds the text of the template the running command read, so that with --debug a
   * syntax error or an edit's refusal can show the offending line under its one-line message.
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
    if (e instanceof InputException) {
      return report(err, e.getMessage(), UserError.INPUT);
    }
    if (e instanceof TemplateSyntaxException t) {
      int line = startLine(t);
      String hint = t.hint().isEmpty()
          ? "istiod ignores a template that does not parse and keeps its old one; fix line " + line
          : t.hint();
      report(err, t.getMessage() + "; hint: " + hint, UserError.INPUT);
      excerpt(err, line, line == t.line() ? t.column() : 1);
      return UserError.INPUT;
    }
    if (e instanceof EditException x) {
      String hint = x.hint().isEmpty() ? "" : "; hint: " + x.hint();
      report(err, x.location() + ": " + oneLine(x.getMessage()) + hint, UserError.INPUT);
      excerpt(err, x.line(), Math.max(1, x.column()));
      return UserError.INPUT;
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
        || cause instanceof InputException || cause instanceof TemplateSyntaxException
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

  // excerpt shows the offending line under the error, only with --debug: errors are one line.
  private static void excerpt(PrintWriter err, int line, int column) {
    String source = SOURCE.get();
    if (DEBUG.get() && source != null && line > 0) {
      err.print(SourceExcerpt.of(source, line, column));
      err.flush();
    }
  }

  private static int report(PrintWriter err, String message, int code) {
    err.println("tmplpatch: " + oneLine(message));
    err.flush();
    return code;
  }

  /** LONG_WORD is the longest run without spaces shown in full: longer ones quote input. */
  static final int LONG_WORD = 200;

  // oneLine keeps every report on one line, whatever a library put into its message, and never
  // echoes input: control characters become '?', and a run of more than LONG_WORD characters
  // without a space (a huge line quoted by a message) is shortened to its ends.
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String line = shortened(s.strip().replaceAll("\\s*\\R\\s*", " "));
    if (line.length() > LONG_LINE) {
      // A message that lists what grows with the input (every enclosing branch of a deeply
      // nested line) keeps its start (place, what) and its end (the hint).
      int head = LONG_LINE * 2 / 3;
      int tail = LONG_LINE / 4;
      line = line.substring(0, head) + " …(" + (line.length() - head - tail) + " characters)… "
          + line.substring(line.length() - tail);
    }
    return line;
  }

  /** LONG_LINE is the longest message printed in full. */
  static final int LONG_LINE = 1500;

  /** printable applies the same rule to each line of a multi-line text, such as a finding. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(i == 0 ? "" : "\n").append(shortened(lines[i]));
    }
    return out.toString();
  }

  private static String shortened(String line) {
    StringBuilder out = new StringBuilder(Math.min(line.length(), 4096));
    int word = 0;
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      int end = i + Character.charCount(c);
      if (c == ' ') {
        word = 0;
        out.append(' ');
      } else if (word == LONG_WORD) {
        int next = line.indexOf(' ', i);
        int stop = next < 0 ? line.length() : next;
        int keep = Math.max(i, stop - 20);
        out.append("…(").append(line.codePointCount(i, keep)).append(" characters)…");
        appendShown(out, line.substring(keep, stop));
        end = stop;
        word = 0;
      } else {
        word++;
        appendShown(out, new String(Character.toChars(c)));
      }
      i = end;
    }
    return out.toString();
  }

  private static void appendShown(StringBuilder out, String s) {
    s.codePoints().forEach(c -> out.appendCodePoint(c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ? '?' : c));
  }
}
