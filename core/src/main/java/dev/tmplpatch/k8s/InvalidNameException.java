package dev.tmplpatch.k8s;

import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.diag.DiagnosticException;

/**
 * InvalidNameException refuses a Kubernetes name or namespace that breaks its rule; the message
 * says which value, what is wrong, the rule and a hint, on one line.
 */
public final class InvalidNameException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  private final String what;
  private final String value;
  private final String problem;
  private final String rule;
  private final String hint;

  InvalidNameException(String what, String value, String problem, String rule, String hint) {
    super(Diagnostic.error("invalid-name", null, 0, 0,
        what + " " + Shown.quoted(value) + " is invalid: " + problem + "; it must be " + rule, hint));
    this.what = what;
    this.value = value;
    this.problem = problem;
    this.rule = rule;
    this.hint = hint;
  }

  /** what names the thing that was being named, for example "namespace". */
  public String what() {
    return what;
  }

  /** value returns the refused text exactly as given. */
  public String value() {
    return value;
  }

  /** problem says what is wrong with the value. */
  public String problem() {
    return problem;
  }

  /** rule states the rule the value must follow. */
  public String rule() {
    return rule;
  }

  /** hint suggests a valid value or what to change. */
  public String hint() {
    return hint;
  }
}
