package dev.tmplpatch.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.upgrade.BaseMatch;
import dev.tmplpatch.upgrade.Rebase;
import dev.tmplpatch.upgrade.Upstream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DetectionTest finds the release of every bundled template, as shipped and with each scenario. */
class DetectionTest {

  static Stream<ReleaseTemplate> templates() {
    return Releases.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void everyBundledTemplateIsDetectedAsItsOwnReleaseAlsoWithAScenario(ReleaseTemplate t) {
    List<Upstream> all = Releases.all().stream().map(r -> new Upstream(r.label(), r.text())).toList();
    assertDetected(t, t.text(), all);
    for (Scenario s : Scenario.values()) {
      String customised;
      try {
        customised = Recipe.forScenario(s, true).apply(TemplateDocument.load(t.label(), t.text())).document().text();
      } catch (EditException refused) {
        continue; // refused on this template: nothing customised to detect
      }
      assertDetected(t, customised, all);
    }
  }

  // assertDetected: distance 0, and the best matches are exactly the releases whose file has
  // this content (identical files of other releases tie), the template's own among them.
  private static void assertDetected(ReleaseTemplate t, String customised, List<Upstream> all) {
    List<BaseMatch> ranked = Rebase.detect(customised, all);
    List<String> best = ranked.stream().filter(m -> m.distance() == 0).map(m -> m.upstream().name()).toList();
    List<String> sameContent = Releases.all().stream().filter(r -> r.text().equals(t.text()))
        .map(ReleaseTemplate::label).toList();
    assertEquals(sameContent, best, () -> ranked.get(0).describe());
  }
}
