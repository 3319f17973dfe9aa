package dev.tmplpatch.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RenderFixture names the inputs a render needs besides the template: the workload whose pod is
 * injected, the injector values files (later ones overlay earlier ones, as with helm -f) and the
 * mesh configuration; name says which fixture a failure came from.
 */
public record RenderFixture(String name, Path workload, List<Path> values, Path mesh) {

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
    return new RenderFixture("chart defaults, " + workload.getFileName(), workload,
        List.of(testdata("values.chart-defaults.yaml")), testdata("mesh.chart-defaults.yaml"));
  }

  /**
   * otherBranches flips every switch the gateway templates read (testdata/values.other-branches.yaml
   * and the annotated two-container Deployment in testdata/), so the non-default branches render.
   */
  public static RenderFixture otherBranches() {
    RenderFixture f = withWorkload(testdata("gateway-deployment.annotated.yaml"))
        .withValuesOverlay(testdata("values.other-branches.yaml"));
    return new RenderFixture("other branches (annotated workload, values.other-branches.yaml)", f.workload(),
        f.values(), f.mesh());
  }

  /** all returns the fixtures a scenario is checked with: chart defaults, user securityContext, other branches. */
  public static List<RenderFixture> all() {
    return List.of(chartDefaults(), userSecurityContext(), otherBranches());
  }

  /**
   * userSecurityContext is {@link #chartDefaults()} with values.gateways.securityContext set, so
   * templates take their user-values branch instead of the default branch with the sysctl.
   */
  public static RenderFixture userSecurityContext() {
    RenderFixture f = chartDefaults().withValuesOverlay(testdata("values.gateways-security-context.yaml"));
    return new RenderFixture("user securityContext (values.gateways-security-context.yaml)", f.workload(),
        f.values(), f.mesh());
  }

  /** withValuesOverlay returns this fixture with one more values file on top. */
  public RenderFixture withValuesOverlay(Path overlay) {
    List<Path> more = new ArrayList<>(values);
    more.add(overlay);
    return new RenderFixture(name + " + " + overlay.getFileName(), workload, more, mesh);
  }

  private static Path testdata(String name) {
    return Corpus.moduleDir().resolve("src/test/go/render/testdata").resolve(name);
  }
}
