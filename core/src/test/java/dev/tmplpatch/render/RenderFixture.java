package dev.tmplpatch.render;

import java.nio.file.Path;

/**
 * RenderFixture names the inputs a render needs besides the template: the workload whose pod is
 * injected, the injector values and the mesh configuration.
 */
public record RenderFixture(Path workload, Path values, Path mesh) {

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
    Path testdata = Corpus.moduleDir().resolve("src/test/go/render/testdata");
    return new RenderFixture(workload, testdata.resolve("values.chart-defaults.yaml"),
        testdata.resolve("mesh.chart-defaults.yaml"));
  }
}
