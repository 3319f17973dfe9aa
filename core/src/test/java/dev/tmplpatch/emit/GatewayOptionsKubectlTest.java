package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.edit.Scenario;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GatewayOptionsKubectlTest applies our ConfigMap's {@code data.deployment} to istiod's generated
 * Deployment by strategic merge with the real kubectl (the algorithm istiod uses) and compares
 * with the expected results in testdata/k8s/derived/.
 */
class GatewayOptionsKubectlTest {
  private static final String DERIVED = "k8s/derived/deployment.1.26.2-simple.";

  @ParameterizedTest
  @CsvSource({
    "UNPRIVILEGED_PORTS, after-configmap-scenario1.yaml",
    "PRIVILEGED_PORTS, after-configmap-scenario2.yaml",
    "PRIVILEGED_PORTS_ROOT, after-configmap-scenario2-root.yaml"
  })
  void strategicMergeOfOurOverlayGivesTheExpectedDeployment(Scenario scenario, String expectedFile) {
    Path baseline = Corpus.path(DERIVED + "baseline.yaml");
    String configMap = GatewayOptionsConfigMap.of("istio-ingress", scenario, true).yaml();
    @SuppressWarnings("unchecked")
    Map<String, Object> data =
        (Map<String, Object>) GatewayOptionsConfigMapTest.load(configMap).get("data");
    String overlay = (String) data.get("deployment");

    Map<String, Object> result =
        GatewayOptionsConfigMapTest.load(Kubectl.patchLocal(baseline, "strategic", overlay));

    Map<String, Object> expected = GatewayOptionsConfigMapTest.load(Corpus.read(DERIVED + expectedFile));
    Map<String, Object> unchanged = GatewayOptionsConfigMapTest.load(Corpus.read(DERIVED + "baseline.yaml"));
    assertNotEquals(unchanged, expected, "the fixture must differ from the baseline");
    assertEquals(expected, result);
  }
}
