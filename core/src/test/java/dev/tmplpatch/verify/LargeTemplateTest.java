package dev.tmplpatch.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.document.ComposedProjection;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LargeTemplateTest checks the paths a large template takes (projections read one YAML document
 * at a time, nothing shared on the document) against what a small one gives: the gateway
 * template repeated as many documents edits to that many edited copies, and a stream whose last
 * document is not YAML is refused for that alone, as if it had been read whole.
 */
class LargeTemplateTest {

  private static String gateway() throws IOException {
    return Files.readString(Corpus.testdata().resolve("istio/1.26.2/gateway-injection-template.yaml"),
        StandardCharsets.UTF_8);
  }

  private static String repeated(String doc, int copies) {
    StringBuilder sb = new StringBuilder(doc);
    for (int i = 1; i < copies; i++) {
      sb.append("---\n").append(doc);
    }
    return sb.toString();
  }

  @Test
  void manyDocumentsEditAsEachDoesAlone() throws IOException {
    Recipe recipe = Recipe.forScenario(Scenario.PRIVILEGED_PORTS, false);
    String one = recipe.apply(TemplateDocument.load("one.yaml", gateway())).document().text();
    int copies = 40;
    String text = repeated(gateway(), copies);
    assertEquals(true, text.length() > ComposedProjection.SHARED_UP_TO, "large enough to be streamed");
    EditResult r = recipe.apply(TemplateDocument.load("many.yaml", text));
    assertEquals(repeated(one, copies), r.document().text());
    Verdict v = Verifier.verify(TemplateDocument.load("many.yaml", text), r.document(), recipe.promise());
    assertEquals(List.of(), v.violations());
  }

  @Test
  void aLastDocumentThatIsNotYamlIsTheOnlyViolationLargeOrSmall() throws IOException {
    Promise promise = Recipe.forScenario(Scenario.PRIVILEGED_PORTS, false).promise();
    for (int copies : new int[] {1, 40}) {
      String text = repeated(gateway(), copies) + "---\nbroken: [1\n";
      TemplateDocument doc = TemplateDocument.load("t.yaml", text);
      List<String> violations = Verifier.verify(doc, doc, promise).violations().stream()
          .map(v -> v.line() + ":" + v.column() + ": " + v.message()).toList();
      int last = text.split("\n", -1).length - 1;
      // What the documents before the broken one showed counts for nothing, as when the whole
      // projection is read first: no sysctl found, no container seen.
      assertEquals(List.of(
          last + ":11: not proven with every branch choice: the result does not read as YAML (while parsing a flow"
              + " sequence: expected ',' or ']', but got <stream end>); needed YAML a loader reads",
          "0:0: not proven with every branch choice: no container istio-proxy in any pod spec; needed container"
              + " istio-proxy adds NET_BIND_SERVICE (capabilities.add, exactly so spelled)"), violations);
    }
  }
}
