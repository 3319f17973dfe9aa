package dev.tmplpatch.gotemplate;

import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.diag.DiagnosticException;

/**
 * TemplateSyntaxException reports a template Go's text/template parser would reject, worded as
 * Go words it: {@code template: NAME:LINE: MESSAGE}.
 *
 * <p>{@link #line()} is Go's line; {@link #offset()} is the char index of the offending token and
 * {@link #column()} its 1-based code-point column; {@link #hint()} is short advice or "".
 */
public final class TemplateSyntaxException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  private final String templateName;
  private final int line;
  private final int column;
  private final int offset;
  private final String goMessage;

  public TemplateSyntaxException(String templateName, int line, int column, int offset, String goMessage,
      dev.tmplpatch.i18n.Text hint) {
    // Go's words stay Go's (users search for them); only our hint after them is the bundle's.
    super(Diagnostic.error(Diagnostic.GO_SYNTAX, templateName, line, column,
            dev.tmplpatch.i18n.Text.verbatim(goMessage), hint),
        // Go's own text, without the hint: the one formatter words it.
        Diagnostic.error(Diagnostic.GO_SYNTAX, templateName, line, column, goMessage, "").oneLine(), false);
    this.templateName = templateName;
    this.line = line;
    this.column = column;
    this.offset = offset;
    this.goMessage = goMessage;
  }

  /** templateName returns the name given in {@link ParseOptions#name()}. */
  public String templateName() {
    return templateName;
  }

  /** line returns the 1-based line Go reports. */
  public int line() {
    return line;
  }

  /** column returns the 1-based code-point column of the offending token. */
  public int column() {
    return column;
  }

  /** offset returns the char index of the offending token in the source. */
  public int offset() {
    return offset;
  }

  /** goMessage returns Go's text after the "template: NAME:LINE: " prefix. */
  public String goMessage() {
    return goMessage;
  }

  /** hint returns short advice for common mistakes, or "". */
  public String hint() {
    return diagnostic().hint();
  }
}
