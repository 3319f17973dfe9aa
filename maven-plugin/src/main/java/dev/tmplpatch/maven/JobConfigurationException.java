package dev.tmplpatch.maven;

/** JobConfigurationException is a mistake in the plugin configuration, naming the parameter and what it accepts. */
final class JobConfigurationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final transient dev.tmplpatch.diag.Diagnostic diagnostic;

  /** JobConfigurationException for the parameter (e.g. {@code jobs[0].scenario}) with the explanation. */
  JobConfigurationException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
    this.diagnostic = null;
  }

  /** JobConfigurationException for the parameter with the application's refusal, rendered in the build's language. */
  JobConfigurationException(String parameter, dev.tmplpatch.diag.Diagnostic diagnostic) {
    super(parameter + ": " + diagnostic.oneLine());
    this.parameter = parameter;
    this.diagnostic = diagnostic;
  }

  /** message renders the mistake in the language of messages (the English message when it has no diagnostic). */
  String message(dev.tmplpatch.i18n.Messages messages) {
    return diagnostic == null ? getMessage() : parameter + ": " + diagnostic.oneLine(messages);
  }
}
