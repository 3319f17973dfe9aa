package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** IstioMergePatchKubectlTest applies our patch with the real kubectl, the way users will. */
class IstioMergePatchKubectlTest {
  // Characters a shell or JSON could mangle: quotes, $, backticks, backslashes, tabs, non-ASCII,
  // trailing spaces and no final newline handling of its own.
  private static final String HOSTILE_LINE =
      "# it's \"quoted\" $HOME `id` $(id) \\n \\\\ \ttab ü 日本 trailing  \n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "corpus/seed/scenario1.expected.yaml",
        "corpus/seed/scenario2.expected.yaml",
        "corpus/seed/gateway-injection-template.original.yaml",
        "corpus/istio/1.26.2/gateway-injection-template.yaml"
      })
  void kubectlPatchLeavesTheGatewayTemplateByteIdentical(String templateFile) {
    Path istio = SharedCorpus.path("corpus/k8s/istio-default.yaml");
    String template = SharedCorpus.read(templateFile) + HOSTILE_LINE;
    IstioMergePatch patch = IstioMergePatch.of(template);

    // Run the exact first command we print, through a real shell, only pointed at the local file.
    String command = patch.kubectlCommands().lines().findFirst().orElseThrow();
    String prefix = "kubectl patch istio default ";
    assertTrue(command.startsWith(prefix), command);
    String script =
        "\"$KUBECTL\" patch --local -f '" + istio + "' -o yaml " + command.substring(prefix.length());
    Kubectl.Result result = Kubectl.shell(script);
    assertEquals(0, result.exitCode(), result.stderr());

    Map<String, Object> patched = load(result.stdout());
    assertEquals(template, templates(patched).get("gateway"));

    // Nothing else in the Istio resource changed.
    Map<String, Object> original = load(SharedCorpus.read("corpus/k8s/istio-default.yaml"));
    templates(original).remove("gateway");
    templates(patched).remove("gateway");
    assertEquals(original, patched);
  }

  @ParameterizedTest
  @ValueSource(strings = {"corpus/seed/scenario2.expected.yaml"})
  void thePrettyJsonIsAcceptedByKubectlToo(String templateFile) {
    String template = SharedCorpus.read(templateFile);
    String yaml =
        Kubectl.patchLocal(
            SharedCorpus.path("corpus/k8s/istio-default.yaml"), "merge", IstioMergePatch.of(template).json());
    assertEquals(template, templates(load(yaml)).get("gateway"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> load(String yaml) {
    return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> templates(Map<String, Object> istio) {
    Map<String, Object> spec = (Map<String, Object>) istio.get("spec");
    Map<String, Object> values = (Map<String, Object>) spec.get("values");
    Map<String, Object> webhook = (Map<String, Object>) values.get("sidecarInjectorWebhook");
    return (Map<String, Object>) webhook.get("templates");
  }
}
