package dev.tmplpatch.cli;

import dev.tmplpatch.templates.Autoscaling;
import dev.tmplpatch.templates.GatewayInstall;
import dev.tmplpatch.templates.InstallBundle;
import dev.tmplpatch.templates.ServicePort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** InstallBundleCommand prints the manifests that install a gateway by injection (seed 003). */
@Command(
    name = "install-bundle",
    mixinStandardHelpOptions = true,
    description = {
      "Print the manifests that install a gateway by gateway injection: the secret-reader"
          + " ServiceAccount, Role and RoleBinding, the Deployment, the Service and optionally"
          + " a HorizontalPodAutoscaler and a PodDisruptionBudget, all in NS.",
      "Apply with: kubectl create namespace NS; kubectl apply -f FILE;"
          + " kubectl rollout status deployment/NAME -n NS"
    })
public final class InstallBundleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--name",
      required = true,
      paramLabel = "NAME",
      converter = Converters.GatewayDeploymentName.class,
      description = "Gateway name: the Deployment, the Service and the unique label istio=NAME.")
  String name;

  @Option(
      names = "--namespace",
      required = true,
      paramLabel = "NS",
      converter = Converters.Namespace.class,
      description = "Namespace of the gateway (not the control plane's).")
  String namespace;

  @Option(
      names = "--service-type",
      paramLabel = "TYPE",
      defaultValue = "ClusterIP",
      description = "ClusterIP or LoadBalancer (default: ${DEFAULT-VALUE}).")
  GatewayInstall.ServiceType serviceType;

  @Option(
      names = "--port",
      paramLabel = "NAME:PORT",
      converter = Converters.Port.class,
      description = "A Service port, repeatable (default: http2:80 and https:443);"
          + " status-port:15021 is always added.")
  List<ServicePort> ports = new ArrayList<>();

  @Option(
      names = "--hpa",
      paramLabel = "MIN:MAX:CPU%",
      converter = Converters.Hpa.class,
      description = "Also emit a HorizontalPodAutoscaler, e.g. 2:5:80%%.")
  Autoscaling hpa;

  @Option(
      names = "--pdb",
      paramLabel = "MIN_AVAILABLE",
      description = "Also emit a PodDisruptionBudget with this minAvailable (a count or N%%).")
  String pdb;

  @Option(
      names = "--revision",
      paramLabel = "REV",
      converter = Converters.Revision.class,
      description = "Label pods istio.io/rev=REV instead of sidecar.istio.io/inject=true (when"
          + " the Istio resource is not named default).")
  String revision;

  @Option(
      names = "--skeletons",
      paramLabel = "DIR",
      description = "Render your own copies of the skeletons (same file names) from DIR.")
  Path skeletons;

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    GatewayInstall install;
    try {
      install = GatewayInstall.of(name, namespace).withServiceType(serviceType);
      if (!ports.isEmpty()) {
        install = install.withPorts(ports);
      }
      if (hpa != null) {
        install = install.withAutoscaling(hpa);
      }
      if (pdb != null) {
        install = install.withPodDisruptionBudget(pdb);
      }
      if (revision != null) {
        install = install.withRevision(revision);
      }
    } catch (IllegalArgumentException | dev.tmplpatch.diag.DiagnosticException e) {
      throw UserError.usage(e.getMessage());
    }
    InstallBundle bundle =
        skeletons == null ? InstallBundle.bundled() : InstallBundle.fromDirectory(skeletons);
    output.write(spec.commandLine().getOut(), bundle.renderYaml(install));
    return 0;
  }
}
