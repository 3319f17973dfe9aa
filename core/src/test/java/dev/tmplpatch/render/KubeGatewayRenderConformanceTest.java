package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.edit.Recipe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * KubeGatewayRenderConformanceTest (issue 8, "How it is checked") applies every scenario with
 * tmplpatch to every release's Gateway API template kube-gateway.yaml and renders original and
 * result with real Go the way istiod's deployment controller does ({@link GoRenderer#renderGateway}),
 * under every {@link GatewayFixture}: in the Deployment's pod template the sysctl is gone,
 * NET_BIND_SERVICE is in istio-proxy's capabilities.add, the root fields are set, and nothing
 * else changed there ({@link RenderedPodCheck}), nor in any other document (ServiceAccount, the
 * rest of the Deployment, Service, HPA, PDB). A scenario tmplpatch refuses is a failure: the
 * README promises that kube-gateway.yaml takes every scenario on every release.
 */
@Tag("conformance")
class KubeGatewayRenderConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MANAGED = "gateway.istio.io/managed";

  static Stream<String> releases() throws IOException {
    try (Stream<Path> dirs = Files.list(Corpus.dir().resolve("istio"))) {
      List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("kube-gateway.yaml")))
          .map(d -> d.getFileName().toString()).sorted().toList();
      assertTrue(names.size() >= 16, "expected the 16 corpus releases, found " + names);
      return names.stream();
    }
  }

  static Stream<String> goldenReleases() throws IOException {
    try (Stream<Path> files = Files.list(Corpus.dir().resolve("k8s/golden"))) {
      List<String> names = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".deployment-simple.yaml"))
          .map(n -> n.substring(0, n.length() - ".deployment-simple.yaml".length()))
          .filter(r -> Files.isRegularFile(Corpus.dir().resolve("istio").resolve(r).resolve("kube-gateway.yaml")))
          .sorted().toList();
      assertTrue(!names.isEmpty(), "no k8s/golden/*.deployment-simple.yaml with a release in istio/");
      return names.stream();
    }
  }

  /**
   * The data object is istiod's: with istio's own test input the renderer gives the ServiceAccount,
   * Deployment and Service of istio's golden file, once the managed label istiod adds on apply is
   * added (HPA and PDB are only applied with an options ConfigMap, and the golden has none).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenReleases")
  void rendersWhatIstiodRendersForItsOwnTestGateway(String release) throws Exception {
    String template = Files.readString(kubeGateway(release), StandardCharsets.UTF_8);
    RenderedGateway rendered = GoRenderer.shared().renderGateway(template, GatewayFixture.istioTest());
    String golden = Files.readString(Corpus.dir().resolve("k8s/golden/" + release + ".deployment-simple.yaml"),
        StandardCharsets.UTF_8);
    int compared = 0;
    for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(golden)) {
      if (doc == null) {
        continue;
      }
      JsonNode expected = JSON.valueToTree(doc);
      String kind = expected.path("kind").asText();
      if (!List.of("ServiceAccount", "Deployment", "Service").contains(kind)) {
        continue;
      }
      JsonNode actual = null;
      for (JsonNode d : rendered.documents()) {
        if (kind.equals(d.path("kind").asText())) {
          actual = d.deepCopy();
        }
      }
      if (actual == null) {
        fail(release + ": no " + kind + " rendered");
      }
      addManagedLabel(actual.path("metadata"));
      if (kind.equals("Deployment")) {
        addManagedLabel(actual.path("spec").path("template").path("metadata"));
      }
      assertEquals(List.of(), PodDiff.between(expected, actual), release + " " + kind + " differs from istio's golden");
      compared++;
    }
    assertEquals(3, compared, release + ": golden ServiceAccount, Deployment and Service");
  }

  /**
   * The fixtures are not vacuous: under chart defaults on Kubernetes 1.28 every release's
   * unedited template puts the sysctl in the Deployment's pod securityContext.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void uneditedTemplateRendersTheSysctlUnderChartDefaults(String release) throws Exception {
    String template = Files.readString(kubeGateway(release), StandardCharsets.UTF_8);
    RenderedGateway rendered = GoRenderer.shared().renderGateway(template, GatewayFixture.chartDefaults());
    JsonNode sysctls = rendered.pod().pod().path("spec").path("securityContext").path("sysctls");
    assertEquals(RenderedPodCheck.SYSCTL, sysctls.path(0).path("name").asText(), release + ": " + sysctls);
    assertEquals(List.of("ServiceAccount", "Deployment", "Service"),
        kinds(rendered.documents()).subList(0, 3), release);
  }

  /**
   * The check is not vacuous either: the unedited template, taken as the root scenario's result,
   * is reported for the sysctl, the missing capability and every root field.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void uneditedTemplateFailsTheRootScenarioCheck(String release) throws Exception {
    String template = Files.readString(kubeGateway(release), StandardCharsets.UTF_8);
    String all = String.join("\n",
        problems(Scenario.PRIVILEGED_PORTS_ROOT, template, template, GatewayFixture.chartDefaults()));
    for (String expected : List.of("still mentions " + RenderedPodCheck.SYSCTL, "capabilities.add: expected to contain",
        "runAsUser: expected 0", "runAsGroup: expected 0", "runAsNonRoot: expected false")) {
      assertTrue(all.contains(expected), release + ": expected a problem with \"" + expected + "\", got:\n" + all);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void everyScenarioRendersAsPromised(String release) throws Exception {
    String original = Files.readString(kubeGateway(release), StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    for (dev.tmplpatch.edit.Scenario scenario : dev.tmplpatch.edit.Scenario.values()) {
      String edited;
      try {
        edited = Recipe.forScenario(scenario, true).apply(TemplateDocument.load("kube-gateway.yaml", original))
            .document().text();
      } catch (EditException e) {
        problems.add(scenario.id() + ": tmplpatch refused it: " + e.getMessage());
        continue;
      }
      Scenario check = Scenario.named(scenario.id());
      for (GatewayFixture fixture : GatewayFixture.all()) {
        for (String problem : problems(check, original, edited, fixture)) {
          problems.add(scenario.id() + " [" + fixture.name() + "] " + problem);
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(release + "/kube-gateway.yaml: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
          + ":\n  - " + String.join("\n  - ", problems));
    }
  }

  /** problems renders both templates with one fixture and lists what is wrong with the edited output. */
  static List<String> problems(Scenario scenario, String originalTemplate, String editedTemplate,
      GatewayFixture fixture) {
    GoRenderer go = GoRenderer.shared();
    RenderedGateway original;
    try {
      original = go.renderGateway(originalTemplate, fixture);
    } catch (RenderFailure f) {
      fail("the original template does not render (" + f.kind() + ") with fixture " + fixture.name()
          + ", so there is nothing to compare:\n" + f.getMessage());
      throw new AssertionError("unreachable");
    }
    if (!original.pod().pod().isObject()) {
      fail("the original template renders no Deployment with fixture " + fixture.name());
    }
    RenderedGateway edited;
    try {
      edited = go.renderGateway(editedTemplate, fixture);
    } catch (RenderFailure f) {
      return List.of("the edited template does not render (" + f.kind() + "): " + f.getMessage());
    }
    if (!edited.pod().pod().isObject()) {
      return List.of("the edited template renders no Deployment");
    }
    List<String> problems = new ArrayList<>();
    for (String p : RenderedPodCheck.problems(scenario, original.pod(), edited.pod())) {
      problems.add("Deployment spec.template: " + p);
    }
    List<String> kinds = kinds(original.documents());
    JsonNode before = withoutPodTemplate(original.documents());
    JsonNode after = withoutPodTemplate(edited.documents());
    for (String path : PodDiff.mentions(after, RenderedPodCheck.SYSCTL)) {
      problems.add("documents" + path + ": still mentions " + RenderedPodCheck.SYSCTL);
    }
    for (String difference : PodDiff.between(before, after)) {
      problems.add("unexpected difference outside the pod template (documents " + kinds + ") at " + difference);
    }
    return problems;
  }

  private static JsonNode withoutPodTemplate(JsonNode documents) {
    ArrayNode copy = (ArrayNode) documents.deepCopy();
    for (JsonNode d : copy) {
      if ("Deployment".equals(d.path("kind").asText()) && d.path("spec").isObject()) {
        ((ObjectNode) d.get("spec")).remove("template");
      }
    }
    return copy;
  }

  private static List<String> kinds(JsonNode documents) {
    List<String> kinds = new ArrayList<>();
    documents.forEach(d -> kinds.add(d.path("kind").asText()));
    return kinds;
  }

  private static void addManagedLabel(JsonNode metadata) {
    if (metadata.isObject()) {
      JsonNode labels = metadata.get("labels");
      ObjectNode l = labels instanceof ObjectNode o ? o : ((ObjectNode) metadata).putObject("labels");
      l.put(MANAGED, "istio.io-gateway-controller");
    }
  }

  private static Path kubeGateway(String release) {
    return Corpus.dir().resolve("istio").resolve(release).resolve("kube-gateway.yaml");
  }
}
