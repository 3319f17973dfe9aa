package dev.tmplpatch.diag;

import dev.tmplpatch.i18n.Text;

/**
 * InvalidValueException refuses a value a caller gave (a scenario, a capability, a container or
 * sysctl name) with a text of the bundle; it is an {@link IllegalArgumentException} whose Java
 * message is the English text, and front ends render {@link #text()} in the user's language.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Text text;

  /** InvalidValueException with what is wrong and what is accepted, as one text. */
  public InvalidValueException(Text text) {
    super(text.english());
    this.text = text;
  }

  /** text is what is wrong, to be rendered in the user's language. */
  public Text text() {
    return text;
  }

  /** textOf is the bundle's text of an InvalidValueException, else the exception's message, verbatim. */
  public static Text textOf(IllegalArgumentException e) {
    // Any other IllegalArgumentException is a message not (yet) in the bundle, shown as it is.
    return e instanceof InvalidValueException v ? v.text() : Text.verbatim(e.getMessage());
  }
}
