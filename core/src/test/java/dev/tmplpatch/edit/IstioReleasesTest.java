package dev.tmplpatch.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.document.Projection;
import dev.tmplpatch.document.TemplateDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every Istio release's gateway template takes every recipe, once, and then never again. */
class IstioReleasesTest {

  private static final List<String> RECIPES = List.of("unprivileged-ports", "privileged-ports", "privileged-ports-root");

  @TestFactory
  Stream<DynamicTest> everyRecipeOnEveryReleaseLoadsAndIsIdempotent() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : Corpus.istioGatewayTemplates()) {
      String release = p.getParent().getFileName().toString();
      for (String recipe : RECIPES) {
        tests.add(DynamicTest.dynamicTest(release + " " + recipe, () -> {
          TemplateDocument doc = TemplateDocument.load(p);
          EditResult once = Recipe.named(recipe, true).apply(doc);
          TemplateDocument edited = TemplateDocument.load(doc.name(), once.document().text());
          assertEquals(once.document().text(), edited.text());
          EditResult twice = Recipe.named(recipe, true).apply(edited);
          assertFalse(twice.changed(), () -> "second " + recipe + " changed " + release);
          for (Projection pr : Projection.covering(edited)) {
            assertTrue(pr.check().isEmpty(), () -> release + " " + recipe + ": " + pr.check().get());
          }
          if (doc.text().contains(DropSysctl.UNPRIVILEGED_PORT_START)) {
            assertTrue(once.changed());
          }
          assertFalse(edited.text().contains("- name: " + DropSysctl.UNPRIVILEGED_PORT_START),
              () -> release + " still sets the sysctl");
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyReleaseProjectsToStrictYaml() {
    return Corpus.istioGatewayTemplates().stream().map(p -> DynamicTest.dynamicTest(
        p.getParent().getFileName().toString(), () -> {
          TemplateDocument doc = TemplateDocument.load(p);
          for (Projection pr : Projection.covering(doc)) {
            assertTrue(pr.check().isEmpty(), () -> pr.check().get() + "\n" + pr.yaml());
          }
        }));
  }
}
