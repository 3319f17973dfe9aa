package dev.tmplpatch.job;

/**
 * Field is a parameter of a {@link JobRequest}. A refusal names the one to change; each front end
 * spells it in its own words ({@link Spelling}): a command-line option or a pom element.
 */
public enum Field {
  TEMPLATE,
  INJECTOR_CONFIGMAP,
  TEMPLATE_NAME,
  ISTIO_VERSION,
  SCENARIO,
  DROP_SYSCTL,
  DROP_SYSCTLS,
  ADD_CAPABILITIES,
  CONTAINER,
  RUN_AS_ROOT,
  ALLOW_ROOT,
  ACCEPT
}
