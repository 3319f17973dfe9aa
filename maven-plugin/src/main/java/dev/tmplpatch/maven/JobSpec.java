package dev.tmplpatch.maven;

import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.job.JobException;
import dev.tmplpatch.job.JobRequest;
import dev.tmplpatch.job.TemplateSource;
import dev.tmplpatch.k8s.InvalidNameException;
import dev.tmplpatch.k8s.KubernetesNames;
import dev.tmplpatch.templates.ReleaseTemplate;
import dev.tmplpatch.templates.Releases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * JobSpec is a checked {@link Job}: one template source, the edits as a {@link Recipe}, and the
 * outputs with absolute paths; every configuration mistake is caught here, naming its parameter,
 * before any file is read or written.
 *
 * @param request the application's request: source, edits, root opt-in, template name, accepted rules
 * @param gatewayOptions the options ConfigMap's names, or null without {@code <gatewayOptions>}
 * @param installBundle the gateway to install, or null without {@code <installBundle>}
 * @param upgrade {@code <istioVersion>} and {@code <rebaseFrom>} resolved, or null without them
 * @param render the pod and values files {@code <renderedPod>} is rendered with, or null without it
 */
record JobSpec(String where, JobRequest request, GatewayOptions gatewayOptions, InstallBundleSpec installBundle,
    Map<Output, Path> outputs, Upgrade upgrade, Render render) {

  /** source says where the template comes from. */
  TemplateSource source() {
    return request.source();
  }

  /** templateName is the template's name in the injector ConfigMap and the Istio patch. */
  String templateName() {
    return request.templateName();
  }

  /** recipe is the edits to make, or null to leave the template as it is. */
  Recipe recipe() {
    return request.recipe();
  }

  /** scenario is the scenario asked for, or null; the Gateway options ConfigMap is built from it. */
  Scenario scenario() {
    return request.scenario();
  }

  /** Output is a file a job can write, with the parameter that asks for it. */
  enum Output {
    EDITED_TEMPLATE("editedTemplate"),
    ISTIO_PATCH("istioPatch"),
    GATEWAY_OPTIONS("gatewayOptions"),
    INSTALL_BUNDLE("installBundle"),
    RENDERED_POD("renderedPod"),
    /** The customised {@code <template>} itself, rebased onto {@code <istioVersion>}. */
    REBASED_TEMPLATE("template");

    final String parameter;

    Output(String parameter) {
      this.parameter = parameter;
    }
  }

  /**
   * Upgrade is {@code <istioVersion>} (and {@code <rebaseFrom>}) resolved to bundled release
   * templates; rebaseFrom is null when the template's release is to be detected.
   */
  record Upgrade(ReleaseTemplate target, ReleaseTemplate rebaseFrom) {}

  /**
   * Render is what {@code <renderedPod>} renders the edited template for: the Deployment or Pod
   * (null: the sample gateway Deployment) and values files, as absolute paths.
   */
  record Render(Path pod, List<Path> values) {}

  /** GatewayOptions names the options ConfigMap and, optionally, the Gateway that refers to it. */
  record GatewayOptions(String namespace, String name, String gatewayName) {}

  static final String DEFAULT_TEMPLATE_NAME = dev.tmplpatch.emit.IstioMergePatch.DEFAULT_TEMPLATE_NAME;

  /** of checks the job at the given index and resolves its paths against the project directory. */
  static JobSpec of(Job job, int index, Path basedir) throws JobConfigurationException {
    String where = "jobs[" + index + "]";
    if (job == null) {
      throw new JobConfigurationException(where, "empty <job>; give at least one output such as <editedTemplate>");
    }
    String templateName = job.templateName == null ? DEFAULT_TEMPLATE_NAME : job.templateName.trim();
    Upgrade upgrade = upgrade(job, where, templateName);
    TemplateSource source = upgrade != null && job.template == null
        ? TemplateSource.release(upgrade.target())
        : source(job, where, basedir);
    JobRequest request = request(job, where, source);
    Map<Output, Path> outputs = new EnumMap<>(Output.class);
    put(outputs, Output.EDITED_TEMPLATE, job.editedTemplate, basedir);
    put(outputs, Output.ISTIO_PATCH, job.istioPatch, basedir);
    put(outputs, Output.GATEWAY_OPTIONS, job.gatewayOptions, basedir);
    put(outputs, Output.INSTALL_BUNDLE, job.installBundle, basedir);
    put(outputs, Output.RENDERED_POD, job.renderedPod, basedir);
    if (upgrade != null && job.template != null) {
      outputs.put(Output.REBASED_TEMPLATE, source.file());
    }
    if (outputs.isEmpty()) {
      throw new JobConfigurationException(where,
          "no output; set at least one of <editedTemplate>, <istioPatch>, <gatewayOptions>, <installBundle>,"
              + " <renderedPod> to a file path");
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
    GatewayOptions gateway = options ? gatewayOptions(job, where, request) : null;
    InstallBundleSpec bundle = install
        ? InstallBundleSpec.of(job, where, basedir, request.templateName(), request.scenario()) : null;
    Render render = render(job, where, basedir, outputs.containsKey(Output.RENDERED_POD));
    return new JobSpec(where, request, gateway, bundle, Collections.unmodifiableMap(outputs), upgrade, render);
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
    ReleaseTemplate target = release(job.istioVersion, file, where, "istioVersion");
    if (job.rebaseFrom != null && job.template == null) {
      throw new JobConfigurationException(where + ".rebaseFrom", "applies only with <template>, the customised"
          + " template to rebase; remove it or set <template>");
    }
    ReleaseTemplate from = job.rebaseFrom == null ? null : release(job.rebaseFrom, file, where, "rebaseFrom");
    return new Upgrade(target, from);
  }

  private static ReleaseTemplate release(String version, String file, String where, String element)
      throws JobConfigurationException {
    try {
      return Releases.select(version.trim(), file, "<" + element + ">");
    } catch (IllegalArgumentException e) {
      throw new JobConfigurationException(where + "." + element, e.getMessage());
    }
  }

  private static TemplateSource source(Job job, String where, Path basedir) throws JobConfigurationException {
    if (job.template != null && job.injectorConfigMap != null) {
      throw new JobConfigurationException(where, "<template> and <injectorConfigMap> exclude each other; set one,"
          + " or neither for the bundled default template");
    }
    if (job.template != null) {
      Path file = existing(job.template, where + ".template", basedir);
      return TemplateSource.file(file, shown(basedir, file), shown(basedir, file));
    }
    if (job.injectorConfigMap != null) {
      Path file = existing(job.injectorConfigMap, where + ".injectorConfigMap", basedir);
      return TemplateSource.injectorConfigMap(TemplateSource.file(file, shown(basedir, file), shown(basedir, file)));
    }
    return TemplateSource.bundled();
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

  /**
   * request translates the job's edit parameters into the application's request, which validates
   * them as it does the command line's; a refusal names the parameter.
   */
  private static JobRequest request(Job job, String where, TemplateSource source) throws JobConfigurationException {
    try {
      return JobRequest.builder(PomSpelling.INSTANCE)
          .source(source)
          .templateName(job.templateName)
          .scenario(job.scenario)
          .dropSysctls(job.dropSysctls)
          .dropSysctl(job.dropSysctl)
          .addCapabilities(job.addCapabilities)
          .container(job.container)
          .runAsRoot(job.runAsRoot)
          .allowRoot(job.allowRoot)
          .accept(job.accept)
          .build();
    } catch (JobException e) {
      throw new JobConfigurationException(where + "." + PomSpelling.parameter(e.field()), e.diagnostic());
    }
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

  /** render resolves {@code <renderPod>} and {@code <renderValues>}, which apply only with {@code <renderedPod>}. */
  private static Render render(Job job, String where, Path basedir, boolean asked) throws JobConfigurationException {
    List<File> values = job.renderValues == null ? List.of() : job.renderValues;
    if (!asked) {
      String given = job.renderPod != null ? "renderPod" : !values.isEmpty() ? "renderValues" : null;
      if (given != null) {
        throw new JobConfigurationException(where + "." + given, "applies only with <renderedPod>; remove it or"
            + " set <renderedPod> to the file to write");
      }
      return null;
    }
    Path pod = job.renderPod == null ? null : basedir.resolve(job.renderPod.toPath()).normalize();
    return new Render(pod, values.stream().map(f -> basedir.resolve(f.toPath()).normalize()).toList());
  }

  private static void checkNamespace(String namespace, String parameter, String output)
      throws JobConfigurationException {
    if (namespace == null) {
      throw new JobConfigurationException(parameter, "required with " + output + "; accepts a DNS-1123 label"
          + " (lower-case letters, digits and '-', at most 63 characters), e.g. istio-ingress");
    }
    checkName(parameter, () -> KubernetesNames.requireNamespace(namespace));
  }

  private static GatewayOptions gatewayOptions(Job job, String where, JobRequest request)
      throws JobConfigurationException {
    if (request.scenario() == null) {
      throw new JobConfigurationException(where + ".scenario", "required with <gatewayOptions>, whose ConfigMap is"
          + " built from a scenario; accepts " + Scenario.accepted());
    }
    if (request.explicitEdits()) {
      throw new JobConfigurationException(where + ".gatewayOptions", "the options ConfigMap is built from <scenario>"
          + " alone, and the explicit edits (<dropSysctls>, <dropSysctl>, <addCapabilities>, <runAsRoot>) would not be"
          + " in it; put <gatewayOptions> in a <job> with only the scenario");
    }
    String name = job.optionsName == null ? dev.tmplpatch.emit.GatewayOptionsConfigMap.DEFAULT_NAME : job.optionsName;
    checkName(where + ".optionsName", () -> KubernetesNames.requireSubdomain("ConfigMap name", name));
    if (job.gatewayName != null) {
      checkName(where + ".gatewayName", () -> KubernetesNames.requireSubdomain("Gateway name", job.gatewayName));
    }
    return new GatewayOptions(job.namespace, name, job.gatewayName);
  }

  private static void checkName(String parameter, Runnable check) throws JobConfigurationException {
    try {
      check.run();
    } catch (InvalidNameException e) {
      throw new JobConfigurationException(parameter, e.getMessage());
    }
  }

  private static void put(Map<Output, Path> outputs, Output output, File file, Path basedir) {
    if (file != null) {
      outputs.put(output, basedir.resolve(file.toPath()).normalize());
    }
  }
}
