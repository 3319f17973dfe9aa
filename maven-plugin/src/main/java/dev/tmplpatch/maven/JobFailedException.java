package dev.tmplpatch.maven;

/** JobFailedException is a job whose input cannot be used: a template or edit error, located as file:line:col. */
final class JobFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** JobFailedException with a message that already names the file (and line and column where known). */
  JobFailedException(String message) {
    super(message);
  }

  private transient dev.tmplpatch.diag.Diagnostic diagnostic;

  /** JobFailedException with the application's refusal, rendered in the build's language by {@link #message}. */
  JobFailedException(dev.tmplpatch.diag.Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.oneLine(), cause);
    this.diagnostic = diagnostic;
  }

  /** message renders the failure in the language of messages (the English message when it has no diagnostic). */
  String message(dev.tmplpatch.i18n.Messages messages) {
    return diagnostic == null ? getMessage() : diagnostic.oneLine(messages);
  }

  /** JobFailedException with its cause kept for --errors output. */
  JobFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
