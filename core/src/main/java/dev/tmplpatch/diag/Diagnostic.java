package dev.tmplpatch.diag;

import dev.tmplpatch.i18n.Messages;
import dev.tmplpatch.i18n.Text;

/**
 * Diagnostic is something a user should know about an input, a template or an edit: where it is,
 * what it is and what to do about it. Every stage reports in this one shape, a refusal carries one
 * in a {@link DiagnosticException}, and this record is the one place that formats them.
 *
 * <p>The message and the hint are {@link Text}s (a key of the message bundle and its arguments),
 * rendered in a language only here: {@link #message()}, {@link #hint()}, {@link #oneLine()},
 * {@link #describe()} and {@link #format()} are English (logs, exceptions, the library API), and
 * the same methods taking {@link Messages} render the language the user asked for.
 *
 * @param severity how much it matters
 * @param rule a stable id, e.g. {@code nonroot-bind}
 * @param file the template's name
 * @param line 1-based line, 0 when the finding is about the whole template
 * @param column 1-based column, 0 when unknown
 * @param text what is the matter, one sentence
 * @param hintText what to do about it, may be empty
 */
public record Diagnostic(
    Severity severity, String rule, String file, int line, int column, Text text, Text hintText) {

  public Diagnostic {
    text = text == null ? Text.EMPTY : text;
    hintText = hintText == null ? Text.EMPTY : hintText;
  }

  /** Diagnostic with texts that are the same in every language (Go's words, the OS's reason). */
  public Diagnostic(Severity severity, String rule, String file, int line, int column, String message, String hint) {
    this(severity, rule, file, line, column, Text.verbatim(message), Text.verbatim(hint));
  }

  /** Severity orders findings from informative to blocking. */
  public enum Severity {
    INFO,
    WARNING,
    ERROR
  }

  /** info makes an informative finding. */
  public static Diagnostic info(String rule, String file, int line, Text message, Text hint) {
    return new Diagnostic(Severity.INFO, rule, file, line, line > 0 ? 1 : 0, message, hint);
  }

  /** warning makes a finding the user should act on. */
  public static Diagnostic warning(String rule, String file, int line, Text message, Text hint) {
    return new Diagnostic(Severity.WARNING, rule, file, line, line > 0 ? 1 : 0, message, hint);
  }

  /** error makes a finding that will break the gateway. */
  public static Diagnostic error(String rule, String file, int line, int column, Text message, Text hint) {
    return new Diagnostic(Severity.ERROR, rule, file, line, column, message, hint);
  }

  /**
   * error makes a finding whose texts are verbatim: Go's own words ({@link #GO_SYNTAX}) or a
   * message site not yet moved to the bundle (MessageSitesTest lists those).
   */
  public static Diagnostic error(String rule, String file, int line, int column, String message, String hint) {
    return error(rule, file, line, column, Text.verbatim(message), Text.verbatim(hint));
  }

  /** warning with verbatim texts; see {@link #error(String, String, int, int, String, String)}. */
  public static Diagnostic warning(String rule, String file, int line, String message, String hint) {
    return warning(rule, file, line, Text.verbatim(message), Text.verbatim(hint));
  }

  /** info with verbatim texts; see {@link #error(String, String, int, int, String, String)}. */
  public static Diagnostic info(String rule, String file, int line, String message, String hint) {
    return info(rule, file, line, Text.verbatim(message), Text.verbatim(hint));
  }

  /** GO_SYNTAX is the rule of a template Go's text/template rejects; it is worded as Go words it. */
  public static final String GO_SYNTAX = "go-syntax";

  /** message is the English text of what is the matter. */
  public String message() {
    return text.english();
  }

  /** hint is the English text of what to do, "" when none. */
  public String hint() {
    return hintText.english();
  }

  /** message renders what is the matter in the language of messages. */
  public String message(Messages messages) {
    return text.in(messages);
  }

  /** hint renders what to do in the language of messages, "" when none. */
  public String hint(Messages messages) {
    return hintText.in(messages);
  }

  /** withHint returns a copy with another, verbatim hint. */
  public Diagnostic withHint(String newHint) {
    return withHint(Text.verbatim(newHint));
  }

  /** withMessage returns a copy with another, verbatim message. */
  public Diagnostic withMessage(String newMessage) {
    return withMessage(Text.verbatim(newMessage));
  }

  /** withHint returns a copy with another hint. */
  public Diagnostic withHint(Text newHint) {
    return new Diagnostic(severity, rule, file, line, column, text, newHint);
  }

  /** withMessage returns a copy with another message. */
  public Diagnostic withMessage(Text newMessage) {
    return new Diagnostic(severity, rule, file, line, column, newMessage, hintText);
  }

  /** english returns a copy whose texts are their English words, verbatim: what it says, keys aside. */
  public Diagnostic english() {
    return new Diagnostic(severity, rule, file, line, column, message(), hint());
  }

  /** withFile returns a copy placed in another file, at no line. */
  public Diagnostic withFile(String newFile) {
    return new Diagnostic(severity, rule, newFile, 0, 0, text, hintText);
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

  /** oneLine is {@link #oneLine(Messages)} in English. */
  public String oneLine() {
    return oneLine(Messages.english());
  }

  /**
   * oneLine renders a refusal on one line: {@code file:line:col: message; hint: hint}, or for a
   * template Go rejects, Go's own {@code template: NAME:LINE: message; hint: hint} so that users
   * can search for it. The word "hint" is the bundle's ({@code diag.hint}).
   */
  public String oneLine(Messages messages) {
    String where = rule.equals(GO_SYNTAX) ? "template: " + file + ":" + line : location();
    String hint = hint(messages);
    return (where.isEmpty() ? "" : where + ": ") + message(messages)
        + (hint.isEmpty() ? "" : messages.get("diag.hint.inline", hint));
  }

  /** describe is {@link #describe(Messages)} in English. */
  public String describe() {
    return describe(Messages.english());
  }

  /** describe renders a refusal for reading: {@code file:line:col: message}, the hint on its own line. */
  public String describe(Messages messages) {
    String where = location();
    String hint = hint(messages);
    return (where.isEmpty() ? "" : where + ": ") + message(messages)
        + (hint.isEmpty() ? "" : "\n" + messages.get("diag.hint.line", hint));
  }

  /** format is {@link #format(Messages)} in English. */
  public String format() {
    return format(Messages.english());
  }

  /**
   * format renders the finding as {@code file:line:col: severity: message [rule]} plus the hint;
   * the severity word is the bundle's ({@code diag.severity.*}), the rule id never changes.
   */
  public String format(Messages messages) {
    StringBuilder sb = new StringBuilder(location());
    sb.append(": ").append(messages.get("diag.severity." + severity.name().toLowerCase(java.util.Locale.ROOT)))
        .append(": ").append(message(messages));
    sb.append(" [").append(rule).append(']');
    String hint = hint(messages);
    if (!hint.isEmpty()) {
      sb.append('\n').append(messages.get("diag.hint.line", hint));
    }
    return sb.toString();
  }
}
