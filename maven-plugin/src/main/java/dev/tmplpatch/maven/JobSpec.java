package dev.tmplpatch.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JobSpec is a checked {@link Job}: one template source, the edits, and the outputs with absolute
 * paths; every configuration mistake is caught here, before any file is read or written.
 */
record JobSpec(String where, TemplateSource source, String templateName, Edits edits,
    GatewayOptions gatewayOptions, Map<Output, Path> outputs) {

  /** Output is a file a job can write, with the parameter that asks for it. */
  enum Output {
    EDITED_TEMPLATE("editedTemplate"),
    ISTIO_PATCH("istioPatch"),
    GATEWAY_OPTIONS("gatewayOptions"),
    INSTALL_BUNDLE("installBundle");

    final String parameter;

    Output(String parameter) {
      this.parameter = parameter;
    }
  }

  /** TemplateSource says where the template text comes from; file is null for the bundled default. */
  record TemplateSource(Kind kind, Path file) {
    enum Kind { BUNDLED, TEMPLATE_FILE, INJECTOR_CONFIGMAP }
  }

  /** Edits are the edit options of {@code tmplpatch edit}: a scenario, or explicit edits, or none. */
  record Edits(String scenario, boolean dropSysctls, List<String> addCapabilities, String container,
      boolean runAsRoot) {
    /** isEmpty tells whether the template is to be left as it is. */
    boolean isEmpty() {
      return scenario == null && !dropSysctls && addCapabilities.isEmpty() && !runAsRoot;
    }
  }

  /** GatewayOptions names the options ConfigMap and, optionally, the Gateway that refers to it. */
  record GatewayOptions(String namespace, String name, String gatewayName) {}

  static final String DEFAULT_TEMPLATE_NAME = "gateway";
  static final String DEFAULT_OPTIONS_NAME = "asm-kube-gateway-options";
  static final String DEFAULT_CONTAINER = "istio-proxy";

  /** SCENARIOS maps each accepted spelling to the recipe name; replace by Scenario.parse when it lands. */
  private static final Map<String, String> SCENARIOS = Map.of(
      "unprivileged-ports", "unprivileged-ports", "1", "unprivileged-ports",
      "privileged-ports", "privileged-ports", "2", "privileged-ports",
      "privileged-ports-root", "privileged-ports-root");
  private static final String SCENARIO_NAMES = "unprivileged-ports (or 1), privileged-ports (or 2), privileged-ports-root";

  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final Pattern CAPABILITY = Pattern.compile("(CAP_)?[A-Z][A-Z0-9_]*");

  /** of checks the job at the given index and resolves its paths against the project directory. */
  static JobSpec of(Job job, int index, Path basedir) throws JobConfigurationException {
    String where = "jobs[" + index + "]";
    if (job == null) {
      throw new JobConfigurationException(where, "empty <job>; give at least one output such as <editedTemplate>");
    }
    TemplateSource source = source(job, where, basedir);
    String templateName = job.templateName == null ? DEFAULT_TEMPLATE_NAME : job.templateName.trim();
    if (!TEMPLATE_NAME.matcher(templateName).matches()) {
      throw new JobConfigurationException(where + ".templateName",
          "'" + job.templateName + "' is not a template name; accepts letters, digits, '-', '_' and '.', e.g. gateway");
    }
    Edits edits = edits(job, where);
    Map<Output, Path> outputs = new EnumMap<>(Output.class);
    put(outputs, Output.EDITED_TEMPLATE, job.editedTemplate, basedir);
    put(outputs, Output.ISTIO_PATCH, job.istioPatch, basedir);
    put(outputs, Output.GATEWAY_OPTIONS, job.gatewayOptions, basedir);
    put(outputs, Output.INSTALL_BUNDLE, job.installBundle, basedir);
    if (outputs.isEmpty()) {
      throw new JobConfigurationException(where,
          "no output; set at least one of <editedTemplate>, <istioPatch>, <gatewayOptions>, <installBundle> to a file path");
    }
    if (outputs.values().stream().distinct().count() < outputs.size()) {
      throw new JobConfigurationException(where, "two outputs name the same file; give each output its own path");
    }
    for (Map.Entry<Output, Path> e : outputs.entrySet()) {
      if (Files.isDirectory(e.getValue())) {
        throw new JobConfigurationException(where + "." + e.getKey().parameter,
            e.getValue() + " is a directory; accepts the path of a file to write");
      }
    }
    GatewayOptions gateway = gatewayOptions(job, where, outputs.containsKey(Output.GATEWAY_OPTIONS));
    return new JobSpec(where, source, templateName, edits, gateway, Collections.unmodifiableMap(outputs));
  }

  private static TemplateSource source(Job job, String where, Path basedir) throws JobConfigurationException {
    if (job.template != null && job.injectorConfigMap != null) {
      throw new JobConfigurationException(where, "<template> and <injectorConfigMap> exclude each other; set one,"
          + " or neither for the bundled default template");
    }
    if (job.template != null) {
      return new TemplateSource(TemplateSource.Kind.TEMPLATE_FILE, existing(job.template, where + ".template", basedir));
    }
    if (job.injectorConfigMap != null) {
      return new TemplateSource(TemplateSource.Kind.INJECTOR_CONFIGMAP,
          existing(job.injectorConfigMap, where + ".injectorConfigMap", basedir));
    }
    return new TemplateSource(TemplateSource.Kind.BUNDLED, null);
  }

  private static Path existing(File file, String parameter, Path basedir) throws JobConfigurationException {
    Path path = basedir.resolve(file.toPath()).normalize();
    if (!Files.isRegularFile(path)) {
      throw new JobConfigurationException(parameter, "no such file: " + path + "; accepts the path of an existing file,"
          + " relative to the project directory");
    }
    return path;
  }

  private static Edits edits(Job job, String where) throws JobConfigurationException {
    List<String> capabilities = job.addCapabilities == null ? List.of() : List.copyOf(job.addCapabilities);
    for (String cap : capabilities) {
      if (cap == null || !CAPABILITY.matcher(cap.trim()).matches()) {
        throw new JobConfigurationException(where + ".addCapabilities",
            "'" + cap + "' is not a capability name; accepts Linux capabilities such as NET_BIND_SERVICE");
      }
    }
    String scenario = null;
    if (job.scenario != null) {
      scenario = SCENARIOS.get(job.scenario.trim().toLowerCase(Locale.ROOT));
      if (scenario == null) {
        throw new JobConfigurationException(where + ".scenario",
            "unknown scenario '" + job.scenario + "'; accepts " + SCENARIO_NAMES);
      }
      if (job.dropSysctls || !capabilities.isEmpty() || job.runAsRoot) {
        throw new JobConfigurationException(where + ".scenario",
            "a scenario and explicit edits (<dropSysctls>, <addCapabilities>, <runAsRoot>) exclude each other; use one");
      }
    }
    boolean root = job.runAsRoot || "privileged-ports-root".equals(scenario);
    if (root && !job.allowRoot) {
      throw new JobConfigurationException(where + ".allowRoot",
          "running the proxy as root must be confirmed with <allowRoot>true</allowRoot>: uid 0 gives up the"
              + " non-root protection (a process that escapes the container is root on the node, and the restricted"
              + " Pod Security level rejects the pod); prefer privileged-ports (NET_BIND_SERVICE) where it works");
    }
    if (job.container != null && capabilities.isEmpty() && !root && scenario == null) {
      throw new JobConfigurationException(where + ".container",
          "applies only with <addCapabilities>, <runAsRoot> or a <scenario>; remove it or add one of those");
    }
    String container = job.container == null ? DEFAULT_CONTAINER : job.container.trim();
    if (!DNS1123_LABEL.matcher(container).matches()) {
      throw new JobConfigurationException(where + ".container",
          "'" + job.container + "' is not a container name; accepts a DNS-1123 label such as istio-proxy");
    }
    return new Edits(scenario, job.dropSysctls, capabilities, container, job.runAsRoot);
  }

  private static GatewayOptions gatewayOptions(Job job, String where, boolean wanted) throws JobConfigurationException {
    if (!wanted) {
      for (String[] p : new String[][] {{"namespace", job.namespace}, {"gatewayName", job.gatewayName},
          {"optionsName", job.optionsName}}) {
        if (p[1] != null) {
          throw new JobConfigurationException(where + "." + p[0], "applies only with <gatewayOptions>; remove it or set"
              + " <gatewayOptions> to the file to write");
        }
      }
      return null;
    }
    if (job.namespace == null || !DNS1123_LABEL.matcher(job.namespace).matches() || job.namespace.length() > 63) {
      throw new JobConfigurationException(where + ".namespace", (job.namespace == null ? "required with <gatewayOptions>"
          : "'" + job.namespace + "' is not a namespace") + "; accepts a DNS-1123 label (lower-case letters, digits"
          + " and '-', at most 63 characters), e.g. istio-ingress");
    }
    String name = job.optionsName == null ? DEFAULT_OPTIONS_NAME : job.optionsName;
    checkSubdomain(where + ".optionsName", name);
    if (job.gatewayName != null) {
      checkSubdomain(where + ".gatewayName", job.gatewayName);
    }
    return new GatewayOptions(job.namespace, name, job.gatewayName);
  }

  private static void checkSubdomain(String parameter, String value) throws JobConfigurationException {
    if (!DNS1123_SUBDOMAIN.matcher(value).matches() || value.length() > 253) {
      throw new JobConfigurationException(parameter, "'" + value + "' is not a name; accepts a DNS-1123 subdomain"
          + " (lower-case letters, digits, '-' and '.', at most 253 characters)");
    }
  }

  private static void put(Map<Output, Path> outputs, Output output, File file, Path basedir) {
    if (file != null) {
      outputs.put(output, basedir.resolve(file.toPath()).normalize());
    }
  }
}
