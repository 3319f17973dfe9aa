package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.templates.BundledTemplates;
import java.util.List;
import dev.tmplpatch.emit.GatewayOptionsConfigMap;
import dev.tmplpatch.job.JobRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** GatewayOptionsCommand prints the Gateway API options ConfigMap (and the Gateway change). */
@Command(
    name = "gateway-options",
    mixinStandardHelpOptions = true,
    description = {
      "Print the ConfigMap whose data.deployment istiod (1.26+) merges into the Deployment it"
          + " generates for a Gateway API Gateway, and with --gateway the change that makes the"
          + " Gateway use it (spec.infrastructure.parametersRef).",
      "Apply with: kubectl apply --server-side --field-manager=tmplpatch -f FILE (its own field"
          + " manager changes only the fields printed, so the Gateway keeps its listeners).",
      "Has no effect on gateways installed by injection; use istio-patch for those."
    })
public final class GatewayOptionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--namespace",
      required = true,
      paramLabel = "NS",
      converter = Converters.Namespace.class,
      description = "Namespace of the Gateway (the ConfigMap must be in the same one).")
  String namespace;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = GatewayOptionsConfigMap.DEFAULT_NAME,
      converter = Converters.ConfigMapName.class,
      description = "ConfigMap name (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(
      names = "--gateway",
      paramLabel = "NAME",
      converter = Converters.GatewayName.class,
      description = "Also print the change to this Gateway that refers to the ConfigMap.")
  String gateway;

  @Option(
      names = "--scenario",
      paramLabel = "SCENARIO",
      defaultValue = "unprivileged-ports",
      converter = Converters.ScenarioName.class,
      description = "unprivileged-ports (1), privileged-ports (2) or privileged-ports-root"
          + " (default: ${DEFAULT-VALUE}).")
  Scenario scenario;

  @Option(
      names = "--allow-root",
      description = "Accept running istio-proxy as root (needed by privileged-ports-root).")
  boolean allowRoot;

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    // The request checks the root opt-in as edit and the Maven plugin do, in the command's words.
    JobRequest request = JobRequest.builder(new CliSpelling(spec.qualifiedName(" ")))
        .scenario(scenario.id())
        .allowRoot(allowRoot)
        .build();
    output.write(spec.commandLine().getOut(), request.gatewayOptions(namespace, name, gateway).yaml());
    for (Diagnostic f : advice(scenario, name)) {
      spec.commandLine().getErr().println(ErrorReporting.printable(f.format(ErrorReporting.messages(spec.commandLine()))));
    }
    spec.commandLine().getErr().flush();
    return 0;
  }

  /**
   * advice returns what `tmplpatch edit` warns for the same scenario about the proxy container
   * (NET_BIND_SERVICE does nothing for the non-root proxy), in the edit's own words: the scenario
   * is applied to the bundled template and its nonroot-bind findings are named after the
   * ConfigMap. istiod's generated Deployment runs the proxy as uid 1337 just as the template does.
   */
  static List<Diagnostic> advice(Scenario scenario, String configMapName) {
    if (scenario != Scenario.PRIVILEGED_PORTS) {
      return List.of();
    }
    TemplateDocument bundled =
        TemplateDocument.load(Inputs.bundledName(), BundledTemplates.gatewayInjectionTemplate());
    return Recipe.forScenario(scenario, false).apply(bundled).findings().stream()
        .filter(f -> f.rule().equals("nonroot-bind"))
        .map(f -> f.withFile(configMapName))
        .distinct()
        .toList();
  }
}
