package dev.tmplpatch.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GatewayFixture names the inputs istiod's deployment controller renders a Gateway API template
 * with: the Gateway (and derived inputs, see testdata/gateway.*.yaml), the injector values files
 * (later ones overlay earlier ones), the mesh configuration, the API server version
 * (.KubeVersion, and .KubeVersion122 for 1.18-1.21 templates), the istiod revision and the
 * proxy's uid and gid (1337, or an OpenShift namespace's range).
 */
public record GatewayFixture(String name, Path gateway, List<Path> values, Path mesh, int kubeVersion,
    String revision, long proxyUid) {

  /** GatewayFixture copies the values list so the record stays immutable. */
  public GatewayFixture {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a render needs at least one values file");
    }
  }

  /**
   * istioTest is istio's own deployment controller test input ("simple"): its rendering is
   * k8s/golden/RELEASE.deployment-simple.yaml.
   */
  public static GatewayFixture istioTest() {
    return new GatewayFixture("istio test input (golden deployment-simple)", testdata("gateway.istio-test.yaml"),
        List.of(testdata("values.istio-test.yaml")), testdata("mesh.istio-test.yaml"), 128, "", 1337);
  }

  /** chartDefaults is a Gateway with two listeners under the istiod chart's default values, Kubernetes 1.28. */
  public static GatewayFixture chartDefaults() {
    return new GatewayFixture("chart defaults", testdata("gateway.listeners.yaml"),
        List.of(testdata("values.chart-defaults.yaml")), testdata("mesh.chart-defaults.yaml"), 128, "", 1337);
  }

  /** userSecurityContext is chartDefaults with values.gateways.securityContext set. */
  public static GatewayFixture userSecurityContext() {
    return chartDefaults().withValuesOverlay("user securityContext", testdata("values.gateways-security-context.yaml"));
  }

  /** seccompProfile is chartDefaults with values.gateways.seccompProfile set (1.23+ templates print it). */
  public static GatewayFixture seccompProfile() {
    return chartDefaults().withValuesOverlay("seccompProfile", testdata("values.gateways-seccomp-profile.yaml"));
  }

  /**
   * otherBranches flips every other switch: values.other-branches.yaml plus proxy resources, an
   * annotated Gateway with an address, an istiod revision and an OpenShift proxy uid.
   */
  public static GatewayFixture otherBranches() {
    GatewayFixture f = chartDefaults()
        .withValuesOverlay("", testdata("values.other-branches.yaml"))
        .withValuesOverlay("", testdata("values.kube-gateway-branches.yaml"));
    return new GatewayFixture("other branches (gateway.annotated.yaml, values.other-branches.yaml, "
        + "values.kube-gateway-branches.yaml, revision canary, proxy uid 1000650000)",
        testdata("gateway.annotated.yaml"), f.values(), f.mesh(), 128, "canary", 1000650000L);
  }

  /** oldKubernetes is chartDefaults on Kubernetes 1.21: the pre-1.22 branches of <= 1.22 templates. */
  public static GatewayFixture oldKubernetes() {
    GatewayFixture f = chartDefaults();
    return new GatewayFixture("Kubernetes 1.21 (KubeVersion 121, KubeVersion122 false)", f.gateway(), f.values(),
        f.mesh(), 121, f.revision(), f.proxyUid());
  }

  /** oldKubernetesUserSecurityContext is oldKubernetes with values.gateways.securityContext set. */
  public static GatewayFixture oldKubernetesUserSecurityContext() {
    GatewayFixture f = userSecurityContext();
    return new GatewayFixture("Kubernetes 1.21 + user securityContext", f.gateway(), f.values(), f.mesh(), 121,
        f.revision(), f.proxyUid());
  }

  /** all returns the fixtures a scenario is checked with. */
  public static List<GatewayFixture> all() {
    return List.of(istioTest(), chartDefaults(), userSecurityContext(), seccompProfile(), otherBranches(),
        oldKubernetes(), oldKubernetesUserSecurityContext());
  }

  /** withValuesOverlay returns this fixture with one more values file on top. */
  public GatewayFixture withValuesOverlay(String newName, Path overlay) {
    List<Path> more = new ArrayList<>(values);
    more.add(overlay);
    return new GatewayFixture(newName.isEmpty() ? name + " + " + overlay.getFileName() : newName, gateway, more,
        mesh, kubeVersion, revision, proxyUid);
  }

  private static Path testdata(String file) {
    return Corpus.moduleDir().resolve("src/test/go/render/testdata").resolve(file);
  }
}
