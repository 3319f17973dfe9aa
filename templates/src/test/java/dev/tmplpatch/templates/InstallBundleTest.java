package dev.tmplpatch.templates;

import dev.tmplpatch.testkit.Golden;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class InstallBundleTest {
  /** SEED_EXAMPLE is seed 003's example with concrete names, its HPA (2-5, 80%) and PDB (1). */
  static final GatewayInstall SEED_EXAMPLE =
      GatewayInstall.of("istio-ingressgateway", "istio-ingress")
          .withAutoscaling(new Autoscaling(2, 5, 80))
          .withPodDisruptionBudget("1");

  @Test
  void seedExampleMatchesTheGoldenFile() throws IOException {
    Path golden = Path.of(System.getProperty("tmplpatch.root", "..")).resolve("testdata/install-bundle/seed-003/expected.yaml");
    Golden.assertMatches(golden, InstallBundle.bundled().renderYaml(SEED_EXAMPLE));
  }

  @Test
  void seedExampleIsTheDocumentationsYamlAsData() throws IOException {
    String name = SEED_EXAMPLE.name();
    String ns = SEED_EXAMPLE.namespace();
    List<Object> expected = new ArrayList<>();
    expected.addAll(loadAll(Seed003.block("secret-reader.yaml", name, ns)));
    expected.addAll(loadAll(Seed003.block("gateway-deployment.yaml", name, ns)));
    expected.addAll(loadAll(Seed003.block("gateway-service.yaml", name, ns)));
    // The page captions the HPA "gateway-service.yaml" too (a doc slip); saved as gateway-hpa.yaml.
    expected.addAll(loadAll(Seed003.block("gateway-hpa.yaml", name, ns)));
    expected.addAll(loadAll(Seed003.block("gateway-pdb.yaml", name, ns)));
    assertEquals(7, expected.size());
    assertEquals(expected, loadAll(InstallBundle.bundled().renderYaml(SEED_EXAMPLE)));
  }

  @Test
  void everyDocumentParsesAndIsInTheNamespace() {
    List<Manifest> manifests = InstallBundle.bundled().render(SEED_EXAMPLE);
    assertEquals(
        List.of("ServiceAccount", "Role", "RoleBinding", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"),
        manifests.stream().map(Manifest::kind).toList());
    for (Manifest m : manifests) {
      Map<String, Object> doc = load(m.yaml());
      assertEquals("istio-ingress", at(doc, "metadata", "namespace"), m.kind());
      assertEquals(m.name(), at(doc, "metadata", "name"));
    }
  }

  @Test
  void selectorsMatchTheUniquePodLabelAndTheDeploymentUsesTheServiceAccount() {
    Map<String, Map<String, Object>> byKind = byKind(InstallBundle.bundled().render(SEED_EXAMPLE));
    Map<String, Object> deployment = byKind.get("Deployment");
    @SuppressWarnings("unchecked")
    Map<String, Object> podLabels = (Map<String, Object>) at(deployment, "spec", "template", "metadata", "labels");
    Map<String, Object> unique = Map.of("istio", "istio-ingressgateway");

    assertEquals(unique, at(deployment, "spec", "selector", "matchLabels"));
    assertEquals(unique, at(byKind.get("Service"), "spec", "selector"));
    assertEquals(unique, at(byKind.get("PodDisruptionBudget"), "spec", "selector", "matchLabels"));
    assertTrue(podLabels.entrySet().containsAll(unique.entrySet()), podLabels.toString());
    assertEquals("true", podLabels.get("sidecar.istio.io/inject"));
    assertEquals("gateway", at(deployment, "spec", "template", "metadata", "annotations", "inject.istio.io/templates"));

    assertEquals(
        Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", "istio-ingressgateway"),
        at(byKind.get("HorizontalPodAutoscaler"), "spec", "scaleTargetRef"));
    assertEquals(
        at(byKind.get("ServiceAccount"), "metadata", "name"),
        at(deployment, "spec", "template", "spec", "serviceAccountName"));
    Map<String, Object> binding = byKind.get("RoleBinding");
    assertEquals(at(byKind.get("Role"), "metadata", "name"), at(binding, "roleRef", "name"));
    assertEquals(
        List.of(Map.of("kind", "ServiceAccount", "name", "secret-reader")), binding.get("subjects"));
  }

  @Test
  void aRevisionReplacesTheInjectLabelWithIstioRev() {
    Map<String, Map<String, Object>> byKind =
        byKind(InstallBundle.bundled().render(GatewayInstall.of("gw", "gw-ns").withRevision("1-26-2")));
    Object labels = at(byKind.get("Deployment"), "spec", "template", "metadata", "labels");
    assertEquals(Map.of("istio", "gw", "istio.io/rev", "1-26-2"), labels);
  }

  @Test
  void withoutHpaOrPdbOnlyTheFiveRequiredObjectsAreEmitted() {
    List<Manifest> manifests = InstallBundle.bundled().render(GatewayInstall.of("gw", "gw-ns"));
    assertEquals(5, manifests.size());
    assertFalse(InstallBundle.bundled().renderYaml(GatewayInstall.of("gw", "gw-ns")).contains("HorizontalPodAutoscaler"));
  }

  @Test
  void servicePortsAreStatusPortThenTheRequestedOnesAndTheTypeIsKept() {
    GatewayInstall install =
        GatewayInstall.of("gw", "gw-ns")
            .withServiceType(GatewayInstall.ServiceType.LoadBalancer)
            .withPorts(List.of(ServicePort.parse("http:8080"), ServicePort.parse("on:8443")));
    Map<String, Object> service = byKind(InstallBundle.bundled().render(install)).get("Service");
    assertEquals("LoadBalancer", at(service, "spec", "type"));
    assertEquals(
        List.of(
            Map.of("name", "status-port", "port", 15021, "protocol", "TCP", "targetPort", 15021),
            Map.of("name", "http", "port", 8080, "protocol", "TCP", "targetPort", 8080),
            Map.of("name", "on", "port", 8443, "protocol", "TCP", "targetPort", 8443)),
        at(service, "spec", "ports"));
  }

  @Test
  void namesAYaml11ReaderWouldMistakeStayStrings() {
    // "yes" and "on" are valid Kubernetes names but YAML 1.1 booleans; the skeletons quote them.
    Map<String, Map<String, Object>> byKind =
        byKind(InstallBundle.bundled().render(GatewayInstall.of("yes", "on").withPodDisruptionBudget("0")));
    assertEquals("yes", at(byKind.get("Deployment"), "metadata", "name"));
    assertEquals("on", at(byKind.get("Deployment"), "metadata", "namespace"));
    assertTrue(InstallBundle.bundled().renderYaml(GatewayInstall.of("yes", "on")).contains("namespace: \"on\""));
    assertNull(at(byKind.get("Deployment"), "spec", "replicas"));
  }

  static Map<String, Map<String, Object>> byKind(List<Manifest> manifests) {
    Map<String, Map<String, Object>> m = new java.util.LinkedHashMap<>();
    for (Manifest manifest : manifests) {
      m.put(manifest.kind(), load(manifest.yaml()));
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  static Object at(Object doc, String... path) {
    Object cur = doc;
    for (String key : path) {
      if (!(cur instanceof Map<?, ?> map)) {
        return null;
      }
      cur = ((Map<String, Object>) map).get(key);
    }
    return cur;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> load(String yaml) {
    return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
  }

  static List<Object> loadAll(String yaml) {
    List<Object> docs = new ArrayList<>();
    new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(d -> {
      if (d != null) {
        docs.add(d);
      }
    });
    return docs;
  }
}
