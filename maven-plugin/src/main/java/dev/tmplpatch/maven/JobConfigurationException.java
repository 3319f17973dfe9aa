package dev.tmplpatch.maven;

/** JobConfigurationException is a mistake in the plugin configuration, naming the parameter and what it accepts. */
final class JobConfigurationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** JobConfigurationException for the parameter (e.g. {@code jobs[0].scenario}) with the explanation. */
  JobConfigurationException(String parameter, String message) {
    super(parameter + ": " + message);
  }
}
