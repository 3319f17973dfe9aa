package dev.tmplpatch.lint;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IstiodFields are the data fields a template reads that not every istiod provides
 * (istio-funcs-by-release.md §5). A missing field is no parse error: the template loads, and
 * fails each time it runs (the webhook denies the pod, or the Gateway's Deployment is not
 * rendered). Injection templates read {@code SidecarTemplateData}; Gateway API deployment
 * templates (kube-gateway.yaml and its kin, which render whole objects with a top-level
 * {@code kind:}) read the deployment controller's {@code TemplateInput}.
 */
final class IstiodFields {

  /** Field is a versioned field: which releases have it, in a predicate and in words. */
  record Field(Predicate<IstioVersion> has, String releases) {}

  /** SIDECAR are SidecarTemplateData's versioned fields. */
  static final Map<String, Field> SIDECAR = Map.of(
      "CompliancePolicy", new Field(v -> v.isMinor(1, 19) ? v.patch() >= 8 : v.isMinor(1, 20) ? v.patch() >= 4
          : v.atLeast(1, 21, 0), "1.19.8 to 1.19.x, 1.20.4 and later; not 1.20.0-1.20.3"),
      "ProxyUID", new Field(v -> v.atLeast(1, 20, 0), "1.20.0 and later"),
      "ProxyGID", new Field(v -> v.atLeast(1, 20, 0), "1.20.0 and later"),
      "InboundTrafficPolicyMode", new Field(v -> v.atLeast(1, 22, 0), "1.22.0 and later"),
      "NativeSidecars", new Field(v -> v.atLeast(1, 27, 0), "1.27.0 and later"),
      "ProxyInitImage", new Field(v -> v.atLeast(1, 31, 0), "1.31.0 and later"),
      "EstimatedConcurrency", new Field(v -> !v.atLeast(1, 18, 0), "1.15 to 1.17 only"));

  /** GATEWAY are the Gateway API deployment controller's versioned TemplateInput fields. */
  static final Map<String, Field> GATEWAY = Map.ofEntries(
      Map.entry("ServiceType", new Field(v -> v.atLeast(1, 19, 0), "1.19.0 and later")),
      Map.entry("ProxyUID", new Field(v -> v.atLeast(1, 20, 0), "1.20.0 and later")),
      Map.entry("ProxyGID", new Field(v -> v.atLeast(1, 20, 0), "1.20.0 and later")),
      Map.entry("GatewayNameLabel", new Field(v -> v.atLeast(1, 21, 0), "1.21.0 and later")),
      Map.entry("InfrastructureLabels", new Field(v -> v.atLeast(1, 21, 0), "1.21.0 and later")),
      Map.entry("InfrastructureAnnotations", new Field(v -> v.atLeast(1, 21, 0), "1.21.0 and later")),
      Map.entry("CompliancePolicy", new Field(v -> v.atLeast(1, 21, 1), "1.21.1 and later")),
      Map.entry("KubeVersion122", new Field(v -> v.atLeast(1, 18, 0) && !v.atLeast(1, 22, 0),
          "1.18.0 to 1.21.x only")),
      Map.entry("KubeVersion", new Field(v -> v.atLeast(1, 22, 0), "1.22.0 and later")),
      Map.entry("ControllerLabel", new Field(v -> v.atLeast(1, 27, 0), "1.27.0 and later")),
      Map.entry("IsEastWestGateway", new Field(v -> v.atLeast(1, 27, 0), "1.27.0 and later")),
      Map.entry("NativeSidecars", new Field(v -> v.atLeast(1, 27, 0), "1.27.0 and later")),
      Map.entry("GatewayClass", new Field(v -> v.atLeast(1, 28, 0), "1.28.0 and later")),
      Map.entry("AgentgatewayImage", new Field(v -> v.atLeast(1, 29, 0), "1.29.0 and later")));

  private static final Pattern TOP_LEVEL_KIND = Pattern.compile("(?m)^kind:\\s");
  // A field of the data: .Name or $.Name, not .Values.Name (preceded by a word, ")" or "]").
  private static final Pattern FIELD = Pattern.compile("(?<![\\w\\])])\\$?\\.(\\w+)\\b");

  private IstiodFields() {}

  /** forTemplate returns the field table of the template's kind. */
  static Map<String, Field> forTemplate(String text) {
    return TOP_LEVEL_KIND.matcher(text).find() ? GATEWAY : SIDECAR;
  }

  /** isGateway tells whether the template renders Gateway API objects (a top-level kind:). */
  static boolean isGateway(String text) {
    return TOP_LEVEL_KIND.matcher(text).find();
  }

  /** read returns the versioned fields an action's text reads, sorted. */
  static Set<String> read(String actionText, Map<String, Field> table) {
    Set<String> out = new TreeSet<>();
    Matcher m = FIELD.matcher(actionText);
    while (m.find()) {
      if (table.containsKey(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
