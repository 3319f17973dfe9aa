package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.diag.DiagnosticException;

/**
 * RootNotAllowedException refuses to run the proxy as root without the caller's opt-in; {@link
 * RunAsRoot#requireOptIn} is the one place that throws it, for the edits, the Gateway options
 * ConfigMap and both front ends.
 */
public final class RootNotAllowedException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  /** RULE is the rule of the refusal. */
  public static final String RULE = "allow-root";

  RootNotAllowedException(String what, String optIn, String alternative) {
    super(Diagnostic.error(RULE, null, 0, 0, Text.of("edit.root.opt-in", what, optIn),
        Text.of("edit.root.opt-in.hint", Text.of(RunAsRoot.COST_KEY), alternative)));
  }
}
