package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * RenderCommandTest: {@code tmplpatch render} prints what Go renders (the expected output is the
 * conformance Go program's rendering of the same inputs, testdata/render/
 * seed-gateway.chart-defaults.rendered.yaml) and reports Go's errors on one line.
 */
class RenderCommandTest {

  @Test
  void rendersTheSeedTemplateAsGoDoes() {
    Cli.Result r = Cli.run("render", Cli.testdata("seed/gateway-injection-template.original.yaml").toString(),
        "--pod", Cli.testdata("k8s/derived/deployment.1.26.2-simple.baseline.yaml").toString(),
        "--istio", "1.26.2").assertSuccess();
    assertEquals(Cli.read(Cli.testdata("render/seed-gateway.chart-defaults.rendered.yaml")), r.out());
  }

  @Test
  void anExecutionErrorIsGosTextOnOneLine() {
    // istiod's text for a field its data object lacks (shared/research/istio-funcs-by-release.md §1).
    Cli.Result r = Cli.run("render", Cli.testdata("render/missing-field.template.yaml").toString())
        .assertUserError(1);
    assertEquals("tmplpatch: template: inject:1:3: executing \"inject\" at <.Nope>: can't evaluate field Nope"
        + " in type *inject.SidecarTemplateData\n", r.err());
  }

  @Test
  void aFunctionTheReleaseLacksIsAParseError() {
    // omitNil arrived in 1.28.6; istiod 1.28.5 fails to parse a template calling it (Go: template:
    // inject:1: function "omitNil" not defined), placed at the name as every tmplpatch message is.
    Cli.Result r = Cli.runWithStdin("{{ omitNil .Values }}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "render", "-", "--istio", "1.28.5").assertUserError(1);
    assertEquals("tmplpatch: <stdin>:1:4: function \"omitNil\" not defined\n", r.err());
  }

  @Test
  void kubeGatewayNeedsAGateway() {
    Cli.run("render", Cli.testdata("render/missing-field.template.yaml").toString(), "--kind", "kube-gateway")
        .assertUserError(2);
  }
}
