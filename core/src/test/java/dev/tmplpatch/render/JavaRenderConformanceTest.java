package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * JavaRenderConformanceTest (issue 13, "How it is checked") renders every template of every
 * corpus release with the Java executor, {@link IstiodFunctions} and {@link IstiodData}, and with
 * the Go program (core/src/test/go/render, Go 1.24 text/template, sprig, the Istio functions),
 * and requires the same rendered text byte for byte, or the same parse/execution error text.
 *
 * <p>Injection templates (gateway-injection-template, injection-template, grpc-agent,
 * grpc-simple) run in the sidecar mode with istiod's whole function map ({@code -funcs istiod})
 * under the {@link RenderFixture}s (chart defaults, a user securityContext, the other branches
 * with a network, a revision), the chart defaults under revision "canary" and with native
 * sidecars, and a Pod instead of a Deployment; Gateway API
 * templates (kube-gateway, waypoint) run in the deployment-controller mode under every
 * {@link GatewayFixture}. A pair whose Go output does not load as YAML (exit 5) has no Go text to
 * compare; such pairs are counted and listed, not compared.
 */
@Tag("conformance")
class JavaRenderConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SIDECAR = Set.of("gateway-injection-template.yaml",
      "injection-template.yaml", "grpc-agent.yaml", "grpc-simple.yaml");
  private static final Set<String> GATEWAY = Set.of("kube-gateway.yaml", "waypoint.yaml");
  /** The Istio functions the Go program's kube-gateway mode lacks (istiod_funcs.go). */
  private static final Set<String> SIDECAR_ONLY = Set.of("mergeMaps", "toJSON", "fromJSON",
      "directory", "excludeInboundPort", "appendMultusNetwork", "kubevirtInterfaces",
      "excludeInterfaces", "includeInboundPorts", "applicationPorts", "otelResourceAttributes");

  private record Outcome(String kind, String text) {
  }

  private record SidecarCase(String name, RenderFixture fixture, IstiodData.SidecarOptions options) {
  }

  /**
   * sidecarCases: the RenderFixtures, then the chart defaults under revision canary, with native
   * sidecars, and for a Pod (testdata/render/pod.sample.yaml) instead of a Deployment.
   */
  private static List<SidecarCase> sidecarCases() {
    IstiodData.SidecarOptions d = IstiodData.SidecarOptions.defaults();
    List<SidecarCase> cases = new ArrayList<>();
    for (RenderFixture f : RenderFixture.all()) {
      cases.add(new SidecarCase(f.name(), f, d));
    }
    RenderFixture defaults = RenderFixture.chartDefaults();
    cases.add(new SidecarCase(defaults.name() + ", revision canary", defaults,
        d.withRevision("canary")));
    cases.add(new SidecarCase(defaults.name() + ", native sidecars", defaults,
        d.withNativeSidecars(true)));
    RenderFixture pod = RenderFixture.withWorkload(IstiodDataTest.testdata("render/pod.sample.yaml"));
    cases.add(new SidecarCase(pod.name(), pod, d));
    return cases;
  }

  @Test
  void javaRendersEveryCorpusTemplateAsGoDoes() throws Exception {
    GoRenderer.shared(); // builds core/target/go-render/render
    Path binary = Corpus.moduleDir().resolve("target/go-render/render");
    FuncMap sidecarFuncs = IstiodFunctions.forRelease("master", IstiodTypes.REFERENCE, k -> null);
    FuncMap gatewayFuncs = FuncMap.empty();
    for (String name : sidecarFuncs.names()) {
      if (!SIDECAR_ONLY.contains(name)) {
        gatewayFuncs = gatewayFuncs.with(name, sidecarFuncs.get(name));
      }
    }
    List<Path> templates;
    try (Stream<Path> s = Files.walk(Corpus.dir().resolve("istio"), 2)) {
      templates = s.filter(p -> SIDECAR.contains(p.getFileName().toString())
          || GATEWAY.contains(p.getFileName().toString())).sorted().toList();
    }
    assertTrue(templates.size() >= 80, "expected the corpus templates, found " + templates.size());
    int equal = 0;
    int pairs = 0;
    TreeMap<String, Integer> byOutcome = new TreeMap<>();
    List<String> notCompared = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    for (Path template : templates) {
      String text = Files.readString(template, StandardCharsets.UTF_8);
      String label = Corpus.dir().resolve("istio").relativize(template).toString();
      boolean gateway = GATEWAY.contains(template.getFileName().toString());
      if (gateway) {
        for (GatewayFixture f : GatewayFixture.all()) {
          pairs++;
          Outcome go = runGo(gatewayCommand(binary, template, f));
          Outcome java = renderGateway(text, f, gatewayFuncs);
          equal += compare(label + " × " + f.name(), go, java, byOutcome, notCompared, mismatches);
        }
      } else {
        for (SidecarCase c : sidecarCases()) {
          pairs++;
          Outcome go = runGo(sidecarCommand(binary, template, c.fixture(), c.options()));
          Outcome java = renderSidecar(text, c.fixture(), c.options(), sidecarFuncs);
          equal += compare(label + " × " + c.name(), go, java, byOutcome, notCompared,
              mismatches);
        }
      }
    }
    System.out.println("JavaRenderConformanceTest: " + equal + " of " + pairs
        + " (template, fixture) pairs equal to Go; Go outcomes " + byOutcome + "; not compared "
        + notCompared.size() + (notCompared.isEmpty() ? "" : ":\n  " + String.join("\n  ",
        notCompared)));
    assertEquals(List.of(), mismatches, mismatches.size() + " of " + pairs + " pairs differ");
  }

  /** goldenIsGosRendering: IstiodDataTest's expected output is what Go renders. */
  @Test
  void goldenIsGosRendering() throws Exception {
    GoRenderer.shared();
    Path binary = Corpus.moduleDir().resolve("target/go-render/render");
    Path testdata = IstiodDataTest.testdata("");
    RenderFixture f = new RenderFixture("seed", testdata.resolve(
        "k8s/derived/deployment.1.26.2-simple.baseline.yaml"),
        List.of(Corpus.moduleDir().resolve("src/test/go/render/testdata/values.chart-defaults.yaml")),
        Corpus.moduleDir().resolve("src/test/go/render/testdata/mesh.chart-defaults.yaml"));
    Outcome go = runGo(sidecarCommand(binary,
        testdata.resolve("seed/gateway-injection-template.original.yaml"), f,
        IstiodData.SidecarOptions.defaults()));
    assertEquals(new Outcome("rendered", Files.readString(
        testdata.resolve("render/seed-gateway.chart-defaults.rendered.yaml"))), go);
  }

  private static int compare(String label, Outcome go, Outcome java,
      TreeMap<String, Integer> byOutcome, List<String> notCompared, List<String> mismatches) {
    byOutcome.merge(go.kind(), 1, Integer::sum);
    if (go.kind().equals("yaml")) {
      notCompared.add(label + ": Go's output is not YAML (" + firstLine(go.text()) + ")");
      return 0;
    }
    if (go.equals(java)) {
      return 1;
    }
    mismatches.add(label + "\n  go:   " + go.kind() + " " + snippet(go.text(), java.text())
        + "\n  java: " + java.kind() + " " + snippet(java.text(), go.text()));
    return 0;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  // snippet shows a around the first difference from b.
  private static String snippet(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 80);
    return "…" + a.substring(from, Math.min(a.length(), i + 120)).replace("\n", "⏎") + "…";
  }

  private static Outcome renderSidecar(String text, RenderFixture f,
      IstiodData.SidecarOptions options, FuncMap funcs) throws IOException {
    GoTemplate t;
    try {
      t = GoTemplate.parse("inject", text, funcs);
    } catch (TemplateSyntaxException e) {
      return new Outcome("parse", "render: parse error: " + e.getMessage());
    }
    List<IstiodData.Source> values = new ArrayList<>();
    for (Path v : f.values()) {
      values.add(source(v));
    }
    Value data = IstiodData.sidecar(IstiodTypes.REFERENCE, source(f.workload()), values,
        source(f.mesh()), options);
    try {
      return new Outcome("rendered", t.execute(data));
    } catch (ExecException e) {
      return new Outcome("exec", "render: exec error: " + e.getMessage());
    }
  }

  private static Outcome renderGateway(String text, GatewayFixture f, FuncMap funcs)
      throws IOException {
    GoTemplate t;
    try {
      t = GoTemplate.parse("inject", GoText.trimSpace(text) + "\n", funcs);
    } catch (TemplateSyntaxException e) {
      return new Outcome("parse", "render: parse error: " + e.getMessage());
    }
    List<IstiodData.Source> values = new ArrayList<>();
    for (Path v : f.values()) {
      values.add(source(v));
    }
    Value data = IstiodData.kubeGateway(IstiodTypes.REFERENCE, source(f.gateway()), values,
        source(f.mesh()), new IstiodData.GatewayOptions(f.kubeVersion(), f.revision(), "",
            f.proxyUid(), f.proxyUid()));
    try {
      return new Outcome("rendered", t.execute(data));
    } catch (ExecException e) {
      return new Outcome("exec", "render: exec error: " + e.getMessage());
    }
  }

  private static IstiodData.Source source(Path p) throws IOException {
    return new IstiodData.Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
  }

  private static List<String> sidecarCommand(Path binary, Path template, RenderFixture f,
      IstiodData.SidecarOptions o) {
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "-funcs", "istiod",
        "-revision", o.revision(), "-native-sidecars=" + o.nativeSidecars(),
        "-template", template.toString(),
        "-workload", f.workload().toString(), "-mesh", f.mesh().toString()));
    for (Path v : f.values()) {
      cmd.add("-values");
      cmd.add(v.toString());
    }
    return cmd;
  }

  private static List<String> gatewayCommand(Path binary, Path template, GatewayFixture f) {
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "-kind", "kube-gateway",
        "-template", template.toString(), "-gateway", f.gateway().toString(),
        "-mesh", f.mesh().toString(), "-kube-version", Integer.toString(f.kubeVersion()),
        "-revision", f.revision(), "-proxy-uid", Long.toString(f.proxyUid()),
        "-proxy-gid", Long.toString(f.proxyUid())));
    for (Path v : f.values()) {
      cmd.add("-values");
      cmd.add(v.toString());
    }
    return cmd;
  }

  private static Outcome runGo(List<String> cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().clear();
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("the Go renderer did not finish: " + cmd);
    }
    switch (p.exitValue()) {
      case 0: {
        JsonNode n = JSON.readTree(out);
        return new Outcome("rendered", n.get("rendered").asText());
      }
      case 3:
        return new Outcome("parse", err);
      case 4:
        return new Outcome("exec", err);
      case 5:
        return new Outcome("yaml", err);
      default:
        fail("the Go renderer could not run (exit " + p.exitValue() + "): " + err);
        throw new AssertionError();
    }
  }
}
