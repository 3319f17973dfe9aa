package dev.tmplpatch.job;

import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.diag.DiagnosticException;

/**
 * JobException is the one exception a {@link JobRequest} and the {@link JobRunner} throw: a
 * request that cannot work ({@link Kind#USAGE}, naming the {@link Field} to change) or input that
 * cannot be used ({@link Kind#INPUT}: a file, a template Go rejects, an edit's refusal). Front ends
 * map the kind to an exit code or a Maven error and print {@link Diagnostic#oneLine()}.
 */
public final class JobException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  /** Kind says whose fault it is: the request's, or the input's. */
  public enum Kind {
    USAGE,
    INPUT
  }

  private final Kind kind;
  private final Field field;

  private JobException(Kind kind, Field field, Diagnostic diagnostic, Throwable cause) {
    super(diagnostic, cause);
    this.kind = kind;
    this.field = field;
  }

  /** usage refuses a field's value. */
  static JobException usage(Field field, Diagnostic diagnostic, Throwable cause) {
    return new JobException(Kind.USAGE, field, diagnostic, cause);
  }

  /** input refuses the input, keeping the library's diagnostic. */
  static JobException input(Diagnostic diagnostic, Throwable cause) {
    return new JobException(Kind.INPUT, null, diagnostic, cause);
  }

  /** kind says whether the request or the input is to change. */
  public Kind kind() {
    return kind;
  }

  /** field names the parameter to change; null for input errors. */
  public Field field() {
    return field;
  }
}
