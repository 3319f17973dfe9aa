package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmplpatch.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ValueDiffTest {

  private static String seed(String name) throws IOException {
    return Files.readString(Corpus.testdata().resolve("seed").resolve(name), StandardCharsets.UTF_8);
  }

  /** The seeds' two patches differ only in the embedded template: the diff shows its changed lines. */
  @Test
  void aChangedLineOfAnEmbeddedTemplateIsShownAsThatLineUnderItsJsonPath() throws IOException {
    String diff = ValueDiff.describe("gateway.patch.json", seed("scenario1.patch.json"), seed("scenario2.patch.json"),
        "expected", "actual");
    assertEquals(DIFF_SCENARIO_1_TO_2, diff);
  }

  private static final String DIFF_SCENARIO_1_TO_2 = """
      gateway.patch.json: 1 value differs
      --- gateway.patch.json (expected)
      +++ gateway.patch.json (actual)
      $.spec.values.sidecarInjectorWebhook.templates.gateway (a string of 262 lines) differs:
      @@ -51,6 +51,9 @@
             {{ toYaml .Values.global.proxy.lifecycle | indent 6 }}
         {{- end }}
           securityContext:
      +      capabilities:
      +        add:
      +        - NET_BIND_SERVICE
             runAsUser: {{ .ProxyUID | default "1337" }}
             runAsGroup: {{ .ProxyGID | default "1337" }}
           env:
      """;

  @Test
  void scalarsAddedAndRemovedKeysAndListItemsAreListedByPath() {
    String expected = """
        spec:
          replicas: 1
          labels: {"app.kubernetes.io/name": gw, old: x}
          ports: [80, 443]
        """;
    String actual = """
        spec:
          replicas: 2
          labels: {"app.kubernetes.io/name": gateway, new: y}
          ports: [80]
        """;
    assertEquals("""
        pod.yaml: 5 values differ
        --- pod.yaml (committed)
        +++ pod.yaml (generated)
        spec.replicas: 1 (committed) -> 2 (generated)
        spec.labels["app.kubernetes.io/name"]: "gw" (committed) -> "gateway" (generated)
        spec.labels.old: only in committed: "x"
        spec.labels.new: only in generated: "y"
        spec.ports[1]: only in committed: 443
        """, ValueDiff.describe("pod.yaml", expected, actual, "committed", "generated"));
  }

  @Test
  void documentsOfAStreamAreNamedByTheirNumber() {
    String expected = "kind: Service\n---\nkind: Deployment\nspec: {replicas: 1}\n";
    String actual = "kind: Service\n---\nkind: Deployment\nspec: {replicas: 3}\n---\nkind: PodDisruptionBudget\n";
    assertEquals("""
        bundle.yaml: 2 values differ
        --- bundle.yaml (expected)
        +++ bundle.yaml (actual)
        document 2: spec.replicas: 1 (expected) -> 3 (actual)
        document 3: only in actual
        """, ValueDiff.describe("bundle.yaml", expected, actual, "expected", "actual"));
  }

  @Test
  void equalValuesWithOtherFormattingGetTheTextDiff() {
    String expected = "a: 1\nb: [x, y]\n";
    String actual = "a: 1\nb:\n- x\n- y\n";
    assertEquals("the values are equal; only the formatting differs:\n"
        + UnifiedDiff.between(expected, actual).describe("f.yaml", "expected", "actual"),
        ValueDiff.describe("f.yaml", expected, actual, "expected", "actual"));
  }

  @Test
  void textThatIsNotStructuredGetsTheTextDiff() {
    String expected = "line one\nline two\n";
    String actual = "line one\nline 2\n";
    assertEquals(UnifiedDiff.between(expected, actual).describe("notes.txt", "expected", "actual"),
        ValueDiff.describe("notes.txt", expected, actual, "expected", "actual"));
    String brokenJson = "{\"a\": ";
    assertEquals(UnifiedDiff.between(brokenJson, "{}").describe("p.json", "expected", "actual"),
        ValueDiff.describe("p.json", brokenJson, "{}", "expected", "actual"));
  }

  @Test
  void aGoTemplateIsComparedAsText() {
    String expected = "a: {{ .X }}\nb: 1\n";
    String actual = "a: {{ .Y }}\nb: 1\n";
    assertEquals(UnifiedDiff.between(expected, actual).describe("t.yaml", "expected", "actual"),
        ValueDiff.describe("t.yaml", expected, actual, "expected", "actual"));
  }

  @Test
  void identicalTextsHaveNoDiff() {
    assertEquals("", ValueDiff.describe("p.json", "{}", "{}", "expected", "actual"));
  }

  @Test
  void aLongScalarIsCutWithItsLengthNamed() {
    String longValue = "v".repeat(200);
    String diff = ValueDiff.describe("p.json", "{\"k\": \"" + longValue + "\"}", "{\"k\": \"w\"}", "expected", "actual");
    assertEquals("p.json: 1 value differs\n--- p.json (expected)\n+++ p.json (actual)\n$.k: \"" + "v".repeat(119)
        + "... (202 characters) (expected) -> \"w\" (actual)\n", diff);
  }
}
