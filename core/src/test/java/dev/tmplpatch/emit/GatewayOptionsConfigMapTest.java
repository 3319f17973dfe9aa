package dev.tmplpatch.emit;

import dev.tmplpatch.edit.RootNotAllowedException;

import dev.tmplpatch.k8s.InvalidNameException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.edit.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class GatewayOptionsConfigMapTest {

  @Test
  void scenarioOneIsTheSeedsConfigMapWithItsNamespaceFilledIn() {
    String yaml = GatewayOptionsConfigMap.of("istio-ingress", Scenario.UNPRIVILEGED_PORTS, false).yaml();
    assertEquals(
        "apiVersion: v1\n"
            + "kind: ConfigMap\n"
            + "metadata:\n"
            + "  name: asm-kube-gateway-options\n"
            + "  namespace: istio-ingress\n"
            + "data:\n"
            + "  deployment: |\n"
            + "    spec:\n"
            + "      template:\n"
            + "        spec:\n"
            + "          securityContext:\n"
            + "            sysctls: []\n",
        yaml);
    assertEquals(seed("configmap-scenario1.seed.yaml", "istio-ingress"), parsedDeployment(loadAll(yaml).get(0)));
  }

  @Test
  void scenarioTwoEqualsTheSeedsConfigMapAsData() {
    String yaml = GatewayOptionsConfigMap.of("gw", Scenario.PRIVILEGED_PORTS, false).yaml();
    assertEquals(seed("configmap-scenario2.seed.yaml", "gw"), parsedDeployment(loadAll(yaml).get(0)));
    assertEquals(
        "spec:\n"
            + "  template:\n"
            + "    spec:\n"
            + "      securityContext:\n"
            + "        sysctls: []\n"
            + "      containers:\n"
            + "      - name: istio-proxy\n"
            + "        securityContext:\n"
            + "          capabilities:\n"
            + "            add:\n"
            + "            - NET_BIND_SERVICE\n",
        GatewayOptionsConfigMap.of("gw", Scenario.PRIVILEGED_PORTS, false).deploymentOverlay());
  }

  @Test
  void rootScenarioAddsTheSeedsCommentedFieldsOnlyWithOptIn() {
    RootNotAllowedException refused =
        assertThrows(
            RootNotAllowedException.class,
            () -> GatewayOptionsConfigMap.of("gw", Scenario.PRIVILEGED_PORTS_ROOT, false));
    assertEquals("scenario privileged-ports-root runs the proxy as root and needs an explicit opt-in"
        + " (allowRoot = true); hint: " + dev.tmplpatch.edit.RunAsRoot.COST
        + "; prefer ports 1024 or above (scenario privileged-ports keeps the proxy non-root)", refused.getMessage());

    String overlay = GatewayOptionsConfigMap.of("gw", Scenario.PRIVILEGED_PORTS_ROOT, true).deploymentOverlay();
    assertTrue(
        overlay.endsWith(
            "          capabilities:\n"
                + "            add:\n"
                + "            - NET_BIND_SERVICE\n"
                + "          runAsUser: 0\n"
                + "          runAsGroup: 0\n"
                + "          runAsNonRoot: false\n"),
        overlay);
    Map<String, Object> root = load(overlay);
    Map<String, Object> expected = load(GatewayOptionsConfigMap.of("gw", Scenario.PRIVILEGED_PORTS, false).deploymentOverlay());
    Map<String, Object> sc = containerSecurityContext(expected);
    sc.put("runAsUser", 0);
    sc.put("runAsGroup", 0);
    sc.put("runAsNonRoot", false);
    assertEquals(expected, root);
  }

  @Test
  void withAGatewayNameAddsTheParametersRefChangeAsASecondDocument() {
    String yaml =
        GatewayOptionsConfigMap.of("gw-ns", Scenario.UNPRIVILEGED_PORTS, false)
            .withName("kernel-3-10")
            .withGateway("public")
            .yaml();
    List<Object> docs = loadAll(yaml);
    assertEquals(2, docs.size());
    assertTrue(yaml.contains("\n---\napiVersion: gateway.networking.k8s.io/v1\n"), yaml);
    Map<String, Object> seedGateway = seed("gateway-parametersref.seed.yaml", "gw-ns");
    @SuppressWarnings("unchecked")
    Map<String, Object> meta = (Map<String, Object>) seedGateway.get("metadata");
    meta.put("name", "public");
    @SuppressWarnings("unchecked")
    Map<String, Object> ref =
        (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) seedGateway.get("spec")).get("infrastructure")).get("parametersRef");
    ref.put("name", "kernel-3-10");
    assertEquals(seedGateway, docs.get(1));
    assertTrue(yaml.contains("      group: \"\"\n"), yaml);
  }

  @Test
  void refusesBadNamespacesAndNamesInsteadOfEscapingThem() {
    assertThrows(InvalidNameException.class, () -> GatewayOptionsConfigMap.of("gw.ns", Scenario.UNPRIVILEGED_PORTS, false));
    assertThrows(InvalidNameException.class, () -> GatewayOptionsConfigMap.of("a".repeat(64), Scenario.UNPRIVILEGED_PORTS, false));
    GatewayOptionsConfigMap cm = GatewayOptionsConfigMap.of("gw", Scenario.UNPRIVILEGED_PORTS, false);
    assertThrows(InvalidNameException.class, () -> cm.withName("options\n---"));
    assertThrows(InvalidNameException.class, () -> cm.withGateway("Public"));
    assertThrows(InvalidNameException.class, () -> cm.withGateway("-gw"));
  }

  @Test
  void quotesNamesYaml11WouldReadAsBooleansOrNumbers() {
    String yaml = GatewayOptionsConfigMap.of("on", Scenario.UNPRIVILEGED_PORTS, false).withName("0x1f").withGateway("yes").yaml();
    assertTrue(yaml.contains("  namespace: \"on\"\n"), yaml);
    assertTrue(yaml.contains("  name: \"0x1f\"\n"), yaml);
    assertTrue(yaml.contains("  name: \"yes\"\n"), yaml);
    List<Object> docs = loadAll(yaml);
    assertFalse(docs.isEmpty());
  }

  static Map<String, Object> load(String yaml) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return m;
  }

  static List<Object> loadAll(String yaml) {
    List<Object> docs = new ArrayList<>();
    new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(docs::add);
    return docs;
  }

  // seed loads a seed fixture with its placeholder namespace replaced and, for ConfigMaps, with
  // data.deployment parsed, so comments and layout in the seed do not matter.
  @SuppressWarnings("unchecked")
  private static Map<String, Object> seed(String file, String namespace) {
    String text = Corpus.read("seed/" + file).replace("<your-gateway-namespace>", namespace);
    return parsedDeployment(load(text));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parsedDeployment(Object doc) {
    Map<String, Object> map = (Map<String, Object>) doc;
    Map<String, Object> data = (Map<String, Object>) map.get("data");
    if (data != null) {
      data.put("deployment", load((String) data.get("deployment")));
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> containerSecurityContext(Map<String, Object> overlay) {
    Map<String, Object> podSpec =
        (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) overlay.get("spec")).get("template")).get("spec");
    List<Map<String, Object>> containers = (List<Map<String, Object>>) podSpec.get("containers");
    return (Map<String, Object>) containers.get(0).get("securityContext");
  }
}
