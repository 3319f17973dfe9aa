package dev.tmplpatch.maven;

import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.k8s.KubernetesNames;
import dev.tmplpatch.templates.Autoscaling;
import dev.tmplpatch.templates.GatewayInstall;
import dev.tmplpatch.templates.InstallBundle;
import dev.tmplpatch.templates.ServicePort;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * InstallBundleSpec is the checked {@code <installBundle>} part of a job: the gateway to install by
 * injection, validated by the same {@link GatewayInstall} rules as {@code tmplpatch install-bundle},
 * and the directory of the user's own skeletons, or null for the bundled ones.
 */
record InstallBundleSpec(GatewayInstall install, Path skeletons) {

  // The templates module words its messages for the command line; a pom user sets elements.
  private static final Pattern CLI_FLAG = Pattern.compile("--(port|hpa|pdb|revision|skeletons)\\b");

  /** renderer returns the bundled skeletons or the user's copies. */
  InstallBundle renderer() {
    return skeletons == null ? InstallBundle.bundled() : InstallBundle.fromDirectory(skeletons);
  }

  /** yaml renders every manifest as one multi-document YAML stream, as {@code tmplpatch install-bundle} prints it. */
  String yaml() {
    return renderer().renderYaml(install);
  }

  /**
   * of checks the install-bundle parameters of a job that asks for {@code <installBundle>}, each
   * mistake naming its parameter; the namespace was checked by the caller.
   */
  static InstallBundleSpec of(Job job, String where, Path basedir, String templateName, Scenario scenario)
      throws JobConfigurationException {
    String name = job.gatewayName;
    if (name == null) {
      throw new JobConfigurationException(where + ".gatewayName", "required with <installBundle>: the name of the"
          + " gateway's Deployment and Service and the value of its istio label; accepts a DNS-1035 label (lower-case"
          + " letters, digits and '-', starting with a letter, at most 63 characters), e.g. istio-ingressgateway");
    }
    check(where + ".gatewayName", name, v -> KubernetesNames.requireServiceName("gateway name", v));
    GatewayInstall install = GatewayInstall.of(name, job.namespace)
        .withServiceType(serviceType(job.serviceType, where + ".serviceType"));
    List<ServicePort> ports = ports(job.ports, where + ".ports");
    if (!ports.isEmpty()) {
      install = check(where + ".ports", ports, install::withPorts);
    }
    // The HPA comes before the PDB because the PDB is checked against its minimum replicas.
    if (job.hpa != null) {
      Autoscaling hpa = check(where + ".hpa", job.hpa.strip(), Autoscaling::parse);
      install = check(where + ".hpa", hpa, install::withAutoscaling);
    }
    if (job.pdb != null) {
      install = check(where + ".pdb", job.pdb.strip(), install::withPodDisruptionBudget);
    }
    if (job.revision != null) {
      install = check(where + ".revision", job.revision.strip(), install::withRevision);
    }
    Path skeletons = skeletons(job.skeletons, where + ".skeletons", basedir);
    if (skeletons == null) {
      matchesTheBundledDeployment(job, where, templateName, scenario);
    }
    return new InstallBundleSpec(install, skeletons);
  }

  /**
   * matchesTheBundledDeployment refuses a job whose template edits the bundled Deployment would
   * undo: its pods ask istiod for the {@code gateway} template, and its istio-proxy container says
   * {@code runAsNonRoot: true}, which Istio applies over the injected container.
   */
  private static void matchesTheBundledDeployment(Job job, String where, String templateName, Scenario scenario)
      throws JobConfigurationException {
    if (!JobSpec.DEFAULT_TEMPLATE_NAME.equals(templateName)) {
      throw new JobConfigurationException(where + ".templateName", "the bundled Deployment skeleton injects the"
          + " template \"" + JobSpec.DEFAULT_TEMPLATE_NAME + "\" (inject.istio.io/templates), so with '" + templateName
          + "' its pods would not get this job's template; accepts " + JobSpec.DEFAULT_TEMPLATE_NAME + " with"
          + " <installBundle>, or set <skeletons> to your own copies whose Deployment names '" + templateName + "'");
    }
    boolean proxyAsRoot = (scenario != null && scenario.runsAsRoot())
        || (job.runAsRoot && (job.container == null || Recipe.PROXY.equals(job.container.strip())));
    if (proxyAsRoot) {
      throw new JobConfigurationException(where + ".installBundle", "the bundled Deployment skeleton sets"
          + " runAsNonRoot: true on istio-proxy, which Istio applies over the injected container, so a proxy run as"
          + " root would not start; set <skeletons> to your own copies with that line changed, or write the bundle"
          + " in a <job> without the root edit");
    }
  }

  /** parameterSet returns the first install-bundle-only parameter a job sets, or null. */
  static String parameterSet(Job job) {
    // A LinkedHashMap because unset parameters are null, which Map.of refuses.
    Map<String, Object> onlyForTheBundle = new LinkedHashMap<>();
    onlyForTheBundle.put("serviceType", job.serviceType);
    onlyForTheBundle.put("ports", job.ports);
    onlyForTheBundle.put("hpa", job.hpa);
    onlyForTheBundle.put("pdb", job.pdb);
    onlyForTheBundle.put("revision", job.revision);
    onlyForTheBundle.put("skeletons", job.skeletons);
    return onlyForTheBundle.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey)
        .findFirst().orElse(null);
  }

  private static GatewayInstall.ServiceType serviceType(String value, String parameter)
      throws JobConfigurationException {
    if (value == null) {
      return GatewayInstall.ServiceType.ClusterIP;
    }
    // Case-insensitive like the command line's --service-type.
    for (GatewayInstall.ServiceType type : GatewayInstall.ServiceType.values()) {
      if (type.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
        return type;
      }
    }
    throw new JobConfigurationException(parameter, "'" + value + "' is not a Service type; accepts ClusterIP"
        + " (the default) or LoadBalancer");
  }

  private static List<ServicePort> ports(List<String> values, String parameter) throws JobConfigurationException {
    List<ServicePort> ports = new ArrayList<>();
    if (values == null) {
      return ports;
    }
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new JobConfigurationException(parameter, "an empty <port>; accepts NAME:PORT, e.g. http2:80");
      }
      ports.add(check(parameter, value.strip(), ServicePort::parse));
    }
    return ports;
  }

  private static Path skeletons(File dir, String parameter, Path basedir) throws JobConfigurationException {
    if (dir == null) {
      return null;
    }
    Path path = basedir.resolve(dir.toPath()).normalize();
    if (!Files.isDirectory(path)) {
      throw new JobConfigurationException(parameter, "no such directory: " + path + "; accepts a directory, relative"
          + " to the project directory, holding your copies of " + String.join(", ", InstallBundle.SKELETONS));
    }
    return path;
  }

  /** check runs a templates-module step that refuses a bad value, naming the parameter in its error. */
  private static <T, R> R check(String parameter, T value, Function<T, R> step) throws JobConfigurationException {
    try {
      return step.apply(value);
    } catch (IllegalArgumentException | dev.tmplpatch.diag.DiagnosticException e) {
      throw new JobConfigurationException(parameter, inPomTerms(e.getMessage()));
    }
  }

  /** inPomTerms names the pom's elements where a message names the command line's options. */
  static String inPomTerms(String message) {
    return CLI_FLAG.matcher(message).replaceAll("<$1>");
  }
}
