package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.diag.DiagnosticException;

/**
 * EditException is an edit's refusal: its target is missing, ambiguous or not something it can
 * change safely. Nothing has been written when it is thrown. Its Java message is the bare
 * sentence; {@link #diagnostic()} has the place and the hint.
 */
public final class EditException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  /** RULE is the rule of every edit's refusal. */
  public static final String RULE = "edit";

  /** EditException carries the position (line 0 when none), the problem and a hint, as bundle texts. */
  public EditException(String file, int line, int column, Text message, Text hint) {
    super(Diagnostic.error(RULE, file, line, column, message, hint), message.english(), null);
  }

  /** file returns the template's name. */
  public String file() {
    return diagnostic().file();
  }

  /** line returns the 1-based line, or 0. */
  public int line() {
    return diagnostic().line();
  }

  /** column returns the 1-based column, or 0. */
  public int column() {
    return diagnostic().column();
  }

  /** hint returns what to do about it. */
  public String hint() {
    return diagnostic().hint();
  }

  /** location renders {@code file:line:col} as far as known. */
  public String location() {
    return diagnostic().location();
  }

  /** describe renders location, message and hint for a user. */
  public String describe() {
    return diagnostic().describe();
  }
}
