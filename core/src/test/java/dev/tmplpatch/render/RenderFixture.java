package dev.tmplpatch.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RenderFixture names the inputs a render needs besides the template: the workload whose pod is
 * injected, the injector values files (later ones overlay earlier ones, as with helm -f) and the
 * mesh configuration.
 */
public record RenderFixture(Path workload, List<Path> values, Path mesh) {

  /** RenderFixture copies the values list so the record stays immutable. */
  public RenderFixture {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a render needs at least one values file");
    }
  }

  /**
   * chartDefaults is the sample gateway Deployment of the corpus
   * (k8s/derived/deployment.1.26.2-simple.baseline.yaml: labels, annotations, three container
   * ports, a service account) with the istiod chart's default values and mesh config.
   */
  public static RenderFixture chartDefaults() {
    return withWorkload(Corpus.dir().resolve("k8s/derived/deployment.1.26.2-simple.baseline.yaml"));
  }

  /** withWorkload uses another Deployment or Pod file with the chart's default values and mesh. */
  public static RenderFixture withWorkload(Path workload) {
    return new RenderFixture(workload, List.of(testdata("values.chart-defaults.yaml")),
        testdata("mesh.chart-defaults.yaml"));
  }

  /**
   * userSecurityContext is {@link #chartDefaults()} with values.gateways.securityContext set, so
   * templates take their user-values branch instead of the default branch with the sysctl.
   */
  public static RenderFixture userSecurityContext() {
    return chartDefaults().withValuesOverlay(testdata("values.gateways-security-context.yaml"));
  }

  /** withValuesOverlay returns this fixture with one more values file on top. */
  public RenderFixture withValuesOverlay(Path overlay) {
    List<Path> more = new ArrayList<>(values);
    more.add(overlay);
    return new RenderFixture(workload, more, mesh);
  }

  private static Path testdata(String name) {
    return Corpus.moduleDir().resolve("src/test/go/render/testdata").resolve(name);
  }
}
