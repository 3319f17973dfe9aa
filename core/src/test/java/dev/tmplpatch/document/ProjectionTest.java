package dev.tmplpatch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectionTest {

  private static final String SEED = Corpus.read(Corpus.seed("gateway-injection-template.original.yaml"));

  @Test
  void trimMarkersEatWhiteSpaceLikeGo() {
    TemplateDocument doc = TemplateDocument.load("t", "a: 1\n{{- if .x }}\nb: 2\n{{- end }}\n");
    Projection then = Projection.of(doc, n -> 0, "then");
    assertEquals("a: 1\nb: 2\n", then.yaml());
    Projection none = Projection.of(doc, n -> Projection.NONE, "none");
    assertEquals("a: 1\n", none.yaml());
  }

  @Test
  void theSeedProjectsToStrictYamlInEveryBranch() {
    for (Projection p : Projection.covering(TemplateDocument.load("gateway", SEED))) {
      assertTrue(p.check().isEmpty(), () -> p.check().get() + "\n" + p.yaml());
    }
  }

  @Test
  void uncommentingTheDocsRootLinesIsADuplicateKeyAtItsOriginalLine() {
    // What users get when they uncomment seed 000's "# runAsUser: 0" under the templated one.
    String broken = SEED.replace("      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n",
        "      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n      runAsUser: 0\n");
    TemplateDocument doc = TemplateDocument.load("gateway", broken);
    Optional<Projection.YamlProblem> problem = Projection.covering(doc).get(0).check();
    assertTrue(problem.isPresent());
    assertEquals(58, problem.get().line(), problem.get().toString());
    assertTrue(problem.get().message().contains("runAsUser"), problem.get().message());
  }

  @Test
  void aBranchThatBreaksIndentationIsReportedInTheOriginalText() {
    TemplateDocument doc = TemplateDocument.load("t", "a:\n  b: 1\n{{- if .x }}\n   c: 2\n{{- end }}\n");
    Optional<Projection.YamlProblem> problem = Projection.of(doc, n -> 0, "then").check();
    assertTrue(problem.isPresent());
    assertEquals(4, problem.get().line(), problem.get().toString());
    assertFalse(Projection.of(doc, n -> Projection.NONE, "none").check().isPresent());
  }
}
