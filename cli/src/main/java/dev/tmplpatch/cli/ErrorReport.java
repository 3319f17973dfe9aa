package dev.tmplpatch.cli;

import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * ErrorReport turns the errors users cause into one message on standard error and an exit
 * code: 1 for bad input (a template that does not parse, an edit whose target is missing), 2
 * for a wrong command line. Only real bugs keep their stack trace.
 */
final class ErrorReport implements IExecutionExceptionHandler {

  /** sources lets a syntax error show the offending line; set by commands that read templates. */
  static final ThreadLocal<String> SOURCE = new ThreadLocal<>();

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int code;
    if (ex instanceof TemplateSyntaxException e) {
      err.println("tmplpatch: " + e.getMessage());
      String source = SOURCE.get();
      if (source != null && e.line() > 0) {
        // "unclosed action started at x:2": the line that needs fixing is where it started.
        java.util.regex.Matcher m = java.util.regex.Pattern
            .compile("started at " + java.util.regex.Pattern.quote(e.templateName()) + ":(\\d+)$")
            .matcher(e.goMessage());
        if (m.find()) {
          int line = Integer.parseInt(m.group(1));
          err.print(SourceExcerpt.of(source, line, firstNonBlankColumn(source, line)));
        } else {
          err.print(SourceExcerpt.of(source, e.line(), e.column()));
        }
      }
      hint(err, e.hint().isEmpty()
          ? "istiod ignores a template that does not parse and keeps its old one; fix the line above"
          : e.hint());
      code = UserError.INPUT;
    } else if (ex instanceof EditException e) {
      err.println("tmplpatch: " + e.location() + ": " + e.getMessage());
      String source = SOURCE.get();
      if (source != null && e.line() > 0) {
        err.print(SourceExcerpt.of(source, e.line(), Math.max(1, e.column())));
      }
      hint(err, e.hint());
      code = UserError.INPUT;
    } else if (ex instanceof UserError e) {
      err.println("tmplpatch: " + e.getMessage());
      hint(err, e.hint());
      code = e.exitCode();
    } else if (ex instanceof IllegalArgumentException e) {
      // Option values our library validates (capability, container, scenario, names).
      err.println("tmplpatch: " + e.getMessage());
      err.println("Try 'tmplpatch " + cmd.getCommandName() + " --help' for more information.");
      code = UserError.USAGE;
    } else if (ex instanceof UncheckedIOException e) {
      err.println("tmplpatch: " + e.getCause().getMessage());
      code = UserError.INPUT;
    } else {
      err.println("tmplpatch: internal error, please report it:");
      ex.printStackTrace(err);
      code = 70;
    }
    err.flush();
    return code;
  }

  private static int firstNonBlankColumn(String source, int line) {
    String[] lines = source.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return 1;
    }
    String l = lines[line - 1];
    int i = 0;
    while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
      i++;
    }
    return i + 1;
  }

  private static void hint(PrintWriter err, String hint) {
    if (!hint.isEmpty()) {
      err.println("hint: " + hint);
    }
  }
}
