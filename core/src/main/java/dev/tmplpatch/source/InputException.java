package dev.tmplpatch.source;

import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.diag.DiagnosticException;
import dev.tmplpatch.i18n.Text;
import java.util.Optional;

/**
 * InputException reports input tmplpatch cannot use (a file, a ConfigMap dump, a skeleton), with the file and 1-based line and column
 * where known, what is wrong and a hint, formatted on one line like a compiler error.
 */
public class InputException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  /** RULE is the rule of every refused input. */
  public static final String RULE = "input";

  /** InputException builds the error; line and column are 1-based, 0 when unknown. */
  protected InputException(String source, int line, int column, String problem, String hint) {
    super(Diagnostic.error(RULE, source, line, column, problem, hint));
  }

  /** InputException with texts of the bundle, rendered in the user's language by front ends. */
  protected InputException(String source, int line, int column, Text problem, Text hint) {
    super(Diagnostic.error(RULE, source, line, column, problem, hint));
  }

  /** at reports a problem at a position of a named input, in texts of the bundle. */
  public static InputException at(String source, int line, int column, Text problem, Text hint) {
    return new InputException(source, line, column, problem, hint);
  }

  /** of reports a problem with a whole input (no position), in texts of the bundle. */
  public static InputException of(String source, Text problem, Text hint) {
    return new InputException(source, 0, 0, problem, hint);
  }

  /** at reports a problem at a position of a named input. */
  public static InputException at(String source, int line, int column, String problem, String hint) {
    return new InputException(source, line, column, problem, hint);
  }

  /** of reports a problem with a whole input (no position). */
  public static InputException of(String source, String problem, String hint) {
    return new InputException(source, 0, 0, problem, hint);
  }

  /** source returns the input's name (a file name, "-" or a description), if any. */
  public Optional<String> source() {
    return Optional.ofNullable(diagnostic().file());
  }

  /** line returns the 1-based line, or 0 when the problem has no position. */
  public int line() {
    return diagnostic().line();
  }

  /** column returns the 1-based column, or 0 when the problem has no position. */
  public int column() {
    return diagnostic().column();
  }

  /** problem says what is wrong, without position or hint. */
  public String problem() {
    return diagnostic().message();
  }

  /** hint says what to do about it, if there is a useful suggestion. */
  public Optional<String> hint() {
    return diagnostic().hint().isEmpty() ? Optional.empty() : Optional.of(diagnostic().hint());
  }
}
