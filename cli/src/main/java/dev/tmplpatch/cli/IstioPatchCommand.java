package dev.tmplpatch.cli;

import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.job.JobResult;
import dev.tmplpatch.job.TemplateSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** IstioPatchCommand prints the merge patch that installs an (edited) template into Istio. */
@Command(
    name = "istio-patch",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON merge patch that puts the gateway injection template into the Sail"
          + " operator's Istio resource (spec.values.sidecarInjectorWebhook.templates).",
      "The template is carried byte for byte, including its final newline.",
      "Apply it with: kubectl patch istio default --type=merge --patch-file FILE",
      "then: kubectl wait --for condition=Ready istio/default --timeout=3m"
    })
public final class IstioPatchCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TEMPLATE",
      description = "Template file, or - for standard input (default: the bundled template,"
          + " Istio 1.26).")
  String template;

  @Option(
      names = "--from-injector-configmap",
      paramLabel = "FILE",
      description = "Take the template from a dump of `kubectl -n istio-system get configmap"
          + " istio-sidecar-injector -o yaml` (- for standard input).")
  String injectorConfigMap;

  @Option(
      names = "--template-name",
      paramLabel = "NAME",
      defaultValue = IstioMergePatch.DEFAULT_TEMPLATE_NAME,
      converter = Converters.TemplateName.class,
      description = "Injection template to set (default: ${DEFAULT-VALUE}).")
  String templateName;

  @Option(
      names = "--istio-name",
      paramLabel = "NAME",
      defaultValue = IstioMergePatch.DEFAULT_ISTIO_NAME,
      converter = Converters.IstioName.class,
      description = "Name of the Istio resource (default: ${DEFAULT-VALUE}).")
  String istioName;

  @Option(
      names = "--kubectl",
      description = "Print the kubectl patch and kubectl wait commands instead of the JSON.")
  boolean kubectl;

  @Mixin EditOptions edits;
  @Mixin IstioReleaseOption release;
  @Mixin OutputOption output;
  @Mixin InputLimit limit;

  @Override
  public Integer call() {
    if (template != null && injectorConfigMap != null) {
      throw UserError.usage(dev.tmplpatch.i18n.Text.of("cli.istio-patch.template-and-configmap"));
    }
    if (injectorConfigMap != null && release.given()) {
      throw UserError.usage(dev.tmplpatch.i18n.Text.of("cli.istio-patch.configmap-and-istio"));
    }
    TemplateSource source;
    if (injectorConfigMap != null) {
      source = TemplateSource.injectorConfigMap(Inputs.named(injectorConfigMap, main.stdin()));
    } else if (release.given()) {
      source = release.source(template);
    } else if (template != null) {
      source = Inputs.named(template, main.stdin());
    } else {
      source = TemplateSource.bundled();
    }
    JobResult result = EditOptions.run(edits.request(source, templateName, limit, spec), main,
        spec.commandLine().getErr());
    IstioMergePatch patch = result.istioPatch(istioName);
    output.write(spec.commandLine().getOut(), kubectl ? patch.kubectlCommands() : patch.json());
    return 0;
  }
}
