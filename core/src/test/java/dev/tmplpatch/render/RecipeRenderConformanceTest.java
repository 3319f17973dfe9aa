package dev.tmplpatch.render;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.Recipe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RecipeRenderConformanceTest runs tmplpatch's own recipes on every Istio release's gateway
 * template and renders original and result with real Go, istiod's way: the sysctl is gone,
 * NET_BIND_SERVICE is in istio-proxy's capabilities.add, root fields are set, no key is
 * duplicated, and the pod is otherwise the same, under every fixture (chart defaults, a user
 * securityContext, every other branch).
 */
@Tag("conformance")
class RecipeRenderConformanceTest {

  static Stream<String> releases() throws IOException {
    return GoRendererConformanceTest.releases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void everyRecipeRendersAsItsScenarioSays(String release) throws IOException {
    Path file = Corpus.dir().resolve("istio").resolve(release).resolve("gateway-injection-template.yaml");
    String original = Files.readString(file, StandardCharsets.UTF_8);
    for (String scenario : new String[] {"unprivileged-ports", "privileged-ports", "privileged-ports-root"}) {
      String edited = Recipe.named(scenario, true).apply(TemplateDocument.load("gateway", original)).document().text();
      RenderedPodCheck.assertScenario(scenario, original, edited);
    }
  }
}
