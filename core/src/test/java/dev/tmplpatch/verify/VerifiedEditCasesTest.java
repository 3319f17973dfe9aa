package dev.tmplpatch.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.lint.TemplateLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * VerifiedEditCasesTest runs each case of testdata/verify/: a template shape users have
 * ({@code input.yaml}) and a scenario ({@code args}); the outcome is either the edited template
 * ({@code expected.yaml}, which must also be idempotent and lint-clean) or the refusal
 * ({@code expected.refusal}: location, message and hint, as the user reads them). Expected files
 * are written by {@code -Dtmplpatch.updateGolden=true} (refused under CI) and read by a person.
 */
class VerifiedEditCasesTest {

  private static final boolean UPDATE = "true".equals(System.getProperty("tmplpatch.updateGolden"));

  @TestFactory
  Stream<DynamicTest> everyCaseEndsInAProvenEditOrARefusalThatSaysWhere() throws IOException {
    if (UPDATE && "true".equals(System.getenv("CI"))) {
      fail("tmplpatch.updateGolden is refused under CI=true");
    }
    try (Stream<Path> dirs = Files.list(Corpus.testdata().resolve("verify"))) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream()
          .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> run(d)));
    }
  }

  private static void run(Path dir) throws IOException {
    Map<String, String> args = new HashMap<>();
    for (String kv : Files.readString(dir.resolve("args")).strip().split("\\s+")) {
      String[] p = kv.split("=", 2);
      args.put(p[0], p[1]);
    }
    Recipe recipe = Recipe.forScenario(Scenario.parse(args.get("scenario")),
        args.getOrDefault("container", Recipe.PROXY), true);
    TemplateDocument doc = TemplateDocument.load("input.yaml",
        Files.readString(dir.resolve("input.yaml"), StandardCharsets.UTF_8));
    String outcome;
    String file;
    try {
      EditResult r = recipe.apply(doc);
      List<Diagnostic> errors = TemplateLint.check(r.document()).stream()
          .filter(f -> f.severity() == Diagnostic.Severity.ERROR).toList();
      assertEquals(List.of(), errors, "the proven result is lint-clean");
      EditResult again = recipe.apply(r.document());
      assertFalse(again.changed(), "a second run changes nothing");
      outcome = r.document().text();
      file = "expected.yaml";
    } catch (EditException e) {
      outcome = e.describe() + "\n";
      file = "expected.refusal";
    }
    Path expected = dir.resolve(file);
    if (UPDATE) {
      Files.deleteIfExists(dir.resolve("expected.yaml"));
      Files.deleteIfExists(dir.resolve("expected.refusal"));
      Files.writeString(expected, outcome, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expected)) {
      fail(dir.getFileName() + " ended in " + file + ", which the case does not expect:\n" + outcome);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), outcome);
  }
}
