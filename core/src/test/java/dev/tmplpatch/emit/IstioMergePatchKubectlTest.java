package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        "seed/scenario1.expected.yaml",
        "seed/scenario2.expected.yaml",
        "seed/gateway-injection-template.original.yaml",
        "istio/1.26.2/gateway-injection-template.yaml"
      })
  void kubectlPatchLeavesTheGatewayTemplateByteIdentical(String templateFile) {
    Path istio = Corpus.path("k8s/istio-default.yaml");
    String template = Corpus.read(templateFile) + HOSTILE_LINE;
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
    Map<String, Object> original = load(Corpus.read("k8s/istio-default.yaml"));
    templates(original).remove("gateway");
    templates(patched).remove("gateway");
    assertEquals(original, patched);
  }

  @Test
  void thePrettyJsonWorksAsAPatchFile(@TempDir Path dir) throws IOException {
    // What the README tells users: tmplpatch istio-patch -o patch.json, then --patch-file.
    String template = Corpus.read("seed/scenario2.expected.yaml");
    Path patchFile = Files.writeString(dir.resolve("patch.json"), IstioMergePatch.of(template).json());
    Kubectl.Result r =
        Kubectl.run("patch", "--local", "-f", Corpus.path("k8s/istio-default.yaml").toString(),
            "--type=merge", "--patch-file", patchFile.toString(), "-o", "yaml");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals(template, templates(load(r.stdout())).get("gateway"));
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
