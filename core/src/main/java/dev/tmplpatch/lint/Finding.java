package dev.tmplpatch.lint;

/**
 * Finding is something a user should know about a template or an edit: where it is, what it is
 * and what to do about it.
 *
 * @param severity how much it matters
 * @param rule a stable id, e.g. {@code nonroot-bind}
 * @param file the template's name
 * @param line 1-based line, 0 when the finding is about the whole template
 * @param column 1-based column, 0 when unknown
 * @param message what is the matter, one sentence
 * @param hint what to do about it, may be empty
 */
public record Finding(
    Severity severity, String rule, String file, int line, int column, String message, String hint) {

  /** Severity orders findings from informative to blocking. */
  public enum Severity {
    INFO,
    WARNING,
    ERROR
  }

  /** info makes an informative finding. */
  public static Finding info(String rule, String file, int line, String message, String hint) {
    return new Finding(Severity.INFO, rule, file, line, line > 0 ? 1 : 0, message, hint);
  }

  /** warning makes a finding the user should act on. */
  public static Finding warning(String rule, String file, int line, String message, String hint) {
    return new Finding(Severity.WARNING, rule, file, line, line > 0 ? 1 : 0, message, hint);
  }

  /** error makes a finding that will break the gateway. */
  public static Finding error(String rule, String file, int line, int column, String message, String hint) {
    return new Finding(Severity.ERROR, rule, file, line, column, message, hint);
  }

  /** format renders the finding as {@code file:line:col: severity: message [rule]} plus the hint. */
  public String format() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(message);
    sb.append(" [").append(rule).append(']');
    if (!hint.isEmpty()) {
      sb.append("\n  hint: ").append(hint);
    }
    return sb.toString();
  }
}
