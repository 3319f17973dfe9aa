package dev.tmplpatch.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.Corpus;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.verify.Verdict;
import dev.tmplpatch.verify.Verifier;
import org.junit.jupiter.api.Test;

/**
 * LibraryExampleTest is the README's "As a library" example, written from outside the library's
 * packages with only its public API.
 */
class LibraryExampleTest {

  @Test
  void theReadmeExampleEditsProvesAndEmitsThePatch() throws Exception {
    TemplateDocument doc = TemplateDocument.load(Corpus.testdata().resolve("seed/gateway-injection-template.original.yaml"));
    EditResult result = Recipe.forScenario(Scenario.PRIVILEGED_PORTS, false).apply(doc);
    String patch = IstioMergePatch.of(result.document().text()).json();

    JsonNode gateway = new ObjectMapper().readTree(patch).at("/spec/values/sidecarInjectorWebhook/templates/gateway");
    assertEquals(result.document().text(), gateway.asText());
    Verdict verdict = Verifier.verify(doc, result.document(), Recipe.forScenario(Scenario.PRIVILEGED_PORTS, false).promise());
    assertTrue(verdict.proven());
    assertEquals(2, verdict.projections());
  }

  @Test
  void aRefusalSaysWhereAndWhy() {
    TemplateDocument doc = TemplateDocument.load("pod.yaml",
        "spec:\n  securityContext:\n    {{ .Values.key }}:\n    - name: net.ipv4.ip_unprivileged_port_start\n");
    EditException e = assertThrows(EditException.class,
        () -> Recipe.forScenario(Scenario.UNPRIVILEGED_PORTS, false).apply(doc));
    assertEquals("pod.yaml:3:5", e.location());
  }
}
