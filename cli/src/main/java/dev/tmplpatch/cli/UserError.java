package dev.tmplpatch.cli;

/**
 * UserError is a mistake in what the user gave us (a file, an option value): it is printed as
 * one {@code tmplpatch: ...} message with a hint, never as a stack trace.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** USAGE is the exit code of a wrong command line; INPUT of bad input files. */
  static final int USAGE = 2;

  static final int INPUT = 1;

  private final int exitCode;
  private final String hint;

  UserError(int exitCode, String message, String hint) {
    super(message, null, false, false);
    this.exitCode = exitCode;
    this.hint = hint == null ? "" : hint;
  }

  static UserError usage(String message, String hint) {
    return new UserError(USAGE, message, hint);
  }

  static UserError input(String message, String hint) {
    return new UserError(INPUT, message, hint);
  }

  int exitCode() {
    return exitCode;
  }

  String hint() {
    return hint;
  }
}
