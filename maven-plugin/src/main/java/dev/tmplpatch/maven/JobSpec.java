package dev.tmplpatch.maven;

import dev.tmplpatch.edit.AddCapabilities;
import dev.tmplpatch.edit.DropSysctl;
import dev.tmplpatch.edit.Edit;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.RunAsRoot;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.templates.ReleaseTemplate;
import dev.tmplpatch.templates.Releases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JobSpec is a checked {@link Job}: one template source, the edits as a {@link Recipe}, and the
 * outputs with absolute paths; every configuration mistake is caught here, naming its parameter,
 * before any file is read or written.
 *
 * @param recipe the edits to make, or null to leave the template as it is
 * @param scenario the scenario asked for, or null; the Gateway options ConfigMap is built from it
 * @param gatewayOptions the options ConfigMap's names, or null without {@code <gatewayOptions>}
 * @param installBundle the gateway to install, or null without {@code <installBundle>}
 * @param accepted the lint rules ({@code <accept>}) whose ERROR findings do not refuse the result
 * @param upgrade {@code <istioVersion>} and {@code <rebaseFrom>} resolved, or null without them
 */
record JobSpec(String where, TemplateSource source, String templateName, Recipe recipe, Scenario scenario,
    boolean allowRoot, GatewayOptions gatewayOptions, InstallBundleSpec installBundle, Map<Output, Path> outputs,
    java.util.Set<String> accepted, Upgrade upgrade) {

  /** Output is a file a job can write, with the parameter that asks for it. */
  enum Output {
    EDITED_TEMPLATE("editedTemplate"),
    ISTIO_PATCH("istioPatch"),
    GATEWAY_OPTIONS("gatewayOptions"),
    INSTALL_BUNDLE("installBundle"),
    /** The customised {@code <template>} itself, rebased onto {@code <istioVersion>}. */
    REBASED_TEMPLATE("template");

    final String parameter;

    Output(String parameter) {
      this.parameter = parameter;
    }
  }

  /**
   * TemplateSource says where the template text comes from; file is null for the bundled default,
   * and name is how errors call it (the path relative to the project).
   */
  record TemplateSource(Kind kind, Path file, String name) {
    enum Kind { BUNDLED, TEMPLATE_FILE, INJECTOR_CONFIGMAP, RELEASE }
  }

  /**
   * Upgrade is {@code <istioVersion>} (and {@code <rebaseFrom>}) resolved to bundled release
   * templates; rebaseFrom is null when the template's release is to be detected.
   */
  record Upgrade(ReleaseTemplate target, ReleaseTemplate rebaseFrom) {}

  /** GatewayOptions names the options ConfigMap and, optionally, the Gateway that refers to it. */
  record GatewayOptions(String namespace, String name, String gatewayName) {}

  static final String DEFAULT_TEMPLATE_NAME = "gateway";
  static final String DEFAULT_OPTIONS_NAME = "asm-kube-gateway-options";
  static final String BUNDLED_NAME = "gateway-injection-template.yaml";

  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

  /** of checks the job at the given index and resolves its paths against the project directory. */
  static JobSpec of(Job job, int index, Path basedir) throws JobConfigurationException {
    String where = "jobs[" + index + "]";
    if (job == null) {
      throw new JobConfigurationException(where, "empty <job>; give at least one output such as <editedTemplate>");
    }
    String templateName = job.templateName == null ? DEFAULT_TEMPLATE_NAME : job.templateName.trim();
    if (!TEMPLATE_NAME.matcher(templateName).matches()) {
      throw new JobConfigurationException(where + ".templateName",
          "'" + job.templateName + "' is not a template name; accepts letters, digits, '-', '_' and '.', e.g. gateway");
    }
    Upgrade upgrade = upgrade(job, where, templateName);
    TemplateSource source = upgrade != null && job.template == null
        ? new TemplateSource(TemplateSource.Kind.RELEASE, null, upgrade.target().release() + "/" + upgrade.target().file())
        : source(job, where, basedir);
    Scenario scenario = scenario(job, where);
    Recipe recipe = recipe(job, where, scenario);
    Map<Output, Path> outputs = new EnumMap<>(Output.class);
    put(outputs, Output.EDITED_TEMPLATE, job.editedTemplate, basedir);
    put(outputs, Output.ISTIO_PATCH, job.istioPatch, basedir);
    put(outputs, Output.GATEWAY_OPTIONS, job.gatewayOptions, basedir);
    put(outputs, Output.INSTALL_BUNDLE, job.installBundle, basedir);
    if (upgrade != null && job.template != null) {
      outputs.put(Output.REBASED_TEMPLATE, source.file());
    }
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
    boolean options = outputs.containsKey(Output.GATEWAY_OPTIONS);
    boolean install = outputs.containsKey(Output.INSTALL_BUNDLE);
    appliesOnlyWithItsOutput(job, where, options, install);
    if (options || install) {
      checkNamespace(job.namespace, where + ".namespace", options ? "<gatewayOptions>" : "<installBundle>");
    }
    GatewayOptions gateway = options ? gatewayOptions(job, where, scenario) : null;
    InstallBundleSpec bundle = install ? InstallBundleSpec.of(job, where, basedir, templateName, scenario) : null;
    return new JobSpec(where, source, templateName, recipe, scenario, job.allowRoot, gateway, bundle,
        Collections.unmodifiableMap(outputs), job.accept == null ? java.util.Set.of() : java.util.Set.copyOf(job.accept),
        upgrade);
  }

  /** upgrade resolves {@code <istioVersion>} and {@code <rebaseFrom>}; null without them. */
  private static Upgrade upgrade(Job job, String where, String templateName) throws JobConfigurationException {
    if (job.istioVersion == null) {
      if (job.rebaseFrom != null) {
        throw new JobConfigurationException(where + ".rebaseFrom", "applies only with <istioVersion> and <template>;"
            + " remove it or set <istioVersion> to the release to rebase onto");
      }
      return null;
    }
    if (job.injectorConfigMap != null) {
      throw new JobConfigurationException(where + ".istioVersion", "<istioVersion> and <injectorConfigMap> exclude each"
          + " other: the ConfigMap already holds the template your istiod runs");
    }
    String file = Releases.fileFor(templateName).orElseThrow(() -> new JobConfigurationException(
        where + ".templateName", "'" + templateName + "' has no bundled release template; with <istioVersion> accepts"
            + " gateway, kube-gateway or sidecar"));
    ReleaseTemplate target = release(job.istioVersion, file, where + ".istioVersion");
    if (job.rebaseFrom != null && job.template == null) {
      throw new JobConfigurationException(where + ".rebaseFrom", "applies only with <template>, the customised"
          + " template to rebase; remove it or set <template>");
    }
    ReleaseTemplate from = job.rebaseFrom == null ? null : release(job.rebaseFrom, file, where + ".rebaseFrom");
    return new Upgrade(target, from);
  }

  private static ReleaseTemplate release(String version, String file, String parameter)
      throws JobConfigurationException {
    try {
      return Releases.select(version.trim(), file);
    } catch (IllegalArgumentException e) {
      throw new JobConfigurationException(parameter, e.getMessage());
    }
  }

  private static TemplateSource source(Job job, String where, Path basedir) throws JobConfigurationException {
    if (job.template != null && job.injectorConfigMap != null) {
      throw new JobConfigurationException(where, "<template> and <injectorConfigMap> exclude each other; set one,"
          + " or neither for the bundled default template");
    }
    if (job.template != null) {
      Path file = existing(job.template, where + ".template", basedir);
      return new TemplateSource(TemplateSource.Kind.TEMPLATE_FILE, file, shown(basedir, file));
    }
    if (job.injectorConfigMap != null) {
      Path file = existing(job.injectorConfigMap, where + ".injectorConfigMap", basedir);
      return new TemplateSource(TemplateSource.Kind.INJECTOR_CONFIGMAP, file, shown(basedir, file));
    }
    return new TemplateSource(TemplateSource.Kind.BUNDLED, null, BUNDLED_NAME);
  }

  /** shown names a file relative to the project directory, with '/' on every system. */
  static String shown(Path basedir, Path file) {
    Path shown = file.startsWith(basedir) ? basedir.relativize(file) : file;
    return shown.toString().replace(File.separatorChar, '/');
  }

  private static Path existing(File file, String parameter, Path basedir) throws JobConfigurationException {
    Path path = basedir.resolve(file.toPath()).normalize();
    if (!Files.isRegularFile(path)) {
      throw new JobConfigurationException(parameter, "no such file: " + path + "; accepts the path of an existing file,"
          + " relative to the project directory");
    }
    return path;
  }

  private static Scenario scenario(Job job, String where) throws JobConfigurationException {
    if (job.scenario == null) {
      return null;
    }
    Scenario scenario;
    try {
      scenario = Scenario.parse(job.scenario);
    } catch (IllegalArgumentException e) {
      throw new JobConfigurationException(where + ".scenario", e.getMessage());
    }
    boolean explicit = job.dropSysctls || job.dropSysctl != null || job.runAsRoot
        || (job.addCapabilities != null && !job.addCapabilities.isEmpty());
    if (explicit) {
      throw new JobConfigurationException(where + ".scenario", "a scenario and explicit edits (<dropSysctls>,"
          + " <dropSysctl>, <addCapabilities>, <runAsRoot>) exclude each other; use one");
    }
    return scenario;
  }

  /** recipe builds the edits asked for, in the order of {@code tmplpatch edit}; null when none was. */
  private static Recipe recipe(Job job, String where, Scenario scenario) throws JobConfigurationException {
    boolean root = job.runAsRoot || (scenario != null && scenario.runsAsRoot());
    if (root && !job.allowRoot) {
      throw new JobConfigurationException(where + ".allowRoot",
          "running the proxy as root must be confirmed with <allowRoot>true</allowRoot>: " + RunAsRoot.COST
              + "; prefer privileged-ports (NET_BIND_SERVICE), which keeps the proxy non-root");
    }
    List<String> capabilities = job.addCapabilities == null ? List.of() : job.addCapabilities;
    if (scenario == null && job.container != null && capabilities.isEmpty() && !job.runAsRoot) {
      throw new JobConfigurationException(where + ".container",
          "applies only with <scenario>, <addCapabilities> or <runAsRoot>; remove it or add one of those");
    }
    String container = job.container == null ? Recipe.PROXY : job.container.trim();
    if (!DNS1123_LABEL.matcher(container).matches() || container.length() > 63) {
      throw new JobConfigurationException(where + ".container",
          "'" + job.container + "' is not a container name; accepts a DNS-1123 label such as istio-proxy");
    }
    if (scenario != null) {
      return Recipe.forScenario(scenario, container, job.allowRoot);
    }
    if (job.dropSysctls && job.dropSysctl != null) {
      throw new JobConfigurationException(where + ".dropSysctl", "<dropSysctl> and <dropSysctls> exclude each other;"
          + " <dropSysctls> clears the whole list, <dropSysctl> removes one name");
    }
    List<Edit> edits = new ArrayList<>();
    if (job.dropSysctls) {
      edits.add(DropSysctl.clearAll());
    } else if (job.dropSysctl != null) {
      try {
        edits.add(DropSysctl.named(job.dropSysctl.trim()));
      } catch (IllegalArgumentException e) {
        throw new JobConfigurationException(where + ".dropSysctl", e.getMessage());
      }
    }
    if (job.runAsRoot) {
      edits.add(RunAsRoot.forContainer(container, job.allowRoot));
    }
    if (!capabilities.isEmpty()) {
      try {
        edits.add(AddCapabilities.to(container, capabilities));
      } catch (IllegalArgumentException e) {
        throw new JobConfigurationException(where + ".addCapabilities", e.getMessage()
            + "; accepts Linux capability names such as NET_BIND_SERVICE");
      }
    }
    return edits.isEmpty() ? null : Recipe.of("edit", "the edits of " + where, edits);
  }

  /** appliesOnlyWithItsOutput refuses a parameter whose output is not asked for, rather than ignore it. */
  private static void appliesOnlyWithItsOutput(Job job, String where, boolean options, boolean install)
      throws JobConfigurationException {
    if (options && install) {
      throw new JobConfigurationException(where + ".installBundle", "<installBundle> and <gatewayOptions> exclude each"
          + " other in one job: the options ConfigMap changes only gateways that Gateway API deploys, never one"
          + " installed by injection, and <gatewayName> would name both; put each in its own <job>");
    }
    if (!options && !install) {
      for (String[] p : new String[][] {{"namespace", job.namespace}, {"gatewayName", job.gatewayName}}) {
        if (p[1] != null) {
          throw new JobConfigurationException(where + "." + p[0], "applies only with <gatewayOptions> or"
              + " <installBundle>; remove it or set one of those to the file to write");
        }
      }
    }
    if (!options && job.optionsName != null) {
      throw new JobConfigurationException(where + ".optionsName", "applies only with <gatewayOptions>; remove it or"
          + " set <gatewayOptions> to the file to write");
    }
    String bundleOnly = InstallBundleSpec.parameterSet(job);
    if (!install && bundleOnly != null) {
      throw new JobConfigurationException(where + "." + bundleOnly, "applies only with <installBundle>; remove it or"
          + " set <installBundle> to the file to write");
    }
  }

  private static void checkNamespace(String namespace, String parameter, String output)
      throws JobConfigurationException {
    if (namespace == null || !DNS1123_LABEL.matcher(namespace).matches() || namespace.length() > 63) {
      throw new JobConfigurationException(parameter, (namespace == null ? "required with " + output
          : "'" + namespace + "' is not a namespace") + "; accepts a DNS-1123 label (lower-case letters, digits"
          + " and '-', at most 63 characters), e.g. istio-ingress");
    }
  }

  private static GatewayOptions gatewayOptions(Job job, String where, Scenario scenario)
      throws JobConfigurationException {
    if (scenario == null) {
      throw new JobConfigurationException(where + ".scenario", "required with <gatewayOptions>, whose ConfigMap is"
          + " built from a scenario; accepts " + Scenario.accepted());
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
