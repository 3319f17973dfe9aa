package dev.tmplpatch.k8s;

import dev.tmplpatch.i18n.Text;

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
  private final transient Text problem;
  private final transient Text rule;

  InvalidNameException(String what, String value, Text problem, Text rule, Text hint) {
    super(Diagnostic.error("invalid-name", null, 0, 0,
        Text.of("k8s.invalid", what, Shown.quoted(value), problem, rule), hint));
    this.what = what;
    this.value = value;
    this.problem = problem;
    this.rule = rule;
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
    return problem.english();
  }

  /** rule states the rule the value must follow. */
  public String rule() {
    return rule.english();
  }

  /** hint suggests a valid value or what to change. */
  public String hint() {
    return diagnostic().hint();
  }
}
