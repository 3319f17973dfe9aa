package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * IstiodDataTest renders the seed's gateway injection template with the Java executor, istiod's
 * functions and the data object built from the sample Deployment and the chart defaults; the
 * expected output testdata/render/seed-gateway.chart-defaults.rendered.yaml is the Go program's
 * rendering (core/src/test/go/render, "rendered") of the same inputs, re-checked against Go by
 * JavaRenderConformanceTest#goldenIsGosRendering.
 */
class IstiodDataTest {
  static Path testdata(String relative) {
    String root = System.getProperty("tmplpatch.testdata");
    return Path.of(root == null ? "../testdata" : root).resolve(relative);
  }

  static IstiodData.Source source(Path p) throws IOException {
    return new IstiodData.Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
  }

  @Test
  void seedGatewayTemplateRendersAsGoDoes() throws IOException {
    String template = Files.readString(testdata("seed/gateway-injection-template.original.yaml"));
    Value data = IstiodData.sidecar(IstiodTypes.ISTIOD,
        source(testdata("k8s/derived/deployment.1.26.2-simple.baseline.yaml")),
        List.of(IstiodData.chartDefaultValues()), IstiodData.chartDefaultMesh(),
        IstiodData.SidecarOptions.defaults());
    String java = GoTemplate.parse("inject", template, IstiodFunctions.forRelease("1.26.2"))
        .execute(data);
    assertEquals(Files.readString(testdata("render/seed-gateway.chart-defaults.rendered.yaml")),
        java);
  }

  @Test
  void chartDefaultsAreTheGoFixturesDefaults() throws IOException {
    Path fixtures = Path.of("src/test/go/render/testdata");
    assertEquals(Files.readString(fixtures.resolve("values.chart-defaults.yaml")),
        IstiodData.chartDefaultValues().text());
    assertEquals(Files.readString(fixtures.resolve("mesh.chart-defaults.yaml")),
        IstiodData.chartDefaultMesh().text());
  }

  @Test
  void aMissingFieldIsGosExecutionError() throws IOException {
    // istiod's text for a field its struct lacks (shared/research/istio-funcs-by-release.md §1).
    Value data = IstiodData.sidecar(IstiodTypes.ISTIOD, IstiodData.sampleDeployment(),
        List.of(IstiodData.chartDefaultValues()), IstiodData.chartDefaultMesh(),
        IstiodData.SidecarOptions.defaults());
    ExecException e = org.junit.jupiter.api.Assertions.assertThrows(ExecException.class,
        () -> GoTemplate.parse("inject", "{{ .CompliancePolicyX }}", FuncMap.empty())
            .execute(data));
    assertEquals("template: inject:1:3: executing \"inject\" at <.CompliancePolicyX>: can't "
        + "evaluate field CompliancePolicyX in type *inject.SidecarTemplateData", e.getMessage());
  }
}
