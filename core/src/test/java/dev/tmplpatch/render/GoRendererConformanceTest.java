package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GoRendererConformanceTest checks the Go renderer against every Istio release and istiod's own golden. */
@Tag("conformance")
class GoRendererConformanceTest {
  /** The Istio-only functions (not Go builtins, not plain sprig) our renderer provides. */
  private static final Set<String> ISTIO_FUNCTIONS = Set.of("annotation", "contains", "env", "indent",
      "isset", "protoToJSON", "structToJSON", "toLower", "toYaml", "valueOrDefault");

  static Stream<String> releases() throws IOException {
    try (Stream<Path> dirs = Files.list(Corpus.dir().resolve("istio"))) {
      List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("gateway-injection-template.yaml")))
          .map(d -> d.getFileName().toString()).sorted().toList();
      assertTrue(names.size() >= 16, "expected the 16 corpus releases, found " + names);
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void everyReleaseRendersItsUneditedGatewayTemplateWithTheSysctlFrom120On(String release) throws Exception {
    RenderedPod pod = render(Corpus.dir().resolve("istio/" + release + "/gateway-injection-template.yaml"));
    JsonNode spec = pod.pod().path("spec");
    assertEquals("istio-proxy", spec.path("containers").path(0).path("name").asText(), release);
    if (since120(release)) {
      JsonNode sysctls = spec.path("securityContext").path("sysctls");
      assertEquals(1, sysctls.size(), release + ": " + sysctls);
      assertEquals(RenderedPodCheck.SYSCTL, sysctls.path(0).path("name").asText());
      assertEquals("0", sysctls.path(0).path("value").asText());
      JsonNode context = spec.path("containers").path(0).path("securityContext");
      assertEquals(1337, context.path("runAsUser").asInt(), release);
      assertEquals(1337, context.path("runAsGroup").asInt(), release);
    } else {
      // 1.18 and 1.19 set no pod sysctl at all (Istio added it in 1.20.3).
      assertEquals(List.of(), PodDiff.mentions(pod.pod(), RenderedPodCheck.SYSCTL), release);
    }
    assertFalse(pod.rendered().contains("<no value>"), release + " read a value the fixture lacks:\n" + pod.rendered());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void everyReleaseFrom120RendersTheUsersSecurityContextInsteadOfTheSysctl(String release) throws Exception {
    RenderedPod pod = GoRenderer.shared().render(
        Corpus.dir().resolve("istio/" + release + "/gateway-injection-template.yaml"), RenderFixture.userSecurityContext());
    JsonNode context = pod.pod().path("spec").path("securityContext");
    if (since120(release)) {
      assertEquals(new ObjectMapper().readTree("{\"fsGroup\":1337,\"seccompProfile\":{\"type\":\"RuntimeDefault\"}}"),
          context, release);
    } else {
      // 1.18 and 1.19 have no gateways.securityContext switch: the user's values do not reach the pod.
      assertTrue(context.path("seccompProfile").isMissingNode(), release + ": " + context);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void everyReleaseRendersTheOtherBranchesWithEverySwitchFlipped(String release) throws Exception {
    RenderedPod pod = GoRenderer.shared().render(
        Corpus.dir().resolve("istio/" + release + "/gateway-injection-template.yaml"), RenderFixture.otherBranches());
    JsonNode spec = pod.pod().path("spec");
    assertEquals("[{\"name\":\"registry-key\"}]", spec.path("imagePullSecrets").toString(), release);
    JsonNode proxy = spec.path("containers").path(0);
    // The sidecar.istio.io/proxyImage annotation counts only from 1.23 (istio/istio#51900, INDEX.md);
    // before, a proxy.image without "/" always gives .ProxyImage (hub/proxyv2:tag).
    assertEquals(minor(release) >= 23 ? "example.com/istio/proxyv2:custom" : "docker.io/istio/proxyv2:1.26.2",
        proxy.path("image").asText(), release);
    assertTrue(proxy.path("args").toString().contains("\"--log_as_json\""), release + ": " + proxy.path("args"));
    assertEquals("[\"sleep\",\"5\"]", proxy.path("lifecycle").path("preStop").path("exec").path("command").toString(),
        release + " (Istio's indent keeps the toYaml lines under lifecycle)");
    assertFalse(pod.rendered().contains("<no value>"), release + " read a value the fixture lacks:\n" + pod.rendered());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void everyReleaseCallsTheIstioFunctionsTheResearchListsForIt(String release) throws Exception {
    RenderedPod pod = render(Corpus.dir().resolve("istio/" + release + "/gateway-injection-template.yaml"));
    Set<String> istio = new TreeSet<>(pod.functions());
    istio.retainAll(ISTIO_FUNCTIONS);
    // research/istio-funcs-by-release.md §3: env only in 1.18.7, isset from 1.23 on.
    Set<String> expected = new TreeSet<>(Set.of("annotation", "contains", "indent", "protoToJSON",
        "structToJSON", "toLower", "toYaml", "valueOrDefault"));
    if (release.equals("1.18.7")) {
      expected.add("env");
    }
    if (minor(release) >= 23) {
      expected.add("isset");
    }
    assertEquals(expected, istio, release);
  }

  @Test
  void rendersTheGatewayLikeIstiosOwnInjectionGoldenFile() throws Exception {
    Path golden = Corpus.dir().resolve("k8s/golden/1.26.2.inject-gateway.yaml");
    RenderedPod pod = GoRenderer.shared().render(
        Corpus.dir().resolve("istio/1.26.2/gateway-injection-template.yaml"), RenderFixture.withWorkload(golden));
    JsonNode injected = firstDocument(Corpus.dir().resolve("k8s/golden/1.26.2.inject-gateway.yaml.injected"))
        .path("spec").path("template");
    JsonNode ours = pod.pod().path("spec").path("containers").path(0).deepCopy();
    // istiod decodes the render into corev1.Pod, whose EnvVar.value is omitempty: `value: ""` vanishes.
    ours.path("env").forEach(e -> {
      if ("".equals(e.path("value").asText(null))) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove("value");
      }
    });
    JsonNode theirs = injected.path("spec").path("containers").path(0).deepCopy();
    // The golden went through the API types, which print the zero Quantity divisor: divisor: "0".
    theirs.path("env").forEach(e -> {
      JsonNode ref = e.path("valueFrom").path("resourceFieldRef");
      if (ref.isObject() && "0".equals(ref.path("divisor").asText(null))) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) ref).remove("divisor");
      }
    });
    for (String field : List.of("args", "env", "securityContext", "volumeMounts")) {
      assertEquals(theirs.path(field), ours.path(field), field);
    }
    for (String field : List.of("securityContext", "volumes")) {
      assertEquals(injected.path("spec").path(field), pod.pod().path("spec").path(field), field);
    }
    assertEquals(injected.path("metadata").path("labels").path("service.istio.io/canonical-name"),
        pod.pod().path("metadata").path("labels").path("service.istio.io/canonical-name"));
  }

  @Test
  void reportsAnUnclosedActionWithGosParseError() {
    RenderFailure f = assertThrows(RenderFailure.class, () -> GoRenderer.shared().render("a: {{ .Values.x"));
    assertEquals(RenderFailure.Kind.PARSE, f.kind());
    assertTrue(f.getMessage().endsWith("template: inject:1: unclosed action"), f.getMessage());
  }

  @Test
  void rejectsHelmOnlyFunctionsAsIstiodDoes() {
    RenderFailure f = assertThrows(RenderFailure.class, () -> GoRenderer.shared().render("a: {{ fromYaml \"x\" }}\n"));
    assertEquals(RenderFailure.Kind.PARSE, f.kind());
    assertTrue(f.getMessage().contains("function \"fromYaml\" not defined"), f.getMessage());
  }

  @Test
  void reportsAFieldTheDataObjectLacksAsAnExecutionError() {
    RenderFailure f = assertThrows(RenderFailure.class, () -> GoRenderer.shared().render("a: {{ .KubeVersion122 }}\n"));
    assertEquals(RenderFailure.Kind.EXEC, f.kind());
    assertTrue(f.getMessage().contains("can't evaluate field KubeVersion122"), f.getMessage());
  }

  @Test
  void reportsADuplicateKeyWithTheRenderedLines() throws Exception {
    String duplicate = seed("gateway-injection-template.original.yaml").replace(
        "      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n",
        "      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n      runAsUser: 0\n");
    RenderFailure f = assertThrows(RenderFailure.class, () -> GoRenderer.shared().render(duplicate));
    assertEquals(RenderFailure.Kind.YAML, f.kind());
    assertTrue(f.getMessage().contains("key \"runAsUser\" already set in map"), f.getMessage());
    assertTrue(f.getMessage().contains(">") && f.getMessage().contains("runAsUser: 0"), f.getMessage());
  }

  @Test
  void printsNoValueForMissingKeysLikeIstiodWithoutMissingkeyOption() throws Exception {
    RenderedPod pod = GoRenderer.shared().render(
        "a: \"{{ .Values.nothing.here }}\"\nb: \"{{ annotation .ObjectMeta `nope` .Values.nothing }}\"\n");
    assertEquals("<no value>", pod.pod().path("a").asText());
    assertEquals("<nil>", pod.pod().path("b").asText());
  }

  @Test
  void usesIstiosIndentWhichLeavesTheFirstLineAlone() throws Exception {
    RenderedPod pod = GoRenderer.shared().render("a: |\n  {{ \"x\\ny\" | indent 2 }}\nb: \"{{ \"x\\ny\" | nindent 1 }}\"\n");
    assertEquals("x\ny\n", pod.pod().path("a").asText());
    assertTrue(pod.rendered().contains("b: \"\n x\n y\""), pod.rendered());
  }

  @Test
  void usesIstiosValueOrDefaultWhichKeepsZeroAndFalse() throws Exception {
    RenderedPod pod = GoRenderer.shared().render("a: {{ valueOrDefault .Values.global.sts.servicePort 9 }}\n"
        + "b: {{ valueOrDefault .Values.global.logAsJson true }}\nc: {{ valueOrDefault .Values.global.caName `x` }}\n");
    assertEquals(0, pod.pod().path("a").asInt());
    assertEquals(false, pod.pod().path("b").asBoolean(true));
    assertEquals("x", pod.pod().path("c").asText());
  }

  @Test
  void runsTheTemplateWithAnEmptyEnvironmentSoEnvFallsBackToItsDefault() throws Exception {
    RenderedPod pod = GoRenderer.shared().render("a: {{ env \"HOME\" \"none\" }}\n");
    assertEquals("none", pod.pod().path("a").asText());
  }

  private static RenderedPod render(Path template) throws RenderFailure {
    return GoRenderer.shared().render(template, RenderFixture.chartDefaults());
  }

  static String seed(String name) throws IOException {
    return Files.readString(Corpus.dir().resolve("seed/" + name));
  }

  private static JsonNode firstDocument(Path yaml) throws IOException {
    Object doc = new org.snakeyaml.engine.v2.api.Load(
        org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).loadFromString(Files.readString(yaml).split("\n---")[0]);
    return new ObjectMapper().valueToTree(doc);
  }

  private static boolean since120(String release) {
    return minor(release) >= 20;
  }

  /** minor returns the minor version of a corpus folder name; master counts as newest. */
  static int minor(String release) {
    if (release.startsWith("master")) {
      return Integer.MAX_VALUE;
    }
    return Integer.parseInt(release.split("\\.")[1]);
  }
}
