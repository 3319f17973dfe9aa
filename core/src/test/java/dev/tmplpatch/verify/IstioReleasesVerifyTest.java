package dev.tmplpatch.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.lint.TemplateLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * IstioReleasesVerifyTest runs every scenario on every injection template of every Istio release
 * in testdata/istio/: the outcome is a result the verifier proved (and a second run leaves alone),
 * or a refusal that says where; gateway and Gateway API templates always succeed; lint finds no
 * error in any stock template.
 */
class IstioReleasesVerifyTest {

  private static List<Path> templates() throws IOException {
    try (Stream<Path> s = Files.walk(Corpus.testdata().resolve("istio"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static String label(Path p) {
    return p.getParent().getFileName() + "/" + p.getFileName();
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioIsProvenOrRefusedWithAPlace() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : templates()) {
      for (Scenario s : Scenario.values()) {
        tests.add(DynamicTest.dynamicTest(label(p) + " " + s.id(), () -> {
          TemplateDocument doc = TemplateDocument.load(p);
          Recipe recipe = Recipe.forScenario(s, true);
          boolean gateway = p.getFileName().toString().equals("gateway-injection-template.yaml")
              || p.getFileName().toString().equals("kube-gateway.yaml");
          try {
            EditResult r = recipe.apply(doc);
            assertTrue(Verifier.verify(doc, r.document(), recipe.promise()).proven());
            assertFalse(recipe.apply(r.document()).changed(), "idempotent");
          } catch (EditException e) {
            assertFalse(gateway, "gateway templates take every scenario: " + e.describe());
            boolean noContainer = e.getMessage().startsWith("no container istio-proxy");
            assertTrue(noContainer || (e.line() > 0 && e.getMessage().contains("not proven with ")), e.describe());
          }
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> lintFindsNoErrorInAStockTemplate() throws IOException {
    return templates().stream().map(p -> DynamicTest.dynamicTest(label(p), () -> {
      List<Diagnostic> errors = TemplateLint.check(TemplateDocument.load(p)).stream()
          .filter(f -> f.severity() == Diagnostic.Severity.ERROR).toList();
      assertEquals(List.of(), errors);
    }));
  }
}
