package dev.tmplpatch.diag;

/**
 * Diagnostic is something a user should know about an input, a template or an edit: where it is,
 * what it is and what to do about it. Every stage reports in this one shape, a refusal carries one
 * in a {@link DiagnosticException}, and this record is the one place that formats them.
 *
 * @param severity how much it matters
 * @param rule a stable id, e.g. {@code nonroot-bind}
 * @param file the template's name
 * @param line 1-based line, 0 when the finding is about the whole template
 * @param column 1-based column, 0 when unknown
 * @param message what is the matter, one sentence
 * @param hint what to do about it, may be empty
 */
public record Diagnostic(
    Severity severity, String rule, String file, int line, int column, String message, String hint) {

  public Diagnostic {
    hint = hint == null ? "" : hint;
  }

  /** Severity orders findings from informative to blocking. */
  public enum Severity {
    INFO,
    WARNING,
    ERROR
  }

  /** info makes an informative finding. */
  public static Diagnostic info(String rule, String file, int line, String message, String hint) {
    return new Diagnostic(Severity.INFO, rule, file, line, line > 0 ? 1 : 0, message, hint);
  }

  /** warning makes a finding the user should act on. */
  public static Diagnostic warning(String rule, String file, int line, String message, String hint) {
    return new Diagnostic(Severity.WARNING, rule, file, line, line > 0 ? 1 : 0, message, hint);
  }

  /** error makes a finding that will break the gateway. */
  public static Diagnostic error(String rule, String file, int line, int column, String message, String hint) {
    return new Diagnostic(Severity.ERROR, rule, file, line, column, message, hint);
  }

  /** GO_SYNTAX is the rule of a template Go's text/template rejects; it is worded as Go words it. */
  public static final String GO_SYNTAX = "go-syntax";

  /** withHint returns a copy with another hint. */
  public Diagnostic withHint(String newHint) {
    return new Diagnostic(severity, rule, file, line, column, message, newHint);
  }

  /** withMessage returns a copy with another message. */
  public Diagnostic withMessage(String newMessage) {
    return new Diagnostic(severity, rule, file, line, column, newMessage, hint);
  }

  /** location renders {@code file:line:col} as far as known; "" without a file. */
  public String location() {
    StringBuilder sb = new StringBuilder(file == null ? "" : file);
    if (file != null && line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }

  /**
   * oneLine renders a refusal on one line: {@code file:line:col: message; hint: hint}, or for a
   * template Go rejects, Go's own {@code template: NAME:LINE: message; hint: hint} so that users
   * can search for it.
   */
  public String oneLine() {
    String where = rule.equals(GO_SYNTAX) ? "template: " + file + ":" + line : location();
    return (where.isEmpty() ? "" : where + ": ") + message + (hint == null || hint.isEmpty() ? "" : "; hint: " + hint);
  }

  /** describe renders a refusal for reading: {@code file:line:col: message}, the hint on its own line. */
  public String describe() {
    String where = location();
    return (where.isEmpty() ? "" : where + ": ") + message + (hint.isEmpty() ? "" : "\n  hint: " + hint);
  }

  /** format renders the finding as {@code file:line:col: severity: message [rule]} plus the hint. */
  public String format() {
    StringBuilder sb = new StringBuilder(location());
    sb.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(message);
    sb.append(" [").append(rule).append(']');
    if (!hint.isEmpty()) {
      sb.append("\n  hint: ").append(hint);
    }
    return sb.toString();
  }
}
