package dev.tmplpatch.cli;

import dev.tmplpatch.i18n.Messages;
import dev.tmplpatch.i18n.Text;


import dev.tmplpatch.diag.DiagnosticException;
import dev.tmplpatch.edit.RootNotAllowedException;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.job.JobException;
import dev.tmplpatch.job.JobRunner;
import dev.tmplpatch.k8s.InvalidNameException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

  /** REPORT_TO is where bugs go, in the English text of every internal error (cli.error.internal). */
  static final String REPORT_TO = "the tmplpatch issue tracker (see README, Reporting bugs)";

  /** PROGRAM starts every error line: the command's name, the same in every language. */
  static final String PROGRAM = "tmplpatch: ";

  private final Session session;

  private ErrorReporting(Session session) {
    this.session = session;
  }

  /**
   * install makes the command and all its subcommands report errors this way, with the run's
   * {@link Session} (the tmplpatch command's own, or a new one for another command).
   */
  public static CommandLine install(CommandLine cmd) {
    ErrorReporting handler = new ErrorReporting(
        cmd.getCommandSpec().userObject() instanceof Main m ? m.session() : new Session());
    cmd.setExecutionExceptionHandler(handler);
    cmd.setParameterExceptionHandler(handler);
    return cmd;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    Messages messages = session.messages();
    if (e instanceof CommandLine.ExecutionException && e.getCause() != null) {
      return uncaught(cmd, e.getCause());
    }
    if (e instanceof UserError u) {
      return report(err, u.text().in(messages), u.exitCode());
    }
    if (e instanceof JobException j) {
      return diagnostic(cmd, j, j.kind() == JobException.Kind.USAGE ? UserError.USAGE : UserError.INPUT);
    }
    if (e instanceof InvalidNameException || e instanceof RootNotAllowedException) {
      return report(err, ((DiagnosticException) e).diagnostic().oneLine(messages), UserError.USAGE);
    }
    if (e instanceof DiagnosticException d) {
      // Input the library refused: a file, a template Go rejects, an edit that cannot be proven.
      return diagnostic(cmd, d, UserError.INPUT);
    }
    if (e instanceof IllegalArgumentException) {
      // Option values the library validates: capabilities, containers, scenarios, sysctls.
      return report(err, dev.tmplpatch.diag.InvalidValueException.textOf((IllegalArgumentException) e).in(messages)
          + seeHelp(cmd, messages), UserError.USAGE);
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
    Messages messages = session(cmd).messages();
    Throwable cause = e;
    while (cause instanceof CommandLine.ExecutionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof UserError || cause instanceof UncheckedIOException
        || cause instanceof DiagnosticException) {
      return new ErrorReporting(session(cmd)).handleExecutionException((Exception) cause, cmd, null);
    }
    if (cause instanceof StackOverflowError) {
      return report(err, inputName(cmd) + messages.get("cli.error.too-deep"), UserError.INPUT);
    }
    if (cause instanceof OutOfMemoryError) {
      return report(err, inputName(cmd) + messages.get("cli.error.memory", cause.getMessage()), UserError.INPUT);
    }
    err.println(PROGRAM + messages.get("cli.error.internal", oneLine(String.valueOf(cause))));
    if (session(cmd).debug()) {
      cause.printStackTrace(err);
    }
    err.flush();
    return INTERNAL;
  }

  /** messages are the run's language (--lang, else the locale), for a command's findings and reports. */
  static Messages messages(CommandLine cmd) {
    return session(cmd).messages();
  }

  /** session is the run's context, kept by the handler installed on the command line. */
  static Session session(CommandLine cmd) {
    return cmd.getExecutionExceptionHandler() instanceof ErrorReporting r ? r.session : new Session();
  }

  private static String inputName(CommandLine cmd) {
    String n = session(cmd).inputName();
    return n == null ? "" : n + ": ";
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    // picocli's own sentences (unknown option, missing parameter) stay in picocli's English; a
    // value our converters refused is worded in the run's language inside picocli's sentence.
    String message = oneLine(e.getMessage());
    if (e.getCause() instanceof Converters.Refusal r) {
      message = message.replace(oneLine(r.getMessage()), oneLine(r.text().in(session(cmd).messages())));
    }
    if (!message.contains("hint:")) {
      message = message + seeHelp(cmd, session(cmd).messages());
    }
    return report(cmd.getErr(), message, UserError.USAGE);
  }

  /** usage reports a usage error in the run's language, exit 2. */
  static int usage(CommandLine cmd, Text text) {
    return report(cmd.getErr(), text.in(session(cmd).messages()), UserError.USAGE);
  }

  // seeHelp is the hint that ends every usage error: see the command's --help.
  private static String seeHelp(CommandLine cmd, Messages messages) {
    return messages.get("diag.hint.inline", messages.get("cli.hint.help", cmd.getCommandSpec().qualifiedName(" ")));
  }

  /**
   * diagnostic reports a refusal on one line (the one formatter, {@link
   * dev.tmplpatch.diag.Diagnostic#oneLine()}) and with --debug the offending line under it: for an
   * unclosed action, the line it started on.
   */
  private static int diagnostic(CommandLine cmd, DiagnosticException e, int code) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof TemplateSyntaxException)) {
      cause = cause.getCause();
    }
    dev.tmplpatch.diag.Diagnostic d = cause instanceof TemplateSyntaxException t && e == t
        ? JobRunner.syntaxError(t) : e.diagnostic();
    report(cmd.getErr(), d.oneLine(session(cmd).messages()), code);
    if (cause instanceof TemplateSyntaxException t) {
      int line = JobRunner.startLine(t);
      excerpt(cmd, line, line == t.line() ? t.column() : 1);
    } else {
      excerpt(cmd, d.line(), Math.max(1, d.column()));
    }
    return code;
  }

  // excerpt shows the offending line under the error, only with --debug: errors are one line.
  private static void excerpt(CommandLine cmd, int line, int column) {
    Session session = session(cmd);
    String source = session.source();
    if (session.debug() && source != null && line > 0) {
      cmd.getErr().print(SourceExcerpt.of(source, line, column));
      cmd.getErr().flush();
    }
  }

  private static int report(PrintWriter err, String message, int code) {
    err.println(PROGRAM + oneLine(message));
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
