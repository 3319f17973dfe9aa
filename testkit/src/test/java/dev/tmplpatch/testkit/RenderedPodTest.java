package dev.tmplpatch.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * RenderedPodTest: the seed's gateway template rendered for the sample Deployment matches the Go
 * renderer's output (testdata/render/seed-gateway.chart-defaults.rendered.yaml, see its
 * SOURCES.md), and another pod's rendering does not.
 */
class RenderedPodTest {
  private static Path testdata(String relative) {
    String root = System.getProperty("tmplpatch.testdata");
    assertNotNull(root, "system property tmplpatch.testdata is not set; run the tests through Maven");
    return Path.of(root).resolve(relative);
  }

  @Test
  void theRenderedPodMatchesGosRendering() {
    RenderedPod.assertMatches(testdata("render/seed-gateway.chart-defaults.rendered.yaml"),
        testdata("seed/gateway-injection-template.original.yaml"),
        testdata("k8s/derived/deployment.1.26.2-simple.baseline.yaml"));
  }

  @Test
  void aChangedPodFailsWithADiff() {
    assertThrows(AssertionFailedError.class, () -> RenderedPod.assertMatches(
        testdata("render/seed-gateway.chart-defaults.rendered.yaml"),
        testdata("seed/gateway-injection-template.original.yaml"),
        testdata("k8s/sail-samples/ingress-gateway.yaml")));
  }
}
