package dev.tmplpatch.maven;

import java.io.File;
import java.util.List;
import java.util.List;

/**
 * Job is one {@code <job>} of the plugin configuration as Maven fills it in: where the template
 * comes from, which edits to make, and which outputs to write where. {@link JobSpec#of} checks it.
 *
 * <p>Fields are package-private so that Maven can set them and tests can build jobs directly.
 */
public final class Job {

  /** A template file to edit; leave it and injectorConfigMap unset for the bundled default. */
  File template;

  /**
   * A dump of {@code kubectl -n istio-system get configmap istio-sidecar-injector -o yaml}: the
   * template named by templateName is taken from its {@code data.config}.
   */
  File injectorConfigMap;

  /** The name of the injection template, in the injector ConfigMap and in the Istio patch. */
  String templateName;

  /** A named recipe: unprivileged-ports (or 1), privileged-ports (or 2), privileged-ports-root. */
  String scenario;

  /** Set every non-empty pod sysctls list to [] (what scenario unprivileged-ports does for its sysctl). */
  boolean dropSysctls;

  /** Remove one pod sysctl and keep the others, e.g. net.ipv4.ip_unprivileged_port_start. */
  String dropSysctl;

  /** Linux capabilities to add to the container, e.g. NET_BIND_SERVICE. */
  List<String> addCapabilities;

  /** The container that addCapabilities and runAsRoot apply to; istio-proxy when unset. */
  String container;

  /** Run the container as root (runAsUser 0, runAsGroup 0, runAsNonRoot false); needs allowRoot. */
  boolean runAsRoot;

  /** Confirms that running as root (runAsRoot or the privileged-ports-root scenario) is intended. */
  boolean allowRoot;

  /**
   * Lint rules whose ERROR findings about the edited template do not fail the job (like the CLI's
   * {@code --accept}), e.g. {@code duplicate-key}.
   */
  List<String> accept;

  /** Where to write the edited template. */
  File editedTemplate;

  /** Where to write the Istio merge patch (JSON) that installs the edited template. */
  File istioPatch;

  /** Where to write the Gateway API options ConfigMap (YAML); needs scenario and namespace. */
  File gatewayOptions;

  /** The namespace of the Gateway options ConfigMap or of the installed gateway: a DNS-1123 label. */
  String namespace;

  /**
   * With gatewayOptions, a Gateway to point at the options ConfigMap (adds its parametersRef
   * change): a DNS-1123 subdomain. With installBundle, the gateway's Deployment and Service: a
   * DNS-1035 label.
   */
  String gatewayName;

  /** The name of the Gateway options ConfigMap; asm-kube-gateway-options when unset. */
  String optionsName;

  /** Where to write the gateway install manifests (YAML); needs namespace and gatewayName. */
  File installBundle;

  /** The installed gateway's Service type: ClusterIP (the default) or LoadBalancer. */
  String serviceType;

  /** The installed gateway's Service ports as NAME:PORT, e.g. http2:80; http2:80 and https:443 when unset. */
  List<String> ports;

  /** Also emit a HorizontalPodAutoscaler: MIN:MAX:CPU%, e.g. 2:5:80%. */
  String hpa;

  /** Also emit a PodDisruptionBudget with this minAvailable: a count or N%. */
  String pdb;

  /** Label the gateway's pods istio.io/rev=REVISION instead of sidecar.istio.io/inject=true. */
  String revision;

  /** A directory with the user's own copies of the install-bundle skeletons (same file names). */
  File skeletons;

  /**
   * Where to write the pod istiod injects with the edited template (YAML, rendered as istiod
   * renders it, with the functions of {@code <istioVersion>} or the newest release), so
   * tmplpatch:check fails when a change alters the injected pod.
   */
  File renderedPod;

  /** With {@code <renderedPod>}: the Deployment or Pod to inject (default: a sample gateway Deployment). */
  File renderPod;

  /** With {@code <renderedPod>}: values files over the istiod chart's defaults, later ones winning key by key. */
  List<File> renderValues;

  /**
   * The Istio release (X.Y[.Z] or master): without {@code <template>}, the job edits that
   * release's bundled template; with it, the template must be based on that release (check fails
   * otherwise, generate rebases it in place).
   */
  String istioVersion;

  /** With {@code <template>} and {@code <istioVersion>}: the release the template was made from (default: detected). */
  String rebaseFrom;
}
