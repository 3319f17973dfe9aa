package dev.tmplpatch.maven;

/** JobFailedException is a job whose input cannot be used: a template or edit error, located as file:line:col. */
final class JobFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** JobFailedException with a message that already names the file (and line and column where known). */
  JobFailedException(String message) {
    super(message);
  }

  /** JobFailedException with its cause kept for --errors output. */
  JobFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
