package dev.tmplpatch.cli;

import dev.tmplpatch.i18n.Text;

/**
 * UserError is a problem the user can fix (bad input or bad usage); the CLI prints its one-line
 * message after {@code tmplpatch: } and exits with its code, without a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** INPUT is the exit code for unusable input files or data. */
  public static final int INPUT = 1;
  /** USAGE is the exit code for bad options or option values. */
  public static final int USAGE = 2;

  private final int exitCode;
  private final transient Text text;

  private UserError(int exitCode, Text text, Throwable cause) {
    super(text.english(), cause);
    this.exitCode = exitCode;
    this.text = text;
  }

  /** input reports unusable input in the bundle's words, exit code 1. */
  public static UserError input(Text text) {
    return new UserError(INPUT, text, null);
  }

  /** input reports unusable input in the bundle's words and keeps the cause for debugging. */
  public static UserError input(Text text, Throwable cause) {
    return new UserError(INPUT, text, cause);
  }

  /** usage reports bad options in the bundle's words, exit code 2. */
  public static UserError usage(Text text) {
    return new UserError(USAGE, text, null);
  }

  /** text is the message, to be rendered in the run's language. */
  public Text text() {
    return text;
  }

  /** input reports unusable input (a file, stdin or a template), exit code 1. */
  public static UserError input(String message) {
    return new UserError(INPUT, Text.verbatim(message), null);
  }

  /** input reports unusable input and keeps the cause for debugging. */
  public static UserError input(String message, Throwable cause) {
    return new UserError(INPUT, Text.verbatim(message), cause);
  }

  /** usage reports options that cannot work together or bad option values, exit code 2. */
  public static UserError usage(String message) {
    return new UserError(USAGE, Text.verbatim(message), null);
  }

  /** exitCode returns 1 for input errors and 2 for usage errors. */
  public int exitCode() {
    return exitCode;
  }
}
