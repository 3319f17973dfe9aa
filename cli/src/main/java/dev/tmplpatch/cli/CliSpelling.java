package dev.tmplpatch.cli;

import dev.tmplpatch.job.Field;
import dev.tmplpatch.job.Spelling;

/** CliSpelling names a request's fields as the command line does: options and the TEMPLATE argument. */
record CliSpelling(String command) implements Spelling {

  @Override
  public String of(Field field) {
    return switch (field) {
      case TEMPLATE -> "TEMPLATE";
      case INJECTOR_CONFIGMAP -> "--from-injector-configmap";
      case TEMPLATE_NAME -> "--template-name";
      case ISTIO_VERSION -> "--istio";
      case SCENARIO -> "--scenario";
      case DROP_SYSCTL -> "--drop-sysctl";
      case DROP_SYSCTLS -> "--drop-sysctls";
      case ADD_CAPABILITIES -> "--add-capability";
      case CONTAINER -> "--container";
      case RUN_AS_ROOT -> "--run-as-root";
      case ALLOW_ROOT -> "--allow-root";
      case ACCEPT -> "--accept";
    };
  }

  @Override
  public String of(Field field, String value) {
    return of(field) + " " + value;
  }

  @Override
  public dev.tmplpatch.i18n.Text help() {
    return dev.tmplpatch.i18n.Text.of("cli.hint.help", command);
  }
}
