package dev.tmplpatch.emit;

import dev.tmplpatch.k8s.KubernetesNames;

import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.RunAsRoot;
import dev.tmplpatch.edit.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * GatewayOptionsConfigMap is the ConfigMap that istiod (1.26 and later) applies by strategic merge
 * to the Deployment it generates for a Gateway API {@code Gateway}, plus optionally the change to
 * that Gateway that makes it refer to the ConfigMap via {@code spec.infrastructure.parametersRef}.
 *
 * <p>It has no effect on gateways installed by injection ({@code inject.istio.io/templates}); those
 * need the Istio merge patch instead.
 */
public final class GatewayOptionsConfigMap {
  /** DEFAULT_NAME is the ConfigMap name the vendor documentation uses. */
  public static final String DEFAULT_NAME = "asm-kube-gateway-options";

  private final String namespace;
  private final String name;
  private final Scenario scenario;
  private final Optional<String> gateway;

  // The constructor is private so that the root opt-in in of() cannot be bypassed.
  private GatewayOptionsConfigMap(
      String namespace, String name, Scenario scenario, Optional<String> gateway) {
    this.namespace = KubernetesNames.requireNamespace(namespace);
    this.name = KubernetesNames.requireSubdomain("ConfigMap name", name);
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    gateway.ifPresent(g -> KubernetesNames.requireSubdomain("Gateway name", g));
  }

  /**
   * of builds the ConfigMap named {@link #DEFAULT_NAME} in a namespace (a DNS-1123 label); a
   * scenario that runs as root is refused unless {@code allowRoot} says the caller opted in.
   */
  public static GatewayOptionsConfigMap of(String namespace, Scenario scenario, boolean allowRoot) {
    Objects.requireNonNull(scenario, "scenario");
    if (scenario.runsAsRoot()) {
      RunAsRoot.requireOptIn(allowRoot, "scenario " + scenario.id(), RunAsRoot.LIBRARY_OPT_IN,
          "scenario " + Scenario.PRIVILEGED_PORTS.id());
    }
    return new GatewayOptionsConfigMap(namespace, DEFAULT_NAME, scenario, Optional.empty());
  }

  /** withName returns a copy with another ConfigMap name (a DNS-1123 subdomain). */
  public GatewayOptionsConfigMap withName(String newName) {
    return new GatewayOptionsConfigMap(namespace, newName, scenario, gateway);
  }

  /** withGateway returns a copy that also emits the change to the named Gateway. */
  public GatewayOptionsConfigMap withGateway(String gatewayName) {
    return new GatewayOptionsConfigMap(namespace, name, scenario, Optional.of(gatewayName));
  }

  /** namespace returns the namespace of the ConfigMap and the Gateway. */
  public String namespace() {
    return namespace;
  }

  /** name returns the ConfigMap's name. */
  public String name() {
    return name;
  }

  /** scenario returns the old-kernel fix the overlay applies. */
  public Scenario scenario() {
    return scenario;
  }

  /** gateway returns the Gateway whose change is emitted too, if any. */
  public Optional<String> gateway() {
    return gateway;
  }

  /**
   * deploymentOverlay returns the YAML of {@code data.deployment}: pod {@code sysctls: []}, then
   * for privileged ports an {@code istio-proxy} entry (merged by name) adding NET_BIND_SERVICE,
   * and for root its runAsUser/runAsGroup 0 and runAsNonRoot false.
   */
  public String deploymentOverlay() {
    List<Object> podSpec = new ArrayList<>();
    // sysctls is atomic in strategic merge: [] replaces the template's list instead of merging.
    podSpec.add("securityContext");
    podSpec.add(YamlNodes.map("sysctls", YamlNodes.seq()));
    if (!scenario.addedCapabilities().isEmpty() || !scenario.rootFields().isEmpty()) {
      List<Object> container = new ArrayList<>();
      if (!scenario.addedCapabilities().isEmpty()) {
        // add is atomic too, and sits beside the template's drop: [ALL], which stays.
        container.add("capabilities");
        container.add(YamlNodes.map("add",
            YamlNodes.seq(scenario.addedCapabilities().stream().map(YamlNodes::str).toArray(Node[]::new))));
      }
      for (java.util.Map.Entry<String, Object> f : scenario.rootFields().entrySet()) {
        container.add(f.getKey());
        container.add(f.getValue() instanceof Boolean b ? YamlNodes.bool(b) : YamlNodes.integer((Integer) f.getValue()));
      }
      podSpec.add("containers");
      podSpec.add(
          YamlNodes.seq(
              YamlNodes.map(
                  "name",
                  YamlNodes.str(Recipe.PROXY),
                  "securityContext",
                  YamlNodes.map(container.toArray()))));
    }
    MappingNode overlay =
        YamlNodes.map("spec", YamlNodes.map("template", YamlNodes.map("spec", YamlNodes.map(podSpec.toArray()))));
    String yaml = YamlNodes.dump(overlay);
    prove(yaml);
    return yaml;
  }

  /**
   * prove checks the overlay with the verifier the template edits answer to, against the same
   * scenario's promise: what istiod merges into its Deployment must keep it as the edits do.
   */
  private void prove(String overlayYaml) {
    dev.tmplpatch.document.TemplateDocument doc = dev.tmplpatch.document.TemplateDocument.load("data.deployment", overlayYaml);
    dev.tmplpatch.verify.Verdict v = dev.tmplpatch.verify.Verifier.verify(doc, doc,
        dev.tmplpatch.edit.Recipe.forScenario(scenario, true).promise());
    if (!v.proven()) {
      throw new IllegalStateException("the options ConfigMap does not keep scenario " + scenario.id() + ": "
          + v.violations().get(0).message());
    }
  }

  /** yaml returns the ConfigMap and, when a Gateway was named, the Gateway change after it. */
  public String yaml() {
    List<Node> docs = new ArrayList<>();
    docs.add(
        YamlNodes.map(
            "apiVersion", YamlNodes.str("v1"),
            "kind", YamlNodes.str("ConfigMap"),
            "metadata",
                YamlNodes.map("name", YamlNodes.str(name), "namespace", YamlNodes.str(namespace)),
            "data", YamlNodes.map("deployment", YamlNodes.literal(deploymentOverlay()))));
    gateway.ifPresent(g -> docs.add(gatewayChange(g)));
    return YamlNodes.dumpAll(docs);
  }

  /** gatewayChange returns only the fields of the Gateway that refer to the ConfigMap. */
  private Node gatewayChange(String gatewayName) {
    return YamlNodes.map(
        "apiVersion", YamlNodes.str("gateway.networking.k8s.io/v1"),
        "kind", YamlNodes.str("Gateway"),
        "metadata",
            YamlNodes.map("name", YamlNodes.str(gatewayName), "namespace", YamlNodes.str(namespace)),
        "spec",
            YamlNodes.map(
                "infrastructure",
                YamlNodes.map(
                    "parametersRef",
                    YamlNodes.map(
                        "group", YamlNodes.str(""),
                        "kind", YamlNodes.str("ConfigMap"),
                        "name", YamlNodes.str(name)))));
  }
}
