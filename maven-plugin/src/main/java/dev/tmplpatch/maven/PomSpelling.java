package dev.tmplpatch.maven;

import dev.tmplpatch.job.Field;
import dev.tmplpatch.job.Spelling;

/** PomSpelling names a request's fields as a pom does: the elements of a {@code <job>}. */
final class PomSpelling implements Spelling {
  static final PomSpelling INSTANCE = new PomSpelling();

  private PomSpelling() {}

  /** parameter is the element of a {@code <job>} that sets the field. */
  static String parameter(Field field) {
    return switch (field) {
      case TEMPLATE -> "template";
      case INJECTOR_CONFIGMAP -> "injectorConfigMap";
      case TEMPLATE_NAME -> "templateName";
      case ISTIO_VERSION -> "istioVersion";
      case SCENARIO -> "scenario";
      case DROP_SYSCTL -> "dropSysctl";
      case DROP_SYSCTLS -> "dropSysctls";
      case ADD_CAPABILITIES -> "addCapabilities";
      case CONTAINER -> "container";
      case RUN_AS_ROOT -> "runAsRoot";
      case ALLOW_ROOT -> "allowRoot";
      case ACCEPT -> "accept";
    };
  }

  @Override
  public String of(Field field) {
    return "<" + parameter(field) + ">";
  }

  @Override
  public String of(Field field, String value) {
    return "<" + parameter(field) + ">" + value + "</" + parameter(field) + ">";
  }

  @Override
  public dev.tmplpatch.i18n.Text help() {
    // The refusal starts with the parameter (jobs[0].scenario: ...); the README lists what it accepts.
    return dev.tmplpatch.i18n.Text.EMPTY;
  }
}
