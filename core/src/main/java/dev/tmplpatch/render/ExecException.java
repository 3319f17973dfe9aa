package dev.tmplpatch.render;

/**
 * ExecException is Go's template.ExecError: the message is Go's text, e.g. {@code template:
 * inject:12:3: executing "inject" at <.X>: map has no entry for key "X"}.
 */
public final class ExecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String templateName;

  ExecException(String templateName, String message) {
    super(message, null, false, false);
    this.templateName = templateName;
  }

  /** templateName is the name of the template whose node failed (Go: ExecError.Name). */
  public String templateName() {
    return templateName;
  }
}
