package dev.tmplpatch.diag;

/**
 * DiagnosticException is a refusal of input that the user can fix: it carries one {@link
 * Diagnostic}, and front ends print {@link Diagnostic#oneLine()} of it. The subclasses only say
 * which stage refused (a template Go rejects, an edit, an emitter, a Kubernetes name).
 */
public class DiagnosticException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;

  /** DiagnosticException carries the diagnostic; its message is the diagnostic's one line. */
  public DiagnosticException(Diagnostic diagnostic) {
    this(diagnostic, diagnostic.oneLine(), null);
  }

  /** DiagnosticException keeps the cause for debugging. */
  public DiagnosticException(Diagnostic diagnostic, Throwable cause) {
    this(diagnostic, diagnostic.oneLine(), cause);
  }

  /** DiagnosticException with its own Java message (Go's text, or an edit's bare sentence). */
  protected DiagnosticException(Diagnostic diagnostic, String message, Throwable cause) {
    super(message, cause);
    this.diagnostic = diagnostic;
  }

  /** DiagnosticException without a stack trace, for refusals that are part of normal flow. */
  protected DiagnosticException(Diagnostic diagnostic, String message, boolean stackTrace) {
    super(message, null, false, stackTrace);
    this.diagnostic = diagnostic;
  }

  /** diagnostic returns what is wrong, where and what to do. */
  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
