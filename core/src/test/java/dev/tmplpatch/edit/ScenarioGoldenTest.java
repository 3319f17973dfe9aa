package dev.tmplpatch.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.document.TemplateDocument;
import org.junit.jupiter.api.Test;

class ScenarioGoldenTest {

  private static final String ORIGINAL = Corpus.read(Corpus.seed("gateway-injection-template.original.yaml"));

  // The seed's expected files carry two trailing spaces after `sysctls: []`, left over from the
  // documentation's callout markers; tmplpatch writes the line without them.
  private static String expected(String file) {
    return Corpus.read(Corpus.seed(file)).replace("sysctls: []  \n", "sysctls: []\n");
  }

  @Test
  void unprivilegedPortsGivesTheSeedsScenario1() {
    EditResult r = Recipe.named("unprivileged-ports", false).apply(TemplateDocument.load("gateway", ORIGINAL));
    assertEquals(expected("scenario1.expected.yaml"), r.document().text());
    assertTrue(r.changed());
  }

  @Test
  void privilegedPortsGivesTheSeedsScenario2() {
    EditResult r = Recipe.named("2", false).apply(TemplateDocument.load("gateway", ORIGINAL));
    assertEquals(expected("scenario2.expected.yaml"), r.document().text());
    assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("nonroot-bind")), r.findings().toString());
  }

  @Test
  void everyRecipeIsIdempotentOnTheSeed() {
    for (String name : new String[] {"unprivileged-ports", "privileged-ports", "privileged-ports-root"}) {
      Recipe recipe = Recipe.named(name, true);
      EditResult once = recipe.apply(TemplateDocument.load("gateway", ORIGINAL));
      EditResult twice = recipe.apply(once.document());
      assertFalse(twice.changed(), name + " changed the template a second time:\n" + twice.document().text());
      assertEquals(once.document().text(), twice.document().text());
    }
  }
}
